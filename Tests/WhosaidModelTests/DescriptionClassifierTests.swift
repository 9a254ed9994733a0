import Testing
@testable import WhosaidModel

/// A definite description does not take up an earlier one with the same head but another
/// classifier (``DescriptionClassifier``): `the prime minister` is not `the finance minister`.
struct DescriptionClassifierTests {
    @Test("Rank and tenure words are lower-case words, no determiners")
    func rankWords() {
        let words = Array(DescriptionClassifier.rankAndTenureWords)
        #expect(words.count >= 20)
        #expect(words.allSatisfy { $0 == $0.lowercased() && !$0.contains(" ") })
        #expect(!words.contains { ActorBuilder.keylessDeterminers.contains($0) })
        let office = Array(DescriptionClassifier.officeAdjectives)
        #expect(office.allSatisfy { $0 == $0.lowercased() && !DescriptionClassifier.rankAndTenureWords.contains($0) })
    }

    @Test("Descriptions with different classifiers are different actors", arguments: [
        "The finance minister said taxes would not rise. The prime minister said the budget was fair.",
        "Britain's finance minister warned that cuts were coming. The prime minister said the budget was fair.",
        "The defense secretary said troops would stay. The press secretary said the talks went well.",
        "The mayor said the bridge would reopen. The deputy mayor said the work was late.",
        "The health minister said beds were short. The foreign minister said the border was shut.",
    ])
    func differentOffices(_ text: String) {
        let a = analyze(text)
        #expect(a.statements.count == 2)
        #expect(a.actors.count == 2)
    }

    @Test("A description takes up an earlier one it does not contradict", arguments: [
        "The finance minister said taxes would not rise. The minister said the budget was fair.",
        "A senior official said the talks stalled. The official said a deal was near.",
        "The finance minister said taxes would not rise. The former minister said the budget was fair.",
        "The popular mayor said the bridge would reopen. The embattled mayor said the work was late.",
        "The minister said taxes would not rise. The finance minister said the budget was fair.",
        "The finance minister said taxes would not rise. The prime minister said the budget was fair. The finance minister added that spending would fall.",
    ])
    func sameOffice(_ text: String) {
        let a = analyze(text)
        #expect(a.actors.count == (text.contains("prime") ? 2 : 1))
    }

    /// A description that speaks after a fronted phrase is its clause's subject for a pronoun
    /// after it, as one opening the sentence is.
    @Test("A pronoun takes a description speaker after a fronted phrase", arguments: [
        "Rachel Thorne spoke first.\n\nAt a rally in Leeds, the prime minister said voters would judge the party. \"We have delivered,\" she added.",
        "Rachel Thorne spoke first.\n\nSpeaking at a rally, the mayor said the city was safe. \"Crime is down,\" she added.",
    ])
    func pronounAfterFrontedPhrase(_ text: String) {
        let a = analyze(text)
        #expect(a.statements.count == 2)
        #expect(a.statements.count == 2 && a.statements[0].actorID == a.statements[1].actorID)
        #expect(a.actor(named: "Rachel Thorne") == nil)
    }
}
