import Testing
@testable import WhosaidModel

/// A verb in -s right after a name, before its object or particle, that the tagger read as a
/// compound's plural head is the name's verb (``NameVerbTagRepair``).
struct NameVerbTagTests {
    @Test(arguments: [
        ("Back at the jetty, Callum Ferguson ties up the boat.", "ties"),
        ("At the harbour, Callum Ferguson checks the nets.", "checks"),
        ("On the hill, Marta Olsen locks up her shop.", "locks"),
        ("A critic called the show dull, a remark Ines Castellar finds amusing.", "finds"),
    ])
    func aVerbInSAfterANameBeforeItsObjectIsTheVerb(text: String, word: String) {
        #expect(tag(of: word, in: text) == "verb")
    }

    @Test(arguments: [
        // No object after the word, or no name before it, or a name that opens no clause.
        ("At the harbour, the Ferguson boats are idle.", "boats"),
        ("The council met the Ferguson twins on Monday.", "twins"),
    ])
    func aPluralAfterANameStaysANounWithoutAnObject(text: String, word: String) {
        #expect(tag(of: word, in: text) != "verb")
    }

    @Test func wordListsAreLowerCaseWithoutDuplicates() {
        for list in [NameVerbTagRepair.objectOpeners, NameVerbTagRepair.objectPronouns, NameVerbTagRepair.objectComplementVerbs] {
            let words = Array(list)
            #expect(Set(words).count == words.count)
            #expect(words.allSatisfy { $0 == $0.lowercased() && !$0.contains(" ") })
        }
        #expect(NameVerbTagRepair.objectComplementVerbs.allSatisfy { $0.hasSuffix("s") })
    }
}
