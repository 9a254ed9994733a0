import WhosaidSyntax

/// An aside set off by a pair of dashes inside a reported clause, opening with a coordinator:
/// the clause goes on after the second dash.
///
///     Ruiz said the budget – and not the tax plan – is the issue.   → the whole clause
///     According to the poll, 46 percent of men — and 31 percent of women — are undecided.
///     Lowe said it made her doubt the angry — and at times violent — talk of the race.
///
/// A dash before `and` or `but` ends the clause when no second dash closes a short verbless aside
/// (`…more intense — and he noted that…`: a new clause).
extension Attributor {
    /// The most tokens between the two dashes of a coordinated aside.
    static let maxPairedDashAsideTokens = 10

    /// Whether the dash at `k` opens an aside that the same kind of dash closes within
    /// ``maxPairedDashAsideTokens`` tokens, with no finite verb, quotation or other mark of a
    /// clause between them, and a word after the closing dash inside `last`.
    func opensPairedDashAside(at k: Int, last: Int) -> Bool {
        let dash = tokens[k].lower
        guard tokens[k].quote == nil, k + 2 <= last else { return false }
        var j = k + 1
        while j <= last, j - k <= Self.maxPairedDashAsideTokens + 1 {
            let t = tokens[j]
            if t.lower == dash, t.quote == nil {
                return j > k + 1 && j + 1 <= last && tokens[j + 1].isWord && tokens[j + 1].quote == nil && !holdsFiniteVerb(k + 1, j - 1)
            }
            if t.quote != nil || isOpenMark(j) || [",", ";", ":", ".", "?", "!"].contains(t.lower) { return false }
            j += 1
        }
        return false
    }
}
