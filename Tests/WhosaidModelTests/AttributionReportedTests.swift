import Testing
@testable import WhosaidModel

@Suite struct AttributionReportedTests {
    @Test func nameSaidThatClause() throws {
        let a = analyze("Karl Novak, the mayor of Brno, said that the tram line would be extended next year.")
        let s = try #require(a.statements.first)
        #expect(s.kind == .indirect)
        #expect(s.text == "the tram line would be extended next year")
        #expect(s.cue == "said that")
        #expect(a.actor(of: s)?.name == "Karl Novak")
        #expect(a.actor(of: s)?.role == "the mayor of Brno")
    }

    @Test func clauseThenNameSaid() throws {
        let a = analyze("The tunnel will cost twice the estimate, the city engineer said.")
        let s = try #require(a.statements.first)
        #expect(s.text == "The tunnel will cost twice the estimate")
        #expect(a.actor(of: s)?.name == "the city engineer")
    }

    @Test func accordingToNameClause() throws {
        let a = analyze("According to Lucia Ferro, the budget was approved in secret.")
        let s = try #require(a.statements.first)
        #expect(s.rule == .accordingTo)
        #expect(s.text == "the budget was approved in secret")
        #expect(a.actor(of: s)?.name == "Lucia Ferro")
    }

    @Test func opinionFrame() throws {
        let a = analyze("To Marek Zielinski, the reform is long overdue.")
        let s = try #require(a.statements.first)
        #expect(s.rule == .opinionFrame)
        #expect(s.text == "the reform is long overdue")
        #expect(a.actor(of: s)?.name == "Marek Zielinski")
        #expect(a.actor(of: s)?.roles.isEmpty == true)
    }

    @Test func parentheticalCue() throws {
        let a = analyze("Oscar Dahl, the union leader, has led talks since 2019. In the end, he said, the strike may not be needed.")
        let s = try #require(a.statement(containing: "strike"))
        #expect(s.text == "the strike may not be needed")
        #expect(a.actor(of: s)?.name == "Oscar Dahl")
    }

    @Test func mixedStatementCarriesAQuotedFragment() throws {
        let a = analyze("Nadia Perez said the new rules were “a gift to polluters” and should be withdrawn.")
        let s = try #require(a.statements.first)
        #expect(s.kind == .mixed)
        #expect(a.statements.count == 1)
        #expect(s.text.contains("“a gift to polluters”"))
    }

    @Test func clauseStopsBeforeANewSubordinateClause() throws {
        let a = analyze("Ines Costa said the ferry was late, and when asked why she said nothing.")
        let s = try #require(a.statements.first)
        #expect(s.text == "the ferry was late")
    }

    @Test func nounFormsOfReportingVerbsAreNotCues() {
        #expect(analyze("The letter listed a long list of union demands that were never met.").statements.isEmpty)
        #expect(analyze("Clinton’s comments came after the storm had passed.").statements.isEmpty)
        #expect(analyze("Officials in the State Department oversee the programme.").statements.isEmpty)
    }

    @Test func relativeClauseSpeakerIsTheAntecedent() throws {
        let a = analyze("The bill was backed by Senator Rosa Lindqvist, who said the old rules had failed farmers.")
        let s = try #require(a.statement(containing: "old rules"))
        #expect(s.text == "the old rules had failed farmers")
        #expect(a.actor(of: s)?.name == "Rosa Lindqvist")
    }
}
