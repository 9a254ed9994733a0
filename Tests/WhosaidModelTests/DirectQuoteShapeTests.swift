import Testing
@testable import WhosaidModel

/// Shapes the grammar reads since the afternoon session of 2026-12-03 (quotes, subjects, actors),
/// one table per rule, with sentences written for the purpose; run by
/// ``AttributionGrammarTests/attribution(_:)``.
enum DirectQuoteShapeTests {
    typealias Case = AttributionGrammarTests.Case

    /// `“…,” the filing states.`: `state(s)` closing the clause after a quote is the verb.
    static let clauseFinalStateCases: [Case] = [
        Case(text: "“Family leave is unpaid,” the lawsuit states.", expected: [("the lawsuit", "“Family leave is unpaid,”")]),
        Case(text: "“The kingdom fights terror,” the envoys state in the white paper.",
             expected: [("the envoys", "“The kingdom fights terror,”")]),
        Case(text: "“We won,” state officials said.", expected: [("state officials", "“We won,”")]),
    ]

    /// `Residents near the plant said`: a place preposition's object is no subject; the phrase
    /// runs on through it to the noun before.
    static let placePrepositionSubjectCases: [Case] = [
        Case(text: "Residents near the plant said the smell was unbearable.",
             expected: [("Residents near the plant", "the smell was unbearable")]),
        Case(text: "Voters around the country say they are tired of the race.",
             expected: [("Voters around the country", "they are tired of the race")]),
        Case(text: "Farmers outside the city said the rain came too late.",
             expected: [("Farmers outside the city", "the rain came too late")]),
        // Capitalised, the same words open names and adjectives, never a preposition's phrase.
        Case(text: "Inside sources said the deal was close.", expected: [("sources", "the deal was close")]),
        Case(text: "Near Eastern scholars said the tablets were fake.", expected: [("Eastern scholars", "the tablets were fake")]),
    ]

    /// Review counterexamples to the reported-speech rules merged in this session: a bare verb that
    /// looks inflected (`focus`, `heed`) goes on with its infinitive; a backshifted clause after
    /// `, and` still reports; an election count is no speaker.
    static let reportedSpeechReviewCases: [Case] = [
        Case(text: "The mayor urged residents to stay home and focus on safety.",
             expected: [("The mayor", "to stay home and focus on safety")]),
        Case(text: "The governor said the roads were closed, and the storm would last until Friday.",
             expected: [("The governor", "the roads were closed, and the storm would last until Friday")]),
        Case(text: "With 98 percent of precincts reporting Smith led Jones by four points.", expected: []),
    ]

    /// `David Woodard of the Clemson Institute said`: the person speaks, not "person of place";
    /// a title with an `of` phrase before a name (`Supervisor of Elections Ann Lowe`) is no name.
    static let personOfPlaceCases: [Case] = [
        Case(text: "David Woodard of the Clemson Institute said the race was close.",
             expected: [("David Woodard", "the race was close")]),
        Case(text: "Her Republican colleague, Sen. Tom Becker of Idaho, said the numbers did not add up.",
             expected: [("Tom Becker", "the numbers did not add up")]),
        Case(text: "County Supervisor of Elections Susan Lowe said the count was done.",
             expected: [("County Supervisor of Elections Susan Lowe", "the count was done")]),
    ]

    /// `said in the spring, when the scandal broke, “I sold no land.”`: a reported clause of only
    /// the cue's adjunct before a quoted sentence is the quote's direct statement
    /// (``Attributor/isSentenceQuoteAfterCueAdjunct(_:quote:)``); a `that` clause, a condition, a
    /// lower-case fragment or a quote the clause goes on past stays one mixed statement.
    static let adjunctLedQuoteCases: [Case] = [
        Case(text: "Rita Sand initially said in the spring, when the scandal broke, “I did not sell any land to anyone.”",
             expected: [("Rita Sand", "“I did not sell any land to anyone.”")]),
        Case(text: "Omar Quint responded to the question on his blog, “Yes, I will. That was a poor choice of words.”",
             expected: [("Omar Quint", "“Yes, I will. That was a poor choice of words.”")]),
        Case(text: "Omar Quint concluded so calmly and firmly, “With patience toward all, we will finish the work.”",
             expected: [("Omar Quint", "“With patience toward all, we will finish the work.”")]),
        Case(text: "Rita Sand said that once the session ends, “I will help wherever I can.”",
             expected: [("Rita Sand", "once the session ends, “I will help wherever I can.”")]),
        Case(text: "Rita Sand said if the levy fails, “We will take the county to court.”",
             expected: [("Rita Sand", "if the levy fails, “We will take the county to court.”")]),
        Case(text: "Rita Sand initially said in the spring, when the scandal broke, “nobody sold any land to anyone.”",
             expected: [("Rita Sand", "when the scandal broke, “nobody sold any land to anyone.”")]),
        Case(text: "Rita Sand said at the rally, as the crowd cheered, “Finally, we are free” to talk about the plan.",
             expected: [("Rita Sand", "as the crowd cheered, “Finally, we are free” to talk about the plan")]),
        // A cue inside a relative clause set off by a comma is the antecedent's, not the subject's.
        Case(text: "Tom Hale cited the Marlow Courier report, which notes, “More than half the wells in the valley are dry.”",
             expected: [("Tom Hale", "the Marlow Courier report, which notes, “More than half the wells in the valley are dry.”")]),
    ]

