import Testing
@testable import WhosaidModel

/// A word in a single -s after `to` is a plural noun and `to` its preposition
/// (``InfinitiveMarkerTagRepair``); plain verb forms in -ss, -us and -as stay infinitives.
struct InfinitiveMarkerTagTests {
    /// The tags (their names) of the token before `word` (`to`) and of `word` in `text`, after
    /// tagging and repairs.
    func tagsOfToAndWord(_ word: String, in text: String) -> (String, String)? {
        var (tokens, forms) = Tokenizer.tokensAndForms(of: Document(name: "t", text: text))
        TokenTagging.tag(&tokens, forms: forms)
        guard let k = tokens.indices.first(where: { tokens[$0].lower == word }), k > 0 else { return nil }
        return ("\(tokens[k - 1].tag)", "\(tokens[k].tag)")
    }

    @Test(arguments: [
        ("The board sent a letter to residents on Monday saying the water was safe.", "residents"),
        ("The senator spoke to lawmakers about the budget.", "lawmakers"),
        ("She lost ground to rivals in the north.", "rivals"),
    ])
    func aWordInSingleSAfterToIsAPluralNoun(text: String, word: String) {
        #expect(tagsOfToAndWord(word, in: text).map { [$0.0, $0.1] } == ["adp", "noun"])
    }

    @Test(arguments: [
        ("The two leaders met to discuss the border.", "discuss"),
        ("The mayor wants to focus on housing.", "focus"),
        ("The council voted to pass the levy.", "pass"),
    ])
    func aPlainFormInSStaysAnInfinitive(text: String, word: String) {
        #expect(tagsOfToAndWord(word, in: text)?.1 == "verb")
    }

    @Test(arguments: [
        ("The aide he answers to tells a different story.", "tells"),
        ("Everyone I talked to says the mayor lied.", "says"),
    ])
    func aVerbAfterAStrandedToStaysAVerb(text: String, word: String) {
        #expect(tagsOfToAndWord(word, in: text)?.1 == "verb")
    }

    @Test func endingsOfPlainFormsAreNoPlural() {
        #expect(InfinitiveMarkerTagRepair.isPluralInS("residents"))
        #expect(!InfinitiveMarkerTagRepair.isPluralInS("address"))
        #expect(!InfinitiveMarkerTagRepair.isPluralInS("bias"))
        #expect(!InfinitiveMarkerTagRepair.isPluralInS("caucus"))
    }
}
