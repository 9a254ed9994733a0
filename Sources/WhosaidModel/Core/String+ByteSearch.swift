extension String {
    /// Whether `needle` occurs in the text, compared byte for byte in UTF-8 (the project's
    /// names and keys are compared as typed, never by locale). With Foundation imported,
    /// `contains(_:)` with a string argument is NSString's locale-aware search, which cost 4% of
    /// the engine on real news when pronoun resolution asked it at every earlier mention.
    func containsBytes(_ needle: String) -> Bool {
        let found = utf8.withContiguousStorageIfAvailable { hay in
            needle.utf8.withContiguousStorageIfAvailable { Self.occurs($0, in: hay) }
        }
        return found.flatMap { $0 } ?? Self.occurs(Array(needle.utf8), in: Array(utf8))
    }

    /// Whether the text holds a space: a name of more than one word.
    var hasSpace: Bool { containsByte(0x20) }

    /// Whether the text's UTF-8 holds the byte `b`, searched in the string's storage: the UTF-8
    /// view's own `contains` walks its iterator, about 470 instructions for a short word, and
    /// the engine asked it 68,000 times on PolNeAR train (keys, abbreviations, names).
    @inline(__always) func containsByte(_ b: UInt8) -> Bool {
        utf8.withContiguousStorageIfAvailable { $0.contains(b) } ?? utf8.contains(b)
    }

    /// A plain search: the texts searched are names and keys of a few dozen bytes.
    private static func occurs<H: RandomAccessCollection<UInt8>, N: RandomAccessCollection<UInt8>>(_ needle: N, in hay: H) -> Bool
    where H.Index == Int, N.Index == Int {
        let n = needle.count, h = hay.count
        guard n > 0 else { return true }
        guard n <= h else { return false }
        var i = hay.startIndex
        while i <= hay.startIndex + h - n {
            var j = 0
            while j < n, hay[i + j] == needle[needle.startIndex + j] { j += 1 }
            if j == n { return true }
            i += 1
        }
        return false
    }
}
