import Testing
@testable import WhosaidModel

/// ``KeyTextIDs`` numbers texts as a `String` dictionary would: canonically equivalent texts
/// share an id, whether ASCII, spelt with a scalar whose image is ASCII, or neither.
@Suite struct KeyTextIDsTests {
    @Test func numbersAsAStringDictionary() {
        let texts = [
            "a", "b", "a", "\u{212A}", "K", "é", "e\u{301}", "x;", "x\u{037E}", "\u{1FEF}", "`", "",
            "e\u{301}", "\u{212A}\u{301}", "K\u{301}", "an ascii text longer than fifteen bytes",
        ]
        var ids = KeyTextIDs()
        var reference: [String: Int32] = [:]
        for text in texts {
            let expected = reference[text] ?? Int32(reference.count)
            let isNew = reference[text] == nil
            reference[text] = expected
            let got = ids.id(of: text)
            #expect(got.id == expected && got.isNew == isNew, "\(text.debugDescription)")
        }
        #expect(ids.count == reference.count)
    }
}
