import WhosaidSyntax

/// Asides set off by commas inside a reported clause: a subordinator's short clause that
/// interrupts the clause rather than ending it. `Reyes said the plan, though costly, would work.`
/// reports `the plan, though costly, would work`, not `the plan`; `said the vote was a narrow,
/// though clear, victory` keeps the noun the two adjectives go with.
extension Attributor {
    /// The most tokens between the two commas of an aside (`, though it was small at first,`).
    static let maxInterruptingAsideTokens = 8

    /// Whether the subordinator at `n`, right after the comma at `k`, opens an aside that the
    /// reported clause from `start` goes on after: a second comma closes it within
    /// ``maxInterruptingAsideTokens`` and either
    /// - a finite verb follows that comma while the clause before `k` has none yet (the aside
    ///   stands between the clause's subject and its predicate: `the plan, though costly, would
    ///   work`, `the levy, while unpopular, passed`), or
    /// - an adjective stands before `k`, the aside has no finite verb and a noun or adjective
    ///   follows the closing comma (`a crucial, although brief, opportunity`).
    func interruptsReportedClause(comma k: Int, subordinator n: Int, last: Int, from start: Int?) -> Bool {
        guard let start, start < k, tokens[k].lower == ",", n == k + 1 else { return false }
        var close = n + 1
        while close <= last, close - n <= Self.maxInterruptingAsideTokens {
            let t = tokens[close]
            if t.quote != nil || isOpenMark(close) || t.lower.isOne(of: ";", ":", "(", ")") || Self.mayBeDash(t.lower) && Self.clauseDashes.contains(t.lower) {
                return false
            }
            if t.lower == "," { break }
            close += 1
        }
        guard close <= last, close > n + 1, tokens[close].lower == ",", close + 1 <= last else { return false }
        let next = tokens[close + 1]
        guard next.isWord, next.quote == nil else { return false }
        let finiteNext = (next.tag == .verb || next.tag == .aux) && !Lexicon.isGerund(next.lower) && !isCueWord(close + 1)
        if finiteNext, !counts.holdsFiniteVerb(start, k - 1), (start..<k).contains(where: { tokens[$0].isWord }) { return true }
        let modifierBefore = tokens[k - 1].tag == .adj && tokens[k - 1].quote == nil
        // "…was unsafe, although cheap, Kettering analysts said": a cue of its own after the
        // closing comma makes the noun there its subject, not the adjectives' head.
        return modifierBefore && !counts.holdsFiniteVerb(n + 1, close - 1) && [.noun, .adj, .propn].contains(next.tag)
            && !counts.holdsReportingVerb(close + 1, min(last, close + Self.maxNounAfterAsideWords))
    }

    /// The most words after an aside's closing comma read for a cue of their own (`…, although
    /// cheap, Kettering analysts said`).
    static let maxNounAfterAsideWords = 4
}
