import Testing
@testable import WhosaidModel

/// The last guard against one span listed twice.
@Suite struct CandidateOnePerSpanTests {
    @Test func onePerSpanKeepsTheBetterAttributedAndMovesContinuations() {
        let span = TextSpan(start: 0, end: 10)
        let weak = Candidate(span: span, kind: .mixed, cue: nil, speaker: nil, rule: .unattributed, confidence: 0, quote: nil)
        let strong = Candidate(span: span, kind: .direct, cue: nil, speaker: nil, rule: .trailingCue, confidence: 0.9, quote: 0)
        var later = Candidate(span: TextSpan(start: 20, end: 30), kind: .direct, cue: nil, speaker: nil,
                              rule: .continuation, confidence: 0.6, quote: 1)
        later.continues = 1  // the dropped duplicate's index
        let unique = Candidate.onePerSpan([weak, strong, later])
        #expect(unique.map(\.rule) == [.trailingCue, .continuation])
        #expect(unique[1].continues == 0)
    }

    @Test func ofEquallyAttributedCandidatesTheFirstStays() {
        let span = TextSpan(start: 3, end: 8)
        let first = Candidate(span: span, kind: .mixed, cue: nil, speaker: nil, rule: .reportedSpeech, confidence: 0.8, quote: nil)
        let second = Candidate(span: span, kind: .direct, cue: nil, speaker: nil, rule: .trailingCue, confidence: 0.8, quote: 0)
        #expect(Candidate.onePerSpan([first, second]).map(\.kind) == [.mixed])
    }

    @Test func candidatesOfDistinctSpansAreKeptAsTheyAre() {
        let spans = [TextSpan(start: 20, end: 30), TextSpan(start: 0, end: 10), TextSpan(start: 0, end: 12)]
        let candidates = spans.map { Candidate(span: $0, kind: .indirect, cue: nil, speaker: nil, rule: .reportedSpeech, confidence: 0.8, quote: nil) }
        #expect(!Candidate.sharesASpan(candidates))
        #expect(Candidate.onePerSpan(candidates).map(\.span) == spans)
        #expect(Candidate.sharesASpan(candidates + [candidates[1]]))
    }
}
