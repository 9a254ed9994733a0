import Testing
@testable import WhosaidModel

/// Forms read through ``WrittenFormCache`` (filled by an earlier document) lower-case,
/// classify and fingerprint as when worked out afresh.
struct WrittenFormCacheTests {
    static let text = """
        Officials SAID on Tuesday that the Senate said no. IBM, ibm and Ibm told 3M and 3m.
        Café owners said the tariff “hurts”; O'Neill and Jean-Luc said nothing.
        """

    @Test func aWarmCacheGivesTheFormsAFreshReadingGives() {
        let document = Document(name: "cache", text: Self.text)
        // Holding the shared table makes the first reading start an empty one (cold), which it
        // puts back for the second reading (warm).
        let held = WrittenFormCache.take()
        let (_, cold) = Tokenizer.tokensAndForms(of: document)
        let (_, warm) = Tokenizer.tokensAndForms(of: document)
        WrittenFormCache.putBack(held)
        #expect(cold.count > 20)
        #expect(warm.lowers == cold.lowers)
        #expect(warm.classes == cold.classes)
        #expect(cold.lowers.contains("said") && cold.lowers.contains("ibm") && cold.lowers.contains("o'neill"))
        for id in 0..<cold.count {
            #expect(cold.classes[id] == LexiconClassTable.shared.classes(of: cold.lowers[id]))
            #expect(warm.fingerprint(id) == cold.fingerprint(id))
            #expect(cold.fingerprint(id) == TaggerWordCache.key(cold.written(id)))
        }
    }

    @Test func caseIsPartOfTheKey() {
        let values: [UInt32] = Array("Ibm".unicodeScalars.map(\.value))
        let lower: [UInt32] = Array("ibm".unicodeScalars.map(\.value))
        let (a, b) = (values.withUnsafeBufferPointer(WrittenFormCache.packed), lower.withUnsafeBufferPointer(WrittenFormCache.packed))
        #expect(a != 0 && b != 0 && a != b)
        let long: [UInt32] = Array("Governments".unicodeScalars.map(\.value))
        #expect(long.withUnsafeBufferPointer(WrittenFormCache.packed) == 0)
    }
}
