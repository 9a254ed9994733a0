import Testing
@testable import WhosaidModel

/// The engine keeps a negative contraction whole (`can't`, `wouldn’t`); its tag is the
/// auxiliary's, even right before a reporting verb, where ``SubjectTagRepair`` turns an
/// auxiliary that is no auxiliary (`Nearly half said`) into a noun.
struct ContractionTagTests {
    @Test(arguments: [
        ("She can't confirm the report.", "can't"),
        ("Stewart wouldn’t say when the Senate will vote.", "wouldn't"),  // lower case folds the apostrophe
        ("Obama hasn't said whether he agrees.", "hasn't"),
        ("They won't say if the deal is done.", "won't"),
        ("The senator didn't say much.", "didn't"),
    ])
    func negativeContractionBeforeACueStaysAnAuxiliary(text: String, word: String) {
        #expect(tag(of: word, in: text) == "aux")
    }

    @Test func aQuantityTaggedAuxiliaryBeforeACueIsStillANoun() {
        #expect(tag(of: "half", in: "Nearly half said no.") == "noun")
    }
}
