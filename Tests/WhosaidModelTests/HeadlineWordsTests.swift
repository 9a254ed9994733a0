import Testing
@testable import WhosaidModel

/// ``HeadlineWords`` counts from the bytes as by Characters.
@Suite struct HeadlineWordsTests {
    @Test(arguments: [
        "Only 24 Percent of Donors Are Small Donors.", "", "   ", "a b c", "Word  Other  third",
        "The $5 Deal: Wins and Losses!", "mixed Case words Here", "Über Cafés Déjà Vu Again",
        "Line\r\nBreak Words Here", "Tab\tSeparated Words Count", "ABCD efgh IJKL", "ends with space ",
    ])
    func bytesCountAsCharacters(line: String) {
        let counts = HeadlineWords.counts(line)
        let reference = HeadlineWords.characterCounts(line)
        #expect(counts.words == reference.words && counts.capitalized == reference.capitalized, "\(line.debugDescription)")
    }
}
