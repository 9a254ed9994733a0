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
    /// `start`, when given, is the reported clause's first token.
    func opensPairedDashAside(at k: Int, last: Int, from start: Int?) -> Bool {
        let dash = tokens[k].lower
        guard tokens[k].quote == nil, k + 2 <= last else { return false }
        var j = k + 1
        while j <= last, j - k <= Self.maxPairedDashAsideTokens + 1 {
            let t = tokens[j]
            if t.lower == dash, t.quote == nil {
                guard j > k + 1, j + 1 <= last, tokens[j + 1].isWord, tokens[j + 1].quote == nil, !holdsFiniteVerb(k + 1, j - 1) else { return false }
                return !opensOwnPredicate(afterDash: j, asideFrom: k, from: start) && !reopensDashAside(after: j, last: last)
            }
            if t.quote != nil || isOpenMark(j) || Self.dashAsideEndingMarks.contains(t.lower) { return false }
            j += 1
        }
        return false
    }

    /// Marks that end a dash aside before its closing dash: it is no aside then.
    static let dashAsideEndingMarks: WordSet = [",", ";", ":", ".", "?", "!"]

    /// Whether a verb right after the closing dash at `close` is the predicate of the words between
    /// the dashes, a clause of its own (`said the vote was fair – and Omar Ortiz – agreed`, `said it
    /// was over – and then – left`): the reported clause before the opening dash at `open` holds
    /// its verb already (or its start is unknown). Not so for `said the budget – and not the tax
    /// plan – is the issue`, whose clause the verb goes on.
    func opensOwnPredicate(afterDash close: Int, asideFrom open: Int, from start: Int?) -> Bool {
        let v = tokens[close + 1]
        guard v.tag == .verb || v.tag == .aux, !Lexicon.isGerund(v.lower) else { return false }
        guard let start, start <= open - 1 else { return true }
        return holdsFiniteVerb(start, open - 1)
    }

    /// Whether the same dash comes again within ``maxPairedDashAsideTokens`` tokens after the
    /// closing dash at `close` (`– and the mayor – furious – resigned`): the second dash then opens
    /// another aside rather than closing this one.
    func reopensDashAside(after close: Int, last: Int) -> Bool {
        let dash = tokens[close].lower
        var j = close + 1
        while j <= last, j - close <= Self.maxPairedDashAsideTokens + 1 {
            if tokens[j].lower == dash, tokens[j].quote == nil { return true }
            j += 1
        }
        return false
    }
}