    /// `the report, which notes, “…”`: a relative pronoun before a cue that leads a quotation with
    /// a comma or colon is the cue's subject; its antecedent speaks
    /// (``Attributor/relativePronounCueSubject(ofCue:floor:)``). A `which` clause without a quote
    /// of its own, or a label inside a `who` clause, is no such cue.
    static let relativePronounCueCases: [Case] = [
        Case(text: "The report, which notes, “More than half the wells in the valley are dry,” was published on Monday.",
             expected: [("The report", "“More than half the wells in the valley are dry,”")]),
        Case(text: "The loudest reply came from Rikki Vale who tweeted, “You should be ashamed of this budget.”",
             expected: [("Rikki Vale", "“You should be ashamed of this budget.”")]),
        Case(text: "The reply was a note from a farmer, which said: “We are only beginning to see what we have lost.”",
             expected: [("a note from a farmer", "“We are only beginning to see what we have lost.”")]),
        // Without its comma `which` picks out the object; the main clause's subject speaks.
        Case(text: "Tom Hale added the caption which reads, “The photo breaks the council rules.”",
             expected: [("Tom Hale", "“The photo breaks the council rules.”")]),
        Case(text: "The bill, which says that wells must be metered, passed on Monday.", expected: []),
        Case(text: "Rikki Vale, who called the budget “a disgrace,” left early.",
             expected: [("Rikki Vale", "the budget “a disgrace,”")]),
    ]

    /// `“The way I see it,” Hale elaborated, “nobody asked.”`: a verb no list holds between the
    /// halves of a split quotation is the cue of both (``Attributor/splitsQuotation(quote:comma:)``,
    /// ``Attributor/isSplitQuotationCue(_:quote:)``); after a full stop the second quote is a
    /// sentence of its own, which the first half's speaker continues.
    static let splitQuotationCueCases: [Case] = [
        Case(text: "“The way I see it,” Dora Fenn elaborated, “no one ever questioned the plan.”",
             expected: [("Dora Fenn", "“The way I see it,”"), ("Dora Fenn", "“no one ever questioned the plan.”")]),
        Case(text: "“We were lucky,” Dora Fenn smiled, “and we know it.”",
             expected: [("Dora Fenn", "“We were lucky,”"), ("Dora Fenn", "“and we know it.”")]),
        Case(text: "“The way I see it,” Dora Fenn elaborated. “No one ever questioned the plan.”",
             expected: [("Dora Fenn", "“The way I see it,”"), ("Dora Fenn", "“No one ever questioned the plan.”")]),
        // A first half closed by a full stop is a sentence of its own: no split, no cue for it.
        Case(text: "“We lost.” Dora Fenn smiled, “but we will be back.”", expected: [("Dora Fenn", "“but we will be back.”")]),
    ]

    /// Every table above, run by ``AttributionGrammarTests/attribution(_:)``.
    static let allCases = clauseFinalStateCases + placePrepositionSubjectCases + personOfPlaceCases + reportedSpeechReviewCases
        + sharedSurnameCases + namedKinCases + pluralOpeningSubjectCases + titleModifierAppositionCases + subjectNounAndCases
        + reducedPassiveCases + openingParticipleNarrativeCases + datelineParentheticalCases + notASpeakerCases
        + fusedHasCases + trailingWorkTitleCases + subjectAndAdjunctShapeCases + listedPredicateCases + colonInClauseCases
        + descriptionListCases + accordingToSourceShapeCases + gerundPhraseSubjectCases + adjunctLedQuoteCases
        + relativePronounCueCases + splitQuotationCueCases

