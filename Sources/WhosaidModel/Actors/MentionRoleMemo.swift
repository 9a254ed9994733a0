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

    /// An empty memo for the tokens `tokens`.
    init(tokens: Tokens) {
        self.tokens = tokens
        bits = [UInt8](repeating: 0, count: tokens.count)
    }

    /// ``PronounSalience/isSubject(_:tokens:)`` of the mention whose last word is token `index`.
    func isSubject(_ index: Int) -> Bool {
        let b = bits[index]
        if b & 1 != 0 { return b & 2 != 0 }
        let answer = PronounSalience.isSubject(index, tokens: tokens)
        bits[index] = b | 1 | (answer ? 2 : 0)
        return answer
    }

    /// ``PronounSalience/opensSubordinateClause(_:tokens:)`` of the subject whose last word is
    /// token `index`.
    func opensSubordinateClause(_ index: Int) -> Bool {
        let b = bits[index]
        if b & 4 != 0 { return b & 8 != 0 }
        let answer = PronounSalience.opensSubordinateClause(index, tokens: tokens)
        bits[index] = b | 4 | (answer ? 8 : 0)
        return answer
    }
}
