import Testing
@testable import WhosaidModel

/// Inputs the fuzzer (Scripts/fuzz.sh) found crashing, kept as they were found and minimised.
@Suite struct FuzzCrasherTests {
    /// A paragraph opening with the comma of a parenthetical cue ("…, NAME said, CLAUSE") made the
    /// range of words before the cue run backwards: a trap in Attributor.reportedClause.
    @Test(arguments: [
        ", Ann Lee said, the plan works.",
        ",Ann Lee said, the plan works.",
        ",LGea Brook.adom Reyes told reporters\"thap ttha t cuts wer ea Brook.adom Reyes told reporand add's th.ys Vod mor, and add,\" sayd Co. Sen.d,\" sayd Co. Sen. Mters\"than the vote ah\u{2019}sMGKwona Brook.adom Reyes told ira Holt war, and add,\" sayd repC",
    ])
    func aTextOpeningWithTheCommaOfAParentheticalCue(text: String) throws {
        let a = analyze(text)
        try OutputPropertyTests.checkOutput(of: a, text: text)
    }

    /// A text opening with the colon or comma of a cue right before a quote (`:“…”`) stepped back
    /// from that mark to token -1: a trap in Attributor.leadingCue.
    @Test(arguments: [":“Ruiz said”", ",“poll”", ",“Ruiz, the chairman said that”"])
    func aTextOpeningWithTheMarkBeforeAQuote(text: String) throws {
        let a = analyze(text)
        try OutputPropertyTests.checkOutput(of: a, text: text)
    }

    /// `according to` closing the text or its sentence read the token after `to` as a possible
    /// object pronoun without checking it was in the sentence: past the text's end, or past the
    /// next sentence's only token, a trap in Attributor.accordingToSource.
    @Test(arguments: ["Prices rose, according to", "According to", "Prices rose sharply, according to\nHer", "According to\nher"])
    func aTextEndingAtAccordingTo(text: String) throws {
        let a = analyze(text)
        try OutputPropertyTests.checkOutput(of: a, text: text)
    }

    @Test func theMinimisedCrasherStillFindsTheStatement() {
        let a = analyze(", Ann Lee said, the plan works.")
        #expect(a.speaker(of: "the plan works") == "Ann Lee")
    }
}
