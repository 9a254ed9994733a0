/// A statement before actors are built: its span, kind, cue and speaker mention.
struct Candidate: Sendable {
    var span: TextSpan
    var kind: StatementKind
    /// Token range of the cue (the reporting verb and its complement), if any.
    var cue: ClosedRange<Int>?
    var speaker: SpeakerMention?
    var rule: AttributionRule
    var confidence: Double
    /// The quotation this statement is, for direct quotes.
    var quote: Int?
    /// Index of the candidate this one continues (its speaker is that one's speaker).
    var continues: Int?
}
