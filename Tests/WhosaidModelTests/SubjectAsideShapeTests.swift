import Testing
@testable import WhosaidModel

/// Subjects kept apart from their reporting verb, and inverted speakers followed by more about
/// them, that a read of PolNeAR train's unattributed `said` statements found lost (session of
/// 2026-12-04, late): one table per rule, with sentences written for the purpose; run by
/// ``AttributionGrammarTests/attribution(_:)``.
enum SubjectAsideShapeTests {
    typealias Case = AttributionGrammarTests.Case

    /// `deny` with two objects withholds and says nothing (``Attributor/withholds(verb:last:)``);
    /// with one object or a clause it reports.
    static let withholdingDenialCases: [Case] = [
        Case(text: "The board could deny them building permits until the work is done.", expected: []),
        Case(text: "Voters may deny him a second term.", expected: []),
        Case(text: "Reyes denied the report.", expected: [("Reyes", "the report")]),
        Case(text: "Reyes denied that he had lied.", expected: [("Reyes", "he had lied")]),
    ]

    /// A subordinate clause after an opening phrase (`In 2015, when Lowe criticized the budget,
    /// …`) ends at its comma when a main clause follows, one that may end with its verb
    /// (``Attributor/embeddedSubordinateClauseEnd(verb:first:last:)``).
    static let subordinateAfterOpeningPhraseCases: [Case] = [
        Case(text: "In 2015, when Lowe criticized the budget, Ruiz resigned.",
             expected: [("Lowe", "the budget")]),
        Case(text: "Once, when Lowe criticized the budget, her aides winced.",
             expected: [("Lowe", "the budget")]),
        Case(text: "Last spring, after Lowe criticized the levy, the council voted it down.",
             expected: [("Lowe", "the levy")]),
    ]

    /// A labelling participle after a comma ends a verbless complement and makes its own
    /// statement (``Attributor/opensStatementParticiple(at:end:)``), whose speaker is the
    /// clause's subject, not a name apposed to the object (``Attributor/ownSubject(ofLabelVerb:first:)``).
    /// After a finite reported clause the participle stays in it.
    static let labellingParticipleCases: [Case] = [
        Case(text: "Reyes defended the budget, calling the cuts “painful but necessary.”",
             expected: [("Reyes", "the budget"), ("Reyes", "the cuts “painful but necessary.”")]),
        Case(text: "The senator praised the governor for her work, calling it “an incredible feat.”",
             expected: [("The senator", "the governor for her work"), ("The senator", "it “an incredible feat.”")]),
        Case(text: "The firm wrote a letter to the city’s mayor, Ana Ruiz, calling the report “deeply misleading.”",
             expected: [("The firm", "a letter to the city’s mayor, Ana Ruiz"), ("The firm", "the report “deeply misleading.”")]),
        Case(text: "Reyes said the cuts would hurt, calling them “painful.”",
             expected: [("Reyes", "the cuts would hurt, calling them “painful.”")]),
    ]

    /// `according to SOURCE` set off by commas: one word before it is enough for the clause
    /// after it to be the statement (`Fundraising, according to the campaign, has surged`), the
    /// subject before it a statement too, as news annotation splits it around the source; and
    /// after a clause, the words after a coordinator go on with the source's statement when
    /// they hold a verb (not a list of more sources).
    static let accordingToParentheticalCases: [Case] = [
        Case(text: "Turnout, according to the county clerk, has doubled since May.",
             expected: [("the county clerk", "Turnout"), ("the county clerk", "has doubled since May")]),
        Case(text: "Two wells ran dry last year, according to the water board, and three more will close by June.",
             expected: [("the water board", "Two wells ran dry last year"), ("the water board", "and three more will close by June")]),
        Case(text: "The river is rising, according to Ana Ruiz, a hydrologist, and other scientists.",
             expected: [("Ana Ruiz", "The river is rising")]),
    ]

