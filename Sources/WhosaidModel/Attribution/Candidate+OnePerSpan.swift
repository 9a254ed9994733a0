extension Candidate {
    /// `candidates` with at most one candidate per span, in their order: of several that share a
    /// span, the better attributed one (see ``isBetterAttributed(than:)``) takes the place of the
    /// first. A `continues` link to a dropped candidate moves to the one kept for its span.
    ///
    /// The sieves should never find one span twice; this is the last guard, so that a statement
    /// is never listed twice with two speakers whatever a rule gets wrong.
    static func onePerSpan(_ candidates: [Candidate]) -> [Candidate] {
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
        guard result.count < candidates.count else { return candidates }
        for i in result.indices {
            let source = result[i].continues.map { position[$0] }
            result[i].continues = source == i ? nil : source
        }
        return result
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
