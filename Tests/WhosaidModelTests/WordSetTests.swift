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

    /// Members holding a byte that a non-ASCII scalar is canonically equivalent to (`K`, `;`,
    /// `` ` ``): words spelt with that scalar are found though their bytes differ.
    @Test func answersAsTheSetForCanonicalImages() {
        let members: Set<String> = ["K", "a;b", "x`", "ok"]
        let set = WordSet(members)
        let queries = ["\u{212A}", "a\u{037E}b", "x\u{1FEF}", "o\u{212A}", "K", "a;b", "x`", "é", "e\u{301}", "\u{212A}\u{212A}"]
        for q in queries { #expect(set.contains(q) == members.contains(q), "\(q.debugDescription)") }
    }

    /// Words of 0 to 17 bytes, made at run time in several ways (decoded, lower-cased, sliced,
    /// joined), each looked up as the `Set` answers: the strings' own words (``SmallASCIIBits``)
    /// answer for those stored in place, any other string by its bytes; the layout holds here.
    @Test func answersAsTheSetForStringsOfEveryShortLength() {
        let letters = Array("abcdefghijklmnopq".utf8)
        let members = Set((0...17).filter { $0 % 2 == 1 }.map { String(decoding: letters[0..<$0], as: UTF8.self) } + ["x-ray", "U.S."])
        let set = WordSet(members)
        #expect(SmallASCIIBits.isAvailable)
        for n in 0...17 {
            let decoded = String(decoding: letters[0..<n], as: UTF8.self)
            let lowered = String(decoding: letters[0..<n], as: UTF8.self).uppercased().lowercased()
            let sliced = String(String(decoding: letters, as: UTF8.self).prefix(n))
            let joined = [String(decoding: letters[0..<(n / 2)], as: UTF8.self), String(decoding: letters[(n / 2)..<n], as: UTF8.self)].joined()
            let other = String(decoding: letters[0..<n], as: UTF8.self) + "\u{301}"
            for q in [decoded, lowered, sliced, joined, other, decoded + "z", "X-RAY".lowercased(), "U.S."] {
                #expect(set.contains(q) == members.contains(q), "\(q.debugDescription)")
            }
        }
    }

    /// Word lengths are Characters counted, from the UTF-8 length of ASCII text.
    @Test func wordLengthIsTheCharacterCount() {
        for w in ["", "word", "a\r\nb", "naïve", "e\u{301}te", "🇫🇷x", "regularly"] { #expect(w.wordLength == w.count, "\(w.debugDescription)") }
    }
}
