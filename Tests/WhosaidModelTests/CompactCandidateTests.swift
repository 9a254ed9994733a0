import Testing
@testable import WhosaidModel

/// A candidate's indexes in 32 bits each (issue 12, memory): a large document's candidates all live
/// until its statements are made.
@Suite struct CompactCandidateTests {
    @Test func aCandidateTakesLittleBesideItsSpeaker() {
        // Span, confidence, four 32-bit indexes and two one-byte fields.
        #expect(MemoryLayout<Candidate>.stride <= MemoryLayout<SpeakerMention?>.stride + 48)
    }

    @Test func itsIndexesReadBackAsGivenAndAsSet() {
        var c = Candidate(span: TextSpan(start: 3, end: 9), kind: .direct, cue: 4...6, speaker: nil, rule: .trailingCue,
                          confidence: 0.9, quote: 0)
        #expect(c.cue == 4...6 && c.quote == 0 && c.continues == nil)
        c.cue = nil
        c.quote = nil
        c.continues = 1 << 30
        #expect(c.cue == nil && c.quote == nil && c.continues == 1 << 30)
        c.cue = 0...0
        c.quote = -1  // a quote absorbed by a mixed clause
        #expect(c.cue == 0...0 && c.quote == -1 && c.kind == .direct && c.rule == .trailingCue)
    }
}
