import Testing
@testable import WhosaidModel

/// Shortcuts the topic stage takes must answer as the general paths they skip.
@Suite struct TopicShortcutTests {
    /// Invented names and phrases, with the marks folding treats apart: apostrophes, initials'
    /// stops, acronyms, hyphens, digits, runs of separators, and texts with non-ASCII scalars
    /// (which take the general path).
    static let texts = [
        "Marla Quennby", "J.R. Ostrander", "Leon V. Tallis", "U.S. Senator Pell", "O'Dwyer-Banks",
        "the mayor's aide", "Dr. Ama Ketts Jr.", "A.B.C.", "a.b c.d", "x.y", ".A start", "3.5 per cent",
        "covid-19 and 24/7", "  two  spaces  ", "", "'", "...", "ab'", "'ab", "Brennagh’s", "Zoë Vantongeren",
        "rock 'n' roll", "Mr.Smith", "I.", "e.g. Tuesday",
    ]

    @Test(arguments: texts)
    func asciiWordsAreTheFoldedWords(text: String) {
        let general = TextFolding.bytes(text).split(separator: 0x20).map { Array($0) }
        if let words = TextFolding.asciiWords(text) {
            #expect(words == general, "\(text)")
        } else {
            #expect(text.utf8.contains { $0 >= 0x80 }, "\(text)")
        }
    }

    /// Forms of ASCII letters and digits (and a few others, which the shortcut leaves alone):
    /// stop words, modals, `-ly`, `-ed`, `-ing` and adjective endings, acronyms, numbers, capitals.
    static let forms = [
        "the", "The", "would", "to", "To", "regularly", "Italy", "talked", "agreed", "parking", "Parking",
        "dangerous", "NATO", "PACs", "US", "A", "a", "13th", "2016", "B52", "x1", "Monday", "New", "new",
        "negotiations", "Quennby", "Ostrander", "OK", "iPhone", "McKinley", "its", "their",
        "O'Dwyer", "U.S.", "co-op", "Zoë", "",
        // The stemmer's cases (the shortcut runs it only for a final s, d or e): invariant words,
        // -ies, -ied, -eed, doubled consonants, a final e, and forms too long to be kept in place.
        "news", "News", "red", "hundred", "bed", "cities", "carried", "agreed", "stopped", "planned",
        "free", "made", "uses", "bus", "Glasses", "internationalisation", "Counterterrorisms",
        "REORGANISATIONS", "x2e",
    ]

    @Test(arguments: forms)
    func alphanumericAnalysisIsTheGeneralOne(form: String) {
        let values = form.unicodeScalars.map(\.value)
        let shortcut = values.withUnsafeBufferPointer { TopicScan.analyseAlphanumeric($0) }
        let isAlphanumeric = !form.isEmpty && form.utf8.allSatisfy { $0 &- 0x30 < 10 || ($0 | 0x20) &- 0x61 < 26 }
        #expect((shortcut != nil) == isAlphanumeric, "\(form)")
        guard let fast = shortcut else { return }
        let general = TopicScan.analyse(form)
        #expect(fast.keyText == general.keyText, "\(form)")
        #expect(fast.component == general.component, "\(form)")
        let (a, b) = (fast.flags, general.flags)
        #expect(a.key == b.key && a.length == b.length && a.isCapitalized == b.isCapitalized, "\(form)")
        #expect(a.isAcronym == b.isAcronym && a.lowerRole == b.lowerRole && a.upperRole == b.upperRole, "\(form)")
        #expect(a.isModal == b.isModal && a.isTo == b.isTo && a.isDeterminer == b.isDeterminer, "\(form)")
        #expect(a.looksAdjective == b.looksAdjective && a.opensWithNumeral == b.opensWithNumeral, "\(form)")
    }
}
