import Testing
@testable import WhosaidModel

/// Sentence shapes attribution reads from grammar (tags and chunks), one invented sentence per
/// shape, each with the statements and speakers it must give. A first paragraph comes before
/// each case so that the case is body text, not a headline.
@Suite struct AttributionGrammarTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var text: String
        /// (speaker, statement text) pairs, in article order.
        var expected: [(String?, String)]
        var testDescription: String { text }
    }

    static func statements(_ text: String) -> [(String?, String)] {
        let a = Engine().analyze(text: "The city council met on Tuesday.\n" + text)
        return a.statements.map { (a.actor(of: $0)?.name, $0.text) }
    }

    static let verbGroupCases: [Case] = [
        // A phrase on how the speaker spoke after a postposed cue leaves the cue postposed.
        Case(text: "Talks will resume next week, two diplomats told Reuters, speaking on condition of anonymity.",
             expected: [("two diplomats", "Talks will resume next week")]),
        Case(text: "The reactor is safe, the ministry said, without giving details.",
             expected: [("the ministry", "The reactor is safe")]),
        // A dateline opening the sentence is no part of a statement a postposed cue reports.
        Case(text: "BOSTON (AP) — The levee held through the night, officials said.",
             expected: [("officials", "The levee held through the night")]),
        // A day between a phrasal cue and its particle.
        Case(text: "Ortiz called Wednesday for the county judge to resign.",
             expected: [("Ortiz", "the county judge to resign")]),
        Case(text: "The bridge will be closed for a year, Mayor Ann Pruett said Wednesday.",
             expected: [("Ann Pruett", "The bridge will be closed for a year")]),
        Case(text: "The bridge will be closed for a year, Ann Pruett told reporters.",
             expected: [("Ann Pruett", "The bridge will be closed for a year")]),
        Case(text: "The levee held through the night, officials said in a statement on Sunday.",
             expected: [("officials", "The levee held through the night")]),
        // A time adverb after the closing cue is its adjunct too.
        Case(text: "The well water is unsafe, Hal Porter said late Monday.", expected: [("Hal Porter", "The well water is unsafe")]),
        Case(text: "The well water is unsafe, Hal Porter said afterward.", expected: [("Hal Porter", "The well water is unsafe")]),
        // A time phrase between the cue and a clause without "that" is the cue's, even when the
        // clause ends with its verb, and after an addressee.
        Case(text: "Klein said Tuesday she would run.", expected: [("Klein", "she would run")]),
        Case(text: "Klein warned last month the cuts were illegal.", expected: [("Klein", "the cuts were illegal")]),
        Case(text: "Klein told reporters Tuesday she would run.", expected: [("Klein", "she would run")]),
        Case(text: "Klein said this company is broke.", expected: [("Klein", "this company is broke")]),
        // A one-word time phrase before a lower-case noun or participle may be its modifier: the
        // clause starts at it, and ends not with its verb.
        Case(text: "Klein said late payments had doubled.", expected: [("Klein", "late payments had doubled")]),
        // (Not "hired clerks were quitting", which lost the adverb.)
        Case(text: "Klein said recently hired workers were leaving.", expected: []),
    ]

    /// Verb groups: auxiliaries and adverbs, catenatives, passives, light verbs, participles.
    static let verbCases: [Case] = [
        Case(text: "The water board has already warned that the reservoir is low.",
             expected: [("The water board", "the reservoir is low")]),
        Case(text: "Pruett tried to argue that the budget was balanced.",
             expected: [("Pruett", "the budget was balanced")]),
        Case(text: "The chief was quoted as saying the fire was set deliberately.",
             expected: [("The chief", "the fire was set deliberately")]),
        // Active "quoted X as saying": X said the words (the outlet only reports them).
        Case(text: "State media quoted Voronov as saying the talks had failed.",
             expected: [("Voronov", "the talks had failed")]),
        // "went on to say", "took to Twitter to say": the catenative's subject speaks.
        Case(text: "Hale went on to say that the plant would close.", expected: [("Hale", "the plant would close")]),
        Case(text: "Hale took to Twitter to say that the plant would close.", expected: [("Hale", "the plant would close")]),
        Case(text: "The campaign issued a statement saying the senator would not resign.",
             expected: [("The campaign", "the senator would not resign")]),
        Case(text: "Pruett spoke for an hour, saying that the city would recover.",
             expected: [("Pruett", "the city would recover")]),
        Case(text: "Insisting the vote was fair, Pruett invited observers to the count.",
             expected: [("Pruett", "the vote was fair")]),
        Case(text: "“We are ready,” the coach said, adding that the team was healthy.",
             expected: [("the coach", "“We are ready,”"), ("the coach", "the team was healthy")]),
    ]

    /// Labels and characterisations: the object with its label is one statement, mixed when quoted.
    static let labelCases: [Case] = [
        // A label in a participle after a message noun is the message's sender's.
        Case(text: "The council issued a statement calling the test “a clear violation.”",
             expected: [("The council", "the test “a clear violation.”")]),
        // Unquoted labels after a reflexive or with an adjective; a dash ends the label, and a
        // capitalised name after the determiner names rather than labels.
        Case(text: "Ruiz called himself a proud socialist.", expected: [("Ruiz", "himself a proud socialist")]),
        // A possessive opens a labelled object; a reflexive's label may be a noun closing the
        // clause; "her" may open the object; a pronoun object alone is no label ("called her husband").
        Case(text: "Ruiz called his vote an irresponsible one.", expected: [("Ruiz", "his vote an irresponsible one")]),
        Case(text: "Ruiz had called herself pro-labor.", expected: [("Ruiz", "herself pro-labor")]),
        Case(text: "Ana Ruiz called her sister her hero.", expected: [("Ana Ruiz", "her sister her hero")]),
        Case(text: "Ana Ruiz called her husband on Tuesday.", expected: []),
        Case(text: "Ruiz called him divisive.", expected: [("Ruiz", "him divisive")]),
        Case(text: "Critics call them reckless schemes - and the board has agreed.",
             expected: [("Critics", "them reckless schemes")]),
        Case(text: "A group of farmers calling themselves the Night Riders marched to the hall.", expected: []),
        Case(text: "Senator Dana Whitfield blasted the governor for his handling of the flood.",
             expected: [("Dana Whitfield", "the governor for his handling of the flood")]),
        Case(text: "Whitfield blasted the new budget.",
             expected: [("Whitfield", "the new budget")]),
        Case(text: "Whitfield called the plan “a reckless gamble.”",
             expected: [("Whitfield", "the plan “a reckless gamble.”")]),
        Case(text: "Lee called the deal “a historic step” in the fight against the drought.",
             expected: [("Lee", "the deal “a historic step” in the fight against the drought")]),
        Case(text: "Lee described the new rules as “a cage for small farms.”",
             expected: [("Lee", "the new rules as “a cage for small farms.”")]),
        Case(text: "The mayor called for calm after the vote.",
             expected: [("The mayor", "calm after the vote")]),
        // Phrasal cues in every inflection; "talk about" is no cue (the seed's reading).
        Case(text: "Reyes has spoken of his many years on the council.",
             expected: [("Reyes", "his many years on the council")]),
        Case(text: "The agency pointed to the drought as the cause of the fires.",
             expected: [("The agency", "the drought as the cause of the fires")]),
        Case(text: "The two envoys have talked about the fears in the capital.", expected: []),
        Case(text: "Reyes spoke briefly about the fires.", expected: [("Reyes", "the fires")]),
        Case(text: "Reyes joked about the weather.", expected: [("Reyes", "the weather")]),
    ]

    @Test func headlinesNameTheirSpeaker() {
        let said = Engine().analyze(text: "Bridge Will Stay Closed Until Spring, Mayor Ann Pruett Says\nThe bridge closed in May.")
        #expect(said.statements.map { said.actor(of: $0)?.name } == ["Ann Pruett"])
        #expect(said.statements.map(\.text) == ["Bridge Will Stay Closed Until Spring"])
        let label = Engine().analyze(text: "Pruett: Bridge Will Stay Closed Until Spring\nThe bridge closed in May.")
        #expect(label.statements.map { label.actor(of: $0)?.name } == ["Pruett"])
        #expect(label.statements.map(\.text) == ["Bridge Will Stay Closed Until Spring"])
        // A headline in sentence case, and a poll as the source of one.
        let sentenceCase = Engine().analyze(text: "Pruett: the bridge needs 'a full year of work' before it opens\nThe bridge closed in May.")
        #expect(sentenceCase.statements.map { sentenceCase.actor(of: $0)?.name } == ["Pruett"])
        let poll = Engine().analyze(text: "Poll: Ortiz and Reyes tied before the vote\nThe two are tied, a new survey shows.")
        #expect(poll.statements.map(\.text) == ["Ortiz and Reyes tied before the vote"])
        #expect(poll.statements.map { poll.actor(of: $0)?.name } == ["Poll"])
        // In title case the name runs on over a verb or a topic preposition; the name before it speaks.
        for (headline, speaker) in [("Pruett Addresses Flood Victims: ‘This Cannot Continue.’", "Pruett"),
                                    ("County Clerk On Pruett: ‘We Do Not Pay Candidates.’", "County Clerk")] {
            let a = Engine().analyze(text: headline + "\nThe bridge closed in May.")
            #expect(a.statements.map { a.actor(of: $0)?.name } == [speaker], "\(headline)")
        }
        // A kicker or a section's name before the colon speaks for no one.
        for kicker in ["Breaking", "Delegate Update", "Monday's Morning Email"] {
            let headline = Engine().analyze(text: "\(kicker): Judge Gives Mayor Ruiz Bad News About The Bridge\nThe bridge closed in May.")
            #expect(headline.statements.isEmpty, "\(kicker)")
        }
    }

    @Test func nounCuesTakeTheirThatClauseAndTheirPossessorSpeaks() {
        let got = Self.statements("Ruiz’s claim that the vote was rigged angered both parties.")
        #expect(got.map(\.0) == ["Ruiz"])
        #expect(got.map(\.1) == ["the vote was rigged"])
    }

    @Test func labelStatementsCarryTheirRuleAndCanBeSwitchedOff() {
        let text = "The city council met on Tuesday.\nWhitfield called the plan “a reckless gamble.”"
        let on = Engine().analyze(text: text)
        #expect(on.statements.map(\.rule) == [.label])
        #expect(on.statements.map(\.kind) == [.mixed])
        var options = Engine.Options()
        options.labelStatements = false
        let off = Engine(options: options).analyze(text: text)
        #expect(!off.statements.contains { $0.rule == .label })
    }

    /// Quotes standing as the object of their cue.
    static let quoteObjectCases: [Case] = [
        // A passive cue's subject was spoken to: no speaker; "was quoted as saying" still reports.
        Case(text: "“Lock your doors,” residents were told.", expected: []),
        Case(text: "“We will rebuild,” the mayor was quoted as saying.", expected: [("the mayor", "“We will rebuild,”")]),
        // A time phrase after a trailing cue is its adjunct, no object of its own.
        Case(text: "The plan is “a disaster,” Ana Ruiz said the next day.", expected: [("Ana Ruiz", "“a disaster,”")]),
        // A capitalised addressee does not take the reported clause's subject.
        Case(text: "Ana Ruiz told Reuters investors were nervous about the plan.",
             expected: [("Ana Ruiz", "investors were nervous about the plan")]),
        // "called her mother the next day" telephones; it labels nothing.
        Case(text: "Ana Ruiz called her mother the next day.", expected: []),
        // A closed quote before a paragraph break does not run on into the next one's speaker.
        Case(text: "“The first thing we did was call the insurer.”\n\n“Then we waited,” said Ellen Jones.",
             expected: [("Ellen Jones", "“Then we waited,”")]),
        // An addressee with a capitalised modifier ("the Reuters news agency") is one object.
        Case(text: "Ko Lwin told the Reuters news agency, “We lost.”", expected: [("Ko Lwin", "“We lost.”")]),
        // A participle aside between a trailing speaker and the verb may hold a quote.
        Case(text: "“We have had better days than this one,” Bill Easton, wearing a “Vote Ruiz” hat, said.",
             expected: [("Bill Easton", "“We have had better days than this one,”")]),
        // A quote inside a sentence is no statement of a cue after it whose verb reports a clause
        // or takes an object of its own: that is the statement.
        Case(text: "To chants of “Four more years,” the senator said her campaign was closing strong.",
             expected: [("the senator", "her campaign was closing strong")]),
        Case(text: "Ms. Vance, in a nod to “the old rules of the county,” said the fee could be lowered.",
             expected: [("Ms. Vance", "the fee could be lowered")]),
        Case(text: "Ortiz, citing “the needs of the port,” said the mayor would sign the bill.",
             expected: [("Ortiz", "“the needs of the port,”"), ("Ortiz", "the mayor would sign the bill")]),
        Case(text: "While Ortiz says he “loves the port,” and “the port loves me,” he also accuses it of wasting money.",
             expected: [("Ortiz", "he “loves the port,” and “the port loves me,”"), ("Ortiz", "it of wasting money")]),
        // A quote's last comma closes a fronted subordinate clause as a free comma does.
        Case(text: "Although Ruiz admitted that the two sisters had long “been friends,” she claimed they never met.",
             expected: [("Ruiz", "the two sisters had long “been friends,”"), ("Ruiz", "they never met")]),
        Case(text: "“It was a mistake,” Ms. Cole of the Farm Bureau said.",
             expected: [("Ms. Cole", "“It was a mistake,”")]),
        Case(text: "The fee, which the firm’s chief, Dan Moss, called “a tax on loyalty,” was dropped.",
             expected: [("Dan Moss", "“a tax on loyalty,”")]),
        Case(text: "Lena Ortiz walked to the car and repeatedly said, “Stay calm,” until the police left.",
             expected: [("Lena Ortiz", "“Stay calm,”")]),
    ]

    /// A quote after a cue sentence that ends in an abbreviation continues its speaker.
    static let abbreviationCases: [Case] = [
        Case(text: "“We have waited long enough,” Amy Cole said in Naples, Fla. “It would be nice to see a decision.”",
             expected: [("Amy Cole", "“We have waited long enough,”"), ("Amy Cole", "“It would be nice to see a decision.”")]),
        // A compound noun is the whole object of "told"; before a verb or "to" it is not.
        Case(text: "Htay Oo told the news agency, “We lost.”", expected: [("Htay Oo", "“We lost.”")]),
        Case(text: "Ruiz told a news conference they are planting the seeds.",
             expected: [("Ruiz", "they are planting the seeds")]),
        Case(text: "Ruiz told the court documents showed no fraud.", expected: [("Ruiz", "documents showed no fraud")]),
        Case(text: "The mayor urged the technology industry to do more.",
             expected: [("The mayor", "the technology industry to do more")]),
        // A dotted place or party code after a comma ends the sentence before a capitalised quote.
        Case(text: "“The record is not good,” Ruiz said at a rally in Binghamton, N.Y. “Her department exported fracking.”",
             expected: [("Ruiz", "“The record is not good,”"), ("Ruiz", "“Her department exported fracking.”")]),
        Case(text: "“People still support him,” said Sen. Dana Grant, R-S.C. “I get that.”",
             expected: [("Dana Grant", "“People still support him,”"), ("Dana Grant", "“I get that.”")]),
        // Without the comma a dotted acronym goes on into the quote's name.
        Case(text: "Ruiz said the U.S. “Patriot Act” should lapse.", expected: [("Ruiz", "the U.S. “Patriot Act” should lapse")]),
    ]

    /// Verbs that report a clause but, with a bare noun phrase, do something else.
    static let clauseOnlyCases: [Case] = [
        Case(text: "The state added a week to the deadline.", expected: []),
        Case(text: "Officials added that the road would reopen soon.", expected: [("Officials", "the road would reopen soon")]),
        Case(text: "Ruth Okafor pointed out that the rules had changed.", expected: [("Ruth Okafor", "the rules had changed")]),
        // A verb that reports only a clause takes none that starts further on, after its object.
        Case(text: "The fund manager wrote a $500,000 check to a group that backs the mayor.", expected: []),
        Case(text: "The county added 160 guards along the route, up from 90 last year.", expected: []),
        // A day and the occasion after a cue are its adjuncts; a topic after the day is reported.
        Case(text: "Ruiz tweeted Sunday after a storm on the coast.", expected: []),
        Case(text: "Ruiz spoke Tuesday about the death of a driver in Tulsa.",
             expected: [("Ruiz", "the death of a driver in Tulsa")]),
        Case(text: "Ruiz said Sunday in Dayton as the crowd roared.", expected: []),
        // "respond by" a deed is no statement; "respond by saying" is one.
        Case(text: "The board responded by easing the fees on the port.", expected: []),
        Case(text: "Ruiz responded by saying the count was fair.", expected: [("Ruiz", "by saying the count was fair")]),
        // "maintain" keeps a lead; it reports only what it maintains is so.
        Case(text: "Ruth Okafor maintains a commanding lead in the county.", expected: []),
        Case(text: "Ruth Okafor maintains that the count was fair.", expected: [("Ruth Okafor", "the count was fair")]),
    ]

    /// Where a reported clause ends, and where one sentence holds two statements.
    static let clauseCases: [Case] = [
        // A determiner `that` opens the object; a complementiser opens the clause.
        Case(text: "Priebus rejected that idea.", expected: [("Priebus", "that idea")]),
        Case(text: "Priebus said that support for the plan was strong.", expected: [("Priebus", "support for the plan was strong")]),
        // The reporter's comparison or concession after a comma is no part of the statement.
        Case(text: "Almost half said they wanted a new mayor, compared with a third who said so in May.",
             expected: [("Almost half", "they wanted a new mayor")]),
        Case(text: "Ruiz has long said he will back the nominee, even as he has mocked the party's leaders.",
             expected: [("Ruiz", "he will back the nominee")]),
        // A cue coordinated inside a relative clause ends with it; the main clause may open with an adverb.
        Case(text: "Ruiz, who endorsed Lowe in May and said he would campaign with her, ultimately did not show up.",
             expected: [("Ruiz", "he would campaign with her")]),
        // A subordinate clause opened inside the sentence ends at its comma when a main clause follows.
        Case(text: "The senator is crucial to the plan, and while Ruiz said he would hold a hearing, the bill is unlikely to pass.",
             expected: [("Ruiz", "he would hold a hearing")]),
        Case(text: "Turnout was high, while other voters said they had not heard enough to decide.",
             expected: [("other voters", "they had not heard enough to decide")]),
        // An infinitive whose verb opens a quotation is reported all the same.
        Case(text: "Ruiz vowed to “take our fight” to every county in the state.",
             expected: [("Ruiz", "to “take our fight” to every county in the state")]),
        // A condition after a comma stays in the statement; after a coordinator, or a time
        // clause, the statement ends at the comma.
        Case(text: "Ruiz said the levy would pass, if the county board agreed to it.",
             expected: [("Ruiz", "the levy would pass, if the county board agreed to it")]),
        Case(text: "Ruiz said the levy would pass, unless the board balked.",
             expected: [("Ruiz", "the levy would pass, unless the board balked")]),
        Case(text: "Ruiz said the levy would pass, but if the board balked, the town would sue.",
             expected: [("Ruiz", "the levy would pass")]),
        Case(text: "Ruiz said the levy would pass, when the board met.",
             expected: [("Ruiz", "the levy would pass")]),
        // The occasion after a noun-phrase object is the cue's adjunct; inside a clause it stays.
        Case(text: "Dana Ruiz called for more school funding in a statement on Thursday.",
             expected: [("Dana Ruiz", "more school funding")]),
        Case(text: "Dana Ruiz said the levy failed in a vote at the hearing.",
             expected: [("Dana Ruiz", "the levy failed in a vote at the hearing")]),
        // A passive cue's subject is no speaker, unless `as` and a gerund follow ("was quoted as saying").
        Case(text: "The holiday is observed as a day of rest across the county.", expected: []),
        Case(text: "The senator was mentioned as a possible candidate for governor.", expected: []),
        // `and when …,` opens the main clause's adjunct: the words before a sentence-final subject are no statement.
        Case(text: "The crowd cheered, and when the mayor left the stage, a man yelled.", expected: []),
        // An adverb set off by commas between a zero-that clause's subject and its verb.
        Case(text: "Other senators said they, too, had no dealings with the mayor.",
             expected: [("Other senators", "they, too, had no dealings with the mayor")]),
        // A reporting gerund after a preposition: the subject (or the object of the verb before
        // `for`) said the clause; a gerund with a thing for object reports nothing.
        Case(text: "Pruett was criticized for saying the levy would ruin farmers.",
             expected: [("Pruett", "the levy would ruin farmers")]),
        Case(text: "Critics attacked Cole for claiming the wells were safe.",
             expected: [("Cole", "the wells were safe")]),
        Case(text: "Ortiz distanced himself from the plan by saying he would vote against it.",
             expected: [("Ortiz", "he would vote against it")]),
        Case(text: "Despite admitting the plan had flaws, Pruett voted for it.",
             expected: [("Pruett", "the plan had flaws")]),
        Case(text: "Cole won the vote by citing three studies.", expected: []),
        Case(text: "Ruiz appeared on the radio and began by saying the levy would pass.",
             expected: [("Ruiz", "the levy would pass")]),
        Case(text: "That is partly why Ana Ruiz quit the board before announcing that she would run.",
             expected: [("Ana Ruiz", "she would run")]),
        // The main clause's verb right after a relative clause's comma ends the clause inside it;
        // a time expression alone is no statement.
        Case(text: "Mr. Birch, who estimated that half of his workers backed the levy, said he voted against it.",
             expected: [("Mr. Birch", "half of his workers backed the levy"), ("Mr. Birch", "he voted against it")]),
        Case(text: "Dana Ruiz, who said the levy would fail, concluded this year.",
             expected: [("Dana Ruiz", "the levy would fail")]),
        // A subordinate clause between the subject and its verb is an aside, whatever it holds.
        Case(text: "Ana Ruiz, when asked if she knew the cause, mentioned that the pumps had failed.",
             expected: [(nil, "if she knew the cause"), ("Ana Ruiz", "the pumps had failed")]),
        // A zero-that clause opening with a quantity; a cue after a catenative adjective.
        Case(text: "The Ledger reported at least six planes filled the skies with messages.",
             expected: [("The Ledger", "at least six planes filled the skies with messages")]),
        Case(text: "Caucus-goers were slightly more likely to say they preferred Ortiz.",
             expected: [("Caucus-goers", "they preferred Ortiz")]),
        // An addressee that joins two names with "and" before adjuncts and "that".
        Case(text: "Wilson told The Post and Courier of Charleston on Saturday that he voted for Ruiz.",
             expected: [("Wilson", "he voted for Ruiz")]),
        // A verb coordinated with an earlier finite verb shares the sentence's subject.
        Case(text: "Brenda Cole also railed against the plan, and explained how much it upset her.",
             expected: [("Brenda Cole", "how much it upset her")]),
        Case(text: "Reyes called the migrants criminals and promised to build a wall along the river.",
             expected: [("Reyes", "to build a wall along the river")]),
        Case(text: "Reyes said the wall would be built and Democrats warned that it would fail.",
             expected: [("Reyes", "the wall would be built"), ("Democrats", "it would fail")]),
        // ", and he …": the reporter's own clause about the speaker follows.
        Case(text: "Ruiz said the real extremist on taxes is the governor, and he railed against the moderators.",
             expected: [("Ruiz", "the real extremist on taxes is the governor")]),
        Case(text: "The mayor said the budget was sound, arguing that taxes could fall.",
             expected: [("The mayor", "the budget was sound"), ("The mayor", "taxes could fall")]),
        Case(text: "Shortly after Lee said he believes the plan was legal, members met.",
             expected: [("Lee", "he believes the plan was legal")]),
        Case(text: "The bank just this month announced it would drop the fees.",
             expected: [("The bank", "it would drop the fees")]),
        Case(text: "However, 63 percent said the mayor was right.",
             expected: [("63 percent", "the mayor was right")]),
        // A participle clause after a subordinator stays in the statement, as PolNeAR reads it.
        Case(text: "Ortiz vowed to cut property taxes while promising to protect school funding.",
             expected: [("Ortiz", "to cut property taxes while promising to protect school funding")]),
        // A second cue after "and" starts a statement of its own; a described group keeps its modifiers.
        Case(text: "The mayor criticized the old trade deals and called for new tariffs on steel.",
             expected: [("The mayor", "the old trade deals"), ("The mayor", "new tariffs on steel")]),
        Case(text: "Lee stressed that the reforms were not complete, and human rights groups warned that the army kept its power.",
             expected: [("Lee", "the reforms were not complete"), ("human rights groups", "the army kept its power")]),
        Case(text: "Ortiz said about 20 people have applied, but he refuses to name them.",
             expected: [("Ortiz", "about 20 people have applied")]),
        Case(text: "Lee said he expects the mayor to recover soon, which would end the dispute.",
             expected: [("Lee", "he expects the mayor to recover soon")]),
        Case(text: "When the mayor said the budget was balanced, her rival replied, “That is simply false.”",
             expected: [("the mayor", "the budget was balanced"), ("her rival", "“That is simply false.”")]),
        // A coordinator may open the sentence before the subordinator.
        Case(text: "And while the union was glad to hear Ruiz pledged support for the strike, Cole made it clear that the talks would go on.",
             expected: [("Ruiz", "support for the strike"), ("Cole", "the talks would go on")]),
        // A fronted `as` clause whose cue carries a prepositional phrase.
        Case(text: "But as Dana Ruiz points out in a column on the Herald's site, short interviews give the mayor an edge.",
             expected: [("Dana Ruiz", "short interviews give the mayor an edge")]),
        // The speaker's reason or time in a finite clause after a comma stays in the statement;
        // a participle after the subordinator, or a clause with a cue of its own, is the reporter's.
        Case(text: "Lee said the mayor enjoys the fair, because it lets her meet voters.",
             expected: [("Lee", "the mayor enjoys the fair, because it lets her meet voters")]),
        Case(text: "Lee said the levy was a mistake, when leaving the hall on Friday.",
             expected: [("Lee", "the levy was a mistake")]),
        Case(text: "Lee said the fire began in 1998, when the county wrongly stated that the dam was safe.",
             expected: [("Lee", "the fire began in 1998"), ("the county", "the dam was safe")]),
        // `said A and that B` is one statement, as PolNeAR's annotators read it.
        Case(text: "Cole said the rules “will hurt small farmers” and that the agency ignored public comments.",
             expected: [("Cole", "the rules “will hurt small farmers” and that the agency ignored public comments")]),
    ]

    /// Clauses reported without `that` after the cue's adjuncts, and subjects with a time phrase
    /// or a coordinated prepositional object before the verb.
    static let complementCases: [Case] = [
        Case(text: "Ortiz on Tuesday said he wants to repeal four rules.",
             expected: [("Ortiz", "he wants to repeal four rules")]),
        Case(text: "Ortiz said after the meeting he would not accept the offer.",
             expected: [("Ortiz", "he would not accept the offer")]),
        Case(text: "Ortiz has said about 20 people have applied for the job.",
             expected: [("Ortiz", "about 20 people have applied for the job")]),
        Case(text: "Ortiz told the Daily Post's weekly show it is clear the money came from the city.",
             expected: [("Ortiz", "it is clear the money came from the city")]),
        Case(text: "Experts on Iran and arms control said the new test could change that.",
             expected: [("Experts on Iran and arms control", "the new test could change that")]),
        Case(text: "Canada, the country's closest ally, said it was opposed to the plan and warned that trade would suffer.",
             expected: [("Canada", "it was opposed to the plan"), ("Canada", "trade would suffer")]),
        Case(text: "Ruiz says Ortiz wants to keep the clinic open and said she would fight the cuts.",
             expected: [("Ruiz", "Ortiz wants to keep the clinic open"), ("Ruiz", "she would fight the cuts")]),
        // The object after the cue's adjuncts; a time phrase there is no object.
        Case(text: "Police announced on Friday the arrest of a man in the shooting.",
             expected: [("Police", "the arrest of a man in the shooting")]),
        Case(text: "Ortiz wrote to his friends the night before the vote.", expected: []),
        // Adjuncts and asides between a cue and its "that", and between a subject and its verb.
        Case(text: "Lee said in an interview with The Associated Press last week that she would not run.",
             expected: [("Lee", "she would not run")]),
        Case(text: "Lee said — on Twitter, as it happens — that the vote was close.", expected: [("Lee", "the vote was close")]),
        Case(text: "Lee said, however, that the vote was close.", expected: [("Lee", "the vote was close")]),
        Case(text: "Council leaders — and, in particular, Ann Reid — insisted that the tax be delayed.",
             expected: [("Council leaders", "the tax be delayed")]),
        Case(text: "Sexton, after previous rallies, wrote that he would not be surprised.",
             expected: [("Sexton", "he would not be surprised")]),
        // "a quote by NAME:" names the quote's author.
        Case(text: "We all know the famous quote by Thomas Edison: “Genius is one percent inspiration.”",
             expected: [("Thomas Edison", "“Genius is one percent inspiration.”")]),
        // "with X V-ing": the participle's own subject speaks.
        Case(text: "In Alabama, supporters punched a protester, with Reyes reportedly yelling: “Get him out of here!”",
             expected: [("Reyes", "“Get him out of here!”")]),
        // "and" joins two names, not a common noun and a name.
        Case(text: "At one point, a woman asked for a photo and Lee said, “as long as we are not breaking any rules.”",
             expected: [("a woman", "for a photo"), ("Lee", "“as long as we are not breaking any rules.”")]),
        // Common nouns and a job word between an employer's name and the speaker's name.
        Case(text: "“We have refunded the money,” said Ayotte campaign manager Jon Kohan.",
             expected: [("Jon Kohan", "“We have refunded the money,”")]),
        // A participle after a comma takes the subject of the clause it closes.
        Case(text: "Ruiz spoke at the state university until students interrupted her, shouting that she had lied.",
             expected: [("students", "she had lied")]),
        // Before a colon, the person named with a verb after them speaks.
        Case(text: "In a Fox interview later that day, Reyes went even further: “If he loses, it is the end of his career.”",
             expected: [("Reyes", "“If he loses, it is the end of his career.”")]),
        // After a full quoted sentence, "told" and its addressee still close the quote.
        Case(text: "“Who knows?” Reyes told the city's radio station in an interview on Monday.",
             expected: [("Reyes", "“Who knows?”")]),
        Case(text: "“France will always be France,” Lee retaliated.", expected: [("Lee", "“France will always be France,”")]),
        // A dateline is no speaker.
        Case(text: "WASHINGTON (AP) — After the vote, the mayor's chief aide rallied supporters, saying: “We have to be ready to stop him.”",
             expected: [("the mayor's chief aide", "“We have to be ready to stop him.”")]),
        // Manners of speaking beside a quote; an age for a speaker; a participle aside.
        Case(text: "“Go back to your seat,” Reyes barked.", expected: [("Reyes", "“Go back to your seat,”")]),
        Case(text: "“That is not true,” Reyes shot back.", expected: [("Reyes", "“That is not true,”")]),
        Case(text: "“It is a great day,” said the 46-year-old.", expected: [("the 46-year-old", "“It is a great day,”")]),
        Case(text: "“We have had better days,” delegate Bill Eastland, wearing a cowboy hat, said.",
             expected: [("Bill Eastland", "“We have had better days,”")]),
        // Subjects read from the tags: quantities, long groups, a subject the tagger read as a verb.
        // "talk about" reports an embedded question, never a topic.
        Case(text: "Vance often talks about how she rebuilt the dam after the flood.",
             expected: [("Vance", "how she rebuilt the dam after the flood")]),
        Case(text: "Vance often talks about the dam.", expected: []),
        // A progressive cue with negation or an adverb inside its verb group is finite.
        Case(text: "Vance isn't saying what other repairs she would support.",
             expected: [("Vance", "what other repairs she would support")]),
        Case(text: "The water board is also claiming a victory of sorts in the valley.",
             expected: [("The water board", "a victory of sorts in the valley")]),
        // A comment on the whole sentence after a postposed cue is no part of the statement.
        Case(text: "The levy will end this year, the budget office reported on Tuesday, a development that surprised farmers.",
             expected: [("the budget office", "The levy will end this year")]),
        Case(text: "The levy will end this year, the budget office reported on Tuesday -- a development that surprised farmers.",
             expected: [("the budget office", "The levy will end this year")]),
        // A description that is itself an apposition gives way to the name before it.
        Case(text: "Ann Pruett, the attorney general of Ohio, one of the states suing the agency, said the rule was unlawful.",
             expected: [("Ann Pruett", "the rule was unlawful")]),
        // A surname spelled like a function word ("May", "Will") ends a name.
        Case(text: "Ann May said on Monday that the talks would resume.",
             expected: [("Ann May", "the talks would resume")]),
        // A head noun the tagger reads as an adjective by its ending ("admiral", "official").
        Case(text: "The remarks had two goals, the admiral said.",
             expected: [("the admiral", "The remarks had two goals")]),
        // A possessive phrase inside a modifier's prepositional object.
        Case(text: "A person familiar with the company's supply deals said the merger was off.",
             expected: [("A person familiar with the company's supply deals", "the merger was off")]),
        // Corporate titles before a name are titles, not part of it.
        Case(text: "Norvik Chief Executive Lars Eklund said the merger was off.",
             expected: [("Lars Eklund", "the merger was off")]),
        Case(text: "Herald Managing Editor Dora Quist said the story would stand.",
             expected: [("Dora Quist", "the story would stand")]),
        // An age between a name and its non-restrictive relative clause.
        Case(text: "The house was bought by Eli Navarro, 16, who said the street was noisy.",
             expected: [("Eli Navarro", "the street was noisy")]),
        // A surname the tagger reads as an adjective, with an adverb set off by commas.
        Case(text: "The mill is owned by Alan White.\nWhite, however, said the plan was sound.",
             expected: [("White", "the plan was sound")]),
        // After any determiner, a possessive or modifiers, but never a comparative or "own".
        Case(text: "An official cautioned that the plan could change.",
             expected: [("An official", "the plan could change")]),
        Case(text: "The bank's chief executive said profits fell.",
             expected: [("The bank's chief executive", "profits fell")]),
        Case(text: "Nearly half said they prefer a candidate with experience.",
             expected: [("Nearly half", "they prefer a candidate with experience")]),
        // A place adverb after the subject's noun, which the tagger read as the existential `there`.
        Case(text: "Officials there said the plant would close in May.",
             expected: [("Officials", "the plant would close in May")]),
        Case(text: "Workers there vowed to fight the closure.",
             expected: [("Workers", "to fight the closure")]),
        Case(text: "Residents here warned that the water was unsafe.",
             expected: [("Residents", "the water was unsafe")]),
        // After a verb, the place adverb ends the relative clause (no verb modifier of the cue).
        Case(text: "Those who live here say the water is brown.",
             expected: [("Those who live here", "the water is brown")]),
        // After `were`, no passive of the cue either.
        Case(text: "Anyone who was there said the building collapsed.",
             expected: [("Anyone who was there", "the building collapsed")]),
        Case(text: "Witnesses who were inside said the roof fell first.",
             expected: [("Witnesses", "the roof fell first")]),
        Case(text: "Large majorities of voters in six states going to the polls said they support the ban.",
             expected: [("Large majorities of voters in six states", "they support the ban")]),
        Case(text: "Cook said Carter stopped the practice.", expected: [("Cook", "Carter stopped the practice")]),
        Case(text: "But critics say money could be better spent on schools.",
             expected: [("critics", "money could be better spent on schools")]),
        Case(text: "This story has been updated to note that the mayor resigned.", expected: []),
        // A common noun before a name ends the name's phrase.
        Case(text: "The driver often traveled for work, the news site RTL Info reported.",
             expected: [("the news site RTL Info", "The driver often traveled for work")]),
        Case(text: "In a radio interview Reyes declared “The bridge is obsolete.”",
             expected: [("Reyes", "“The bridge is obsolete.”")]),
        // A pronoun with its auxiliary in one token opens a clause; an answer is a statement.
        Case(text: "Cruz has said for weeks he's the only candidate who can win.",
             expected: [("Cruz", "he's the only candidate who can win")]),
        Case(text: "Most voters said yes.", expected: [("Most voters", "yes")]),
        // A passive participle or a noun and its relative clause take no clause.
        Case(text: "His views were echoed by a number of experts I spoke to this week about the plan.", expected: []),
        Case(text: "Several of my neighbours remarked on the improvements I have made.", expected: []),
    ]

    /// Refusals to speak, prepositional statements, objects of verbs that take one, passives.
    static let refusalCases: [Case] = [
        Case(text: "The board declined to comment on the lawsuit.", expected: [("The board", "to comment on the lawsuit")]),
        Case(text: "Through a lawyer, the board declined to comment.", expected: [("the board", "to comment")]),
        Case(text: "The board declined to spell out its plans.", expected: []),
        Case(text: "The board declined that offer last year.", expected: []),
        Case(text: "The Reyes campaign did not immediately respond to requests for comment.",
             expected: [("The Reyes campaign", "to requests for comment")]),
        Case(text: "Pruett responded by citing the cost of the bridge.", expected: [("Pruett", "by citing the cost of the bridge")]),
        Case(text: "The council has promised a veto.", expected: [("The council", "a veto")]),
        Case(text: "The council is demanding that the bridge stay open.", expected: [("The council", "the bridge stay open")]),
        Case(text: "A different story was being told by the Daily Post.", expected: []),
    ]

    /// A quote that opens in lower case finishes the reporter's clause: the clause is one mixed
    /// statement; a noun phrase after a copula stays the speaker's own direct words (the seed),
    /// and so does a quote after a short introduction.
    @Test(arguments: [
        ("The answers are “not meeting the demand,” says Paul Reyes.", "The answers are “not meeting the demand,”", StatementKind.mixed),
        ("With thousands of vote counting machines, “there is no single point of failure,” he said.",
         "With thousands of vote counting machines, “there is no single point of failure,”", StatementKind.mixed),
        ("The envoy is “a villain, a crazy person,” a diplomat says.", "“a villain, a crazy person,”", StatementKind.direct),
        // A short introduction without a verb stays outside: the quote alone is direct.
        ("In the end, “we will win this,” Ruiz said.", "“we will win this,”", StatementKind.direct),
    ])
    func aLowerCaseQuoteFinishesTheReportersClause(_ text: String, _ statement: String, _ kind: StatementKind) {
        let a = Engine().analyze(text: "The city council met on Tuesday.\n" + text)
        #expect(a.statements.map(\.text) == [statement])
        #expect(a.statements.map(\.kind) == [kind])
    }

    /// A quote that opens a reported clause and is the subject of its verb leaves the clause one
    /// mixed statement; a participle phrase after a whole quoted sentence does not go on with it.
    @Test(arguments: [
        ("Reyes told reporters on Friday that “exactly who did it” remains under investigation.",
         "“exactly who did it” remains under investigation", StatementKind.mixed),
        ("Lowe said “the old depot” still needs a new roof.", "“the old depot” still needs a new roof", StatementKind.mixed),
        ("“We learned a great deal from the visit,” ranging from how the port works to who runs it, Lowe said.",
         "“We learned a great deal from the visit,”", StatementKind.direct),
        // After a few words of the reporter's, a quote that finishes the predicate makes the clause
        // mixed; a quoted object, or a quote opening in a capital, stays direct.
        ("Lowe said his own pen “has got an eraser.”", "his own pen “has got an eraser.”", StatementKind.mixed),
        ("Lowe said Reyes is “not smart enough to win.”", "Reyes is “not smart enough to win.”", StatementKind.mixed),
        ("Lowe said the council wanted “a full review of the budget.”", "“a full review of the budget.”", StatementKind.direct),
    ])
    func aQuotedSubjectKeepsItsClause(_ text: String, _ statement: String, _ kind: StatementKind) {
        let a = Engine().analyze(text: "The city council met on Tuesday.\n" + text)
        #expect(a.statements.map(\.text) == [statement])
        #expect(a.statements.map(\.kind) == [kind])
    }

    /// A show's quoted title in the cue's adjuncts (`said on NBC's “Meet the Press” that…`) is no
    /// statement and does not hide the that-clause after it.
    @Test(arguments: [
        ("Ruiz said on KTVU's “Morning Talk” that she would look closely at the bill.", "Ruiz", "she would look closely at the bill"),
        ("Mara Lind said on the radio show “City Desk” on Monday that the council is an echo chamber.",
         "Mara Lind", "the council is an echo chamber"),
    ])
    func aQuotedTitleInTheCuesAdjunctsLeavesTheClause(_ text: String, _ speaker: String, _ statement: String) {
        let found = Self.statements(text)
        #expect(found.map(\.0) == [speaker])
        #expect(found.map(\.1) == [statement])
    }

    /// A subject carrying a participle phrase or a `whose` clause before its verb is the phrase,
    /// not a word inside it; a past tense with its own object or a catenative verb is no such phrase.
    static let participlePhraseCases: [Case] = [
        Case(text: "A report published Monday said the mayor used a private phone.",
             expected: [("A report published Monday", "the mayor used a private phone")]),
        Case(text: "A leaked copy of the council memo seen by the Herald said inspectors could not find the files.",
             expected: [("A leaked copy of the council memo seen by the Herald", "inspectors could not find the files")]),
        Case(text: "Two residents interviewed by the Herald on Sunday said the bridge was unsafe.",
             expected: [("Two residents interviewed by the Herald on Sunday", "the bridge was unsafe")]),
        Case(text: "The county officials whose budgets have been frozen say the real damage came from the new rules.",
             expected: [("The county officials", "the real damage came from the new rules")]),
        Case(text: "Reyes looked through the files and said the money was gone.", expected: [("Reyes", "the money was gone")]),
    ]

    /// Speakers and clauses that punctuation used to hide: a relative aside whose verb is also a
    /// reporting verb (`who charges a lot`), a share written with `%` after a colon, a stray comma
    /// after a party code.
    static let punctuationCases: [Case] = [
        Case(text: "Lowe said Reyes, who charges a lot for a speech, has lost many clients.",
             expected: [("Lowe", "Reyes, who charges a lot for a speech, has lost many clients")]),
        Case(text: "Voters are split on taxes: 47% say the city should raise the hotel levy.",
             expected: [("47%", "the city should raise the hotel levy")]),
        Case(text: "Only 12% of voters said the city was on the right track.",
             expected: [("Only 12% of voters", "the city was on the right track")]),
        Case(text: "Sen. Paul Greer (D-Ore.), said after a lunch on Tuesday that he had not read the plan.",
             expected: [("Paul Greer", "he had not read the plan")]),
    ]

    /// The reporter's words on a named person's state (`an emotional Lowe`, `a visibly shaken
    /// Lowe`) leave the name as the speaker; a name that modifies a noun, a party, a quantity or
    /// a title keeps the whole phrase.
    static let personStateCases: [Case] = [
        Case(text: "Ann Lowe lost the vote. “It’s over,” an emotional Lowe said.", expected: [("Ann Lowe", "“It’s over,”")]),
        Case(text: "“It’s over,” a visibly shaken Lowe told reporters.", expected: [("Lowe", "“It’s over,”")]),
        Case(text: "“It’s over,” said a tearful Ann Lowe.", expected: [("Ann Lowe", "“It’s over,”")]),
        Case(text: "“We will win,” a senior Cruz adviser said.", expected: [("a senior Cruz adviser", "“We will win,”")]),
        Case(text: "Many liberal Democrats said the plan was too timid.", expected: [("Many liberal Democrats", "the plan was too timid")]),
        Case(text: "“It’s a movement,” the younger Mr. Reyes said.", expected: [("the younger Mr. Reyes", "“It’s a movement,”")]),
    ]

    @Test func aSurnameTakesTheFullNameAfterAPlaceAndATitle() {
        let got = Self.statements("Ohio Sen. Mary Lind questioned bank chief Tom Reyes on Tuesday.\n“You should resign,” Lind told Reyes.")
        #expect(got.map(\.0) == ["Mary Lind"])
    }

    /// Inflections made from a base with a doubled consonant, one case each.
    /// A quote with no cue goes on with the quotation before it, not with a clause inside that
    /// quotation's cue sentence.
    static let continuationCases: [Case] = [
        Case(text: "“We are going to win,” Reyes said at his party, two hours after news outlets declared him the victor. “You are going to be happy.”",
             expected: [("Reyes", "“We are going to win,”"), ("news outlets", "him the victor"), ("Reyes", "“You are going to be happy.”")]),
        Case(text: "“They are not binding,” spokesman Ron Lee told the Journal, after Mayor Dana Blass stated an interest in ending the deal. “These contracts stand.”",
             expected: [("Ron Lee", "“They are not binding,”"), ("Dana Blass", "an interest in ending the deal"), ("Ron Lee", "“These contracts stand.”")]),
    ]

    /// A quote after a colon: the reporting verb nearest the colon, else the person named last
    /// with a verb after them.
    static let colonCases: [Case] = [
        Case(text: "The Ledger made the same claims in February, and the Herald responded:\n“If there are people so prone to attacks, we should act.”",
             expected: [("the Herald", "“If there are people so prone to attacks, we should act.”")]),
        Case(text: "When Wallace died in 1998, Governor Ann Pruett released the following statement:\n“We offer our condolences to the family.”",
             expected: [("Ann Pruett", "“We offer our condolences to the family.”")]),
        Case(text: "As the Herald reported on Friday, the mayor was refusing to call the fire arson:\n“The office is still reluctant to call it a crime.”",
             expected: [("the Herald", "the mayor was refusing to call the fire arson"),
                        ("the Herald", "“The office is still reluctant to call it a crime.”")]),
    ]

    /// The conversational "be like" before a comma or colon reports words; without one it compares.
    static let quotativeCases: [Case] = ([
        // A vague tail after the quote ("or whatever") closes the quoted clause.
        ("Tom Reed runs the bakery. Then he would go “we are closed for the day” or whatever.", "Tom Reed", "“we are closed for the day”"),
        ("Then the ferry captain was like, “Nobody leaves the boat.”", "the ferry captain", "“Nobody leaves the boat.”"),
        ("Dana Whitfield would just be like: “We fixed it last year.”", "Dana Whitfield", "“We fixed it last year.”"),
        ("The new rules are like “a cage for small farms.”", nil, nil),
        // "go" after a modal or "to", right before the quote, reports; "goes" moves.
        ("At some point the ferry captain has to go “Nobody leaves the boat.”", "the ferry captain", "“Nobody leaves the boat.”"),
        ("The harbour master can't just go “Close the quay.”", "The harbour master", "“Close the quay.”"),
        ("The mayor goes “back to work tomorrow.”", nil, nil),
    ] as [(String, String?, String?)]).map { text, speaker, statement in Case(text: text, expected: statement.map { [(speaker, $0)] } ?? []) }

    /// A cue after a finished quote whose comma opens the next quote leads that one only.
    static let nextQuoteCueCases: [Case] = [
        Case(text: "“Eat your bread.” Dana Whitfield answered, “The bakery was our whole life.”",
             expected: [("Dana Whitfield", "“The bakery was our whole life.”")]),
    ]

    /// A cue whose comma ends its paragraph, and the quote opening the next one.
    static let paragraphBreakCases: [Case] = [
        Case(text: "The ferry captain looked at the crowd on the quay and said,\n“Nobody leaves the boat before the inspection.”",
             expected: [("The ferry captain", "“Nobody leaves the boat before the inspection.”")]),
        // A progressive cue closing its paragraph unpunctuated, the quote in the next one.
        Case(text: "Ana Ode waited at the oven. After an hour, Tom Reed is thinking\n\n“This takes forever.”",
             expected: [("Tom Reed", "“This takes forever.”")]),
        // A progressive cue beside its quote; a thought in words after "think".
        Case(text: "Tom Reed waited at the oven. He was saying, “We open at six.”",
             expected: [("Tom Reed", "“We open at six.”")]),
        Case(text: "Tom Reed waited at the oven. He thought “If I bake more, I will sell more.”",
             expected: [("Tom Reed", "“If I bake more, I will sell more.”")]),
        // A quote in apposition to the cue's object naming words spoken.
        Case(text: "A year ago, Sam Ode gasped his last words, ‘I can't breathe,’ and died.",
             expected: [("Sam Ode", "‘I can't breathe,’")]),
        Case(text: "Ortiz gave the same answer, “We will rebuild.”",
             expected: [("Ortiz", "“We will rebuild.”")]),
        // A term after "think" is no thought in words.
        Case(text: "Tom Reed thinks “big” about the shop.",
             expected: []),
    ]

    static let inflectionCases: [Case] = [
        ("Pruett bragged that the city had never been safer.", "Pruett", "the city had never been safer"),
        ("Ruth Okafor concurred that the vote should wait.", "Ruth Okafor", "the vote should wait"),
        ("The neighbours begged that the tree be spared.", "The neighbours", "the tree be spared"),
    ].map { Case(text: $0.0, expected: [($0.1, $0.2)]) }

    /// Speaker noun phrases: possessive appositions, bare heads, possessives, groups with their
    /// modifiers, documents, relative clauses inside an apposition, the name apposed to a description.
    static let speakerCases: [Case] = [
        // A participle after a postposed cue is that cue's speaker's, not the sentence subject's.
        // (The clause before the cue is not yet a statement here: reading it cost PolNeAR spans.)
        Case(text: "Prices will rise, the ministry told reporters, adding that exports would fall.",
             expected: [("the ministry", "exports would fall")]),
        // A head the tagger read as an adjective before "familiar with", "close to".
        Case(text: "A senior official familiar with the talks said the deal was off.",
             expected: [("A senior official familiar with the talks", "the deal was off")]),
        Case(text: "An official close to the mayor told reporters the plan was dead.",
             expected: [("An official close to the mayor", "the plan was dead")]),
        // The antecedent of a non-restrictive "who" is the whole phrase its prepositional object closes.
        Case(text: "An aide familiar with the talks, who asked for anonymity, said the deal was off.",
             expected: [("An aide familiar with the talks", "for anonymity"), ("An aide familiar with the talks", "the deal was off")]),
        // A name apposed to the object closing an introductory phrase is not the pronoun's person.
        Case(text: "Karen Olmstead did not attend. In a letter read aloud by her attorney, Mark Feinberg, she said she was saddened.",
             expected: [("Karen Olmstead", "she was saddened")]),
        // An occasion or time adjunct between a name and its verb is no part of the speaker.
        Case(text: "Dana Cole in an interview said the board had failed.", expected: [("Dana Cole", "the board had failed")]),
        Case(text: "Ed Lowe at the time said he would pay the fees.", expected: [("Ed Lowe", "he would pay the fees")]),
        Case(text: "Ana Ruiz in a statement on Tuesday said the firm would appeal.",
             expected: [("Ana Ruiz", "the firm would appeal")]),
        // A list of names is one speaker, all of them, party codes included.
        Case(text: "Ruiz, Cole and Lowe all said the plan would fail.", expected: [("Ruiz, Cole and Lowe", "the plan would fail")]),
        Case(text: "Sens. Ann Wu (D-Ore.), Ben Cole (D-Ohio) and Tara Lowe (D-N.J.) all suggested that the claims were false.",
             expected: [("Sens. Ann Wu (D-Ore.), Ben Cole (D-Ohio) and Tara Lowe", "the claims were false")]),
        // An apposition whose closing comma is left out after a quote: the name before it speaks,
        // even when the tagger reads the first name as an adjective.
        Case(text: "“Ruiz needs a plan,” Nate Lowe, the polling guru who founded the site tweeted on Wednesday. “She is behind.”",
             expected: [("Nate Lowe", "“Ruiz needs a plan,”"), ("Nate Lowe", "“She is behind.”")]),
        // A possessive job description before a full name: the person speaks.
        Case(text: "“This is the first time,” said Ruiz’s top foreign policy aide Jake Sullivan.",
             expected: [("Jake Sullivan", "“This is the first time,”")]),
        // A participle after a quote has an object, never an inverted subject: the quote is the
        // sentence subject's, and the participle reports a clause of its own.
        Case(text: "Hale said the club would meet, but said, “It is time we change,” promising the club will return to its roots.",
             expected: [("Hale", "the club would meet"), ("Hale", "“It is time we change,”"), ("Hale", "the club will return to its roots")]),
        // An aside after a relative clause's place (", in July,") still leaves its antecedent the speaker.
        Case(text: "Sandy Lowe, who lost her son in Aurora, Colorado, in July, said that Ruiz had been rude.",
             expected: [("Sandy Lowe", "Ruiz had been rude")]),
        // A list of places after a preposition belongs to the phrase before it; a name between
        // commas is an apposition.
        Case(text: "Most voters in Alabama, Georgia and Virginia said they felt betrayed.",
             expected: [("Most voters in Alabama, Georgia and Virginia", "they felt betrayed")]),
        Case(text: "His former partner at Lenox, Larry Cummings, called him a master at bolting deals together.",
             expected: [("Larry Cummings", "him a master at bolting deals together")]),
        // A noun in -ly before the verb heads the subject ("ally" is no adverb).
        Case(text: "A Ruiz ally suggested she would support the deal.", expected: [("A Ruiz ally", "she would support the deal")]),
        // A reporting word before a finite reporting verb is a noun heading the subject: a document speaks.
        Case(text: "Media reports said the driver was drunk.", expected: [("Media reports", "the driver was drunk")]),
        Case(text: "A police report said the driver was drunk.", expected: [("A police report", "the driver was drunk")]),
        // Lower-case job words before a name after the reported clause belong to the subject.
        Case(text: "The well water is unsafe, nurse Hal Porter said.", expected: [("Hal Porter", "The well water is unsafe")]),
        Case(text: "The well water is unsafe, team captain Hal Porter said.", expected: [("Hal Porter", "The well water is unsafe")]),
        // Capitalised titles of office, school, church and police are no part of the name, and a
        // pronoun finds the person behind them.
        Case(text: "Premier Janet Holm said the budget would balance.", expected: [("Janet Holm", "the budget would balance")]),
        Case(text: "Superintendent Mary Nair testified Monday. “Prices are up,” she said.", expected: [("Mary Nair", "“Prices are up,”")]),
        // A fronted phrase opened by a less common preposition ("Alongside", "Amid") is skipped,
        // and so is a focusing adverb before the subject ("even a top strategist").
        Case(text: "Alongside the protests, even a top strategist said Pruett must choose, saying, “At some point she has to come out.”",
             expected: [("a top strategist", "Pruett must choose"), ("a top strategist", "“At some point she has to come out.”")]),
        // A role with a proper modifier ("Texas director") or a name as its object ("director
        // for Hernandez", "founder of the Civic Institute") describes the name before it.
        Case(text: "Maria Gomez, Texas director for Hernandez, said the campaign had opened its tenth office.",
             expected: [("Maria Gomez", "the campaign had opened its tenth office")]),
        Case(text: "Maria Gomez, Texas director for the campaign, said the office would open soon.",
             expected: [("Maria Gomez", "the office would open soon")]),
        Case(text: "Ann Rowe, founder of the Civic Institute, a member since 1960, said the plan was sound.",
             expected: [("Ann Rowe", "the plan was sound")]),
        // A phrase that is a preposition's object after a role noun ("on the stage") is no apposition's head.
        Case(text: "The other candidate on the stage, former Mayor Ann Ruiz, drew a contrast, saying that the plan would fail.",
             expected: [("Ann Ruiz", "the plan would fail")]),
        // An apposition or relative clause whose closing comma is left out still gives way to the
        // name before it; a parenthetical cue, a list and a fronted adverb do not.
        Case(text: "Sam Lau, the communications director for the county party said in a statement that the ballots were counted.",
             expected: [("Sam Lau", "the ballots were counted")]),
        Case(text: "Anthony Ortiz, president and CEO of the Ohio Grocers Association stated, \"It is a math problem.\"",
             expected: [("Anthony Ortiz", "\"It is a math problem.\"")]),
        Case(text: "Katie Pruett, who is chairman of Our Principles Fund said in a statement that the ad would air Friday.",
             expected: [("Katie Pruett", "the ad would air Friday")]),
        Case(text: "Nevertheless, experts agree that the plan works.", expected: [("experts", "the plan works")]),
        // A parenthetical cue with an adjunct before its closing comma is no unclosed apposition.
        Case(text: "Ruiz, an aide said on Friday, will run for governor next year.",
             expected: [("an aide", "Ruiz"), ("an aide", "will run for governor next year")]),
        Case(text: "Ms. Toretti, Mrs. Rao and other donors said their networks were growing.",
             expected: [("other donors", "their networks were growing")]),
        // A place's state after "from PLACE," is no name; an aside after an apposition keeps it.
        Case(text: "Rachel Stone, a philanthropist from Monsey, New York, said the speeches had swayed her.",
             expected: [("Rachel Stone", "the speeches had swayed her")]),
        // A name opening with a title after the place is the person's, not the place's.
        Case(text: "A senator from Florida, Sen. Rick Scott, said the bill was flawed.",
             expected: [("Rick Scott", "the bill was flawed")]),
        Case(text: "Brian Nolan, the chairman of the county party, for example, said the candidate hurt his cause.",
             expected: [("Brian Nolan", "the candidate hurt his cause")]),
        // People who serve someone speak for themselves ("Aides to Ruiz"), at a sentence's capital too.
        Case(text: "Aides to Ruiz say she is shifting her tack toward her rival.",
             expected: [("Aides to Ruiz", "she is shifting her tack toward her rival")]),
        Case(text: "Senior aides to Ruiz say she will not run again.",
             expected: [("Senior aides to Ruiz", "she will not run again")]),
        Case(text: "Staff for the House Select Committee on Roads said the panel has the full email.",
             expected: [("Staff for the House Select Committee on Roads", "the panel has the full email")]),
        // A participle after a clause with no verb of its own but a fronted clause's: the main subject.
        Case(text: "As they met in Ottawa, Ruiz was 340 miles away in Bangor, Maine, promising to build a wall.",
             expected: [("Ruiz", "to build a wall")]),
        // A gerund after "by" takes the main verb's subject, past a noun the tagger reads as a verb.
        Case(text: "Ruiz sent a typical campaign jab the mayor's way by suggesting that the budget was padded.",
             expected: [("Ruiz", "the budget was padded")]),
        // A participle after a coordinated clause with its own subject is that subject's.
        Case(text: "Prosecutors charged the officer with murder and Mayor Ruiz fired his police chief, Garry Tomas, acknowledging that the city had lost trust in the force.",
             expected: [("Mayor Ruiz", "the city had lost trust in the force")]),
        Case(text: "Ruiz said the deal could fail and the mayor would resign, arguing that the city had lost trust.",
             expected: [("Ruiz", "the deal could fail and the mayor would resign"), ("Ruiz", "the city had lost trust")]),
        // Quantifiers pick different groups: "other senators" are not the "several senators" before.
        Case(text: "Several senators said they backed Ruiz. Other senators said they had no dealings with Ruiz.",
             expected: [("Several senators", "they backed Ruiz"), ("Other senators", "they had no dealings with Ruiz")]),
        // A time expression in `ago` between subject and verb; a time word in capitals inside a name.
        Case(text: "The water board less than two weeks ago said that the dam was safe.",
             expected: [("The water board", "the dam was safe")]),
        Case(text: "The movement funded the trips, NEWS TODAY reported.",
             expected: [("NEWS TODAY", "The movement funded the trips")]),
        // A name apposed to a description after a quote speaks; the description is no reported
        // clause of hers, and a reporting verb that ends the sentence is her verb, not her role.
        Case(text: "“We are ready for this fight!” The mayor's sister, Ann Lowe, shouted to the crowd.",
             expected: [("Ann Lowe", "“We are ready for this fight!”")]),
        Case(text: "“The levee will hold!” The county engineer, Rosa Diaz, said.",
             expected: [("Rosa Diaz", "“The levee will hold!”")]),
        // A participle before a quote shares the subject after an opening coordinator.
        Case(text: "But the tribal elders congratulated him, saying, “You really tried!”",
             expected: [("the tribal elders", "“You really tried!”")]),
        // A time clause that opens the sentence is the adjunct of the verb after it, not its report.
        Case(text: "When Ruiz said it was great to be home, a man in the crowd yelled.",
             expected: [("Ruiz", "it was great to be home")]),
        // The reported clause inside the opening time clause ends at its comma, after any
        // coordinated that-clause.
        Case(text: "When Ruiz argued that taxes were high, and that rents were rising, the mayor left the room.",
             expected: [("Ruiz", "taxes were high, and that rents were rising")]),
        // A comma may close the addressee before a clause reported without `that`, but not the
        // opening phrase a cue stands in, nor before a relative clause about the addressee.
        Case(text: "Instead, Ruiz told CNN, his policy would merely be to go after the owners.",
             expected: [("Ruiz", "his policy would merely be to go after the owners")]),
        Case(text: "From the short gag you tell your friends, a good story pleases everyone.",
             expected: []),
        Case(text: "Ruiz told the board, which met Monday, the city would not pay.",
             expected: []),
        // A complement with no verb of its own ends before a coordinated predicate; a clause
        // with its own verb keeps its `but`.
        Case(text: "Ruiz demands openness from the council, yet refuses to release his own records.",
             expected: [("Ruiz", "openness from the council")]),
        Case(text: "Ruiz blamed the outage on hackers but later fixed the servers.",
             expected: [("Ruiz", "the outage on hackers")]),
        Case(text: "Ruiz said she wanted change in the city, but found the plan too costly.",
             expected: [("Ruiz", "she wanted change in the city, but found the plan too costly")]),
        // A gerund after "footage of NAME" is the name's: the phrase stops at the verb before it.
        Case(text: "The spot ends with footage of Ruiz saying, “That makes me smart.”",
             expected: [("Ruiz", "“That makes me smart.”")]),
        // A noun in -ly is no adverb: "the family said" has its subject.
        Case(text: "The relatives watched it on Thursday, the lawyers for the family said.",
             expected: [("the lawyers for the family", "The relatives watched it on Thursday")]),
        // A sentence-final "according to" ends the clause it follows and reports the whole sentence.
        Case(text: "Police have said they have no plans to release the tapes, according to lawyers for the family.",
             expected: [("lawyers for the family", "Police have said they have no plans to release the tapes"),
                        ("Police", "they have no plans to release the tapes")]),
        // A clause reported inside a non-restrictive relative clause ends at its closing comma.
        Case(text: "The relatives, who asked officials to show them the video, watched it on Thursday, lawyers for the family said.",
             expected: [("lawyers for the family", "The relatives, who asked officials to show them the video, watched it on Thursday"),
                        ("The relatives", "officials to show them the video")]),
        // A parenthetical cue followed by a coordinator: the clause before it is reported, and
        // the words after the coordinator are a statement of their own (a lone word is not).
        Case(text: "He had no known ties to any party, the airline added, and had passed all checks.",
             expected: [("the airline", "He had no known ties to any party"), ("the airline", "and had passed all checks")]),
        Case(text: "The top tenth paid most of the tax, the agency said in a report, and the bottom fifth paid almost none.",
             expected: [("the agency", "The top tenth paid most of the tax"), ("the agency", "and the bottom fifth paid almost none")]),
        Case(text: "Many of the guests were older, Ana Ruiz said, and “they had lived through all of it.”",
             expected: [("Ana Ruiz", "Many of the guests were older"), ("Ana Ruiz", "“they had lived through all of it.”")]),
        Case(text: "The rule is at odds with the law, I say, and unworkable.",
             expected: [(nil, "The rule is at odds with the law")]),
        // A quote closed by a comma ends the clause before a reporting participle, which reports
        // on its own; "but argues that" is a new cue however the tagger reads "argues".
        Case(text: "Ruiz said the vote in the county was “a disgrace to the state,” adding that the count must be redone.",
             expected: [("Ruiz", "the vote in the county was “a disgrace to the state,”"), ("Ruiz", "the count must be redone")]),
        Case(text: "Ruiz says she respects Lowe’s passion but argues that he can’t deliver on his promises.",
             expected: [("Ruiz", "she respects Lowe’s passion"), ("Ruiz", "he can’t deliver on his promises")]),
        // A restrictive relative clause after "aides to the mayor": the whole phrase speaks.
        Case(text: "Two aides to the mayor who spoke on condition of anonymity said the plan was dead.",
             expected: [("Two aides to the mayor", "the plan was dead")]),
        // An aside listing some of the subject's members stands between it and its verb.
        Case(text: "Critics of the plan, including several local business owners, say it would hurt small firms.",
             expected: [("Critics of the plan", "it would hurt small firms")]),
        // An adjective or participle after the noun keeps its object in the speaker's phrase.
        Case(text: "The plan is dead, according to two people familiar with the talks.",
             expected: [("two people familiar with the talks", "The plan is dead")]),
        Case(text: "Officials briefed on the plan said it would cut taxes.",
             expected: [("Officials briefed on the plan", "it would cut taxes")]),
        Case(text: "Source familiar with the ad says the group is spending heavily.",
             expected: [("Source familiar with the ad", "the group is spending heavily")]),
        // A day between the cue and its clause is the cue's; a summing-up appositive is the reporter's.
        Case(text: "The White House said Monday it had no plans to change course.",
             expected: [("The White House", "it had no plans to change course")]),
        Case(text: "Ruiz has long argued that the tax is unfair, a position shared by many in his party.",
             expected: [("Ruiz", "the tax is unfair")]),
        // "found that" reports a finding; a generic "you" finds nothing.
        Case(text: "The report, released Monday by the state auditor, found that the agency wasted millions.",
             expected: [("The report", "the agency wasted millions")]),
        Case(text: "In the old town you find that the streets are narrow.", expected: []),
        // A nickname in quotation marks inside a name is no statement.
        Case(text: "“Vote early,” state Rep. Marcia “Cia” Lowe told the crowd.",
             expected: [("Marcia “Cia” Lowe", "“Vote early,”")]),
        // A participle coordinated with one after a comma shares its subject.
        Case(text: "Vance toured the town, shaking hands and vowing to rebuild the levee by spring.",
             expected: [("Vance", "to rebuild the levee by spring")]),
        // A message noun with a time adjunct before its participle: the sender speaks.
        Case(text: "The campaign released a statement Wednesday saying the mayor had lied.",
             expected: [("The campaign", "the mayor had lied")]),
        Case(text: "The union sent a letter this week urging members to reject the deal.",
             expected: [("The union", "members to reject the deal")]),
        // A participle after a clause shares the clause's main subject, not the subject of a
        // participle inside its object ("candidates interviewed", "improved rates").
        Case(text: "Ruiz rounded out the list of candidates interviewed, citing “old movies” as her guilty pleasure.",
             expected: [("Ruiz", "“old movies” as her guilty pleasure")]),
        Case(text: "When the mayor arrived, Vance spoke for an hour, saying that the town would recover.",
             expected: [("Vance", "the town would recover")]),
        // A reporting participle after a reported clause shares the reporter's subject, not the
        // reported clause's ("the deal" argues nothing).
        Case(text: "Ruiz said the deal could fail, arguing that it was flawed.",
             expected: [("Ruiz", "the deal could fail"), ("Ruiz", "it was flawed")]),
        Case(text: "Vance warned that the levee could break, adding that the county had ignored it.",
             expected: [("Vance", "the levee could break"), ("Vance", "the county had ignored it")]),
        // A restrictive relative clause with `say` reports for its antecedent where the phrase is
        // an object; a sentence subject's own verb follows its clause, so that one reports nothing.
        Case(text: "The mayor leads by 20 points among the 30 percent of voters who said taxes are too high.",
             expected: [("the 30 percent of voters", "taxes are too high")]),
        Case(text: "Among voters who said the economy mattered most, the mayor won easily.",
             expected: [("voters", "the economy mattered most")]),
        Case(text: "Voters who say the economy matters most were evenly divided.", expected: []),
        Case(text: "A lawyer who said the case was weak left the firm.", expected: []),
        // A participle's phrase after the subject's noun describes the speakers; the name stops before it.
        Case(text: "Protesters marching through the streets chanted “Open the gates!” and kept going.",
             expected: [("Protesters", "“Open the gates!”")]),
        Case(text: "Farmers driving tractors through the town said the levy was unfair.",
             expected: [("Farmers", "the levy was unfair")]),
        // A date written with a slash before a role and a name (tokenised "9 / 11").
        Case(text: "“The plan will fail,” said 9/11 widow Terry Strada.",
             expected: [("Terry Strada", "“The plan will fail,”")]),
        // The subject of a coordinated cue stands after an introductory phrase: a participle's, or
        // one ending in a town and its state; the place is no speaker.
        Case(text: "At a rally in Dayton, Ohio, Nora Vance thanked the crowd and said the levy would pass.",
             expected: [("Nora Vance", "the levy would pass")]),
        Case(text: "Speaking on the radio on Monday, Nora Vance thanked the crowd and said the levy would pass.",
             expected: [("Nora Vance", "the levy would pass")]),
        Case(text: "Speaking in Alma, which votes on the levy Tuesday, Nora Vance thanked the crowd and said it would pass.",
             expected: [("Nora Vance", "it would pass")]),
        // A finite verb after a description's head noun ends the description ("left", not "-ed").
        Case(text: "The mayor left the stage and told reporters the levy would pass.",
             expected: [("The mayor", "the levy would pass")]),
        // A description, then a person's full name with an organisation's `of` phrase: the person speaks.
        Case(text: "Another pollster, Dan Whit of Clemson University, said his survey showed support holding.",
             expected: [("Dan Whit", "his survey showed support holding")]),
        // Poll shares speak with their openers; a bare number or a possessive does not.
        Case(text: "More than six in 10 said they were worried about the levy.",
             expected: [("More than six in 10", "they were worried about the levy")]),
        Case(text: "About four out of 10 voters said the levy would fail.",
             expected: [("About four out of 10 voters", "the levy would fail")]),
        Case(text: "Only a quarter said the levy would pass.", expected: [("Only a quarter", "the levy would pass")]),
        Case(text: "Nearly 60 percent of the mayor's reported donations came from women.", expected: []),
        // Age and home town after a name; a place inside an aside is no speaker.
        Case(text: "Nora Vance, 29, of Alma, Ohio, said the levy would fail.", expected: [("Nora Vance", "the levy would fail")]),
        Case(text: "Nora Vance, 29, of Alma, says the levy will fail.", expected: [("Nora Vance", "the levy will fail")]),
        Case(text: "The mayor, speaking at a rally in Alma, Ohio, warned that the levy would fail.",
             expected: [("The mayor", "the levy would fail")]),
        // A demonstrative opening the sentence before a common noun opens the speaker's phrase; before a time word it does not.
        Case(text: "That official said the levy would fail.", expected: [("That official", "the levy would fail")]),
        Case(text: "This year Vance said the levy would fail.", expected: [("Vance", "the levy would fail")]),
        // A surname that is also a common word opens its sentence: the article's full name says it is a name.
        Case(text: "Rep. Dana Jolly spoke first.\nJolly said the levy would fail.",
             expected: [("Dana Jolly", "the levy would fail")]),
        Case(text: "Rep. Ann Cuban spoke first.\nCuban also said the levy would fail.",
             expected: [("Ann Cuban", "the levy would fail")]),
        // A person's full name, an `of` phrase and a place phrase: the person speaks, in apposition too
        // (a church named like a person, `Grace Church`, is a firm named for one:
        // ``MentionFinder/isFirmNamedForPerson(_:of:)``).
        Case(text: "Dan Whit of Grace Church in Alma said he had made 150 calls.",
             expected: [("Dan Whit", "he had made 150 calls")]),
        Case(text: "One pastor, Dan Whit of Grace Church, said he had made 150 calls.",
             expected: [("Dan Whit", "he had made 150 calls")]),
        Case(text: "Officials in Ohio said the wells were dry.",
             expected: [("Officials in Ohio", "the wells were dry")]),
        // A passive participle with its agent inside a described speaker.
        Case(text: "A copy of the county memo seen by the Herald said inspectors could not find the files.",
             expected: [("A copy of the county memo seen by the Herald", "inspectors could not find the files")]),
        // A participle after the object of a verb of sending: the sender speaks, not the object
        // (and the verb is no part of the speaker's name).
        Case(text: "The senator emailed supporters saying: “The fight goes on.”",
             expected: [("The senator", "“The fight goes on.”")]),
        Case(text: "The senator emailed supporters saying the fight goes on.",
             expected: [("The senator", "the fight goes on")]),
        Case(text: "“We will not back down,” Tom Reyes, Ortiz's fire chief, said on Monday.",
             expected: [("Tom Reyes", "“We will not back down,”")]),
        Case(text: "Kim Dae-ho, Seoul's trade minister, told a hearing that exports would rise.",
             expected: [("Kim Dae-ho", "exports would rise")]),
        Case(text: "“We will not back down,” one council member said. “Never,” said another.",
             expected: [("one council member", "“We will not back down,”"), ("another", "“Never,”")]),
        Case(text: "The two said they would meet again in June.",
             expected: [("The two", "they would meet again in June")]),
        // An abstract noun is no speaker, even with a reporting verb after it.
        Case(text: "Still they sought abroad, the love denied at home.",
             expected: []),
        // "Let me say": the one asking to speak, no one the text names here.
        Case(text: "Let me say, “The harbour will close by June.”",
             expected: [(nil, "“The harbour will close by June.”")]),
        // A bare head opening a subordinate clause; the generic "one" there is nobody.
        Case(text: "Leaders hope that few will ask: “Why are we so scared now?”",
             expected: [("few", "“Why are we so scared now?”")]),
        Case(text: "The rules passed, though some say they punish farmers.",
             expected: [("some", "they punish farmers")]),
        Case(text: "If one adds the two counties, the total rises.",
             expected: []),
        Case(text: "Maria Lopez's campaign said the ads were misleading.",
             expected: [("Maria Lopez's campaign", "the ads were misleading")]),
        Case(text: "Former officials in both parties say the plan will fail.",
             expected: [("Former officials in both parties", "the plan will fail")]),
        Case(text: "The tax increase was a mistake, the report said.",
             expected: [("the report", "The tax increase was a mistake")]),
        Case(text: "The Hospital Federation, which represents clinics in Ohio, Iowa and Utah, told the Herald that costs had doubled.",
             expected: [("The Hospital Federation", "costs had doubled")]),
        Case(text: "“We plan to expand,” said a spokeswoman for the hotel chain, Jenna Ruiz.",
             expected: [("Jenna Ruiz", "“We plan to expand,”")]),
        Case(text: "Reyes returned to the podium and declared, “We will rebuild.”",
             expected: [("Reyes", "“We will rebuild.”")]),
        // Modifier words between an employer's name and the person's name: the person speaks.
        Case(text: "“This is a good plan,” said Reyes constituent Dan Morrow.",
             expected: [("Dan Morrow", "“This is a good plan,”")]),
        Case(text: "“We will win this,” said Ortiz ally Tom Carver.",
             expected: [("Tom Carver", "“We will win this,”")]),
        Case(text: "“They did well,” said Ohio State University political scientist Dana Ruiz.",
             expected: [("Dana Ruiz", "“They did well,”")]),
        Case(text: "“I don't understand it,” said Air Force 1st Lt. Sam Boyd.",
             expected: [("Sam Boyd", "“I don't understand it,”")]),
        Case(text: "“Nobody knew,” wrote Tribune bureau chief Lisa Kahn.",
             expected: [("Lisa Kahn", "“Nobody knew,”")]),
        Case(text: "“The numbers put our campaign on pace,” Jeff Weaver, Reyes’ campaign manager, said in a statement.",
             expected: [("Jeff Weaver", "“The numbers put our campaign on pace,”")]),
        // Inverted subjects whose words are also adjectives, modals or demonstratives.
        Case(text: "“It is a positive story,” said Small, who attended the rally.",
             expected: [("Small", "“It is a positive story,”")]),
        Case(text: "“It is a costly model,” said Will Doyle, a professor.",
             expected: [("Will Doyle", "“It is a costly model,”")]),
        Case(text: "“You will see a big spend,” said one Republican involved in the planning.",
             expected: [("one Republican", "“You will see a big spend,”")]),
        Case(text: "“The kids do not like him,” this source told the Post.",
             expected: [("this source", "“The kids do not like him,”")]),
        Case(text: "“The train has left the station,” wrote Time magazine.",
             expected: [("Time magazine", "“The train has left the station,”")]),
        Case(text: "“You think I'm going to change?” Reyes asked reporters rhetorically during a news conference.",
             expected: [("Reyes", "“You think I'm going to change?”")]),
        // A title word that is a surname, before "of" and a place.
        Case(text: "“It will not be easy,” said Representative Paul T. King of New Jersey, who backed the mayor.",
             expected: [("Paul T. King", "“It will not be easy,”")]),
        // A source's whole noun phrase: its "by"/"of" phrase, a document head, a record noun after a name.
        Case(text: "Reyes now has at least 700 delegates, according to a count by the Daily Ledger.",
             expected: [("a count by the Daily Ledger", "Reyes now has at least 700 delegates")]),
        Case(text: "Ortiz leads by three points, according to the average of recent polls.",
             expected: [("the average of recent polls", "Ortiz leads by three points")]),
        // The source runs on over a slash, its head nouns and the modifier that completes it.
        Case(text: "Ortiz leads by four points, according to a KTVB/Ledger poll.",
             expected: [("a KTVB/Ledger poll", "Ortiz leads by four points")]),
        Case(text: "Ortiz leads by four points, according to the RealTally polling average.",
             expected: [("the RealTally polling average", "Ortiz leads by four points")]),
        Case(text: "Coin flips decided six counties, according to a report in the Valley Courier.",
             expected: [("a report in the Valley Courier", "Coin flips decided six counties")]),
        Case(text: "Revenue rose 3 percent, according to data released Friday by state regulators.",
             expected: [("data released Friday by state regulators", "Revenue rose 3 percent")]),
        Case(text: "The meeting turned into a gripe session, according to people in attendance.",
             expected: [("people in attendance", "The meeting turned into a gripe session")]),
        // A preposition with no object before a relative pronoun completes nothing.
        Case(text: "Coffee cuts the risk of stroke, according to a study in which researchers tracked 500 people.",
             expected: [("a study", "Coffee cuts the risk of stroke")]),
        Case(text: "The mayor attended the meeting alone, according to a pool report.",
             expected: [("a pool report", "The mayor attended the meeting alone")]),
        Case(text: "The median income rose by 0.8% in ten years, according to U.S. Census data.",
             expected: [("U.S. Census data", "The median income rose by 0.8% in ten years")]),
        Case(text: "The plan will fail, said Ortiz aides.",
             expected: [("Ortiz aides", "The plan will fail")]),
        // A one-word name in apposition to a noun of kin speaks; after another noun it is no name.
        Case(text: "As his daughter, Maya, said, “Dad changed the town.”",
             expected: [("Maya", "“Dad changed the town.”")]),
        Case(text: "Her husband, Tomas, told reporters that the shop would reopen.",
             expected: [("Tomas", "the shop would reopen")]),
        // A described and named subject taken up again by a pronoun: the named person speaks.
        Case(text: "Tom Reed spoke first. The head of the union, Carl Brandt, he has explained that the strike will go on.",
             expected: [("Carl Brandt", "the strike will go on")]),
        // A name with no description before it is no such subject: "he" is someone else.
        Case(text: "Tom Reed spoke first. After a meeting with Carl Brandt, he said the vote was lost.",
             expected: [("Tom Reed", "the vote was lost")]),
        // Appositions: a possessive and a degree word, or a role between dashes.
        Case(text: "Reyes, Ortiz's only ally, said he was opposed to the test.",
             expected: [("Reyes", "he was opposed to the test")]),
        Case(text: "Aaron Kall -- co-editor of a book on the debates -- said the candidate made announcements.",
             expected: [("Aaron Kall", "the candidate made announcements")]),
        Case(text: "Aaron Kall — co-editor of a book on the debates — said the candidate made announcements.",
             expected: [("Aaron Kall", "the candidate made announcements")]),
        // A coordinated verb after an aside between the subject and the first verb.
        Case(text: "Governor Dana Ruiz, like Ortiz, has visited the states often but has said she will hold firm.",
             expected: [("Dana Ruiz", "she will hold firm")]),
        // A document with its author after "by".
        Case(text: "A report by the water agency said the river would flood.",
             expected: [("A report by the water agency", "the river would flood")]),
        // A subject whose noun an adjective phrase follows.
        Case(text: "Sources close to her campaign say she stands behind the mayor.",
             expected: [("Sources close to her campaign", "she stands behind the mayor")]),
        Case(text: "People familiar with the talks said a deal was near.",
             expected: [("People familiar with the talks", "a deal was near")]),
        // An apposition that an organisation's possessive name of several words opens, and an
        // aside opened by "whose".
        Case(text: "Dana Lowe, Bank of Ohio's chief economist, said rates would fall.",
             expected: [("Dana Lowe", "rates would fall")]),
        Case(text: "Mr. Ruiz, whose third place was seen as a letdown, said that he alone could beat the mayor.",
             expected: [("Mr. Ruiz", "he alone could beat the mayor")]),
        // The modifier's object may be a pronoun, "her" included.
        Case(text: "A person close to her said the levy would fail.",
             expected: [("A person close to her", "the levy would fail")]),
        Case(text: "The levy would fail, an aide loyal to him said.",
             expected: [("an aide loyal to him", "The levy would fail")]),
        Case(text: "A spokesman for her said the levy would fail.",
             expected: [("A spokesman for her", "the levy would fail")]),
        // An inverted speaker the reporter goes on about: a relative clause or a contrast.
        Case(text: "The fund is $2 million short, said Dora Quist, who chairs the board.",
             expected: [("Dora Quist", "The fund is $2 million short")]),
        Case(text: "Nor will the tariffs help much, said Ivo Brandt, an economist at Tulane, who studies trade.",
             expected: [("Ivo Brandt", "Nor will the tariffs help much")]),
        Case(text: "The mill lacks modern equipment, said Brandt, but its owners have bought new looms.",
             expected: [("Brandt", "The mill lacks modern equipment")]),
        // A subject with a restrictive relative clause: its antecedent speaks.
        Case(text: "Current and former officials who spoke with the Herald said the office had become a shell.",
             expected: [("Current and former officials", "the office had become a shell")]),
        Case(text: "Farm groups that have endorsed him say they expect lower tariffs.",
             expected: [("Farm groups", "they expect lower tariffs")]),
        // A possessive written with a bare apostrophe determines the speaker phrase.
        Case(text: "Bernie Sanders’ campaign says it raised more than $21 million in January.",
             expected: [("Bernie Sanders’ campaign", "it raised more than $21 million in January")]),
        // A surname that is also a common time word, known from the full name earlier.
        Case(text: "Kristen Day leads the group.\nDay said the platform's language was a mistake.",
             expected: [("Kristen Day", "the platform's language was a mistake")]),
        // Surnames that are also adjectives, right after the quote or opening the clause.
        Case(text: "Mark Cuban, the owner of the team, spoke on Sunday.\n“It is more of a consideration now,” Cuban said.",
             expected: [("Mark Cuban", "“It is more of a consideration now,”")]),
        Case(text: "Grant Young, a strategist, spoke to reporters.\n“Who shows up to a small town like that?” Young said.",
             expected: [("Grant Young", "“Who shows up to a small town like that?”")]),
        // A fronted prepositional phrase with a relative clause in it is not the participle's subject.
        Case(text: "Amid calls to build websites that would list the donors, Tom Brandt wrote a column, saying it was time to act.",
             expected: [("Tom Brandt", "it was time to act")]),
    ]

    /// Words that look like cues and report nothing: a noun after an article and an adjective,
    /// an infinitive coordinated with another.
    @Test(arguments: ["But even a passing promise that the mayor would run the agency raised questions.",
                      "The audit undercut her statements to explain and defend her decision."])
    func aNounOrAnInfinitiveIsNoCueWithASubject(_ text: String) {
        let got = Self.statements(text)
        #expect(got.allSatisfy { $0.0 == nil }, "\(got)")
    }

    /// A past form after `to … and` is coordinated with the finite verb before `to`, not an
    /// infinitive: its subject is the sentence's.
    @Test(arguments: [("Ruiz tried to apologise and admitted that the plan was flawed.", "the plan was flawed"),
                      ("The board met to review and warned that costs would rise.", "costs would rise")])
    func aFiniteVerbAfterAnInfinitiveAndKeepsItsSubject(_ text: String, _ content: String) {
        let got = Self.statements(text)
        #expect(got.contains { $0.0 != nil && $0.1 == content }, "\(got)")
    }

    @Test(arguments: ["In his speech, Pruett criticized the party's record on housing.",
                      "In July, the union called for a moratorium on new permits.",
                      "Campaigning in Ohio last spring, Pruett mentioned the mill closures."])
    func anIntroductoryPhraseIsNoStatement(_ text: String) {
        let got = Self.statements(text)
        #expect(!got.contains { ["In his speech", "In July", "Campaigning in Ohio last spring"].contains($0.1) }, "\(got)")
    }

    /// `asked` after a comma that closes an apposition or a relative clause after its subject is
    /// the subject's own question; after the bare subject it is a participle, a question put to it.
    static let apposedAskerCases: [Case] = [
        Case(text: "Ruiz, the council's chair, asked whether the plan could be delayed until spring.",
             expected: [("Ruiz", "whether the plan could be delayed until spring")]),
        Case(text: "Tom Brandt, who chairs the board, asked whether the vote could wait.",
             expected: [("Tom Brandt", "whether the vote could wait")]),
        Case(text: "Ruiz, asked whether she would run again, said she had not decided.",
             expected: [(nil, "whether she would run again"), ("Ruiz", "she had not decided")]),
    ]

    /// A focusing adverb before a subject with a restrictive relative clause leaves the clause's
    /// antecedent the speaker, not the object inside the clause.
    static let focusedRelativeSubjectCases: [Case] = [
        Case(text: "Even Republicans who praised the mayor warned that the party may have to split.",
             expected: [("Republicans", "the party may have to split")]),
        // A relative clause in `whose` is restrictive too: its antecedent speaks.
        Case(text: "The state officials whose laws have been struck down say the courts have changed.",
             expected: [("The state officials", "the courts have changed")]),
    ]

    /// `NAME of CITY, STATE says`: the state after the comma goes on with the place; the person
    /// (or the description) before the place speaks.
    static let placeAfterCommaCases: [Case] = [
        Case(text: "Maria Lopez of Dayton, Ohio says she will vote for the mayor again.",
             expected: [("Maria Lopez", "she will vote for the mayor again")]),
        Case(text: "The mayor of Dayton, Ohio said the plant would stay open.",
             expected: [("The mayor of Dayton, Ohio", "the plant would stay open")]),
    ]

    /// A noun of saying with a possessive in 's right before a colon: the possessor speaks the
    /// quote, not the sentence's subject; after a possessive pronoun the subject still does.
    static let colonPossessorCases: [Case] = [
        Case(text: "Ruiz remembered her father's advice: “Never sign anything you have not read twice.”",
             expected: [("her father", "“Never sign anything you have not read twice.”")]),
        Case(text: "The mayor repeated the governor's warning: “The river will rise again this spring.”",
             expected: [("the governor", "“The river will rise again this spring.”")]),
        Case(text: "The mayor repeated his warning: “The river will rise again this spring.”",
             expected: [("The mayor", "“The river will rise again this spring.”")]),
    ]

    /// `everyone` and `everybody` head a subject as the other bare quantifiers do, with a
    /// prepositional phrase after them.
    static let everyoneCases: [Case] = [
        Case(text: "Everyone at the meeting said the budget was too small.",
             expected: [("Everyone at the meeting", "the budget was too small")]),
        Case(text: "Everybody in the room agreed that the vote should wait.",
             expected: [("Everybody in the room", "the vote should wait")]),
    ]

    /// A source after `according to` whose modifier the tagger reads as an adverb in -ly or as a
    /// verb coordinated with an adjective is one phrase all the same.
    static let taggedSourceModifierCases: [Case] = [
        Case(text: "Ruiz was leading in the city, according to a yearly poll.",
             expected: [("a yearly poll", "Ruiz was leading in the city")]),
        Case(text: "Ruiz lost the county primary but was leading in the city, according to complete but unofficial returns.",
             expected: [("complete but unofficial returns", "Ruiz lost the county primary but was leading in the city")]),
    ]

    /// A year after `in` between a subject and its verb is a time expression, not part of the
    /// subject (nor a wall between a relative pronoun and its verb).
    static let yearBeforeVerbCases: [Case] = [
        Case(text: "McConnell in 2010 said the goal was to defeat the mayor.",
             expected: [("McConnell", "the goal was to defeat the mayor")]),
        Case(text: "The money went to Ruiz, who in 2010 said the bridge was unsafe.",
             expected: [("Ruiz", "the bridge was unsafe")]),
    ]

    /// `A woman in Dayton, Ohio, said`: a described subject opening the sentence whose place runs
    /// on over a comma and a larger place speaks; after a name the same shape is an apposition,
    /// and a first name after the comma opens a name.
    static let describedResidentCases: [Case] = [
        Case(text: "A woman in Dayton, Ohio, told him she worries about the plan.",
             expected: [("A woman in Dayton", "she worries about the plan")]),
        Case(text: "Dean Cole, a salesman from Sumter, South Carolina, says the mayor will win.",
             expected: [("Dean Cole", "the mayor will win")]),
        Case(text: "The director of the Harbor Centre, Ina Kirsch, told the paper her group never met the mayor.",
             expected: [("Ina Kirsch", "her group never met the mayor")]),
    ]

    /// A time or medium after a noun-phrase object is the cue's adjunct, not part of what was said.
    static let objectAdjunctCases: [Case] = [
        Case(text: "Mayor Ann Pruett blamed local officials on Twitter before the speech.", expected: [("Ann Pruett", "local officials")]),
        Case(text: "Reyes criticized fellow Democrats in 2011 for backing the levy.", expected: [("Reyes", "fellow Democrats")]),
        Case(text: "Lowe announced her candidacy on Tuesday.", expected: [("Lowe", "her candidacy")]),
        Case(text: "Lowe announced her candidacy last week.", expected: [("Lowe", "her candidacy")]),
    ]

    /// A sentence that opens with its cue and ends in a colon before a quote: the phrase after the
    /// cue speaks (`Said one delegate: “…”`).
    static let initialCueColonCases: [Case] = [
        Case(text: "Cruz won the state. Said one delegate: “The voters were never with us.”",
             expected: [("one delegate", "“The voters were never with us.”")]),
        Case(text: "Cruz won the state. Said a senior Reyes aide: “The voters were never with us.”",
             expected: [("a senior Reyes aide", "“The voters were never with us.”")]),
        Case(text: "Cruz won the state. Said one delegate, “The voters were never with us.”",
             expected: [("one delegate", "“The voters were never with us.”")]),
    ]

    /// `To NAME, …` frames an opinion only with the name right after `To`; a purpose clause
    /// (`To understand the real Sam Houston, …`) is no frame.
    static let purposeClauseCases: [Case] = [
        Case(text: "To understand the real Sam Houston, Mayor Ann Lowe said, one should visit the old fort.",
             expected: [("Ann Lowe", "To understand the real Sam Houston"), ("Ann Lowe", "one should visit the old fort")]),
        Case(text: "To Nora Vance, the levy is a tax on the poor.", expected: [("Nora Vance", "the levy is a tax on the poor")]),
    ]

    /// A sentence of several parenthetical or trailing cues: each speaker's words start after the
    /// previous cue's, past its comma and coordinator.
    static let successiveCueCases: [Case] = [
        Case(text: "The plan is wrong, Ann Lowe said, and it will fail, Tom Ruiz said, because it is rushed.",
             expected: [("Ann Lowe", "The plan is wrong"), ("Tom Ruiz", "it will fail"), ("Tom Ruiz", "because it is rushed")]),
        Case(text: "Taxes are “a scam,” Ann Lowe said, and spending is “out of control,” Tom Ruiz said.",
             expected: [("Ann Lowe", "“a scam,”"), ("Tom Ruiz", "spending is “out of control,”")]),
    ]

    /// Where a speaker's noun phrase starts: never at the verb before it, a complementiser, or a
    /// thing a relative `who` cannot stand for.
    static let phraseStartCases: [Case] = [
        // `made no mention of X` reports X (``Attributor/mentionOfAfterMake(_:last:)``); the
        // relative clause's speaker is still the name, not the verb's subject.
        Case(text: "Lowe made no mention of Tom Ruiz, who announced he is leaving the race.",
             expected: [("Lowe", "Tom Ruiz"), ("Tom Ruiz", "he is leaving the race")]),
        Case(text: "The board will let residents say what they think of the plan.",
             expected: [("residents", "what they think of the plan")]),
        Case(text: "Most pupils answered “yes” that the robot described the pictures well.",
             expected: [("the robot", "the pictures well")]),
    ]

    /// What the reporter adds after a reported clause ends it: grounds (`, based on`), a judgement
    /// in a manner adverb and a participle, a summarising noun with a relative clause, a contrast
    /// after an inverted speaker; a hedge stays the speaker's.
    static let reporterAdditionCases: [Case] = [
        Case(text: "The mayor lacks experience, said Ann Lowe, but her character and record do not make up for it.",
             expected: [("Ann Lowe", "The mayor lacks experience")]),
        Case(text: "Lowe said the real problem was the new levy on farms, a plan the council has since modified.",
             expected: [("Lowe", "the real problem was the new levy on farms")]),
        Case(text: "Ruiz argues that the board should reject the bid, based on polls that show it losing.",
             expected: [("Ruiz", "the board should reject the bid")]),
        Case(text: "Several papers warned that the bridge was unsafe, wrongly blaming the engineers for the delay.",
             expected: [("Several papers", "the bridge was unsafe")]),
        Case(text: "Lowe said the board should hear from Tom Ruiz, a former county clerk who ran the last audit.",
             expected: [("Lowe", "the board should hear from Tom Ruiz")]),
        Case(text: "Lowe said the levy was hurting farms, possibly giving the county a reason to drop it.",
             expected: [("Lowe", "the levy was hurting farms, possibly giving the county a reason to drop it")]),
    ]

    /// A name coordinated with a phrase its possessive pronoun opens is one subject; after a
    /// preposition the name is no subject.
    static let coordinatedSubjectCases: [Case] = [
        Case(text: "Lowe and her allies argue that the board should reject the bid.",
             expected: [("Lowe and her allies", "the board should reject the bid")]),
        Case(text: "Ruiz has not talked about Halden and his campaign did not respond to a request for comment.",
             expected: [("his campaign", "to a request for comment")]),
    ]

    /// A relative clause between dashes after the subject: its antecedent speaks.
    static let dashedRelativeCases: [Case] = [
        Case(text: "The judge -- who has been in a feud with the mayor for weeks -- said she regretted her remarks.",
             expected: [("The judge", "she regretted her remarks")]),
    ]

    /// A verb of telling or asking with its addressee alone says nothing; with a question, an
    /// infinitive or a topic after the addressee it reports them.
    static let addresseeOnlyCases: [Case] = [
        Case(text: "She advises President Tom Ruiz.", expected: []),
        Case(text: "Ruiz asked Lowe a question after the hearing.", expected: []),
        Case(text: "Ruiz asked Lowe how she felt.", expected: [("Ruiz", "Lowe how she felt")]),
    ]

    /// Cue words that report nothing: an idiom, an amount of talk without a topic; and the
    /// reporter's words before a cue that interrupts a relative clause.
    static let nothingSaidCases: [Case] = [
        Case(text: "It goes without saying that the levy will pass.", expected: []),
        Case(text: "Ruiz is not saying much, with one exception.", expected: []),
        // With a topic the topic is what was said (PolNeAR marks `the plan` in `said little about the plan`).
        Case(text: "Ruiz said little about the levy.", expected: [("Ruiz", "the levy")]),
        Case(text: "The park is near the stadium, which, Lowe said, is usually full on Sundays.",
             expected: [("Lowe", "is usually full on Sundays")]),
    ]

    /// A noun with an -ing participle phrase speaks, not the participle's object; a verb followed
    /// by a coordinator has no complement; a show's title is where something was said.
    static let phraseShapeCases: [Case] = [
        Case(text: "Farmers backing Ann Lowe said the levy was unfair.",
             expected: [("Farmers backing Ann Lowe", "the levy was unfair")]),
        Case(text: "The protester yelled and held up a banner.", expected: []),
        Case(text: "The senator told CNN’s “State of the Union.”", expected: []),
        Case(text: "Tom Ruiz appeared on the cooking show, “Grill Masters,” in 2010.", expected: []),
        Case(text: "Ruiz called the election “a citizenship election” and likened it to older campaigns.",
             expected: [("Ruiz", "the election “a citizenship election”")]),
        Case(text: "Ruiz said he’s proud of the levy and expects to win the vote.",
             expected: [("Ruiz", "he’s proud of the levy and expects to win the vote")]),
        Case(text: "Lowe criticized the council and asked for an audit of the levy.",
             expected: [("Lowe", "the council"), ("Lowe", "for an audit of the levy")]),
        Case(text: "31 Farmers Share Their Most Honest Thoughts On The Levy.\n\n“We need the water. Without it we are done.”", expected: []),
        Case(text: "Instead, the study -- which notes that 58 companies would owe $212 billion in taxes, “equal to the entire state budgets of three states combined,” if they were taxed properly -- should be a five-alarm call to voters.",
             expected: []),
    ]

    /// A lower-case quote after a comma that ends the writer's own words glosses them: it goes on
    /// with no earlier speaker; a split quote after its cue still does.
    static let apposedPhraseCases: [Case] = [
        Case(text: "“The court has read that word broadly,” Prell said. Here, of course, we have a narrower phrase, “repair or replace.” It is plain.",
             expected: [("Prell", "“The court has read that word broadly,”")]),
        Case(text: "“It belongs to all,” Paine wrote. The soil is the “common inheritance” of every person, “not a gift but a right.”",
             expected: [("Paine", "“It belongs to all,”")]),
        Case(text: "“It belongs to all,” Paine wrote in his last pamphlet, “and not to the crown.”",
             expected: [("Paine", "“It belongs to all,”"), ("Paine", "“and not to the crown.”")]),
    ]

    /// A quote closing a parenthesis is a gloss no cue outside the parentheses reports.
    static let parenthesisedQuoteCases: [Case] = [
        Case(text: "The device (in French, “rejet”) is used when a break suggested by the metre occurs.", expected: []),
        Case(text: "The levy (“a tax on renters,” Lowe said) passed on Monday.", expected: [("Lowe", "“a tax on renters,”")]),
    ]

    /// A preposition and a reporting gerund opening the sentence with a quote as its object: the
    /// main clause's subject after the quote speaks.
    static let frontedGerundQuoteCases: [Case] = [
        Case(text: "By saying “I will not accept the result,” Reyes broke with a long tradition.",
             expected: [("Reyes", "“I will not accept the result,”")]),
        Case(text: "Only by saying “the port can help”, the mayor won the vote.",
             expected: [("the mayor", "“the port can help”")]),
    ]

    /// A subject with a relative clause opens the clause a verb of thinking or remembering takes
    /// without `that`: the antecedent speaks, not a word of its relative clause.
    static let believedClauseSubjectCases: [Case] = [
        Case(text: "I remember the sign that we put up said, “If you like boats, call us.” It worked.",
             expected: [("the sign", "“If you like boats, call us.”")]),
        Case(text: "I think one of the flyers that Ruiz handed out said, “Vote early.”",
             expected: [("one of the flyers", "“Vote early.”")]),
    ]

    /// An adverb of frequency opening the sentence stands before its subject, not in it: the
    /// subject speaks the quote after the sentence's colon.
    static let frequencyAdverbSubjectCases: [Case] = [
        Case(text: "Very often my students with stage fright start with: “I know it is silly, but I am afraid of crowds.”",
             expected: [("my students", "“I know it is silly, but I am afraid of crowds.”")]),
        Case(text: "Sometimes the older tenants end the meeting with: “We were here first.”",
             expected: [("the older tenants", "“We were here first.”")]),
    ]

    /// A quote after a sentence about a named person is theirs only when that sentence has a verb,
    /// frames the quote with a comma, or is the person's full name alone (an author line); a list
    /// of names or a heading tells nothing they did.
    static let narrativeVerbCases: [Case] = [
        Case(text: "Nora Vance walked the spillway at dawn.\n“It will not hold another spring.”",
             expected: [("Nora Vance", "“It will not hold another spring.”")]),
        Case(text: "Nora Vance, Tom Ruiz and Maria Lopez.\n“It will not hold another spring.”", expected: []),
        Case(text: "Nora Vance. “Spillways of the Old West.” River Press, 2004.",
             expected: [("Nora Vance", "“Spillways of the Old West.”")]),
    ]

    /// Quotative "be like" with its "be" fused to the subject (`everyone's like`), and without a
    /// comma when the quote opens with an interjection; a comparison still reports nothing.
    static let fusedQuotativeCases: [Case] = [
        Case(text: "That was a goat. And everyone's like “Yes, that is a goat”. It was fun.",
             expected: [("everyone", "“Yes, that is a goat”")]),
        Case(text: "Ann Lowe came in. She's like, “Yes, that is a goat.”", expected: [("Ann Lowe", "“Yes, that is a goat.”")]),
        Case(text: "And the kids were like “Wow, a real goat!” It was fun.", expected: [("the kids", "“Wow, a real goat!”")]),
        Case(text: "The new rules are like “a cage for small farms.”", expected: []),
        Case(text: "Ann Lowe lost the vote. And it's like “Oh, nobody cares.”", expected: []),
    ]

    /// A cue whose complement runs several words before its quotation, and a clause of time
    /// fronted before the cue, which is the reporter's, not part of what was said.
    static let frontedTimeClauseCases: [Case] = [
        Case(text: "Soon after the council voted, Ann Lowe wrote to her 20,000 Twitter followers, “It is time to go.”",
             expected: [("Ann Lowe", "“It is time to go.”")]),
        Case(text: "Soon after the council voted, Ann Lowe told her 20,000 loyal followers on Twitter, “It is time to go.”",
             expected: [("Ann Lowe", "“It is time to go.”")]),
        Case(text: "Just after the storm hit the coast, Mayor Ann Lowe was calling for calm.", expected: []),
        Case(text: "When the levy fails, Tom Ruiz said, the town closes.",
             expected: [("Tom Ruiz", "When the levy fails"), ("Tom Ruiz", "the town closes")]),
    ]

    /// A paragraph of a dash and a name signing the quotation that made up the paragraph before
    /// it, as fact-check and quote-roundup layouts do; a credit after a story's last words is not one.
    static let signatureParagraphCases: [Case] = [
        Case(text: "The claims were checked.\n\n“Most new income goes to the very top.”\n\n- Dana Whitfield.\n\nThe figure is old.",
             expected: [("Dana Whitfield", "“Most new income goes to the very top.”")]),
        Case(text: "The claims were checked.\n\n“The bridge was never safe.”\n\n\u{2014} Mayor Tom Ruiz\n\nThe bridge reopened.",
             expected: [("Tom Ruiz", "“The bridge was never safe.”")]),
        Case(text: "The mayor called the plan “a costly mistake for the river towns.”\n\n- Riverside Wire.",
             expected: [("The mayor", "the plan “a costly mistake for the river towns.”")]),
    ]

    /// A quoted noun inside the reporter's noun phrase, a relative clause without its pronoun
    /// after it: the clause's verb is no cue of the quote. A quote its own punctuation closes is a
    /// clause the cue after it reports.
    static let contactRelativeCases: [Case] = [
        Case(text: "The four “loopholes” he cited are closed now.", expected: []),
        Case(text: "The “fair deal” phrase Tom Ruiz cited on Monday has appeared in ads.", expected: []),
        Case(text: "The plan is a “costly mistake,” Tom Ruiz said.", expected: [("Tom Ruiz", "The plan is a “costly mistake,”")]),
    ]

    /// Titles of works beside a cue are no statements: title case with its lower-case function
    /// words or a word opening with a digit, a title coordinated with a title, a title with an
    /// apposition naming its kind of work.
    static let workTitleCases: [Case] = [
        Case(text: "She discussed it on her weekly radio show, “Mornings with Ann Lowe,” the Herald reported.", expected: []),
        Case(text: "The gag was famous long before “The 40-Year-Old Bride,” Tom Ruiz noted.", expected: []),
        Case(text: "Lowe, who’s starred in “River Towns” and “Guardians of the Dam,” posted the clip to YouTube on Thursday.", expected: []),
        Case(text: "Next month Harbor Press will publish “The Flood Years,” a biography written by Tom Ruiz.", expected: []),
        Case(text: "“We will rebuild the dam,” Tom Ruiz said.", expected: [("Tom Ruiz", "“We will rebuild the dam,”")]),
    ]

    /// A colon after a noun of saying whose possessor speaks, with modifiers or "was" between
    /// (`From Lowe's Facebook post:`, `Ruiz's response was:`), and a heading's source after a dash.
    static let colonSourceCases: [Case] = [
        Case(text: "Ann Lowe backed the levy on Monday. From Lowe's Facebook post: “We cannot wait for another flood.”",
             expected: [("Ann Lowe", "“We cannot wait for another flood.”")]),
        Case(text: "Tom Ruiz heard the news at dinner. Ruiz's response was: “Is the bridge still open?”",
             expected: [("Tom Ruiz", "“Is the bridge still open?”")]),
        Case(text: "Tom Ruiz spoke last. His answer: “The river always wins.”", expected: [("Tom Ruiz", "“The river always wins.”")]),
        Case(text: "The audit came out on Monday. From the report: “The county lost track of its own pumps.”",
             expected: [("the report", "“The county lost track of its own pumps.”")]),
        Case(text: "The late surge mattered most in the suburbs - Dana Whitfield: “Late deciders broke for the challenger.”",
             expected: [("Dana Whitfield", "“Late deciders broke for the challenger.”")]),
    ]

    /// A quoted label's occasion after it is the cue's adjunct; a phrase that only opens like one
    /// (`in efforts to address…`) goes on with the label.
    static let labelOccasionCases: [Case] = [
        Case(text: "Ann Lowe called the levy “a tax on renters” in a tweet on Sunday.",
             expected: [("Ann Lowe", "the levy “a tax on renters”")]),
        Case(text: "Ann Lowe called the deal “a historic step” in global efforts to address the flood.",
             expected: [("Ann Lowe", "the deal “a historic step” in global efforts to address the flood")]),
    ]

    /// A clause of time right after a cue, without `that`, says when the speaker spoke, not what;
    /// an indirect question keeps its `when`, and a comma after the time clause leaves the rest to the cue.
    static let timeClauseComplementCases: [Case] = [
        Case(text: "The board never approved the fee that Lowe had demanded when she chaired the panel.", expected: []),
        Case(text: "A narrator says as a photo of the empty hall is shown.", expected: []),
        Case(text: "The mayor would not say when the bridge would reopen.",
             expected: [("The mayor", "when the bridge would reopen")]),
        Case(text: "Tom Becker asked when the vote would be held.", expected: [("Tom Becker", "when the vote would be held")]),
        Case(text: "Reyes said after the meeting that the plan was dead.", expected: [("Reyes", "the plan was dead")]),
    ]

    /// A participle cue, or a cue ending in `that`, between commas is no parenthetical: the words
    /// before its subject are the reporter's adjunct; a subject and its verb alone still split a statement.
    static let ownClauseCueCases: [Case] = [
        Case(text: "Minutes later, Laura Pike sent a message saying, “done.”", expected: [("Laura Pike", "“done.”")]),
        Case(text: "In a press release from his firm, Tom Becker boasted that, thanks to his method, he won every race.",
             expected: [("Tom Becker", "thanks to his method, he won every race")]),
        Case(text: "The levy, Vance said, would fall on renters.",
             expected: [("Vance", "The levy"), ("Vance", "would fall on renters")]),
    ]

    /// A cue word in its bare form between a noun phrase's word and a tensed verb is the noun
    /// heading that verb's subject; a plural subject before the verb and a clause after it still report.
    static let nounHeadCueCases: [Case] = [
        Case(text: "The October report exceeded forecasts, with many new jobs.", expected: []),
        Case(text: "The rejection report ends on a hopeful note.", expected: []),
        Case(text: "Officials report the water is safe.", expected: [("Officials", "the water is safe")]),
        Case(text: "The state passed laws that federal judges said discriminated against renters.",
             expected: [("federal judges", "discriminated against renters")]),
    ]

    /// A complement that is only a pronoun and the time or place of the telling points back to
    /// words reported before; a preposition that completes the verb keeps the statement.
    static let pronounOnlyComplementCases: [Case] = [
        Case(text: "The fees stayed hidden until a newspaper asked about them in April.", expected: []),
        Case(text: "Asked about it after the debate, Ruiz said the plan was dead.", expected: [("Ruiz", "the plan was dead")]),
        Case(text: "The note said that Lowe had praised her in the past.", expected: [("The note", "Lowe had praised her in the past")]),
        Case(text: "Lowe praised her in the past.", expected: []),
        Case(text: "Ruiz asked her about the plan.", expected: [("Ruiz", "her about the plan")]),
    ]

    /// Shapes a review found today's rules wrongly dropped or invented: a time clause with its main
    /// clause after it and no comma, a trailing cue whose subject starts with a work noun, a plural
    /// subject before a bare cue, `From` with a phrase that is no source, a running quotation
    /// before a closing credit.
    static let reviewCounterexampleCases: [Case] = [
        Case(text: "Dana Smith said when she arrived the building was on fire.",
             expected: [("Dana Smith", "when she arrived the building was on fire")]),
        Case(text: "Officials were blunt. “Act now,” the report said.", expected: [("the report", "“Act now,”")]),
        Case(text: "Police say masked gunmen opened fire.", expected: [("Police", "masked gunmen opened fire")]),
        Case(text: "From the start: “We will win this fight.”", expected: []),
        Case(text: "“We will rebuild,” Ann Lowe said.\n\n“It will take years.”\n\n- Jane Doe",
             expected: [("Ann Lowe", "“We will rebuild,”"), ("Ann Lowe", "“It will take years.”")]),
    ]

    @Test(arguments: verbGroupCases + inflectionCases + speakerCases + verbCases + clauseCases + abbreviationCases + labelCases + clauseOnlyCases + quoteObjectCases + complementCases + refusalCases + continuationCases + colonCases + quotativeCases + paragraphBreakCases + nextQuoteCueCases
                      + participlePhraseCases + punctuationCases + personStateCases
                      + apposedAskerCases + focusedRelativeSubjectCases + placeAfterCommaCases + colonPossessorCases + everyoneCases + taggedSourceModifierCases + yearBeforeVerbCases + describedResidentCases
                      + objectAdjunctCases + purposeClauseCases + initialCueColonCases + successiveCueCases + phraseStartCases
                      + reporterAdditionCases + coordinatedSubjectCases + dashedRelativeCases + addresseeOnlyCases + nothingSaidCases + phraseShapeCases
                      + apposedPhraseCases + parenthesisedQuoteCases + frontedGerundQuoteCases + believedClauseSubjectCases + frequencyAdverbSubjectCases + narrativeVerbCases + fusedQuotativeCases
                      + frontedTimeClauseCases + signatureParagraphCases + contactRelativeCases + workTitleCases + colonSourceCases + labelOccasionCases
                      + timeClauseComplementCases + ownClauseCueCases + nounHeadCueCases + pronounOnlyComplementCases
                      + reviewCounterexampleCases + DirectQuoteShapeTests.allCases + ApposedSubjectShapeTests.allCases
                      + WireShapeTests.allCases + SingleQuoteShapeTests.allCases + CueWordingShapeTests.allCases
                      + SpeakerPhraseShapeTests.allCases + FrameAndContinuationShapeTests.allCases + SubjectAsideShapeTests.allCases
                      + RelativeSubjectShapeTests.allCases + PurposeInfinitiveShapeTests.allCases + ColonParaphraseShapeTests.allCases)
    func attribution(_ c: Case) {
        let got = Self.statements(c.text)
        #expect(got.map(\.0) == c.expected.map(\.0), "\(got)")
        #expect(got.map(\.1) == c.expected.map(\.1), "\(got)")
    }

    @Test func aQuotationNothingAttributesIsNoStatementUnlessAsked() {
        let text = "The council met on Tuesday.\nThe banners over the square read in red letters.\n\n“Stronger together, now and always.”\n\nThe square emptied by noon."
        #expect(Engine().analyze(text: text).statements.isEmpty)
        var options = Engine.Options()
        options.unattributedQuotes = true
        let kept = Engine(options: options).analyze(text: text).statements
        #expect(kept.map(\.text) == ["“Stronger together, now and always.”"])
        #expect(kept.first?.actorID == nil)
    }

    @Test func aCommonSayingIsNoStatementEvenWhenUnattributedQuotesAreKept() {
        var options = Engine.Options()
        options.unattributedQuotes = true
        let text = "The council met on Tuesday.\nThe co-op is guided by a simple motto: “The more we share, the more we grow.”\n\n“Stronger together, now and always.”"
        #expect(Engine(options: options).analyze(text: text).statements.map(\.text) == ["“Stronger together, now and always.”"])
    }

    @Test func inflectionsDoubleTheirConsonantWhereEnglishDoes() {
        #expect(Lexicon.inflections("brag") == ["brag", "bragged", "brags", "bragging"])
        #expect(Lexicon.inflections("concur") == ["concur", "concurred", "concurs", "concurring"])
        #expect(Lexicon.inflections("admit").contains("admitted"))
        #expect(Lexicon.inflections("say") == ["say", "said", "says", "saying"])
        #expect(Lexicon.inflections("reply") == ["reply", "replied", "replies", "replying"])
    }

    @Test func wordListsHaveNoDuplicatesAndOnlyLowerCaseForms() {
        for (name, list) in [("reportingBases", Lexicon.reportingBases), ("quoteOnlyBases", Lexicon.quoteOnlyBases)] {
            #expect(Set(list).count == list.count, "duplicates in \(name)")
            #expect(list.allSatisfy { $0 == $0.lowercased() && !$0.contains(" ") }, "forms in \(name)")
        }
        #expect(Set(Lexicon.reportingBases).isDisjoint(with: Lexicon.quoteOnlyBases))
    }
}
