extension String {
    /// `split(separator: " ").first` without splitting the rest: the first run of Characters
    /// other than a space, or nil when there is none. (Display names are checked by their first
    /// word for every actor, and splitting the whole name made an array each time.)
    var firstSpaceSeparatedWord: Substring? {
        var start = startIndex
        while start < endIndex, self[start] == " " { start = index(after: start) }
        guard start < endIndex else { return nil }
        var end = start
        while end < endIndex, self[end] != " " { end = index(after: end) }
        return self[start..<end]
    }
}
