/// Each token's answers to ``PronounSalience/isSubject(_:tokens:)`` and
/// ``PronounSalience/opensSubordinateClause(_:tokens:)`` (and ``PronounSalience/ownsSubject(_:tokens:)``), worked out on first use and kept:
/// every pronoun reads the mentions before it again, so the same few mentions were asked
/// once per pronoun (both read the tokens around the mention, and the clause's opener hashes
/// its word). A class, so that the builder's non-mutating pronoun resolution can fill it.
final class MentionRoleMemo {
    /// Per token: bit 0, the subject answer is known, bit 1 holds it; bits 2 and 3 the same for
    /// the subordinate clause, bits 4 and 5 for the possessor of a subject.
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
        answer(index, known: 1, holds: 2) { PronounSalience.isSubject($0, tokens: $1) }
    }

    /// ``PronounSalience/opensSubordinateClause(_:tokens:)`` of the subject whose last word is
    /// token `index`.
    func opensSubordinateClause(_ index: Int) -> Bool {
        answer(index, known: 4, holds: 8) { PronounSalience.opensSubordinateClause($0, tokens: $1) }
    }

    /// ``PronounSalience/ownsSubject(_:tokens:)`` of the mention whose last word is token `index`.
    func ownsSubject(_ index: Int) -> Bool {
        answer(index, known: 16, holds: 32) { PronounSalience.ownsSubject($0, tokens: $1) }
    }

    /// The answer of `test` at token `index`, kept in the bits `known` (worked out) and `holds`
    /// (its value) of the token's byte; worked out at each ask when the memo keeps nothing.
    @inline(__always)
    private func answer(_ index: Int, known: UInt8, holds: UInt8, _ test: (Int, Tokens) -> Bool) -> Bool {
        guard !bits.isEmpty else { return test(index, tokens) }
        let b = bits[index]
        if b & known != 0 { return b & holds != 0 }
        let value = test(index, tokens)
        bits[index] = b | known | (value ? holds : 0)
        return value
    }
}
