/// A statement before actors are built: its span, kind, cue and speaker mention.
///
/// Its token and candidate indexes are stored in 32 bits (offsets in the engine are 32-bit, see
/// ``DocumentLoader/maximumBytes``), each absent one as ``absent`` (a rule marks a quote absorbed
/// by a clause as quote -1, so -1 is not free), and its two one-byte fields side by side: 184
/// bytes a candidate rather than 232. A large document's candidates all live until its statements
/// are made, at its resident peak (issue 12).
struct Candidate: Sendable {
    var span: TextSpan
    var speaker: SpeakerMention?
    var confidence: Double
    private var cueLower: Int32
    private var cueUpper: Int32
    private var quoteIndex: Int32
    private var continuesIndex: Int32
    var kind: StatementKind
    var rule: AttributionRule

    /// What an absent index is stored as.
    private static let absent = Int32.min

    init(span: TextSpan, kind: StatementKind, cue: ClosedRange<Int>?, speaker: SpeakerMention?, rule: AttributionRule,
         confidence: Double, quote: Int? = nil, continues: Int? = nil) {
        self.span = span
        self.speaker = speaker
        self.confidence = confidence
        self.kind = kind
        self.rule = rule
        (cueLower, cueUpper) = Candidate.stored(cue)
        quoteIndex = Candidate.stored(quote)
        continuesIndex = Candidate.stored(continues)
    }

    /// Token range of the cue (the reporting verb and its complement), if any.
    var cue: ClosedRange<Int>? {
        get { cueLower == Candidate.absent ? nil : Int(cueLower)...Int(cueUpper) }
        set { (cueLower, cueUpper) = Candidate.stored(newValue) }
    }
    /// The quotation this statement is, for direct quotes.
    var quote: Int? {
        get { quoteIndex == Candidate.absent ? nil : Int(quoteIndex) }
        set { quoteIndex = Candidate.stored(newValue) }
    }
    /// Index of the candidate this one continues (its speaker is that one's speaker).
    var continues: Int? {
        get { continuesIndex == Candidate.absent ? nil : Int(continuesIndex) }
        set { continuesIndex = Candidate.stored(newValue) }
    }

    private static func stored(_ index: Int?) -> Int32 {
        index.map { Int32(truncatingIfNeeded: $0) } ?? absent
    }

    private static func stored(_ range: ClosedRange<Int>?) -> (Int32, Int32) {
        range.map { (Int32(truncatingIfNeeded: $0.lowerBound), Int32(truncatingIfNeeded: $0.upperBound)) } ?? (absent, absent)
    }
}