    /// An aside between dashes, however long and whatever it quotes, stands between a subject
    /// and its verb (``Attributor/beforeDashAside(closingAt:floor:)``).
    static let dashAsideCases: [Case] = [
        Case(text: "Mayor Ann Pruett - who once vowed to \"fight the plan\" - said at a rally in Dayton that the city should close the bridge.",
             expected: [("Ann Pruett", "the city should close the bridge")]),
        Case(text: "Dana Ortiz, the head of the Riverside Tenants Union - which was founded by a former mayor after his 2004 campaign and which has endorsed the plan - said the council has several options.",
             expected: [("Dana Ortiz", "the council has several options")]),
        Case(text: "The report - a draft of which was leaked - said the council ignored the audit.",
             expected: [("The report", "the council ignored the audit")]),
        // The opening dash closes the name's apposition (``MentionFinder/appositiveSubject(closedByDashAt:floor:)``).
        Case(text: "Lena Marsh, spokeswoman for the advocacy group Clean Harbors Now, or CHN - which was founded by a former mayor and which has endorsed the plan - said the council has several options.",
             expected: [("Lena Marsh", "the council has several options")]),
        Case(text: "Lena Marsh, director of the advocacy group Clean Harbors Now - which a former mayor founded in 2004 - said the council has several options.",
             expected: [("Lena Marsh", "the council has several options")]),
    ]

    /// A comma between a town and its state inside an aside does not end the aside
    /// (``Attributor/isPlaceAfterTownComma(_:segmentEnd:)``).
    static let townStateAsideCases: [Case] = [
        Case(text: "Ortiz, during a town hall meeting in Dayton, Ohio, said she was going to cut taxes.",
             expected: [("Ortiz", "she was going to cut taxes")]),
        Case(text: "Ortiz, speaking in Naples, Fla., said she was going to cut taxes.",
             expected: [("Ortiz", "she was going to cut taxes")]),
    ]

    /// A past participle with its preposition opens an aside between a subject and its verb,
    /// a town and its state within it (``Attributor/opensPastParticipleAside(_:through:)``): the
    /// town is no speaker.
    static let pastParticipleAsideCases: [Case] = [
        Case(text: "The company, based in Oakland, California, said profit fell.",
             expected: [("The company", "profit fell")]),
        Case(text: "Brenmark, headquartered in Dayton, Ohio, said it would hire.",
             expected: [("Brenmark", "it would hire")]),
        Case(text: "The coalition, led by farmers in Salina, Kansas, said the levy was unfair.",
             expected: [("The coalition", "the levy was unfair")]),
        Case(text: "The charity, founded in 1990 in Leeds, England, said donations fell.",
             expected: [("The charity", "donations fell")]),
    ]

    /// `CLAUSE, said NAME, ROLE, which…`: the relative clause is about the role's organisation,
    /// and the name speaks (``Attributor/closesInvertedSpeaker(comma:last:)``).
    static let relativeAfterInvertedRoleCases: [Case] = [
        Case(text: "The clinic uses the same photo over and over again, said Rita Katz, the director of Health Watch, which tracks hospital ads.",
             expected: [("Rita Katz", "The clinic uses the same photo over and over again")]),
    ]

    /// A group word, `of` and an object pronoun open a clause as its subject
    /// (``MentionFinder/partitivePronounSubject(endingAt:floor:)``); after a verb they are its object.
    static let partitivePronounCases: [Case] = [
        Case(text: "Most of them said the council should wait.", expected: [("Most of them", "the council should wait")]),
        Case(text: "Two of us agreed that the council should wait.", expected: [("Two of us", "the council should wait")]),
        Case(text: "He met most of them said the council should wait.", expected: []),
    ]

    /// A name's prepositional phrase before a trailing cue may be a long organisation's name
    /// (``Attributor/maxNamePhraseModifier``).
    static let longNameModifierCases: [Case] = [
        Case(text: "“A second bridge would be a stretch for the city,” Jeffrey Lewis of the James Martin Center for Bridge Safety Studies wrote in May.",
             expected: [("Jeffrey Lewis", "“A second bridge would be a stretch for the city,”")]),
    ]

