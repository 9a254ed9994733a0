import Foundation

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
                guard let base = hay.baseAddress, let needleBase = pin.baseAddress else { return nil }
                let first = Int32(pin[0])
                var i = start
                let last = n - m
                while i <= last {
                    // memchr finds the candidate first byte far faster than a Swift loop.
                    guard let hit = memchr(base + i, first, last - i + 1) else { return nil }
                    let j = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    if (!atWordStart || j == 0 || base[j - 1] == 0x20)
                        && (m == 1 || memcmp(base + j + 1, needleBase + 1, m - 1) == 0)
                    {
                        return j
                    }
                    i = j + 1
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
