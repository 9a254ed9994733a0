import WhosaidSyntax

/// Full person names anywhere in the text outside quotes ("Ruth Keller", "Dr. Amal Haddad"),
/// found without a reporting verb, so that a surname-only speaker gets its full name and a
/// pronoun can find a person who was introduced before speaking.
struct PersonNameIndex {
    struct Entry {
        /// Token index of the name's last word.
        var token: Int
        /// The name without titles.
        var name: String
        /// Lower-cased last word.
        var surname: String
        /// A title before it, a first name with a clear gender, or an appositive role after it
        /// shows this is a person.
        var hasPersonEvidence: Bool
        /// The lower-cased title before the name, when it holds a word only people carry
        /// ("vice president", "sen.").
        var title: String?
    }

    /// Titles that only people carry.
    static let personTitles: Set<String> = [
        "mr.", "mrs.", "ms.", "miss", "dr.", "prof.", "professor", "president", "sen.", "senator", "rep.",
        "representative", "gov.", "governor", "gen.", "general", "mayor", "judge", "justice", "rev.",
        "reverend", "ambassador", "chancellor", "minister", "secretary", "congressman", "congresswoman",
        "sir", "lady", "lord", "pope", "king", "queen", "prince", "princess", "lt.", "col.", "capt.", "sgt.",
    ]

    /// Tags of words that open no name.
    static let nonNameTags: Set<UPOS> = [.adp, .adv, .sconj, .cconj, .intj, .verb, .aux, .pron, .part]

    private(set) var entries: [Entry] = []
    /// For each surname, the entry of its one full name, or -1 when it has several.
    private var uniqueBySurname: [String: Int] = [:]

    init(document: Document, tokens: [Token]) {
        var i = 0
        while i < tokens.count {
            guard tokens[i].isCapitalized, tokens[i].quote == nil, tokens[i].isWord else { i += 1; continue }
            var j = i
            func continuesName(_ k: Int) -> Bool {
                k < tokens.count && tokens[k].isCapitalized && tokens[k].isWord && tokens[k].quote == nil
                    && tokens[k].sentence == tokens[i].sentence
            }
            while j - i < 5 {
                if continuesName(j + 1) {
                    j += 1
                } else if j > i, j + 2 < tokens.count, NameForm.surnameParticles.contains(tokens[j + 1].lower), continuesName(j + 2) {
                    j += 2   // "Bill de Blasio": a lower-case particle inside a name
                } else {
                    break
                }
            }
            defer { i = j + 1 }
            // Drop sentence-initial function words and titles from the front.
            var first = i
            var title: String?
            // ... and words the tagger reads as no part of a name ("In Florida", "For Obama", "Maybe Trump").
            while first < j, tokens[first].is(.stopWord) || tokens[first].is(.determiner)
                    || Self.nonNameTags.contains(tokens[first].tag) { first += 1 }
            let titleStart = first
            while first < j, tokens[first].is(.title) || tokens[first].lower.hasSuffix(".") && tokens[first].lower.count > 2 {
                if Self.personTitles.contains(tokens[first].lower) {
                    // The whole title ("vice president"), so that a later "the president" does not take it.
                    title = (titleStart...first).map { tokens[$0].lower }.joined(separator: " ")
                }
                first += 1
            }
            // "Massachusetts Sen. Elizabeth Warren", "Bank CEO Tom Reyes": a place or an employer
            // before the title; the name follows the run's last title word.
            if let lastTitle = (first..<j).last(where: { Self.personTitles.contains(tokens[$0].lower) || Lexicon.titles.contains(tokens[$0].lower) }),
               lastTitle >= first {
                if Self.personTitles.contains(tokens[lastTitle].lower) { title = tokens[lastTitle].lower }
                first = lastTitle + 1
            }
            // Possessives inside the run ("State Department's East Asia") make it no name.
            if (first..<j).contains(where: { tokens[$0].lower.hasSuffix("'s") }) { continue }
            let length = j - first + 1
            // One word is a name only after a title ("Justice Scalia", "Mr. Haddad").
            guard length >= (title == nil ? 2 : 1), length <= 4 else { continue }
            let words = (first...j).map { tokens[$0].lower }
            // "Kristen Day", "Theresa May": after a first name, a common time word is a surname.
            let givenName = FirstNameGender.gender(of: words[0]) != nil
            if words.enumerated().contains(where: { n, word in
                let w = word.hasSuffix("'s") ? String(word.dropLast(2)) : word
                let commonSurname = givenName && n == words.count - 1 && n > 0
                return Lexicon.organisationHeads.contains(w) || Lexicon.nonSpeakerHeads.contains(w) && !commonSurname || Lexicon.titles.contains(w)
            }) { continue }
            // A title, a first name with a clear gender before a word that is no common noun
            // ("Margaret Osei", not "Marshall Plan"), or an appositive role.
            var evidence = title != nil
            if !evidence, FirstNameGender.gender(of: tokens[first].lower) != nil {
                let last = tokens[j].lower
                evidence = !PartOfSpeechTagger.embedded.knows(last) || PartOfSpeechTagger.embedded.knowsOnlyAsName(last)
            }
            if j + 2 < tokens.count, tokens[j + 1].lower == ",",
               ["a", "an", "the", "former", "who"].contains(tokens[j + 2].lower) || tokens[j + 2].kind == .number {
                evidence = true
            }
            var surname = tokens[j].lower
            if surname.hasSuffix("'s") { surname.removeLast(2) }
            let name = document.text(in: TextSpan(start: tokens[first].start, end: tokens[j].end))
            let entryName = name.hasSuffix("’s") || name.hasSuffix("'s") ? String(name.dropLast(2)) : name
            if length == 1 {
                // A surname after a title is no full name to offer other mentions.
            } else if let seen = uniqueBySurname[surname] {
                if seen >= 0, entries[seen].name != entryName { uniqueBySurname[surname] = -1 }
            } else {
                uniqueBySurname[surname] = entries.count
            }
            entries.append(Entry(token: j, name: entryName,
                                 surname: surname, hasPersonEvidence: evidence, title: title))
        }
    }

    /// The one full name with this surname in the text; nil when there is none or several
    /// ("Hillary Clinton" and "Bill Clinton" leave a bare "Clinton" as it is).
    func uniqueFullName(forSurname surname: String) -> Entry? {
        guard let id = uniqueBySurname[surname], id >= 0 else { return nil }
        return entries[id]
    }
}
