extension Candidate {
    /// `candidates` with at most one candidate per span, in their order: of several that share a
    /// span, the better attributed one (see ``isBetterAttributed(than:)``) takes the place of the
    /// first. A `continues` link to a dropped candidate moves to the one kept for its span.
    ///
    /// The sieves should never find one span twice; this is the last guard, so that a statement
    /// is never listed twice with two speakers whatever a rule gets wrong.
    ///
    /// Candidates whose spans all differ (nearly always) are returned as they are, found so by
    /// sorting their indexes: building the kept list beside them first held every candidate twice,
    /// the attribution stage's peak on a large document (issue 12).
    static func onePerSpan(_ candidates: [Candidate]) -> [Candidate] {
        guard sharesASpan(candidates) else { return candidates }
        var result: [Candidate] = []
        var position: [Int] = []  // index in `candidates` -> index in `result`
        var slot: [TextSpan: Int] = [:]
        for c in candidates {
            if let n = slot[c.span] {
                if c.isBetterAttributed(than: result[n]) { result[n] = c }
                position.append(n)
            } else {
                slot[c.span] = result.count
                position.append(result.count)
                result.append(c)
            }
        }
        for i in result.indices {
            let source = result[i].continues.map { position[$0] }
            result[i].continues = source == i ? nil : source
        }
        return result
    }

    /// Whether two of `candidates` share a span: their indexes (4 bytes each) sorted by span, and
    /// neighbours compared.
    static func sharesASpan(_ candidates: [Candidate]) -> Bool {
        guard candidates.count > 1 else { return false }
        var order = [Int32](0..<Int32(truncatingIfNeeded: candidates.count))
        order.sort { candidates[Int($0)].span < candidates[Int($1)].span }
        return order.indices.dropFirst().contains { candidates[Int(order[$0 - 1])].span == candidates[Int(order[$0])].span }
    }

    /// Whether this candidate names its speaker better than `other`: an attributed candidate
    /// (by a cue or a continuation) before an unattributed one, then the more confident one.
    func isBetterAttributed(than other: Candidate) -> Bool {
        let attributed = rule != .unattributed
        let otherAttributed = other.rule != .unattributed
        if attributed != otherAttributed { return attributed }
        return confidence > other.confidence
    }
}
