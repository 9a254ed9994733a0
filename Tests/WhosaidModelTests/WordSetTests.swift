import Testing
@testable import WhosaidModel

/// ``WordSet`` answers as its `Set<String>` does, the filter by first byte and length included.
@Suite struct WordSetTests {
    static let members: Set<String> = ["the", "a", "cannot", "k", "extraordinarily-long-stop-word-beyond-the-sixty-three-bytes-filter-x"]

    @Test func answersAsTheSet() {
        let set = WordSet(Self.members)
        let queries = [
            "the", "a", "cannot", "k", "", "th", "thee", "The", "b", "cannotx", "\u{212A}", "K", "é", "e\u{301}",
            "extraordinarily-long-stop-word-beyond-the-sixty-three-bytes-filter-x",
            "extraordinarily-long-stop-word-beyond-the-sixty-three-bytes-filter-y",
        ]
        for q in queries { #expect(set.contains(q) == Self.members.contains(q), "\(q.debugDescription)") }
    }

    /// Word lengths are Characters counted, from the UTF-8 length of ASCII text.
    @Test func wordLengthIsTheCharacterCount() {
        for w in ["", "word", "a\r\nb", "naïve", "e\u{301}te", "🇫🇷x", "regularly"] { #expect(w.wordLength == w.count, "\(w.debugDescription)") }
    }
}
