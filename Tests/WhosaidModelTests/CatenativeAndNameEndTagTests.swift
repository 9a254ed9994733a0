import Testing
@testable import WhosaidModel

/// A verb taking an infinitive that the tagger read as a compound's plural head is the clause's
/// verb (``CatenativeVerbTagRepair``); and the word lists of this session's rules.
struct CatenativeAndNameEndTagTests {
    @Test(arguments: [
        ("The agency plans to appeal and says the ruling is wrong.", "plans"),
        ("The city council plans to build a park.", "plans"),
    ])
    func aCatenativeFormBeforeAnInfinitiveIsTheVerb(text: String, word: String) {
        #expect(tag(of: word, in: text) == "verb")
    }

    @Test(arguments: [
        // An owner's noun, and a finite verb after the infinitive: the noun's phrase.
        ("The agency's plans to appeal were dropped.", "plans"),
        ("The plans to appeal were dropped.", "plans"),
    ])
    func aCatenativeFormStaysANounWhereTheClauseHasItsOwnVerb(text: String, word: String) {
        #expect(tag(of: word, in: text) != "verb")
    }

    @Test func wordListsAreLowerCaseWithoutDuplicates() {
        for list in [CatenativeVerbTagRepair.catenativeForms, MentionFinder.titleCasedNameFinalWords, Attributor.ownCueClauseLinkers] {
            let words = Array(list)
            #expect(Set(words).count == words.count)
            #expect(words.allSatisfy { $0 == $0.lowercased() && !$0.contains(" ") })
        }
        #expect(CatenativeVerbTagRepair.catenativeForms.allSatisfy { $0.hasSuffix("s") })
        #expect(MentionFinder.correlativeOpeners == ["nor": "neither", "or": "either"])
    }
}
