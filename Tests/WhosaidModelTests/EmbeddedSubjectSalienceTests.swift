import Testing
@testable import WhosaidModel

/// The subject of a clause a verb reports (`told me that Tom Reyes…`) is embedded, and ranks
/// below the main clause's subject as an adverbial clause's does
/// (``PronounSalience/opensSubordinateClause(_:tokens:)``, ``PronounSalience/isComplementThat(_:tokens:)``);
/// a result clause after `so … that` and a clause after an adjective or a noun (`It is possible
/// that…`, `the notion that…`) are no verb's report.
struct EmbeddedSubjectSalienceTests {
    /// Whether the subject whose last word is `word` in `text` counts as a subordinate one.
    func isEmbedded(_ word: String, in text: String) throws -> Bool {
        var (tokens, forms) = Tokenizer.tokensAndForms(of: Document(name: "t", text: text))
        TokenTagging.tag(&tokens, forms: forms)
        let i = try #require(tokens.indices.first { tokens[$0].lower == word.lowercased() }, "no \(word) in \(text)")
        return PronounSalience.opensSubordinateClause(i, tokens: tokens)
    }

    @Test(arguments: [
        ("He told me that Harry Grant had blocked the aid.", "Grant"),
        ("She said that Tom Reyes would resign.", "Reyes"),
        ("Officials told reporters that Ana Ruiz had left.", "Ruiz"),
        ("He left because Tom Reyes was angry.", "Reyes"),
    ])
    func aReportedOrAdverbialClausesSubjectIsEmbedded(text: String, word: String) throws {
        #expect(try isEmbedded(word, in: text))
    }

    @Test(arguments: [
        ("Tom Reyes said the port was safe.", "Reyes"),
        ("The hearing was so calm that Tom Reyes smiled.", "Reyes"),
        ("It is possible that Tom Reyes played a role.", "Reyes"),
        ("He rejected the notion that Tom Reyes was to blame.", "Reyes"),
    ])
    func aMainOrNonReportedClausesSubjectIsNot(text: String, word: String) throws {
        #expect(try !isEmbedded(word, in: text))
    }
}