    /// Coordinated verbs in an adverbial clause that follows an earlier clause share the
    /// subject after its subordinator (``Attributor/openSubordinateClause(before:floor:)``); in an
    /// `as` clause they tell of deeds in time, no source of the main clause
    /// (``Attributor/coordinatesVerbs(after:verb:)``).
    static let openSubordinateClauseCases: [Case] = [
        Case(text: "Though I am not famous, when people come up to me and introduce themselves and say, “Hey Frank, my name is John.”",
             expected: [("people", "“Hey Frank, my name is John.”")]),
        Case(text: "The new budget will take effect this week, as Ortiz speaks to the Rotary Club on Wednesday and testifies before the council on Thursday.",
             expected: []),
        Case(text: "The new budget will take effect this week, as Ortiz told the Rotary Club on Wednesday.",
             expected: [("Ortiz", "The new budget will take effect this week")]),
    ]

    /// A sentence's subject for a coordinated cue: past a fronted phrase whose comma joins a
    /// hyphenated modifier to the next (``Attributor/joinsNounModifiers(comma:)``), and a plural
    /// name's bare possessive mark owns the noun after it (``Attributor/possessedPhrase(_:before:)``)
    /// unless that noun is what was said.
    static let sentenceSubjectCases: [Case] = [
        Case(text: "In a wide-ranging, in-prison interview with the reporter Mara Lind last year, Tom Reyes said he welcomed the trial and added, “I will plead guilty.”",
             expected: [("Tom Reyes", "he welcomed the trial"), ("Tom Reyes", "“I will plead guilty.”")]),
        Case(text: "Sanders’ campaign launched an ad on Tuesday and announced it would seek a recount.",
             expected: [("Sanders’ campaign", "it would seek a recount")]),
        Case(text: "The Reyes' campaign launched an ad on Tuesday and announced it would seek a recount.",
             expected: [("The Reyes' campaign", "it would seek a recount")]),
    ]

    /// An `-ed` cue right after a noun and before a time word and a verb with no subject of its
    /// own modifies that noun (``Attributor/isReducedRelativeParticiple(verb:first:last:)``).
    static let reducedRelativeCases: [Case] = [
        Case(text: "A plan announced Monday would cut the library budget by half.", expected: []),
        Case(text: "The mayor announced Monday she would cut the library budget by half.",
             expected: [("The mayor", "she would cut the library budget by half")]),
        Case(text: "The levy described above would cost renters $40 a month, the treasurer said.",
             expected: [("the treasurer", "The levy described above would cost renters $40 a month")]),
        Case(text: "The loophole pointed out by the auditor is still open.", expected: []),
        Case(text: "All the figures reported here can be checked against the county's books.", expected: []),
        Case(text: "The rents reported in the survey show a steep rise.", expected: []),
        Case(text: "The tenants responded to the landlord's offer with a strike.",
             expected: [("The tenants", "to the landlord's offer with a strike")]),
        Case(text: "The neighbors reported by phone that the water was rising.",
             expected: [("The neighbors", "the water was rising")]),
    ]

    /// A quoted label right after a labelling verb whose object is a relative clause's gap is
    /// the statement of that clause's subject (``Attributor/relativeGapLabel(verb:first:last:)``):
    /// direct when the quotation is the whole label; an unquoted label, a quotation that goes on
    /// into a noun, or one a passive participle modifies, is not this shape.
    static let relativeGapLabelCases: [Case] = [
        Case(text: "In a clip that Judge Ann Mosman called “distasteful,” Reyes talked about the bridge.",
             expected: [("Ann Mosman", "“distasteful,”")]),
        Case(text: "It was a levy that critics called “a tax on renters.”", expected: [("critics", "“a tax on renters.”")]),
        Case(text: "The fight over what tenants have called a “rent scheme” took a new turn on Monday.",
             expected: [("tenants", "a “rent scheme”")]),
        Case(text: "Revenue would come from what Reyes called “ground rent” paid by landowners.", expected: []),
        Case(text: "The shooting happened in what officials called a hate crime.", expected: []),
    ]

