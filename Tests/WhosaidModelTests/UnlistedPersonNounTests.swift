import Testing
@testable import WhosaidModel

/// `The soprano Yelena Brandt said`: a noun of a person by what they do, in no job list, before a
/// known first name and a surname is the name's role (``MentionFinder/isUnlistedPersonNoun(_:)``):
/// one actor, a person, whatever form the article uses later.
struct UnlistedPersonNounTests {
    @Test("Word lists are lower-case words")
    func lists() {
        for w in Array(MentionFinder.performerNouns) + Array(MentionFinder.firmAgentNouns) {
            #expect(w == w.lowercased() && !w.contains(" "), "\(w)")
        }
        #expect(MentionFinder.agentNounEndings.allSatisfy { $0 == $0.lowercased() })
    }

    @Test("An agent noun or a voice before a full name is a role", arguments: [
        ("The soprano Yelena Brandt said the role was hard. Brandt recalled that she cried.", "Yelena Brandt", "The soprano"),
        ("The sculptor Maria Olsen said the bronze cracked. Olsen added that it could be mended.", "Maria Olsen", "The sculptor"),
        ("The skipper John Reyes said the boat was fast. Reyes added that the crew was tired.", "John Reyes", "The skipper"),
    ])
    func role(_ c: (String, String, String)) {
        let a = analyze(c.0)
        #expect(a.actors.count == 1)
        #expect(a.actors.first?.name == c.1)
        #expect(a.actors.first?.kind == .person)
        #expect(a.actors.first?.roles == [c.2])
    }

    @Test("A firm's noun before a name leaves the name whole", arguments: [
        "The lender Charles Schwab said rates would rise.",
        "The carrier Ryan Air said fares would rise.",
    ])
    func firm(_ text: String) {
        let a = analyze(text)
        #expect(a.actors.count == 1)
        #expect(a.actors.first?.roles == [])
    }
}
