import Testing
@testable import WhosaidModel

/// ``Stemmer/isOwnStem(folded:)`` lets the statement stems skip the stemmer: it must only say so
/// of words the stemmer keeps whole.
@Suite struct StemShortcutTests {
    static let words = [
        "said", "says", "saying", "talked", "talks", "negotiate", "negotiated", "negotiations", "koreas",
        "news", "series", "bed", "hundred", "during", "stopped", "planned", "call", "pass", "cities", "tried",
        "agreed", "freed", "us", "is", "bus", "analysis", "status", "go", "run", "the", "a", "b52", "x1",
        "interview", "leader", "mayor", "county", "police", "officer", "sheriff", "court", "law", "crisis",
        "because", "made", "wide", "into", "about", "dollar", "million", "2016", "u", "ok", "yes", "tax",
    ]

    @Test(arguments: words)
    func aWordSaidToBeItsOwnStemIsKeptWholeByTheStemmer(word: String) {
        let bytes = Array(word.utf8)
        let own = bytes.withUnsafeBufferPointer { Stemmer.isOwnStem(folded: $0) }
        if own { #expect(Stemmer.stem(folded: bytes) == bytes) }
        // Every word the stemmer changes ends in s, d or e, so the shortcut never hides a change.
        if Stemmer.stem(folded: bytes) != bytes { #expect(!own) }
    }
}
