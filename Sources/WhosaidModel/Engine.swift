/// The statement engine: finds quotations and reported speech, attributes them to actors
/// and indexes them by topic. Pure and thread-safe; one instance can serve many documents.
public struct Engine: Sendable {
    /// Sieves that find statements news annotation counts but a reader may not want.
    public struct Options: Sendable {
        /// Labels and characterisations (`called the plan “a gamble”`, `blasted X for Y`) and noun
        /// cues (`Trump’s claim that …`) as statements.
        var labelStatements = true
        /// Tie a definite description of a role ("the mayor", "the former secretary") to the person
        /// the article gives that role. Right for readers and for gold data that follows
        /// coreference; off by default because news annotation such as PolNeAR keeps such speakers
        /// as the literal description (dev direct 0.917 -> 0.903 with it on, though every changed
        /// statement names the right person).
        public var linkRoleDescriptions = false
        /// Keep quotations that no cue, colon or earlier speaker attributes, as statements without
        /// a speaker. Off by default: most such quotations are headlines, slogans, titles and terms
        /// rather than statements (PolNeAR train: 45 match no statement at all, 56 one whose
        /// speaker whosaid cannot name, 13 one with no speaker).
        public var unattributedQuotes = false
        /// The default options.
        public init() {}
    }

    /// The sieves this engine runs.
    public var options: Options
    /// The attribution sieves in their order (tests run a single one).
    var pipeline = AttributionPipeline.standard

    /// Creates an engine with the default rules.
    public init(options: Options = Options()) { self.options = options }

    /// Analyses one document. A hard-wrapped text is read with its line breaks inside paragraphs
    /// as spaces, and its statements then keep the text as given (``Analysis/restoringLineBreaks(of:)``).
    public func analyze(_ document: Document) -> Analysis {
        guard document.isHardWrapped else { return analyzeAsRead(document) }
        return analyzeAsRead(document.readingLineBreaksAsSpaces()).restoringLineBreaks(of: document)
    }

    /// Analyses `document` as its scalars read.
    private func analyzeAsRead(_ document: Document) -> Analysis {
        // Each stage's per-token arrays are consumed as soon as the next stage has what it needs:
        // Swift keeps a local alive to the end of its scope, so without `consume` the tokenizer's
        // array was copied when the attributor marked quotes in it, and both copies, with the
        // attributor's own per-token arrays, lived on through topic extraction (PolNeAR train
        // repeated into one 66 MB document: 2.57 GB max RSS).
        MemoryRelease.boundHeapForLargeDocument(ofScalarCount: document.scalars.count)
        let quotes = QuoteScanner.quotations(in: document)
        var (tokens, forms) = Tokenizer.tokensAndForms(of: document)
        TokenTagging.tag(&tokens, forms: forms)
        _ = consume forms
        var attributor = Attributor(document: document, tokens: consume tokens, quotes: quotes, options: options, pipeline: pipeline)
        var candidates = Candidate.onePerSpan(attributor.candidates())
        let subjects = attributor.antecedentSubjects(for: candidates)
        let tagged = attributor.tokens
        // The finder's reading of the article's names, for the actor stage's own finder.
        let finderNames = attributor.finder.articleNames
        _ = consume attributor
        // The candidates, built by appending, live until the statements are made, through the
        // actor stage's peak: without the room their last doubling left unused.
        candidates = candidates.trimmingSpareCapacity()
        // What attribution freed goes back before the actor stage allocates its own tables (one
        // 65.7 MB document: 571 -> 563 MB max RSS, issue 12).
        MemoryRelease.afterStage(ofDocumentWith: document.scalars.count)
        var builder = ActorBuilder(document: document, tokens: consume tagged)
        builder.linksRoleDescriptions = options.linkRoleDescriptions
        let resolution = builder.resolve(candidates, subjects: subjects, finderNames: finderNames)
        // What resolving freed goes back before the tags are copied out: their arrays are mapped
        // anew, not carved from the freed heap (one 65.7 MB document: 534 -> 522 MB max RSS).
        MemoryRelease.afterStage(ofDocumentWith: document.scalars.count)
        // Topics read only the tokens' tags: the tokens go before statements are made, and the
        // candidates once they are (one 65.7 MB document: 563 -> 534 MB max RSS, issue 12).
        let tags = WordTags(builder.tokens)
        builder.releaseTokens()
        let built = builder.finish(consume candidates, consume resolution)
        _ = consume builder
        MemoryRelease.afterStage(ofDocumentWith: document.scalars.count)
        var analysis = Analysis(document: document, statements: built.statements, actors: built.actors)
        let topics = TopicExtractor.topics(for: analysis, tags: consume tags)
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
