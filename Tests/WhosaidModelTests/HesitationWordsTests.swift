import Testing
@testable import WhosaidModel

/// A transcript's hesitations ("Um, …", "Uh, …") are no names, on invented sentences.
@Suite struct HesitationWordsTests {
    @Test func aHesitationIsNoName() {
        let a = analyze("""
            Um, the job was out at the college, and I went and measured the floor. Uh, he said that the bill was wrong.
            """)
        #expect(a.actors.allSatisfy { $0.name != "Um" && $0.name != "Uh" })
        #expect(HesitationWords.words.allSatisfy { $0 == $0.lowercased() && !$0.contains(" ") })
    }

    /// The quick test before the set answers as the set does: every sound passes it, other words
    /// (longer, other first letters, not ASCII, empty) are the set's answer too.
    @Test func theQuickTestAgreesWithTheSet() {
        for word in HesitationWords.words { #expect(HesitationWords.isHesitation(word), "\(word)") }
        for word in ["", "the", "umbrella", "uhmm", "hmmm", "a", "er-", "él", "ümm", "mm-hmmm", "said", "ha", "h", "ahead", "umpire", "eh?"] {
            #expect(HesitationWords.isHesitation(word) == HesitationWords.words.contains(word), "\(word)")
        }
    }
}