    /// Words that are no speaker however they are capitalised (issue 10, clean names): a pronoun
    /// fused with an auxiliary is that pronoun (`She's a supporter but concedes…` → she → Rosa
    /// Diaz, not a name "She's"); an imperative has no subject (`Lay a Twister mat… and ask`); a
    /// connective or an ordinal opening the sentence is no subject (`Furthermore,`, `Fifth,`); a
    /// graded participle is no cue (`the most cited scholar`).
    static let notASpeakerCases: [Case] = [
        Case(text: "Rosa Diaz lives nearby. She's a Sanders supporter but concedes that most of her friends love Clinton.",
             expected: [("Rosa Diaz", "most of her friends love Clinton")]),
        Case(text: "Lay a Twister mat on the floor and ask people if they want to play.", expected: []),
        Case(text: "Furthermore, limb retraction can be modulated with speed, suggesting caution in such estimates.", expected: []),
        Case(text: "Fifth, “she was in poor health.”", expected: []),
        Case(text: "Chomsky is the eighth most cited scholar of all time.", expected: []),
    ]

    /// `He’s said he…`: a pronoun fused with `has` before a participle is the verb's subject, no
    /// possessive; followed by `to`, `by` or `as` the `'s` is `is`, a passive with no speaker.
    static let fusedHasCases: [Case] = [
        Case(text: "Rosa Diaz lives nearby. She’s said she will vote for the levy.",
             expected: [("Rosa Diaz", "she will vote for the levy")]),
        Case(text: "Rosa Diaz lives nearby. She's told neighbors that the levy is fair.",
             expected: [("Rosa Diaz", "the levy is fair")]),
        Case(text: "Rosa Diaz lives nearby. She’s said to favor the levy.", expected: []),
        Case(text: "Rosa Diaz lives nearby. She's told by aides that the levy is doomed.", expected: []),
    ]

    /// `…, Pruett said on MSNBC’s “Morning Joe.”`: the title of a show in the cue's closing
    /// adjunct is no quotation, so the clause before the cue is what was said, not the adjunct.
    static let trailingWorkTitleCases: [Case] = [
        Case(text: "The levy will pass, Ann Pruett said Wednesday on MSNBC’s “Morning Joe.”",
             expected: [("Ann Pruett", "The levy will pass")]),
        Case(text: "The levy will pass, Ann Pruett said on ABC’s “This Week” on Sunday.",
             expected: [("Ann Pruett", "The levy will pass")]),
        Case(text: "The levy will pass, Ann Pruett told ABC’s “This Week.”",
             expected: [("Ann Pruett", "The levy will pass")]),
    ]

    /// A subject with an intensifying reflexive (`Ford itself said`); a relative clause after the
    /// subject that ends in a quote's comma (`Humphrey, who calls Trump a “sociopath,” said`); a
    /// closing adjunct whose preposition governs a gerund (`said in posing the question`).
    static let subjectAndAdjunctShapeCases: [Case] = [
        Case(text: "Northwind itself said the deal was still on.", expected: [("Northwind", "the deal was still on")]),
        Case(text: "Jon Humphrey, who calls the mayor a “menace,” said he would not vote for her.",
             expected: [("Jon Humphrey", "the mayor a “menace,”"), ("Jon Humphrey", "he would not vote for her")]),
        Case(text: "Many renters found the rule unfair, reporter Ana Ruiz said in posing the question to the mayor.",
             expected: [("Ana Ruiz", "Many renters found the rule unfair")]),
        Case(text: "The plan is dead, Ana Ruiz said after hearing the news.", expected: [("Ana Ruiz", "The plan is dead")]),
    ]

    /// `declined to comment, didn't respond to calls or…`: after an infinitive complement, a comma
    /// then a subjectless finite verb group lists the subject's next deed, told by the reporter.
    static let listedPredicateCases: [Case] = [
        Case(text: "Several delegates declined to comment, didn't return calls or sent brief statements.",
             expected: [("Several delegates", "to comment")]),
        // `said of NP`: what a quote was about; the words after its object are said by nobody.
        Case(text: "Ana Ruiz said of the meeting she had with the mayor last week.", expected: []),
        Case(text: "Ana Ruiz said of the plan that it would fail.", expected: [("Ana Ruiz", "it would fail")]),
        // `…, then said`: a second predicate after a comma shares the sentence's subject.
        Case(text: "Ana Ruiz offered the man a job, then said she would welcome his advice.",
             expected: [("Ana Ruiz", "she would welcome his advice")]),
        Case(text: "The mayor promised to fix the roads, refused to raise taxes and left.",
             expected: [("The mayor", "to fix the roads")]),
        Case(text: "The mayor urged residents to stay home, keep calm and check on neighbors.",
             expected: [("The mayor", "to stay home, keep calm and check on neighbors")]),
    ]