    /// A participle modifying the occasion of a statement, with its agent or addressee, is part
    /// of the cue's adjunct before a clause without `that`
    /// (``Attributor/occasionParticipleEnd(after:last:)``).
    static let occasionParticipleCases: [Case] = [
        Case(text: "The mayor said in a statement released by her office on Tuesday the report deserved attention.",
             expected: [("The mayor", "the report deserved attention")]),
        Case(text: "Pruett wrote in a letter sent to donors last week the campaign was short of money.",
             expected: [("Pruett", "the campaign was short of money")]),
    ]

    /// A title's `of` phrase ends before a known first name and a surname: the name is the
    /// speaker's, not `Affairs Lena Marsh`.
    static let titleOfPhraseNameCases: [Case] = [
        Case(text: "The union will sit out the election, Harbor Union Director of Government Affairs Lena Marsh told the Herald.",
             expected: [("Lena Marsh", "The union will sit out the election")]),
    ]

    /// A poll share is the whole antecedent of a restrictive relative clause before the verb
    /// (``Attributor/restrictiveRelativeSubject(endingAt:floor:)``), not the clause's object.
    static let pollShareRelativeCases: [Case] = [
        Case(text: "More than 6 in 10 tenants who attended the hearing described themselves as angry.",
             expected: [("More than 6 in 10 tenants", "themselves as angry")]),
        Case(text: "27 percent of those who named a candidate said they could change their minds.",
             expected: [("27 percent of those", "they could change their minds")]),
    ]

    /// A sentence opened by a preposition the tagger may not know as one (`Absent`,
    /// `Notwithstanding`) opens an introduction, no name.
    static let prepositionOpeningCases: [Case] = [
        Case(text: "Absent a strong defense of the plan, tenants may listen and conclude that the plan failed.",
             expected: [("tenants", "the plan failed")]),
    ]

    /// `According to` opening the sentence after a quote, with a clause of its own after its
    /// source's comma, frames that sentence and is no trailing cue of the quote
    /// (``Attributor/opensFramedSentence(cue:speaker:ceiling:)``).
    static let framedNextSentenceCases: [Case] = [
        Case(text: "Pruett said that she did not \"use the plane that much.\" According to court records, the plane has flown 333 hours since 2011.",
             expected: [("Pruett", "she did not \"use the plane that much.\""), ("court records", "the plane has flown 333 hours since 2011")]),
    ]

    /// A comparison (`like NAME`) between a coordinator and its verb leaves the first clause's
    /// subject as the speaker (``Attributor/comparisonPhraseStart(endingAt:floor:)``).
    static let comparisonBeforeCoordinatedVerbCases: [Case] = [
        Case(text: "Ortiz represents a ward in Dayton, and like Pruett has argued that the bridge should close.",
             expected: [("Ortiz", "the bridge should close")]),
    ]

    /// A fronted subordinate clause may run longer than a fronted phrase before the sentence's
    /// subject (``Attributor/maxIntroductoryClauseTokens``).
    static let longFrontedClauseCases: [Case] = [
        Case(text: "When told Ortiz was on the council and in the running for a bigger job, Pruett thought for a moment and said that the job was hard.",
             expected: [("Pruett", "the job was hard")]),
    ]

    /// A stray comma between an addressee and `that` (``Attributor/thatAfterCueAdjuncts(verb:last:)``).
    static let commaBeforeThatCases: [Case] = [
        Case(text: "Pruett told Lena Marsh of the Herald, that the bridge would close.",
             expected: [("Pruett", "the bridge would close")]),
    ]

    /// `early` opens a time adjunct of the cue (`said early Friday that`), and a clause after the
    /// cue's adjuncts may have its verb open a quotation (``Attributor/startsFiniteClause(at:last:verbMayEndSentence:)``).
    static let timeAdjunctClauseCases: [Case] = [
        Case(text: "The fire chief, Tom Reyes, said early Friday that 80 homes were lost.",
             expected: [("Tom Reyes", "80 homes were lost")]),
        Case(text: "Reyes said on Thursday he \"sent a letter to the governor asking for help.\"",
             expected: [("Reyes", "he \"sent a letter to the governor asking for help.\"")]),
    ]

