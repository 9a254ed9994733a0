@testable import WhosaidModel

/// Shapes of wire and newspaper copy that a probe of some 330 invented passages found broken
/// (session of 2026-12-04): one table per rule, with sentences written for the purpose; run by
/// ``AttributionGrammarTests/attribution(_:)``.
enum WireShapeTests {
    typealias Case = AttributionGrammarTests.Case

    /// `Democrats in Ohio said`: a people or a party in the plural before a preposition heads a
    /// group (``MentionFinder/isPeoplePlural(_:)``), not the title of the place named after it.
    static let peoplePluralBeforePlaceCases: [Case] = [
        Case(text: "Democrats in Ohio who watched the debate said they were unfazed.",
             expected: [("Democrats in Ohio", "they were unfazed")]),
        Case(text: "Conservatives in Britain said the deal was a betrayal.",
             expected: [("Conservatives in Britain", "the deal was a betrayal")]),
        Case(text: "Independents in New Hampshire say they are undecided.",
             expected: [("Independents in New Hampshire", "they are undecided")]),
    ]

    /// `Was it a gaffe? - Voters who watched it said…`: a dash opens the clause whose subject
    /// carries a restrictive relative clause, as a comma does; the object inside the relative
    /// clause never speaks.
    static let dashBeforeRelativeSubjectCases: [Case] = [
        Case(text: "Was it a gaffe? - Democrats in Ohio who watched the Friday debate said they were unfazed.",
             expected: [("Democrats in Ohio", "they were unfazed")]),
    ]

    /// `“…,” the official, who declined to be named, said`: `who` takes a person, so the word a
    /// determiner or number opens before it is the head noun, though the tagger read an adjective.
    static let adjectiveHeadBeforeWhoCases: [Case] = [
        Case(text: "“It is finished,” the official, who declined to be named, said.",
             expected: [("the official", "“It is finished,”")]),
        Case(text: "“It is over,” one official, who declined to be named, said.",
             expected: [("one official", "“It is over,”")]),
        Case(text: "“We will not back down,” the official, who spoke on condition of anonymity, told Reuters.",
             expected: [("the official", "“We will not back down,”")]),
    ]

    /// `…, told Reuters.`: a verb that must name its addressee has it after it, never an
    /// inverted subject; `warned` and `asked` still invert.
    static let addresseeNeverInvertedCases: [Case] = [
        Case(text: "The talks are over, told Reuters.", expected: []),
        Case(text: "The talks are over, warned Ann Lowe.", expected: [("Ann Lowe", "The talks are over")]),
    ]

    /// `CLAUSE, NAME said ADJUNCT.` where the adjunct's noun carries a participle or a relative
    /// clause, a subordinate clause follows it, or one stands alone after the cue: the clause
    /// before the cue is reported. A sentence that is one subordinate clause before the cue's
    /// subject reports nothing.
    static let clauseAfterCueAdjunctCases: [Case] = [
        Case(text: "The deal is off, Ali Musa said in a statement issued after the meeting.",
             expected: [("Ali Musa", "The deal is off")]),
        Case(text: "The vote will be delayed, two officials told Reuters on condition of anonymity because the decision was not public.",
             expected: [("two officials", "The vote will be delayed")]),
        Case(text: "The army has withdrawn, Ali Musa said in a radio interview that was broadcast on Sunday.",
             expected: [("Ali Musa", "The army has withdrawn")]),
        Case(text: "The army has withdrawn, Ali Musa said while visiting Geneva.",
             expected: [("Ali Musa", "The army has withdrawn")]),
        Case(text: "Ali Musa said in an interview that the army had withdrawn.",
             expected: [("Ali Musa", "the army had withdrawn")]),
        Case(text: "As Governor Ann Lowe lectured the state and defended her record on Sunday night, Tom Reyes responded from the heart as he watched the address.",
             expected: [("Ann Lowe", "her record")]),
    ]

