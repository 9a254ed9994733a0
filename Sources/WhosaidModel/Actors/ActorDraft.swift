/// An actor while the article is read: its name forms, titles, roles and what shows its gender.
struct ActorDraft {
    /// Bare names, each once, in order seen.
    var nameList = DistinctStrings() {
        // Only the first name is split, and it never changes once there.
        didSet { if fullKey == nil, nameFormSource == nil { refreshNameForm() } }
    }
    /// Texts of its mentions, each once, in order seen.
    var mentionTextList = DistinctStrings()
    var titles: [String] = []
    /// Appositive roles, each once, in order seen.
    var roleList = DistinctStrings()
    var kind: ActorKind { didSet { refreshNameForm() } }
    /// Lower-cased head word (the surname for people).
    var surname: String
    /// Lower-cased full name ("leon v. sigal"), "org:…" or "desc:…"; nil for a surname alone.
    var fullKey: String? { didSet { refreshNameForm() } }
    /// Gender shown by a title ("Mr.", "Congresswoman").
    var titleGender: Gender? = nil
    /// Gender shown by an earlier pronoun tied to this actor ("Clinton … she said").
    var linkGender: Gender? = nil
    var mentions: [TextSpan] = []
    /// The person's name split into given names and surname (the full name when known), kept
    /// for the name it was split from: splitting it at every read (each index update, each
    /// pronoun's gender) cost about 1% of the engine on real news.
    private(set) var nameForm: NameForm?
    /// The name ``nameForm`` was split from.
    private var nameFormSource: String?

    init(kind: ActorKind, surname: String, fullKey: String?) {
        self.kind = kind
        self.surname = surname
        self.fullKey = fullKey
        refreshNameForm()
    }

    /// The name ``nameForm`` splits: the full name when known, else the first bare name; none for
    /// an organisation's or a description's key, or for anything but a person.
    private var nameFormName: String? {
        guard kind == .person else { return nil }
        if let key = fullKey {
            return key.hasPrefix("org:") || key.hasPrefix("desc:") ? nil : key
        }
        return names.first
    }

    /// Splits the name ``nameForm`` reads again when it changed.
    private mutating func refreshNameForm() {
        let name = nameFormName
        guard name != nameFormSource else { return }
        nameFormSource = name
        nameForm = name.map(NameForm.init)
    }

    /// Bare names, in order seen.
    var names: [String] { nameList.items }
    var mentionTexts: [String] { mentionTextList.items }
    var roles: [String] { roleList.items }

    /// Gender the article itself shows: a title first, then its own pronoun links.
    var statedGender: Gender? { titleGender ?? linkGender }

    /// Gender the first name suggests (``FirstNameGender``): a statistic, not a fact about this
    /// person ("Elia" is mostly a girl's name in the US, not in Greece).
    var nameGender: Gender? {
        guard fullKey != nil else { return nil }
        return nameForm?.firstNameGender
    }

    /// The person's gender: what the article states, else what the first name suggests; nil
    /// when nothing shows it.
    var gender: Gender? { statedGender ?? nameGender }
}