    /// `said the plan has one flaw: it costs too much`: a colon inside a reported clause goes on
    /// with it (news annotation reads the part after it as the same statement); before a
    /// quotation it still ends the clause, and the quotation stands as direct.
    static let colonInClauseCases: [Case] = [
        Case(text: "Officials said the plan has one flaw: it costs too much.",
             expected: [("Officials", "the plan has one flaw: it costs too much")]),
        Case(text: "Rosa Diaz argued that the city faces a choice: raise taxes or close schools.",
             expected: [("Rosa Diaz", "the city faces a choice: raise taxes or close schools")]),
        Case(text: "Rosa Diaz said the answer was simple: “We build.”",
             expected: [("Rosa Diaz", "the answer was simple"), ("Rosa Diaz", "“We build.”")]),
    ]

    /// `The family, protesters and civic leaders have demanded…`: a list of descriptions opening its
    /// sentence is one speaker, all of them; `…, and the report says` joins two clauses.
    static let descriptionListCases: [Case] = [
        Case(text: "The family, neighbors and church leaders have demanded that the police release the video.",
             expected: [("The family, neighbors and church leaders", "the police release the video")]),
        Case(text: "After the storm, the mayor and the sheriff said the bridge was safe.",
             expected: [("the mayor and the sheriff", "the bridge was safe")]),
        Case(text: "The bank holds $9 billion abroad, and the report says the bank pays no tax.",
             expected: [("the report", "the bank pays no tax")]),
    ]

    /// `according to state law`, `according to reports`: right after `to` a word the tagger reads
    /// as a bare verb is a noun; `sources familiar with the effort`: an adjective after the head
    /// opens the source's modifier.
    static let accordingToSourceShapeCases: [Case] = [
        Case(text: "According to state law, no one may hand out leaflets near a polling place.",
             expected: [("state law", "no one may hand out leaflets near a polling place")]),
        Case(text: "The council met in secret, according to reports the clerk filed.",
             expected: [("reports", "The council met in secret")]),
        Case(text: "The team is led by two engineers, according to people familiar with the project.",
             expected: [("people familiar with the project", "The team is led by two engineers")]),
        // A parenthetical source: the clause after it is no apposition of the source.
        Case(text: "About 10 p.m., according to a police timeline, the guards left for the compound.",
             expected: [("a police timeline", "the guards left for the compound")]),
        Case(text: "Turnout fell, according to Tally Co., a firm that counts ballots.",
             expected: [("Tally Co.", "Turnout fell")]),
        // The clause after a colon is the source's; the words before it the reporter's.
        Case(text: "The levy has not driven firms away: the city was the top market in 2015, according to one index.",
             expected: [("one index", "the city was the top market in 2015")]),
        Case(text: "We get many visitors (source: our logs), which makes us popular according to Quantcast.",
             expected: [("Quantcast", "We get many visitors (source: our logs), which makes us popular")]),
        Case(text: "The news was grim: the plant will close in May, officials said.",
             expected: [("officials", "the plant will close in May")]),
    ]

    /// `Democrats trying to regain control of the Senate in November say`: a subject noun's -ing
    /// participle phrase may hold an infinitive and prepositional phrases; the whole phrase speaks.
    static let gerundPhraseSubjectCases: [Case] = [
        Case(text: "Farmers trying to save their crops from the drought in July say the aid came too late.",
             expected: [("Farmers trying to save their crops from the drought in July", "the aid came too late")]),
        Case(text: "Parents fighting the closure of the school say the board never listened.",
             expected: [("Parents fighting the closure of the school", "the board never listened")]),
        // `those` with a prepositional phrase stands for a group (the tagger reads `over` as an adverb).
        Case(text: "Those over 60 say they prefer the old route.", expected: [("Those over 60", "they prefer the old route")]),
        Case(text: "Those in the hall said the vote was rigged.", expected: [("Those in the hall", "the vote was rigged")]),
    ]