    /// `…, the service said, adding that…` / `declining to give details`: a reporting or manner
    /// participle after a parenthetical cue is the reporter's; a reporting one makes its own
    /// statement, with its own cue.
    static let participleAfterParentheticalCueCases: [Case] = [
        Case(text: "The fire was contained, the fire service said, adding that two firefighters had been injured.",
             expected: [("the fire service", "The fire was contained"), ("the fire service", "two firefighters had been injured")]),
        Case(text: "The army has withdrawn, Ali Musa said, declining to give details.",
             expected: [("Ali Musa", "The army has withdrawn")]),
    ]

    /// `told Reuters by phone that`, `said afterwards that`: a means of speaking after `by` and a
    /// time adverb are adjuncts of the cue before its `that`.
    static let cueAdjunctBeforeThatCases: [Case] = [
        Case(text: "Rania Aziz told Reuters by phone that the shelling had stopped overnight.",
             expected: [("Rania Aziz", "the shelling had stopped overnight")]),
        Case(text: "Tom Patel said afterwards that he was relieved.",
             expected: [("Tom Patel", "he was relieved")]),
    ]

    /// `told reporters outside the court: “…”`: a preposition of place after the cue opens its
    /// adjunct, never a reported clause; with `that` or a clause after it, the clause is reported.
    static let placeAdjunctCases: [Case] = [
        Case(text: "Femi Adewale told reporters outside the court: “My client is innocent.”",
             expected: [("Femi Adewale", "“My client is innocent.”")]),
        Case(text: "Femi Adewale said outside the court that his client was innocent.",
             expected: [("Femi Adewale", "his client was innocent")]),
    ]

    /// `his sister Leila`: a first name right after a possessive's noun of kin, no commas, is a
    /// person of the noun's gender, whom a later `she` may take.
    static let kinNameWithoutCommaCases: [Case] = [
        Case(text: "Omar Haddad and his sister Leila fled the city in March. “We left with nothing,” she said.",
             expected: [("Leila", "“We left with nothing,”")]),
        Case(text: "Omar Haddad fled the city with his wife Maria in March. “We left with nothing,” he said.",
             expected: [("Omar Haddad", "“We left with nothing,”")]),
    ]

    /// `Farmers in the region who lost crops said`: a capitalised plural opening the sentence,
    /// which the tagger read as a name, heads the relative clause's antecedent; the object inside
    /// the relative clause (`crops`) never speaks.
    static let openingPluralBeforeRelativeCases: [Case] = [
        Case(text: "Farmers in the region who lost crops said they would sue.",
             expected: [("Farmers in the region", "they would sue")]),
    ]

    /// `said she admires the plan and left…`: a coordinated verb group in the cue's form that
    /// no finite verb of the reported clause shares is the speaker's next deed
    /// (``Attributor/parallelPredicateCut(from:to:cue:)``); one in the clause's own form, a verb
    /// group coordinated inside itself, or a verb before a noun in a list stays in the statement.
    static let parallelPredicateCases: [Case] = [
        Case(text: "Mara Lind said she admires the plan and left the stage to applause.",
             expected: [("Mara Lind", "she admires the plan")]),
        Case(text: "The ministry denies that the report was accurate and goes on to blame the press.",
             expected: [("The ministry", "the report was accurate"), ("The ministry", "the press")]),
        Case(text: "Tom Reyes has said the town needs a new bridge and has spent years lobbying the state.",
             expected: [("Tom Reyes", "the town needs a new bridge")]),
        Case(text: "Ann Lowe said the city will grow and offered no figures.",
             expected: [("Ann Lowe", "the city will grow")]),
        Case(text: "Ann Lowe said she heard shots and ran to the door.",
             expected: [("Ann Lowe", "she heard shots and ran to the door")]),
        Case(text: "Ann Lowe said she has tried and failed to reach him.",
             expected: [("Ann Lowe", "she has tried and failed to reach him")]),
        Case(text: "Ann Lowe said the town needs new parks and improved roads.",
             expected: [("Ann Lowe", "the town needs new parks and improved roads")]),
    ]

