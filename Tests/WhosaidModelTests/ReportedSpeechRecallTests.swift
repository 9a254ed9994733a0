import Testing
@testable import WhosaidModel

/// Reported (indirect) speech: one sentence, the statements expected from it (text and speaker),
/// in order. Each row needs the rule it names; the sentences are written for these tests.
struct ReportedSpeechCase: Sendable, CustomTestStringConvertible {
    let rule: String
    let text: String
    let statements: [(text: String, speaker: String)]
    var testDescription: String { rule }
}

@Suite struct ReportedSpeechRecallTests {
    static let clauseBoundaries: [ReportedSpeechCase] = [
        // isShareWord: a poll's share after `and` is the subject of a statement of its own.
        ReportedSpeechCase(
            rule: "share subject after and",
            text: "Half of the riders said the buses were late, and nearly three in five said they would pay more for a tram.",
            statements: [("the buses were late", "Half of the riders"),
                         ("they would pay more for a tram", "three in five")]),
        ReportedSpeechCase(
            rule: "share subject after but",
            text: "Most tenants said the rent was fair, but six in 10 said the heating failed every winter.",
            statements: [("the rent was fair", "Most tenants"),
                         ("the heating failed every winter", "six in 10")]),
        // `while` and a subject of its own before a reporting verb: two statements.
        ReportedSpeechCase(
            rule: "while and a new speaker",
            text: "The mayor says the harbour is safe while the fishermen say the new wall is too low.",
            statements: [("the harbour is safe", "The mayor"),
                         ("the new wall is too low", "the fishermen")]),
        // withClauseSpeaker: an absolute `with` clause with a poll's share before the gerund.
        ReportedSpeechCase(
            rule: "with a share saying",
            text: "Support for the plan rose, with 40 percent of residents saying they would pay a higher fee.",
            statements: [("they would pay a higher fee", "40 percent of residents")]),
        ReportedSpeechCase(
            rule: "with a share saying, after a reported clause",
            text: "The survey found that support rose, with three in 10 saying the fee was too high.",
            statements: [("support rose", "The survey"), ("the fee was too high", "three in 10")]),
        // Without a share the `with` clause is the sentence's circumstance.
        ReportedSpeechCase(
            rule: "with a plain noun phrase",
            text: "The talks stalled, with experts warning the deal could collapse.",
            statements: []),
    ]

    @Test(arguments: clauseBoundaries)
    func clauseBoundary(_ c: ReportedSpeechCase) {
        let a = analyze(c.text)
        let found = a.statements.map { ($0.text, a.actor(of: $0)?.name ?? "") }
        #expect(found.count == c.statements.count, "\(found)")
        for (want, got) in zip(c.statements, found) {
            #expect(got.0 == want.text)
            #expect(want.speaker.isEmpty == got.1.isEmpty, "\(got.1)")
            #expect(got.1.hasSuffix(want.speaker) || want.speaker.hasSuffix(got.1), "\(got.1)")
        }
    }

    /// Where a reported clause ends before the speaker's next deed: (rule, sentence, a fragment
    /// of the statement, its whole text).
    static let nextDeeds: [(rule: String, text: String, fragment: String, statement: String)] = [
        // coordinatedPredicateCut: an infinitive complement, then a marked past verb.
        ("infinitive then past", "The senator urged the party to unite behind her and tried to make the case for a new vote.",
         "unite", "to unite behind her"),
        ("infinitive then past, addressee kept", "The mayor asked residents to conserve water and closed the public pools.",
         "conserve", "residents to conserve water"),
        // A bare verb after the infinitive is the infinitive's.
        ("infinitive then bare verb", "The mayor urged residents to stay home and vote early.",
         "stay", "to stay home and vote early"),
        // After a participle cue a coordinated participle is the next deed.
        ("participle then participle", "The governor attacked the report on Friday, calling it “a disgrace” and accusing its authors of bias.",
         "disgrace", "it “a disgrace”"),
        ("participle then participle, unquoted object", "The group marched downtown, recalling the strike of 1912 and urging the city to raise wages.",
         "1912", "the strike of 1912"),
        // summarisesClause: the reporter's comment after a comma ends the statement.
        ("pointer noun", "The mayor said the budget was balanced, a swipe at the council and its spending plan.",
         "budget", "the budget was balanced"),
        ("pointer noun after that", "The senator warned that the deal would fail, a reference to the vote in May.",
         "deal", "the deal would fail"),
        ("summative noun", "The agency said every bidder must post a bond, a requirement that slows small firms.",
         "bidder", "every bidder must post a bond"),
        // opensCoordinatedMainClause: `, and` and a clause with a noun-phrase subject of its own.
        ("coordinated main clause", "The shop owners said the parking rules were unfair, and the city has already been sued over them.",
         "parking", "the parking rules were unfair"),
        // `, and that…` stays the speaker's; so does the last item of a list.
        ("coordinated that-clause", "The mayor said the plan was dead, and that the council would vote again in June.",
         "plan", "the plan was dead, and that the council would vote again in June"),
        ("last list item", "She said the attacks on nurses, teachers, and local officials show a pattern.",
         "attacks", "the attacks on nurses, teachers, and local officials show a pattern"),
        // A participle before a noun modifies it: the list stays whole.
        ("attributive participle", "The minister warned of slow growth, citing high prices and rising interest rates.",
         "prices", "high prices and rising interest rates"),
    ]

    @Test(arguments: nextDeeds.map { [$0.rule, $0.text, $0.fragment, $0.statement] })
    func endsBeforeTheNextDeed(_ row: [String]) throws {
        let a = analyze(row[1])
        let s = try #require(a.statement(containing: row[2]), "\(row[0])")
        #expect(s.text == row[3], "\(row[0])")
    }

    /// `while` straight before a reporting participle keeps it in the speaker's statement.
    @Test func whileBeforeAParticipleStaysInTheStatement() throws {
        let a = analyze("The minister said the port would reopen in May while promising to cut the fees.")
        let s = try #require(a.statements.first)
        #expect(s.text.hasPrefix("the port would reopen in May while"))
    }
}
