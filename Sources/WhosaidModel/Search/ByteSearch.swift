/// Substring search over folded UTF-8 bytes.
enum ByteSearch {
    /// The first offset at or after `start` where `needle` occurs in `haystack`; with `atWordStart`
    /// only occurrences at the start of a word (after a space or at offset 0) count.
    static func firstIndex(
        of needle: [UInt8], in haystack: [UInt8], from start: Int = 0, atWordStart: Bool = false
    ) -> Int? {
        let m = needle.count
        let n = haystack.count
        guard m > 0, n - start >= m else { return m == 0 ? start : nil }
        return haystack.withUnsafeBufferPointer { hay -> Int? in
            needle.withUnsafeBufferPointer { pin -> Int? in
                let first = pin[0]
                var i = start
                let last = n - m
                while i <= last {
                    if hay[i] == first, !atWordStart || i == 0 || hay[i - 1] == 0x20 {
                        var k = 1
                        while k < m, hay[i + k] == pin[k] { k += 1 }
                        if k == m { return i }
                    }
                    i += 1
                }
                return nil
            }
        }
    }

    /// Whether `needle` occurs in `haystack` (at a word start when `atWordStart`).
    static func contains(_ needle: [UInt8], in haystack: [UInt8], atWordStart: Bool = false) -> Bool {
        firstIndex(of: needle, in: haystack, atWordStart: atWordStart) != nil
    }
}
