/// Role words a definite description can take up from an earlier title ("Sen. Ann Lee" … "the
/// senator"). Data: the list is checked by a test.
enum RoleWords {
    /// Titles of courtesy, with and without their full stop (British style drops it): they say
    /// how a person is addressed, never what they do, so they are no role.
    static let honorifics: WordSet = ["mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "mx", "mx.", "messrs.", "mmes."]
    /// Abbreviated titles and the role noun a later description uses for them.
    static let expansion: [String: String] = [
        "sen.": "senator", "rep.": "representative", "gov.": "governor", "gen.": "general",
        "lt.": "lieutenant", "col.": "colonel", "capt.": "captain", "sgt.": "sergeant",
        "adm.": "admiral", "prof.": "professor", "dr.": "doctor", "atty.": "attorney",
        "supt.": "superintendent", "pres.": "president", "sec.": "secretary",
        // British style, without the full stop.
        "prof": "professor", "cllr": "councillor", "cllr.": "councillor", "sgt": "sergeant", "supt": "superintendent",
        "insp": "inspector", "insp.": "inspector", "det": "detective", "det.": "detective", "capt": "captain",
        "col": "colonel", "lt": "lieutenant", "maj": "major", "brig": "brigadier", "brig.": "brigadier",
        "revd": "reverend", "rev": "reverend",
    ]

    /// Description heads that never name one earlier person ("the official", "the source"):
    /// too general to tie to whoever held a title before.
    static let tooGeneral: WordSet = [
        "official", "officials", "source", "sources", "person", "people", "man", "woman",
    ]

    /// Words before a role noun that make it another office: "Vice President Joe Biden" is not
    /// "the president", "Deputy Mayor Ann Lee" not "the mayor".
    static let otherOffice: WordSet = [
        "vice", "deputy", "assistant", "associate", "under", "lieutenant", "co", "sub",
    ]

    /// Words that end a role's noun phrase ("a professor at Yonsei University", "spokesman for").
    static let phraseEnds: WordSet = [
        "at", "of", "for", "in", "from", "with", "on", "who", "whose", "and", "to", "since", "until",
    ]

    /// Paragraphs at the top of an article (its lede) whose role descriptions may name a person
    /// introduced only after them (``ActorBuilder/ledeRoleHolder(_:description:proper:names:)``).
    static let ledeParagraphs = 2
    /// How many paragraphs after a lede's role description the person holding it may be named.
    static let cataphoraParagraphs = 4
    /// Most names read after a lede's role description for the one holding it.
    static let maxCataphoraEntries = 32

    /// Longest definite description, in words with its article, that may name a role
    /// ("the former South Carolina governor").
    static let longestDescription = 5

    /// Whether a title or role ("Vice President", "a Georgia Democrat") is what a definite
    /// description's words ("the", "georgia", "democrat") name: the description's head is in
    /// it, no word before that head makes it another office the description leaves out, and
    /// the description's proper modifiers (`proper`: "georgia" in "the Georgia Democrat") are
    /// all in it, so that "the Florida senator" is not any senator.
    static func role(_ text: String, isNamedBy description: [String], proper: [String] = []) -> Bool {
        guard let head = description.last else { return false }
        let words = expandedWords(text)
        // The role's own noun phrase ends before a preposition or clause ("professor at Yonsei").
        let phrase = words.prefix { !phraseEnds.contains($0) }
        guard phrase.last == head else { return false }
        guard proper.allSatisfy(words.contains) else { return false }
        // "Vice President Joe Biden" is not "the president", nor "President Obama" "the vice president".
        let office = Set(phrase.dropLast().filter(otherOffice.contains))
        return office == Set(description.dropLast().filter(otherOffice.contains))
    }

    /// The lower-cased words of a title or role, abbreviations expanded ("Sen." → "senator").
    static func expandedWords(_ text: String) -> [String] {
        text.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "." }).map { expansion[String($0)] ?? String($0) }
    }

    /// The head noun of a title or role, the last word of its own noun phrase ("professor" in
    /// "a professor at Yonsei University", "senator" in "Sen."): what ``role(_:isNamedBy:proper:)``
    /// matches a description's last word against.
    static func head(of text: String) -> String? {
        expandedWords(text).prefix { !phraseEnds.contains($0) }.last
    }
}
