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
}
