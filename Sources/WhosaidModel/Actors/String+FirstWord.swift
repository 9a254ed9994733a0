extension String {
    /// `split(separator: " ").first` without splitting the rest: the first run of Characters
    /// other than a space, or nil when there is none. (Display names are checked by their first
    /// word for every actor, and splitting the whole name made an array each time.)
    ///
    /// An ASCII text is read byte by byte: there each space byte is a Character of its own (no
    /// ASCII byte joins a space in a cluster), so the bounds are the same; walking Characters
    /// cost about 2,800 instructions a name, 0.35% of the engine on real news. Any other text is
    /// walked Character by Character.
    var firstSpaceSeparatedWord: Substring? {
        // The word's byte offsets in an ASCII text; nil for any other.
        let ascii = utf8.withContiguousStorageIfAvailable { b -> (start: Int, end: Int)? in
            guard b.allSatisfy({ $0 < 0x80 }) else { return nil }
            var start = 0
            while start < b.count, b[start] == 0x20 { start += 1 }
            var end = start
            while end < b.count, b[end] != 0x20 { end += 1 }
            return (start, end)
        }
        if let found = ascii ?? nil {
            guard found.start < found.end else { return nil }
            let start = utf8.index(startIndex, offsetBy: found.start)
            return self[start..<utf8.index(start, offsetBy: found.end - found.start)]
        }
        var start = startIndex
        while start < endIndex, self[start] == " " { start = index(after: start) }
        guard start < endIndex else { return nil }
        var end = start
        while end < endIndex, self[end] != " " { end = index(after: end) }
        return self[start..<end]
    }
}
