@testable import WhosaidModel

/// The analysis with role descriptions tied to the people holding the role ("the mayor").
func analyzeLinkingRoles(_ text: String) -> Analysis {
    var options = Engine.Options()
    options.linkRoleDescriptions = true
    return Engine(options: options).analyze(text: text)
}

/// The tag (its name) of the first token written `word` in `text`, after the engine's tagging
/// and tag repairs; nil when no token is written so.
func tag(of word: String, in text: String) -> String? {
    var (tokens, forms) = Tokenizer.tokensAndForms(of: Document(name: "t", text: text))
    TokenTagging.tag(&tokens, forms: forms)
    return tokens.indices.first { tokens[$0].lower == word }.map { "\(tokens[$0].tag)" }
}

/// Analyses `text` with the default engine.
func analyze(_ text: String) -> Analysis {
    Engine().analyze(text: text, name: "test")
}

extension Analysis {
    /// The speaker's name of the first statement whose text contains `fragment`.
    func speaker(of fragment: String) -> String? {
        statement(containing: fragment).flatMap { actor(of: $0)?.name }
    }

    /// The first statement whose text contains `fragment`.
    func statement(containing fragment: String) -> Statement? {
        statements.first { $0.text.contains(fragment) }
    }

    /// The actor called `name`.
    func actor(named name: String) -> Actor? {
        actors.first { $0.name == name }
    }
}
