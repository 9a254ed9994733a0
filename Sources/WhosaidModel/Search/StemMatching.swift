/// Inflection-tolerant phrase matching: a text mentions a phrase when the stems of the phrase's
/// words occur as consecutive words of the text ("official negotiation" is mentioned by
/// "could lead back to official negotiations").
enum StemMatching {
    /// The stems of the folded words of `text`.
    static func stems(of text: String) -> [[UInt8]] {
        TextFolding.bytes(text).split(separator: 0x20).map { Stemmer.stem(folded: Array($0)) }
    }

    /// Whether `needle` occurs as a contiguous run in `haystack`; an empty needle never does.
    static func containsRun<T: Equatable>(_ needle: [T], in haystack: [T]) -> Bool {
        let m = needle.count
        guard m > 0, haystack.count >= m else { return false }
        for start in 0...(haystack.count - m) where haystack[start] == needle[0] {
            var k = 1
            while k < m, haystack[start + k] == needle[k] { k += 1 }
            if k == m { return true }
        }
        return false
    }
}

/// Whether `text` mentions `phrase` with inflections tolerated, ignoring case, accents and
/// punctuation: the stems of the phrase's words occur as consecutive words of the text, so
/// "negotiation" is mentioned by "negotiations" and "Track 2 talk" by "Track 2 talks".
public func mentions(_ phrase: String, in text: String) -> Bool {
    StemMatching.containsRun(StemMatching.stems(of: phrase), in: StemMatching.stems(of: text))
}