    /// A stretch of time between a subject and its verb is no speaker
    /// (``Attributor/beforePeriodAdjunct(_:floor:)``).
    static let periodAdjunctCases: [Case] = [
        Case(text: "Several residents over the last two weeks said the water tasted of metal.",
             expected: [("Several residents", "the water tasted of metal")]),
        Case(text: "Dozens of nurses in the past few days have said the ward was short of staff.",
             expected: [("Dozens of nurses", "the ward was short of staff")]),
    ]

    /// A concession after a dash ends the reported clause (``Attributor/opensConcession(at:last:)``);
    /// one set off between two dashes does not.
    static let dashConcessionCases: [Case] = [
        Case(text: "Aides said the mayor will run again in 2028 - though it is unclear whether she has the money.",
             expected: [("Aides", "the mayor will run again in 2028")]),
        Case(text: "Ortiz vowed to take his fight to the floor -- even as his rival closed in on a majority.",
             expected: [("Ortiz", "to take his fight to the floor")]),
        Case(text: "Ortiz said that Pruett — even as she praised the plan — had voted against it.",
             expected: [("Ortiz", "Pruett — even as she praised the plan — had voted against it")]),
    ]

    /// An inverted cue between commas splits a clause as `, NAME said,` does
    /// (``Attributor/invertedParentheticalClose(comma:cueComma:first:last:)``); after a whole
    /// clause it stays a trailing cue.
    static let invertedParentheticalCases: [Case] = [
        Case(text: "The trouble with the levy, said Ortiz, is that renters pay it twice.",
             expected: [("Ortiz", "The trouble with the levy"), ("Ortiz", "is that renters pay it twice")]),
        Case(text: "The levy failed, said Ortiz, a council member.",
             expected: [("Ortiz", "The levy failed")]),
    ]

    /// A words frame opening the sentence gives its source what follows the comma
    /// (``Attributor/wordsFrame(first:last:)``); `In other words` names nobody.
    static let wordsFrameCases: [Case] = [
        Case(text: "“We are not giving up,” the mayor said. In Pruett's words, “This city deserves better.”",
             expected: [("the mayor", "“We are not giving up,”"), ("Pruett", "“This city deserves better.”")]),
        Case(text: "In the words of Ann Pruett, the levy is a tax on renters.",
             expected: [("Ann Pruett", "the levy is a tax on renters")]),
        Case(text: "Tom Ortiz spoke last. In his own words, the levy is a tax on renters.",
             expected: [("Tom Ortiz", "the levy is a tax on renters")]),
        Case(text: "In other words, the levy is a tax on renters.", expected: []),
    ]

    /// A noun of saying with its possessor, then `was` and a short complement before a colon
    /// (``Attributor/speechNounBeforeCopula(colon:first:)``).
    static let speechNounCopulaCases: [Case] = [
        Case(text: "The union's response was swift: “We will strike.”",
             expected: [("The union", "“We will strike.”")]),
        Case(text: "Tom Ortiz spoke last. His message to voters was simple: “The city is broke.”",
             expected: [("Tom Ortiz", "“The city is broke.”")]),
    ]

