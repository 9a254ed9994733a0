extension PronounSalience {
    /// Answers of ``chainPronounTokens(in:formCount:)``'s per-form table.
    private enum FormAnswer: UInt8 {
        case unknown, chainPronoun, other
    }

    /// The indices of the tokens outside quotes that are ``chainPronouns``, in text order.
    /// A token's lower-cased text is its written form's, so each form of the document (ids below
    /// `formCount`) is looked up once rather than at every he/she; and every chain pronoun opens
    /// with "h" or "s", so other forms are not hashed.
    static func chainPronounTokens(in tokens: Tokens, formCount: Int) -> [Int] {
        var answers = [FormAnswer](repeating: .unknown, count: formCount)
        var found: [Int] = []
        for ti in tokens.indices where tokens[ti].quote == nil {
            let form = Int(tokens[ti].form)
            if answers[form] == .unknown {
                let lower = tokens[ti].lower
                let first = lower.utf8.first
                answers[form] = (first == 0x68 || first == 0x73) && chainPronouns.contains(lower) ? .chainPronoun : .other
            }
            if answers[form] == .chainPronoun { found.append(ti) }
        }
        return found
    }
}
