/// An actor while the article is read: its name forms, titles, roles and what shows its gender.
struct ActorDraft {
    /// Bare names, each once, in order seen.
    var nameList = DistinctStrings()
    /// Texts of its mentions, each once, in order seen.
    var mentionTextList = DistinctStrings()
    var titles: [String] = []
    /// Appositive roles, each once, in order seen.
    var roleList = DistinctStrings()
    var kind: ActorKind
    /// Lower-cased head word (the surname for people).
    var surname: String
    /// Lower-cased full name ("leon v. sigal"), "org:…" or "desc:…"; nil for a surname alone.
    var fullKey: String?
    /// Gender shown by a title ("Mr.", "Congresswoman").
    var titleGender: Gender? = nil
    /// Gender shown by an earlier pronoun tied to this actor ("Clinton … she said").
    var linkGender: Gender? = nil
    var mentions: [TextSpan] = []

    /// Bare names, in order seen.
    var names: [String] { nameList.items }
    var mentionTexts: [String] { mentionTextList.items }
    var roles: [String] { roleList.items }

    /// Gender the article itself shows: a title first, then its own pronoun links.
    var statedGender: Gender? { titleGender ?? linkGender }

    /// Gender the first name suggests (``FirstNameGender``): a statistic, not a fact about this
    /// person ("Elia" is mostly a girl's name in the US, not in Greece).
    var nameGender: Gender? {
        guard kind == .person, let key = fullKey, !key.hasPrefix("org:"), !key.hasPrefix("desc:") else { return nil }
        return NameForm(key).firstNameGender
    }

    /// The person's gender: what the article states, else what the first name suggests; nil
    /// when nothing shows it.
    var gender: Gender? { statedGender ?? nameGender }

    /// The person's name split into given names and surname (the full name when known).
    var nameForm: NameForm? {
        guard kind == .person else { return nil }
        if let key = fullKey {
            return key.hasPrefix("org:") || key.hasPrefix("desc:") ? nil : NameForm(key)
        }
        return names.first.map(NameForm.init)
    }

    /// Whether the actor holds the role a description names ("mayor", "former secretary",
    /// "georgia democrat") in a title or appositive role: the role's head word is the
    /// description's head, and words that make it another office ("vice president") are in the
    /// description too.
    func holdsRole(_ description: [String], proper: [String]) -> Bool {
        (titles + roles).contains { RoleWords.role($0, isNamedBy: description, proper: proper) }
    }
}