    /// A name's home after `of` (`Sen. Tom Becker of Idaho`): part of the inverted speaker's
    /// phrase (``Attributor/homeAfterOf(_:last:)``) and no part of the name, whatever the
    /// place's first word (``MentionFinder/endsWithGivenAndSurname(_:after:)``).
    static let homeAfterOfCases: [Case] = [
        Case(text: "The levy is dead, said Sen. Tom Becker of Idaho.",
             expected: [("Tom Becker", "The levy is dead")]),
        Case(text: "Gov. Earl Ray Tomblin of West Virginia said the mines were safe.",
             expected: [("Earl Ray Tomblin", "the mines were safe")]),
        // A firm whose first word is also a given name (`Hartwell`, `Fulton`) is no person's name.
        Case(text: "Priya Bose of Hartwell Capital said the warning raised questions.",
             expected: [("Priya Bose", "the warning raised questions")]),
        Case(text: "Priya Bose of the Fulton Institute said the warning raised questions.",
             expected: [("Priya Bose", "the warning raised questions")]),
        Case(text: "Another analyst, Priya Bose of Hartwell Securities, said the warning raised questions.",
             expected: [("Priya Bose", "the warning raised questions")]),
    ]

    /// `who` with an auxiliary written onto it opens a restrictive relative clause as `who` does
    /// (``Attributor/isWhoForm(_:)``), and the clause may run long before the verb.
    static let contractedWhoCases: [Case] = [
        Case(text: "Many of the county leaders who’d rather be working on a campaign for Cruz or Ben Carson said they have rallied behind the ticket.",
             expected: [("Many of the county leaders", "they have rallied behind the ticket")]),
        Case(text: "Voters who've met Ann Pruett say she listens.",
             expected: [("Voters", "she listens")]),
    ]

    /// A noun phrase set off after a sentence-final cue and its adjuncts comments on the whole
    /// sentence, and may carry prepositional phrases (``Attributor/opensSentenceAppositive(at:last:)``);
    /// a quantity's `of` (`a lot of`) goes on with a parenthetical cue's clause.
    static let sentenceAppositiveCases: [Case] = [
        Case(text: "The state needs fewer exams, Ann Lind said this week at an event in Utah — an apparent reversal.",
             expected: [("Ann Lind", "The state needs fewer exams")]),
        Case(text: "The state needs fewer exams for its pupils, former Governor Ann Lind said this week at an event in Utah — an apparent reversal of her earlier view.",
             expected: [("Ann Lind", "The state needs fewer exams for its pupils")]),
        Case(text: "The state needs fewer exams, Ann Lind said this week at an event in Utah, a reversal of her view.",
             expected: [("Ann Lind", "The state needs fewer exams")]),
        Case(text: "Voters are showing, the polls tell us, a lot of anxiety about prices.",
             expected: [("the polls", "Voters are showing"), ("the polls", "a lot of anxiety about prices")]),
    ]

    /// After a cue's adjuncts, a clause may open with a short quoted noun phrase as its subject
    /// (``Attributor/quotedSubjectClose(openingAt:last:)``); a whole quoted sentence there is
    /// what was said (``Attributor/isQuotedSentence(_:)``), but a quote after a preposition or
    /// `to` is the title or slogan it names.
    static let quoteAfterCueAdjunctCases: [Case] = [
        Case(text: "Lind has said repeatedly “the next mayor” should pick the chief.",
             expected: [("Lind", "“the next mayor” should pick the chief")]),
        Case(text: "Lind said on Monday “the next mayor” should pick the chief.",
             expected: [("Lind", "“the next mayor” should pick the chief")]),
        Case(text: "Lind said on Monday “We will win.”",
             expected: [("Lind", "“We will win.”")]),
        Case(text: "Lind said on “Meet the Press.”", expected: []),
        Case(text: "Lind repeated her promise to “Make the City Great Again.”", expected: []),
    ]

    /// A `who` clause after a thing that comes from a named person (`criticism from Reyes`, `an
    /// attack by Reyes`) has the person as its antecedent (``Attributor/personAfterThingOf(_:)``).
    static let thingFromPersonCases: [Case] = [
        Case(text: "Lind's remarks drew sharp criticism from Reyes, who said they were reckless.",
             expected: [("Reyes", "they were reckless")]),
        Case(text: "The bill drew an attack by Reyes, who said it was reckless.",
             expected: [("Reyes", "it was reckless")]),
        Case(text: "The bill drew a harsh response from Tom Reyes, who said it was reckless.",
             expected: [("Tom Reyes", "it was reckless")]),
    ]

