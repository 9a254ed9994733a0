/// The statement engine: finds quotations and reported speech, attributes them to actors
/// and indexes them by topic. Pure and thread-safe; one instance can serve many documents.
public struct Engine: Sendable {
    /// Creates an engine with the default rules.
    public init() {}

    /// Analyses one document.
    public func analyze(_ document: Document) -> Analysis {
        let quotes = QuoteScanner.quotations(in: document)
        var (tokens, forms) = Tokenizer.tokensAndForms(of: document)
        TokenTagging.tag(&tokens, forms: forms)
        var attributor = Attributor(document: document, tokens: tokens, quotes: quotes)
        let candidates = Candidate.onePerSpan(attributor.candidates())
        let built = ActorBuilder(document: document, tokens: attributor.tokens).build(candidates)
        var analysis = Analysis(document: document, statements: built.statements, actors: built.actors)
        let topics = TopicExtractor.topics(for: analysis, tags: WordTags(attributor.tokens))
        for topic in topics {
            for id in topic.statementIDs { analysis.statements[id].topicIDs.append(topic.id) }
        }
        analysis.topics = topics
        return analysis
    }

    /// Analyses `text` under `name`.
    public func analyze(text: String, name: String = "article") -> Analysis {
        analyze(Document(name: name, text: text))
    }
}
