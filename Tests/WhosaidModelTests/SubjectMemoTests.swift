import Testing
@testable import WhosaidModel

/// A verb's subject is read once for each floor (``SubjectMemo``): asked again, the attributor
/// answers from its memo, the same subject as read the first time, and the memo stays small.
@Suite struct SubjectMemoTests {
    static let text = """
        The city council met on Tuesday.
        Maria Ruiz, the mayor of the town, said on Monday that the budget would pass. \
        “We have the votes,” she said, and her deputy, Tom Reid, agreed.
        Officials who asked not to be named said the plan was late. Ruiz said it was not.
        """

    @Test func aVerbsSubjectIsReadOnceAndTheSameWhenAskedAgain() {
        let a = CueWordGateTests.attributor(Self.text)
        var asked = 0
        for si in a.document.sentences.indices where a.sentenceFirst[si] >= 0 {
            let (first, last) = (a.sentenceFirst[si], a.sentenceLast[si])
            for v in first...last where a.tokens[v].tag == .verb {
                // Asked with two floors, each answered on its own.
                for floor in [first, max(first, v - 2)] {
                    let read = a.subject(ofVerb: v, floor: floor)
                    let remembered = a.subjects.subject(ofVerb: v, floor: floor)
                    #expect(remembered != nil, "not remembered at “\(a.tokens[v].lower)”")
                    #expect(String(describing: remembered ?? nil) == String(describing: read))
                    #expect(String(describing: a.subject(ofVerb: v, floor: floor)) == String(describing: read))
                    asked += 1
                }
            }
        }
        #expect(asked > 8)
        // A verb read out of the memo reads as a fresh attributor reads it.
        let fresh = CueWordGateTests.attributor(Self.text)
        let said = a.tokens.indices.first { a.tokens[$0].lower == "said" }!
        let floor = a.sentenceFirst[a.tokens[said].sentence]
        #expect(String(describing: fresh.subject(ofVerb: said, floor: floor)) == String(describing: a.subject(ofVerb: said, floor: floor)))
        #expect(fresh.subject(ofVerb: said, floor: floor) != nil)
    }

    @Test func afterTheSievesRanTheMemoStillAnswersAsAFreshAttributor() {
        var used = CueWordGateTests.attributor(Self.text)
        _ = used.candidates()
        let fresh = CueWordGateTests.attributor(Self.text)
        var compared = 0
        for si in fresh.document.sentences.indices where fresh.sentenceFirst[si] >= 0 {
            let first = fresh.sentenceFirst[si]
            for v in first...fresh.sentenceLast[si] where fresh.tokens[v].tag == .verb {
                #expect(String(describing: used.subject(ofVerb: v, floor: first)) == String(describing: fresh.subject(ofVerb: v, floor: first)),
                        "at “\(fresh.tokens[v].lower)”")
                compared += 1
            }
        }
        #expect(compared > 4)
    }

    @Test func theMemoKeepsAtMostItsCapacity() {
        let memo = SubjectMemo()
        for v in 0..<(3 * SubjectMemo.capacity + 5) {
            memo.record(nil, ofVerb: v, floor: 0)
            #expect(memo.count <= SubjectMemo.capacity)
            #expect(memo.subject(ofVerb: v, floor: 0) != nil)
            #expect(memo.subject(ofVerb: v, floor: 1) == nil)
        }
    }
}