    /// A discourse adverb set off by commas may stand between a subject and the relative clause
    /// that describes it (``MentionFinder/appositiveSubject(commaAt:floor:depth:)``).
    static let adverbBeforeRelativeCases: [Case] = [
        Case(text: "Lind, meanwhile, who has led the union since 2010, said the strike would end.",
             expected: [("Lind", "the strike would end")]),
        Case(text: "Tom Reyes, however, who chairs the board, said the vote was fair.",
             expected: [("Tom Reyes", "the vote was fair")]),
    ]

    /// A person of an institution whose campus follows a comma (`of the University of
    /// California, Berkeley,`) speaks, though the campus's place is also a given name
    /// (``MentionFinder/isPlaceAfterInstitution(_:)``).
    static let institutionCampusCases: [Case] = [
        Case(text: "Ann Lind of the University of California, Berkeley, said the tax is too high.",
             expected: [("Ann Lind", "the tax is too high")]),
        Case(text: "Ann Lind and Tom Reyes of the University of California, Berkeley, suggest that the tax is too high.",
             expected: [("Ann Lind and Tom Reyes", "the tax is too high")]),
    ]

    /// A relative clause set off by commas inside an asked question does not end it
    /// (``Attributor/questionEnd(from:last:)``); a comma with no verb after the clause does.
    static let relativeInsideQuestionCases: [Case] = [
        // A text cut right after the relative pronoun: no clause after it to look into.
        Case(text: "Asked whether her plan, which",
             expected: [(nil, "whether her plan")]),
        Case(text: "Lind was asked by a moderator whether her plan, which would cost $170 billion, would raise the deficit.",
             expected: [("a moderator", "whether her plan, which would cost $170 billion, would raise the deficit")]),
        Case(text: "Asked whether her plan, which would cost $170 billion, would raise the deficit, Lind said no.",
             expected: [(nil, "whether her plan, which would cost $170 billion, would raise the deficit"), ("Lind", "no")]),
    ]

    /// A comment on the sentence set off by a dash after a reported clause is the reporter's
    /// (``Attributor/sentenceAppositiveDash(in:_:)``), also when a relative clause without its
    /// pronoun closes it (``Attributor/closesWithReducedRelative(after:last:)``); a dashed
    /// aside inside the clause is not.
    static let dashedCommentCases: [Case] = [
        Case(text: "Lind said the plant would reopen — a claim Reyes disputed.",
             expected: [("Lind", "the plant would reopen")]),
        Case(text: "Lind said the plant would reopen — an unusual move that surprised workers.",
             expected: [("Lind", "the plant would reopen")]),
        Case(text: "Lind said the plant would reopen, a view he has long shared.",
             expected: [("Lind", "the plant would reopen")]),
        Case(text: "Lind said the plant — a major employer — would reopen.",
             expected: [("Lind", "the plant — a major employer — would reopen")]),
    ]

    static let allCases = withholdingDenialCases + subordinateAfterOpeningPhraseCases + labellingParticipleCases + accordingToParentheticalCases + dashedCommentCases + relativeInsideQuestionCases + institutionCampusCases + adverbBeforeRelativeCases + thingFromPersonCases + quoteAfterCueAdjunctCases + sentenceAppositiveCases + contractedWhoCases + homeAfterOfCases + speechNounCopulaCases + wordsFrameCases + invertedParentheticalCases + dashConcessionCases + periodAdjunctCases + timeAdjunctClauseCases + commaBeforeThatCases + prepositionOpeningCases + longFrontedClauseCases + comparisonBeforeCoordinatedVerbCases + framedNextSentenceCases + pollShareRelativeCases + titleOfPhraseNameCases + occasionParticipleCases + sentenceSubjectCases + reducedRelativeCases + relativeGapLabelCases + dashAsideCases + townStateAsideCases + relativeAfterInvertedRoleCases + partitivePronounCases
        + longNameModifierCases + openSubordinateClauseCases
        + pastParticipleAsideCases
}
