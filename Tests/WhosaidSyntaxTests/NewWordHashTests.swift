import Testing
@testable import WhosaidSyntax

/// A new word's hashes, made in one pass over its bytes (``TaggerWord/init(form:normalized:lexiconKey:)``),
/// must be exactly the ones training made affix by affix, and its lexicon key the one the
/// lexicon was built with: the model is keyed by them.
struct NewWordHashTests {
    static let forms = ["", "a", "Ab", "the", "Sigal", "n't", "U.S.", "$5.5", "1999", "3rd", "iPhone", "“", "naïve", "administration"]

    @Test("A form's hashes are its affixes' and its word class's, and the lexicon key its bytes'", arguments: forms)
    func hashesMatchTheirDefinitions(form: String) {
        let normal = TaggerWord.normalized(form)
        var key: UInt64 = 0
        let w = TaggerWord(form: form, normalized: normal, lexiconKey: &key)
        let bytes = Array(normal.utf8), n = bytes.count
        func suffix(_ k: Int) -> UInt64 { FeatureHash.mix(UInt64(k), FeatureHash.bytes(bytes[max(0, n - k)...])) }
        func prefix(_ k: Int) -> UInt64 { FeatureHash.mix(UInt64(4 + k), FeatureHash.bytes(bytes[..<min(n, k)])) }
        #expect(key == TaggerWord.lexiconKey(normalized: normal))
        #expect(w.word == bytes.withUnsafeBufferPointer { TaggerWord.wordClassHash($0) })
        #expect([w.suffix1, w.suffix2, w.suffix3, w.suffix4] == [suffix(1), suffix(2), suffix(3), suffix(4)])
        #expect([w.prefix1, w.prefix2, w.prefix3] == [prefix(1), prefix(2), prefix(3)])
        #expect(w.shape == TaggerWord.shapeHash(form))
    }
}
