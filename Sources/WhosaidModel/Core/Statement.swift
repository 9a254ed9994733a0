/// Whether a statement is verbatim, paraphrase, or paraphrase carrying quoted words.
public enum StatementKind: String, Sendable, Codable, CaseIterable {
    /// The whole span stands inside quotation marks.
    case direct
    /// Reported speech: the reporter's words for what the speaker said.
    case indirect
    /// A reported clause that carries a quoted fragment.
    case mixed
}

/// The sieve that attributed a statement to its speaker, most precise first.
public enum AttributionRule: String, Sendable, Codable, CaseIterable {
    /// `“…,” said NAME` or `“…,” NAME said` right after the quote.
    case trailingCue = "trailing-cue"
    /// `NAME said: “…”` or `NAME said “…”` right before the quote.
    case leadingCue = "leading-cue"
    /// A reporting verb with its subject elsewhere in the quote's sentence.
    case sentenceCue = "sentence-cue"
    /// `“…,” according to NAME`, `according to NAME, …`, `In NAME's words, …`.
    case accordingTo = "according-to"
    /// `To NAME, CLAUSE` (opinion framing).
    case opinionFrame = "opinion-frame"
    /// `NAME said (that) CLAUSE` or `CLAUSE, NAME said`.
    case reportedSpeech = "reported-speech"
    /// A quote with no cue that continues the previous speaker.
    case continuation
    /// A label or characterisation of the verb's object (`called the plan “a gamble”`).
    case label
    /// A noun of saying with its clause (`Trump’s claim that …`).
    case nounCue = "noun-cue"
    /// A question or a charge put by someone the text does not name (`Asked whether she would
    /// run, Lee said…`, `Lee was asked about the plan`, `was accused of X`): no speaker.
    case agentless
    /// The only speaker-like mention in the sentence or paragraph.
    case nearestMention = "nearest-mention"
    /// No speaker could be found.
    case unattributed
}

/// One thing somebody said in an article: a direct quotation or reported speech.
public struct Statement: Identifiable, Hashable, Sendable {
    /// Position of the statement in article order (0-based), unique within an ``Analysis``.
    public var id: Int
    /// Where the statement stands in the text; for direct quotes the marks are included.
    public var span: TextSpan
    /// The statement's words, exactly as in the text.
    public var text: String
    /// Direct, indirect or mixed.
    public var kind: StatementKind
    /// The reporting cue as written ("said", "said in an email", "according to"), if any.
    public var cue: String?
    /// Where the cue stands in the text, if any.
    public var cueSpan: TextSpan?
    /// The speaking actor's id (an index into ``Analysis/actors``), or nil when unattributed.
    public var actorID: Int?
    /// The mention the speaker was found through ("he", "Sigal", "a diplomat"), if any.
    public var speakerMention: TextSpan?
    /// How the speaker mention was tied to the actor (nil when unattributed).
    public var link: SpeakerLink?
    /// The paragraph the statement starts in (0-based; show it 1-based to people).
    public var paragraph: Int
    /// The sieve that attributed it.
    public var rule: AttributionRule
    /// How sure the attribution is, from 0 to 1.
    public var confidence: Double
    /// Ids of the topics (indexes into ``Analysis/topics``) this statement mentions.
    public var topicIDs: [Int]

    /// Creates a statement.
    public init(
        id: Int, span: TextSpan, text: String, kind: StatementKind, cue: String? = nil,
        cueSpan: TextSpan? = nil, actorID: Int? = nil, speakerMention: TextSpan? = nil, link: SpeakerLink? = nil,
        paragraph: Int, rule: AttributionRule, confidence: Double, topicIDs: [Int] = []
    ) {
        self.link = link
        self.id = id
        self.span = span
        self.text = text
        self.kind = kind
        self.cue = cue
        self.cueSpan = cueSpan
        self.actorID = actorID
        self.speakerMention = speakerMention
        self.paragraph = paragraph
        self.rule = rule
        self.confidence = confidence
        self.topicIDs = topicIDs
    }
}
