/// Each token's answers to ``PronounSalience/isSubject(_:tokens:)`` and
/// ``PronounSalience/opensSubordinateClause(_:tokens:)``, worked out on first use and kept:
/// every pronoun reads the mentions before it again, so the same few mentions were asked
/// once per pronoun (both read the tokens around the mention, and the clause's opener hashes
/// its word). A class, so that the builder's non-mutating pronoun resolution can fill it.
final class MentionRoleMemo {
    /// Per token: bit 0, the subject answer is known, bit 1 holds it; bits 2 and 3 the same for
    /// the subordinate clause.
    private var bits: [UInt8]
    private let tokens: Tokens

    /// Most tokens a memo keeps answers for: a byte per token is little beside an article, but
    /// on one very large document it was 0.2 bytes per input byte at peak, so past this size the
    /// answers are worked out at each use instead (peak memory bound, issue 12).
    static let maxMemoTokens = 1 << 20

    /// An empty memo for the tokens `tokens` (one that keeps nothing past ``maxMemoTokens``).
    init(tokens: Tokens) {
        self.tokens = tokens
        bits = tokens.count <= Self.maxMemoTokens ? [UInt8](repeating: 0, count: tokens.count) : []
    }

    /// ``PronounSalience/isSubject(_:tokens:)`` of the mention whose last word is token `index`.
    func isSubject(_ index: Int) -> Bool {
        guard !bits.isEmpty else { return PronounSalience.isSubject(index, tokens: tokens) }
        let b = bits[index]
        if b & 1 != 0 { return b & 2 != 0 }
        let answer = PronounSalience.isSubject(index, tokens: tokens)
        bits[index] = b | 1 | (answer ? 2 : 0)
        return answer
    }

    /// ``PronounSalience/opensSubordinateClause(_:tokens:)`` of the subject whose last word is
    /// token `index`.
    func opensSubordinateClause(_ index: Int) -> Bool {
        guard !bits.isEmpty else { return PronounSalience.opensSubordinateClause(index, tokens: tokens) }
        let b = bits[index]
        if b & 4 != 0 { return b & 8 != 0 }
        let answer = PronounSalience.opensSubordinateClause(index, tokens: tokens)
        bits[index] = b | 4 | (answer ? 8 : 0)
        return answer
    }
}