    /// `MILAN (Reuters) - Rain forced…, officials said, as…`: the dateline is no part of the words
    /// before a parenthetical cue, as it is none of those before a closing one.
    static let datelineParentheticalCases: [Case] = [
        Case(text: "MILAN (Reuters) - Heavy rain forced thousands from their homes, officials said, as rivers burst their banks.",
             expected: [("officials", "Heavy rain forced thousands from their homes"), ("officials", "as rivers burst their banks")]),
    ]

    /// `shook her head when told of the remarks`: a past participle after a subordinator is a
    /// passive with no subject of its own; the sentence's subject was told, and told nothing.
    static let reducedPassiveCases: [Case] = [
        Case(text: "Maria Santos shook her head when told of the remarks.", expected: []),
        Case(text: "Clinton, who once praised the pact, now opposes it.", expected: [("Clinton", "the pact")]),
    ]

    /// `Asked whether it would survive, Luis Santos shrugged. “…”`: the person after an opening
    /// participle clause is the narrative subject a cueless quote after the sentence takes.
    static let openingParticipleNarrativeCases: [Case] = [
        Case(text: "Asked whether the bakery would survive, Luis Santos shrugged. “Who knows? We will see.”",
             expected: [(nil, "whether the bakery would survive"), ("Luis Santos", "“Who knows? We will see.”")]),
    ]

    /// `said the spate of shootings and protests demands that…`: before its finite verb a said-clause
    /// is still its subject, so `and` there joins two nouns, not two clauses. After an object noun
    /// phrase (`denied any role…`) or a verb, `and` and a new subject's reporting verb still open a
    /// statement of their own.
    static let subjectNounAndCases: [Case] = [
        Case(text: "Ryan said the spate of shootings and protests demands that all Americans listen more.",
             expected: [("Ryan", "the spate of shootings and protests demands that all Americans listen more")]),
        Case(text: "The ministry denied any role in the attacks and the embassy warned that more could follow.",
             expected: [("The ministry", "any role in the attacks"), ("the embassy", "more could follow")]),
        Case(text: "Ruiz said the plan failed and critics warned that costs would rise.",
             expected: [("Ruiz", "the plan failed"), ("critics", "costs would rise")]),
    ]

    /// A plural common noun capitalised only because it opens the sentence is a description that
    /// a coordinated cue shares (`Voters walked up and said, “…”` had lost its quote); a singular
    /// one may be a name the tagger missed, so it stays a name.
    static let pluralOpeningSubjectCases: [Case] = [
        Case(text: "Voters walked up to the stage and shouted, “We want four more years of this!”",
             expected: [("Voters", "“We want four more years of this!”")]),
        Case(text: "Nurses left the ward and told reporters, “We cannot work like this.”",
             expected: [("Nurses", "“We cannot work like this.”")]),
    ]

    /// `Her challenger, state Sen. Paul Reed, said`: a name whose title has a lower-case modifier
    /// is still the name apposed to the description, and it speaks.
    static let titleModifierAppositionCases: [Case] = [
        Case(text: "Her challenger, state Sen. Paul Reed, said the mayor had lost control.",
             expected: [("Paul Reed", "the mayor had lost control")]),
        Case(text: "His predecessor, former Gov. Ann Cole, said the budget was sound.",
             expected: [("Ann Cole", "the budget was sound")]),
    ]

    /// Two people who share a surname are two actors, and each one's pronoun finds its own
    /// full name: "Mark Porter was cautious. “…,” he said" is Mark's, though Jane Porter came first.
    static let sharedSurnameCases: [Case] = [
        Case(text: "Jane Porter opened the meeting. Mark Porter was more cautious. “It is a long race,” he said.",
             expected: [("Mark Porter", "“It is a long race,”")]),
        Case(text: "Jane Porter and her husband, Mark Porter, run the store. Mark Porter was cautious. He said the race was long.",
             expected: [("Mark Porter", "the race was long")]),
        Case(text: "Mark Porter ran the store. Jane Porter spoke next. “We know everyone,” she said.",
             expected: [("Jane Porter", "“We know everyone,”")]),
    ]

    /// A first name alone apposed to a noun of kin (`Her father, Manuel, nods.`) names a person
    /// whom a later pronoun of that gender finds.
    static let namedKinCases: [Case] = [
        Case(text: "Rosa spoke first. Her father, Manuel, 78, nods. He says this one is worse.",
             expected: [("Manuel", "this one is worse")]),
        Case(text: "Her husband, Mark, was more cautious. “It is a long race,” he said.",
             expected: [("Mark", "“It is a long race,”")]),
    ]
}