    /// `…the funding rule, a federal provision that bars…`: a noun phrase glossing the reported
    /// clause's last noun, running to the sentence's end, is the reporter's
    /// (``Attributor/glossesNounAtClauseEnd(mark:last:)``); a subject's apposition with its verb
    /// after it, a list, and a phrase with a predicate of its own stay in the statement.
    static let clauseFinalGlossCases: [Case] = [
        Case(text: "The senator vowed to repeal the funding rule, a federal provision that bars such payments.",
             expected: [("The senator", "to repeal the funding rule")]),
        Case(text: "The company said it would cut 3,000 jobs — a layoff rivaling the cuts of 2009.",
             expected: [("The company", "it would cut 3,000 jobs")]),
        Case(text: "The mayor said the budget will fund the Main Street bridge, a project the council has delayed twice.",
             expected: [("The mayor", "the budget will fund the Main Street bridge")]),
        Case(text: "Ann Lowe said Tom Reyes, a lawyer from Ohio, has lost the case.",
             expected: [("Ann Lowe", "Tom Reyes, a lawyer from Ohio, has lost the case")]),
        Case(text: "Ann Lowe called for lower fees, the closure of two plants that pollute and for help for farmers.",
             expected: [("Ann Lowe", "lower fees, the closure of two plants that pollute and for help for farmers")]),
        Case(text: "Ann Lowe said that after the storm, the chance of a flood is low.",
             expected: [("Ann Lowe", "after the storm, the chance of a flood is low")]),
    ]

    /// `Lee was asked, “Would you run again?”`: the subject of a passive `asked`/`told` is the one
    /// addressed, so the quote is nobody's named here; a quoted term in the object (`was asked
    /// about the “not yet” remark`) is no question put to anyone.
    static let passiveAddresseeCases: [Case] = [
        Case(text: "Mara Lind was asked, “Would you run for mayor again?”", expected: [(nil, "“Would you run for mayor again?”")]),
        Case(text: "Mara Lind asked, “Would you run for mayor again?”", expected: [("Mara Lind", "“Would you run for mayor again?”")]),
    ]

    /// `opened a rally blasting the governor`: an occasion or a stretch of time does not speak;
    /// the participle after it tells what the verb's subject did
    /// (``Attributor/occasionObjectHost(_:first:)``). A person object keeps its own participle.
    static let occasionObjectCases: [Case] = [
        Case(text: "On Tuesday, the Ohio senator opened a Dayton rally blasting the governor for raising taxes.",
             expected: [("the Ohio senator", "the governor for raising taxes")]),
        Case(text: "The senator opened a rally saying the governor had failed.",
             expected: [("The senator", "the governor had failed")]),
    ]

    /// `A called for X, and B denounced the plan and said Y`: a verb after `and` shares the subject
    /// of the clause it closes, after that clause's own `, and`, not the sentence's first subject.
    static let coordinatedClauseSubjectCases: [Case] = [
        Case(text: "A group of farmers called for a boycott, and the Farm Bureau filed suit and said it would win.",
             expected: [("A group of farmers", "a boycott"), ("the Farm Bureau", "it would win")]),
        Case(text: "I came home and my parents were gone, and a neighbor came in and told me they had been arrested.",
             expected: [("a neighbor", "they had been arrested")]),
    ]

    static let allCases = coordinatedClauseSubjectCases + occasionObjectCases + passiveAddresseeCases + clauseFinalGlossCases + parallelPredicateCases + peoplePluralBeforePlaceCases + dashBeforeRelativeSubjectCases + adjectiveHeadBeforeWhoCases
        + addresseeNeverInvertedCases + clauseAfterCueAdjunctCases + participleAfterParentheticalCueCases
        + cueAdjunctBeforeThatCases + placeAdjunctCases + kinNameWithoutCommaCases
        + openingPluralBeforeRelativeCases
}
