import Foundation

/// Case- and accent-insensitive text matching, scalar by scalar so offsets stay those of the text.
public enum TextFold {
    /// `text`'s scalars folded one to one: lower case, accents removed ("É" → "e").
    public static func fold(_ text: String) -> [Unicode.Scalar] {
        fold(Array(text.unicodeScalars))
    }

    /// `scalars` folded one to one (the result has the same length, so offsets carry over).
    public static func fold(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var cache: [Unicode.Scalar: Unicode.Scalar] = [:]
        return scalars.map { s in
            if s.isASCII {
                return s.value >= 0x41 && s.value <= 0x5A ? Unicode.Scalar(s.value + 32)! : s
            }
            if let hit = cache[s] { return hit }
            let folded = foldOne(s)
            cache[s] = folded
            return folded
        }
    }

    private static func foldOne(_ s: Unicode.Scalar) -> Unicode.Scalar {
        let f = String(s).folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        let scalars = f.unicodeScalars
        if scalars.count == 1, let only = scalars.first { return only }
        if let first = scalars.first, scalars.dropFirst().allSatisfy({ DisplayWidth.isZeroWidth($0) }) { return first }
        return s
    }

    /// Ranges of `haystack` equal to `needle` (both folded), left to right, not overlapping.
    public static func occurrences(of needle: [Unicode.Scalar], in haystack: [Unicode.Scalar]) -> [Range<Int>] {
        guard !needle.isEmpty, needle.count <= haystack.count else { return [] }
        var result: [Range<Int>] = []
        let first = needle[0]
        var i = 0
        let last = haystack.count - needle.count
        while i <= last {
            if haystack[i] == first {
                var k = 1
                while k < needle.count, haystack[i + k] == needle[k] { k += 1 }
                if k == needle.count {
                    result.append(i..<(i + k))
                    i += k
                    continue
                }
            }
            i += 1
        }
        return result
    }

    /// Whether `query` matches `text`: a substring, or every query word the start of a word of
    /// the text, in order ("leon sig" matches "Leon V. Sigal"). Case and accents are ignored.
    public static func matches(_ query: String, _ text: String) -> Bool {
        let q = fold(query)
        let t = fold(text)
        if !occurrences(of: q, in: t).isEmpty { return true }
        let queryWords = words(q)
        guard queryWords.count > 1 else { return false }
        let textWords = words(t)
        var k = 0
        for w in textWords where k < queryWords.count && w.starts(with: queryWords[k]) { k += 1 }
        return k == queryWords.count
    }

    private static func words(_ scalars: [Unicode.Scalar]) -> [[Unicode.Scalar]] {
        scalars.split { !($0.properties.isAlphabetic || $0.properties.numericType != nil) }.map(Array.init)
    }
}
