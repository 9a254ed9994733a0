import Testing
@testable import WhosaidModel

/// One table per attribution sieve of ``AttributionPipeline/standard``, with sentences written for
/// it. Each case runs twice: with its sieve alone (and the sieves it builds on, for a continuation),
/// which must find exactly the expected statements, speakers and rules; and with every sieve in
/// order, which must find the same statements and speakers, and the same rules unless an earlier
/// sieve takes the quote first (``Case/earlierSieveTakesIt``).
@Suite struct AttributionSieveTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var sieve: any AttributionSieve
        var text: String
        /// (speaker, statement text, rule) of the attributed statements, in article order.
        var expected: [(String?, String, AttributionRule)]
        /// Sieves that run before this one when it runs alone.
        var after: [any AttributionSieve] = []
        /// Whether the text is the article's first paragraph (a headline); else a first paragraph
        /// comes before it.
        var opensArticle = false
        /// Whether an earlier sieve of the full pipeline takes the statement under its own rule.
        var earlierSieveTakesIt = false
        var testDescription: String { "\(sieve.name): \(text)" }
    }

    /// The attributed statements `pipeline` finds in the case's text.
    static func statements(_ c: Case, pipeline: AttributionPipeline) -> [(String?, String, AttributionRule)] {
        var engine = Engine()
        engine.pipeline = pipeline
        let a = engine.analyze(text: c.opensArticle ? c.text : "The city council met on Tuesday.\n" + c.text)
        return a.statements.filter { $0.rule != .unattributed }.map { (a.actor(of: $0)?.name, $0.text, $0.rule) }
    }

    /// Runs case `c`; a case that expects nothing only says what the sieve alone does not read.
    func check(_ c: Case) {
        let alone = Self.statements(c, pipeline: AttributionPipeline(only: c.after + [c.sieve]))
        #expect(alone.map(\.0) == c.expected.map(\.0), "alone: \(alone)")
        #expect(alone.map(\.1) == c.expected.map(\.1), "alone: \(alone)")
        #expect(alone.map(\.2) == c.expected.map(\.2), "alone: \(alone)")
        guard !c.expected.isEmpty else { return }
        #expect(c.expected.contains { c.sieve.rules.contains($0.2) }, "no statement of the sieve's own")
        let all = Self.statements(c, pipeline: .standard)
        #expect(all.map(\.0) == c.expected.map(\.0), "all sieves: \(all)")
        #expect(all.map(\.1) == c.expected.map(\.1), "all sieves: \(all)")
        if !c.earlierSieveTakesIt {
            #expect(all.map(\.2) == c.expected.map(\.2), "all sieves: \(all)")
        }
    }

    // MARK: Stage 1: a cue beside the quote

    static let trailingCueCases: [Case] = [
        // A relative clause between the speaker and the verb.
        Case(sieve: TrailingCueSieve(), text: "“The pumps are old,” Vance, who runs the plant, said on Friday.",
             expected: [("Vance", "“The pumps are old,”", .trailingCue)]),
        Case(sieve: TrailingCueSieve(), text: "“The dam will hold,” said Nora Vance, the county engineer.",
             expected: [("Nora Vance", "“The dam will hold,”", .trailingCue)]),
        Case(sieve: TrailingCueSieve(), text: "“We are out of money,” the treasurer told the board.",
             expected: [("the treasurer", "“We are out of money,”", .trailingCue)]),
        Case(sieve: TrailingCueSieve(), text: "“Nobody warned us,” according to a farmer in Alma.",
             expected: [("a farmer", "“Nobody warned us,”", .trailingCue)]),
        Case(sieve: TrailingCueSieve(), text: "“It leaks.” ― Nora Vance",
             expected: [("Nora Vance", "“It leaks.”", .trailingCue)]),
        // An adverbial clause after the cue is no reported clause, even after `!`.
        // A verb no list holds, in a cue's place beside a quote that opens its sentence.
        Case(sieve: TrailingCueSieve(), text: "“What changed since May?” Nora Vance questioned.",
             expected: [("Nora Vance", "“What changed since May?”", .trailingCue)]),
        Case(sieve: TrailingCueSieve(), text: "“Let me help you out,” the county engineer riffed on the answer.",
             expected: [("the county engineer", "“Let me help you out,”", .trailingCue)]),
        Case(sieve: TrailingCueSieve(), text: "“Who pays for it?” reacted Nora Vance.",
             expected: [("Nora Vance", "“Who pays for it?”", .trailingCue)]),
        Case(sieve: TrailingCueSieve(), text: "“The dam is safe.” Nora Vance left the room.", expected: []),
        Case(sieve: TrailingCueSieve(), text: "When Vance said it was “safe,” the crowd applauded.", expected: []),
        Case(sieve: TrailingCueSieve(), text: "“So, who?” Her notes redacted.", expected: []),
        Case(sieve: TrailingCueSieve(), text: "“We will rebuild!” Nora Vance said as the crowd cheered.",
             expected: [("Nora Vance", "“We will rebuild!”", .trailingCue)]),
        Case(sieve: TrailingCueSieve(), text: "“Who pays for it?” the treasurer asked while the board waited.",
             expected: [("the treasurer", "“Who pays for it?”", .trailingCue)]),
        // The quote only finishes the reporter's clause: the clause is the statement, mixed.
        Case(sieve: TrailingCueSieve(), text: "The levy “makes no sense,” Vance said.",
             expected: [("Vance", "The levy “makes no sense,”", .trailingCue)]),
        // A bare head before its own reporting verb.
        Case(sieve: TrailingCueSieve(), text: "“We do not understand the need,” the two write.",
             expected: [("the two", "“We do not understand the need,”", .trailingCue)]),
        // A phrasal cue whose particle closes the clause, a manner verb, a cue with "about".
        Case(sieve: TrailingCueSieve(), text: "“The stock has not done well,” Ms. Rubel pointed out.",
             expected: [("Ms. Rubel", "“The stock has not done well,”", .trailingCue)]),
        Case(sieve: TrailingCueSieve(), text: "“Would it be negotiable?” the host pressed.",
             expected: [("the host", "“Would it be negotiable?”", .trailingCue)]),
        Case(sieve: TrailingCueSieve(), text: "“Why would you do that?” Vance said about the plan.",
             expected: [("Vance", "“Why would you do that?”", .trailingCue)]),
        // A surname spelled like a function or reporting word, once the article gave the full name.
        Case(sieve: TrailingCueSieve(), text: "Al From founded the council.\n“The circumstances have changed,” From said.",
             expected: [("Al From", "“The circumstances have changed,”", .trailingCue)]),
        Case(sieve: TrailingCueSieve(), text: "Gil Will writes a column.\n“The vote is a warning,” Will wrote.",
             expected: [("Gil Will", "“The vote is a warning,”", .trailingCue)]),
        Case(sieve: TrailingCueSieve(), text: "Ian Read runs the drug maker.\n“We weighed the deal,” Read said.",
             expected: [("Ian Read", "“We weighed the deal,”", .trailingCue)]),
        // A headline's capital gives no surname, but a modal takes no inflected verb: `Will wrote`
        // names the writer (``SubjectTagRepair/repairModalNames(_:_:_:)``).
        Case(sieve: TrailingCueSieve(), text: "Why Vance Will Win\n“The vote is a warning,” Will wrote.",
             expected: [("Will", "“The vote is a warning,”", .trailingCue)]),
        // After a quote ending on `!` or `?`: a cue with only its topic (`said of …`), an unlisted verb before a description.
        Case(sieve: TrailingCueSieve(), text: "“Perpetual motion!” Rep. Dana Ruiz said of the swirl of meetings.",
             expected: [("Dana Ruiz", "“Perpetual motion!”", .trailingCue)]),
        Case(sieve: TrailingCueSieve(), text: "“Choke!” blared the front page of the Herald.",
             expected: [("the front page of the Herald", "“Choke!”", .trailingCue)]),
        // A verb that is a cue only beside a quote closes a description's clause: its verb, not its noun.
        Case(sieve: TrailingCueSieve(), text: "“Thank you, Georgia,” the sign read.",
             expected: [("the sign", "“Thank you, Georgia,”", .trailingCue)]),
        // A new sentence with its own clause after the cue is no trailing cue.
        Case(sieve: TrailingCueSieve(), text: "“The spillway is too small.” Nora Vance said so.", expected: []),
        Case(sieve: TrailingCueSieve(), text: "“We tried.” Nora Vance said after the vote that the spillway failed.", expected: []),
    ]

    static let leadingCueCases: [Case] = [
        Case(sieve: LeadingCueSieve(), text: "Vance emphatically proclaimed at a press conference, “The spillway is too small.”",
             expected: [("Vance", "“The spillway is too small.”", .leadingCue)]),
        // Words given to a name by a participle: the name speaks, a one-word name too.
        Case(sieve: LeadingCueSieve(), text: "There is a line attributed to Mark Twain: “Get your facts first.”",
             expected: [("Mark Twain", "“Get your facts first.”", .leadingCue)]),
        Case(sieve: LeadingCueSieve(), text: "There is a fine quote credited to Einstein — “We do not know what we are doing.”",
             expected: [("Einstein", "“We do not know what we are doing.”", .leadingCue)]),
        Case(sieve: LeadingCueSieve(), text: "Vance wrote in a letter: “The spillway is too small.”",
             expected: [("Vance", "“The spillway is too small.”", .leadingCue)]),
        Case(sieve: LeadingCueSieve(), text: "The engineer returned to the podium and declared, “We will rebuild.”",
             expected: [("The engineer", "“We will rebuild.”", .leadingCue)]),
        Case(sieve: LeadingCueSieve(), text: "Vance said that “the spillway is too small.”",
             expected: [("Vance", "“the spillway is too small.”", .leadingCue)]),
        Case(sieve: LeadingCueSieve(), text: "Ortiz called “a total waste of public money” the plan.",
             expected: [("Ortiz", "“a total waste of public money”", .leadingCue)]),
        Case(sieve: LeadingCueSieve(), text: "The treasurer says, “Nobody reads the budget,” until the vote comes.",
             expected: [("The treasurer", "“Nobody reads the budget,”", .leadingCue)]),
    ]

    @Test(arguments: trailingCueCases) func trailingCue(_ c: Case) { check(c) }
    @Test(arguments: leadingCueCases) func leadingCue(_ c: Case) { check(c) }

    // MARK: Stage 2: reported speech

    static let openingFrameCases: [Case] = [
        Case(sieve: OpeningFrameSieve(), text: "To Nora Vance, the levy is a tax on the poor.",
             expected: [("Nora Vance", "the levy is a tax on the poor", .opinionFrame)]),
        Case(sieve: OpeningFrameSieve(), text: "According to the county engineer, most wells in the valley are dry.",
             expected: [("the county engineer", "most wells in the valley are dry", .accordingTo)]),
        Case(sieve: OpeningFrameSieve(), text: "According to a survey by the water board, most wells in the valley are dry.",
             expected: [("a survey by the water board", "most wells in the valley are dry", .accordingTo)]),
        Case(sieve: OpeningFrameSieve(), text: "Nora Vance runs the depot. According to her, most wells in the valley are dry.",
             expected: [("Nora Vance", "most wells in the valley are dry", .accordingTo)]),
        // The source's relative clause or apposition stands before the statement; a
        // prepositional phrase there is the statement's own.
        Case(sieve: OpeningFrameSieve(), text: "According to Nora Vance, who runs the depot, most wells in the valley are dry.",
             expected: [("Nora Vance", "most wells in the valley are dry", .accordingTo)]),
        Case(sieve: OpeningFrameSieve(), text: "According to Nora Vance, the county engineer, most wells in the valley are dry.",
             expected: [("Nora Vance", "most wells in the valley are dry", .accordingTo)]),
        Case(sieve: OpeningFrameSieve(), text: "According to Nora Vance, in a dry year, most wells in the valley fail.",
             expected: [("Nora Vance", "in a dry year, most wells in the valley fail", .accordingTo)]),
    ]

    static let headlineCases: [Case] = [
        Case(sieve: HeadlineSieve(), text: "Nora Vance: Dam Will Not Hold Another Spring\nThe dam was built in 1931.",
             expected: [("Nora Vance", "Dam Will Not Hold Another Spring", .reportedSpeech)], opensArticle: true),
        Case(sieve: HeadlineSieve(), text: "Survey: Most Wells in the Valley Are Dry\nThe survey was taken in May.",
             expected: [("Survey", "Most Wells in the Valley Are Dry", .reportedSpeech)], opensArticle: true),
        // In sentence case, a short first paragraph of one sentence is a headline too.
        Case(sieve: HeadlineSieve(), text: "Nora Vance: the dam will not hold another spring.\n\nThe dam was built in 1931.",
             expected: [("Nora Vance", "the dam will not hold another spring", .reportedSpeech)], opensArticle: true),
        Case(sieve: HeadlineSieve(), text: "Dayton Herald: wells in the valley are dry.\n\nThe survey was taken in May.",
             expected: [("Dayton Herald", "wells in the valley are dry", .reportedSpeech)], opensArticle: true),
        // A section label, or a cue of its own after the colon in sentence case: no headline of speech.
        Case(sieve: HeadlineSieve(), text: "EXCLUSIVE: the dam will not hold another spring.\n\nThe dam was built in 1931.",
             expected: [], opensArticle: true),
        Case(sieve: HeadlineSieve(), text: "Nora Vance: engineers say the dam will not hold.\n\nThe dam was built in 1931.",
             expected: [], opensArticle: true),
        Case(sieve: HeadlineSieve(), text: "Opinion: The Dam Will Not Hold Another Spring\nThe dam was built in 1931.",
             expected: [], opensArticle: true),
        // A title-case kicker before the colon, neither one word, nor opening with a given name,
        // nor named again in the story, is no speaker; a speaker named again is.
        Case(sieve: HeadlineSieve(), text: "Trouble Over Water: Dam Will Not Hold Another Spring\nThe dam was built in 1931.",
             expected: [], opensArticle: true),
        Case(sieve: HeadlineSieve(), text: "Whitfield Vance: Dam Will Not Hold Another Spring\nVance is the county engineer.",
             expected: [("Whitfield Vance", "Dam Will Not Hold Another Spring", .reportedSpeech)], opensArticle: true),
    ]

    static let transcriptCases: [Case] = [
        Case(sieve: TranscriptSieve(), text: "LEE: Will the dam hold? We need to know.\nNORA VANCE: It will hold. We checked it twice.",
             expected: [("LEE", "Will the dam hold? We need to know", .reportedSpeech),
                        ("NORA VANCE", "It will hold. We checked it twice", .reportedSpeech)]),
        // One label alone is a heading, not a turn.
        Case(sieve: TranscriptSieve(), text: "UPDATE: The dam will hold. Engineers checked it twice.", expected: []),
        // A role or a party and state set off after the name, in capitals; a title before it.
        Case(sieve: TranscriptSieve(), text: "NORA VANCE, HOST: Will the dam hold?\nSEN. TOM LEE (D), OHIO: It will hold.\nLEE: We checked it twice.",
             expected: [("NORA VANCE", "Will the dam hold", .reportedSpeech), ("TOM LEE", "It will hold", .reportedSpeech),
                        ("TOM LEE", "We checked it twice", .reportedSpeech)]),
        // A middle initial, a lone party letter, a hyphenated party and state.
        Case(sieve: TranscriptSieve(), text: "GEORGE W. BUSH: We will prevail.\nREP. TOM LEE (R): Not with this budget.\nSEN. ANN HALE (D-OHIO): I agree.",
             expected: [("GEORGE W. BUSH", "We will prevail", .reportedSpeech), ("TOM LEE", "Not with this budget", .reportedSpeech),
                        ("ANN HALE", "I agree", .reportedSpeech)]),
        // A one-word heading with a comma heads a blog entry or a box score, not a turn.
        Case(sieve: TranscriptSieve(), text: "UPDATE, MONDAY: Engineers found a crack.\nUPDATE, TUESDAY: The county closed the road.", expected: []),
        // What follows a name's comma in lower case is prose, not a label.
        Case(sieve: TranscriptSieve(), text: "LEE, who runs the dam: it will hold.\nVANCE, the engineer: it will.", expected: []),
    ]

    static let interviewCases: [Case] = [
        // The answers are the guest's: the name the introduction repeats.
        Case(sieve: InterviewSieve(), text: "Nora Vance runs the county dam. Vance spoke to us in May.\nQ: Will the dam hold?\nA: It will hold. We checked it twice.\nQ: And next spring?\nA: Ask me in April.",
             expected: [("Nora Vance", "It will hold. We checked it twice", .reportedSpeech),
                        ("Nora Vance", "Ask me in April", .reportedSpeech)]),
        // A byline and a reporter's name are the interviewer's; on a tie the name after `with` is the guest.
        Case(sieve: InterviewSieve(), text: "By Tom Lee\nHerald reporter Tom Lee spoke with Nora Vance about the dam.\nQ: Will it hold?\nA: It will.",
             expected: [("Nora Vance", "It will", .reportedSpeech)]),
        Case(sieve: InterviewSieve(), text: "Tom Lee spoke with Nora Vance about the dam.\nQ: Will it hold?\nA: It will.",
             expected: [("Nora Vance", "It will", .reportedSpeech)]),
        // No question, no interview: `A:` alone may open a list.
        Case(sieve: InterviewSieve(), text: "Nora Vance runs the dam.\nA: the spillway. B: the gate.", expected: []),
        // No name before the questions, no guest.
        Case(sieve: InterviewSieve(), text: "The dam is old.\nQ: Will it hold?\nA: It will.", expected: []),
        // An explainer's or a quiz's answers are nobody's: the text never says it is an interview.
        Case(sieve: InterviewSieve(), text: "Governor Nora Vance signed the dam law. Vance spoke at the signing.\nQ: What does the law do?\nA: It pays for repairs.",
             expected: []),
        // A byline's whole name is the interviewer's, middle name and all.
        Case(sieve: InterviewSieve(), text: "Interview by Mary Ann Smith.\nNora Vance spoke to us about the county dam.\nQ: Will it hold?\nA: It will.",
             expected: [("Nora Vance", "It will", .reportedSpeech)]),
        // On a tie the name with an apposed role is the guest, and the mention never takes the verb.
        Case(sieve: InterviewSieve(), text: "Nora Vance, the county engineer, spoke with Tom Lee of the Herald.\nQ: Will it hold?\nA: It will.",
             expected: [("Nora Vance", "It will", .reportedSpeech)]),
    ]

    static let nounCueCases: [Case] = [
        Case(sieve: NounCueSieve(), text: "Vance’s warning that the dam would fail went unheeded.",
             expected: [("Vance", "the dam would fail", .nounCue)]),
        Case(sieve: NounCueSieve(), text: "The mayor’s warning that the dam would fail went unheeded.",
             expected: [("The mayor", "the dam would fail", .nounCue)]),
        Case(sieve: NounCueSieve(), text: "Ortiz’s claim that the count was rigged angered the council.",
             expected: [("Ortiz", "the count was rigged", .nounCue)]),
        // The main clause's auxiliary after the clause's predicate ends the statement.
        Case(sieve: NounCueSieve(), text: "Ortiz’s claim that the wells were dry was false.",
             expected: [("Ortiz", "the wells were dry", .nounCue)]),
    ]

    static let labelCases: [Case] = [
        // A labelling participle after a comma shares its clause's subject.
        Case(sieve: LabelSieve(), text: "In Concord, Vance went after Ruiz, calling him “a total stiff.”",
             expected: [("Vance", "him “a total stiff.”", .label)]),
        Case(sieve: LabelSieve(), text: "Ruiz spoke for an hour, calling the levy “a tax on renters.”",
             expected: [("Ruiz", "the levy “a tax on renters.”", .label)]),
        Case(sieve: LabelSieve(), text: "Vance called the levy “a tax on every renter.”",
             expected: [("Vance", "the levy “a tax on every renter.”", .label)]),
        Case(sieve: LabelSieve(), text: "Vance described the spillway as too small for the spring floods.",
             expected: [("Vance", "the spillway as too small for the spring floods", .label)]),
        Case(sieve: LabelSieve(), text: "Vance slammed the board for its long delays.",
             expected: [("Vance", "the board for its long delays", .label)]),
        // `termed` labels as `called` does; `hailed … as` characterises as `described … as` does.
        Case(sieve: LabelSieve(), text: "The opposition termed the announcement a “poll gimmick.”",
             expected: [("The opposition", "the announcement a “poll gimmick.”", .label)]),
        Case(sieve: LabelSieve(), text: "Narodni Glas hailed the deal as “a triumph of patient diplomacy.”",
             expected: [("Narodni Glas", "the deal as “a triumph of patient diplomacy.”", .label)]),
        // A label without quotation marks after an object pronoun; a list of modifiers goes on
        // past its commas, a new clause does not.
        Case(sieve: LabelSieve(), text: "Ana Ruiz called him a kind, patient and generous neighbor.",
             expected: [("Ana Ruiz", "him a kind, patient and generous neighbor", .label)]),
        Case(sieve: LabelSieve(), text: "The editors called him an opportunist who ignored the town, and they left the hall.",
             expected: [("The editors", "him an opportunist who ignored the town", .label)]),
        Case(sieve: LabelSieve(), text: "The children called him The Birdman for years.", expected: []),
        Case(sieve: LabelSieve(), text: "Pruett dubbed her rival “the little mayor.”",
             expected: [("Pruett", "her rival “the little mayor.”", .label)]),
        // A passive characterisation: the `as` phrase, spoken by the `by` phrase's agent before
        // or after it; the subject is the one characterised.
        Case(sieve: LabelSieve(), text: "The plan was described by one union leader as “a betrayal of every worker.”",
             expected: [("one union leader", "as “a betrayal of every worker.”", .label)]),
        Case(sieve: LabelSieve(), text: "The levy has been characterized as a tax on renters by the Tenants Union.",
             expected: [("the Tenants Union", "as a tax on renters", .label)]),
        Case(sieve: LabelSieve(), text: "The money was described in the audit report.", expected: []),
        Case(sieve: LabelSieve(), text: "The reservoir is portrayed as though it were bottomless.", expected: []),
        Case(sieve: LabelSieve(), text: "The council can best be described as a club of old friends.", expected: []),
        Case(sieve: LabelSieve(), text: "Ortiz was dismissed on Monday as the team's coach.", expected: []),
    ]

    static let accordingToCases: [Case] = [
        // An indefinite article before a name wants the head after it, whatever its tag.
        Case(sieve: AccordingToSieve(), text: "At least 40 wells have run dry, according to a Herald tally.",
             expected: [("a Herald tally", "At least 40 wells have run dry", .accordingTo)]),
        Case(sieve: AccordingToSieve(), text: "At least 40 wells have run dry, according to an ABC News tally of county data.",
             expected: [("an ABC News tally of county data", "At least 40 wells have run dry", .accordingTo)]),
        Case(sieve: AccordingToSieve(), text: "The wells will run dry by June, according to the county engineer.",
             expected: [("the county engineer", "The wells will run dry by June", .accordingTo)]),
        Case(sieve: AccordingToSieve(), text: "Rents rose 9 percent last year according to Ortiz Realty.",
             expected: [("Ortiz Realty", "Rents rose 9 percent last year", .accordingTo)]),
        // A source the tags read: no determiner, no capital.
        Case(sieve: AccordingToSieve(), text: "Pruett raised $2 million from farmers, according to new county research.",
             expected: [("new county research", "Pruett raised $2 million from farmers", .accordingTo)]),
        // A parenthetical source: the words after it are the statement, and those before it too
        // when the words after open with their verb (news annotation splits the clause around it).
        Case(sieve: AccordingToSieve(), text: "At the heart of the dispute, according to Dana Ruiz, a former mayor, was a decision to sell the land.",
             expected: [("Dana Ruiz", "At the heart of the dispute", .accordingTo), ("Dana Ruiz", "was a decision to sell the land", .accordingTo)]),
        Case(sieve: AccordingToSieve(), text: "The levy passed, according to Dana Ruiz, who ran the count.",
             expected: [("Dana Ruiz", "The levy passed", .accordingTo)]),
        // An object pronoun is a source the actors resolve; a possessive opens a description.
        Case(sieve: AccordingToSieve(), text: "Dana Ruiz runs the depot. Demand has doubled, according to her.",
             expected: [("Dana Ruiz", "Demand has doubled", .accordingTo)]),
        Case(sieve: AccordingToSieve(), text: "Demand has doubled, according to her lawyer.",
             expected: [("her lawyer", "Demand has doubled", .accordingTo)]),
    ]

    static let lightVerbCueCases: [Case] = [
        Case(sieve: LightVerbCueSieve(), text: "Ruiz made clear that the plant would stay open.",
             expected: [("Ruiz", "the plant would stay open", .reportedSpeech)]),
        Case(sieve: LightVerbCueSieve(), text: "The water board has made it clear that no fees would rise this year.",
             expected: [("The water board", "no fees would rise this year", .reportedSpeech)]),
        Case(sieve: LightVerbCueSieve(), text: "Nora Vance expressed deep concern that the dam would fail.",
             expected: [("Nora Vance", "the dam would fail", .reportedSpeech)]),
        // Without the word that carries the saying, or without "that", the verb reports nothing.
        Case(sieve: LightVerbCueSieve(), text: "Ruiz made a promise to the voters of the county.", expected: []),
        Case(sieve: LightVerbCueSieve(), text: "Ruiz expressed concern about the dam.", expected: []),
        // A thing holds no attitude: only names, pronouns, people and organisations do.
        Case(sieve: LightVerbCueSieve(), text: "The storm made it clear that the levee was too low.", expected: []),
        Case(sieve: LightVerbCueSieve(), text: "Some lawmakers made it clear that they would vote no.",
             expected: [("Some lawmakers", "they would vote no", .reportedSpeech)]),
    ]

    static let reportingVerbCases: [Case] = [
        Case(sieve: ReportingVerbSieve(), text: "Nora Vance said the dam would hold.",
             expected: [("Nora Vance", "the dam would hold", .reportedSpeech)]),
        Case(sieve: ReportingVerbSieve(), text: "The dam will hold, the engineer said on Friday.",
             expected: [("the engineer", "The dam will hold", .reportedSpeech)]),
        Case(sieve: ReportingVerbSieve(), text: "The levy, Vance said, would fall hardest on renters.",
             expected: [("Vance", "The levy", .reportedSpeech), ("Vance", "would fall hardest on renters", .reportedSpeech)]),
        // A parenthetical cue with its adjuncts: the comma after them closes it.
        Case(sieve: ReportingVerbSieve(), text: "The difference now, Vance told me on Friday, is that the dam is older.",
             expected: [("Vance", "The difference now", .reportedSpeech), ("Vance", "is that the dam is older", .reportedSpeech)]),
        Case(sieve: ReportingVerbSieve(), text: "These workers, Pruett explained earlier in the hearing, were paid well.",
             expected: [("Pruett", "These workers", .reportedSpeech), ("Pruett", "were paid well", .reportedSpeech)]),
        Case(sieve: ReportingVerbSieve(), text: "The levy is vital, Ruiz said after meeting with aides, because the county is broke.",
             expected: [("Ruiz", "The levy is vital", .reportedSpeech), ("Ruiz", "because the county is broke", .reportedSpeech)]),
        // A name alone after a parenthetical cue is the one addressed, no statement.
        Case(sieve: ReportingVerbSieve(), text: "The harm done to the family is very deep, I assure you, John.",
             expected: [(nil, "The harm done to the family is very deep", .reportedSpeech)]),
        // A semicolon after a postposed cue ends its clause as a full stop does.
        Case(sieve: ReportingVerbSieve(), text: "The errors were deliberate, Vance noted; the county had hidden them for years.",
             expected: [("Vance", "The errors were deliberate", .reportedSpeech)]),
        // What follows a prepositional cue or "that" is what was said, not an adjunct.
        Case(sieve: ReportingVerbSieve(), text: "Ruiz spoke of the drought in the western valley, the lack of water and the heat.",
             expected: [("Ruiz", "the drought in the western valley, the lack of water and the heat", .reportedSpeech)]),
        Case(sieve: ReportingVerbSieve(), text: "Vance suggested that ultimately, the county was to blame.",
             expected: [("Vance", "ultimately, the county was to blame", .reportedSpeech)]),
        Case(sieve: ReportingVerbSieve(), text: "Vance spoke for an hour, saying that the town would recover.",
             expected: [("Vance", "the town would recover", .reportedSpeech)]),
        Case(sieve: ReportingVerbSieve(), text: "Insisting the count was fair, Vance invited observers to the hall.",
             expected: [("Vance", "the count was fair", .reportedSpeech)]),
        Case(sieve: ReportingVerbSieve(), text: "The water board has already warned that the wells are low.",
             expected: [("The water board", "the wells are low", .reportedSpeech)]),
        Case(sieve: ReportingVerbSieve(), text: "Vance said the vote was fair and warned that the count would take a week.",
             expected: [("Vance", "the vote was fair", .reportedSpeech), ("Vance", "the count would take a week", .reportedSpeech)]),
        // A cue inside a relative clause whose pronoun is the reported predicate's subject.
        Case(sieve: ReportingVerbSieve(), text: "The levy, which the auditor said was poorly drafted, failed in May.",
             expected: [("the auditor", "was poorly drafted", .reportedSpeech)]),
        Case(sieve: ReportingVerbSieve(), text: "The fee pays for what Ann Pruett said is growing demand for water.",
             expected: [("Ann Pruett", "is growing demand for water", .reportedSpeech)]),
        Case(sieve: ReportingVerbSieve(), text: "Cole finished third, a result that Cole said defied every poll.",
             expected: [("Cole", "defied every poll", .reportedSpeech)]),
        // A time adjunct may stand between the cue and the predicate; a noun phrase there is a subject.
        Case(sieve: ReportingVerbSieve(), text: "The levy, which the auditor said Monday was poorly drafted, failed in May.",
             expected: [("the auditor", "was poorly drafted", .reportedSpeech)]),
        Case(sieve: ReportingVerbSieve(), text: "The levy, which the auditor said on Tuesday was poorly drafted, failed in May.",
             expected: [("the auditor", "was poorly drafted", .reportedSpeech)]),
        Case(sieve: ReportingVerbSieve(), text: "Cole finished third, a result that Cole said last week defied every poll.",
             expected: [("Cole", "defied every poll", .reportedSpeech)]),
        // A fronted `as` clause: the main clause is what its subject reported.
        Case(sieve: ReportingVerbSieve(), text: "As the Dayton Herald reported on Friday, the county had raised the fee twice.",
             expected: [("the Dayton Herald", "the county had raised the fee twice", .reportedSpeech)]),
        Case(sieve: ReportingVerbSieve(), text: "But as Pruett noted, those voters will give the levy a second look.",
             expected: [("Pruett", "those voters will give the levy a second look", .reportedSpeech)]),
        Case(sieve: ReportingVerbSieve(), text: "It is a long time, as Pruett said, for a town to wait.", expected: []),
        // Sentence-initial `What … said` is a subject: the predicate is the reporter's.
        Case(sieve: ReportingVerbSieve(), text: "What the auditor said was never made public.", expected: []),
    ]

    static let agentlessCases: [Case] = [
        // An extraposed passive of a news verb: the `that` clause, said by no one named.
        Case(sieve: AgentlessSieve(), text: "It was revealed on Friday that the mayor had lied.",
             expected: [(nil, "the mayor had lied", .agentless)]),
        Case(sieve: AgentlessSieve(), text: "It's been reported that the plant is closing.",
             expected: [(nil, "the plant is closing", .agentless)]),
        Case(sieve: AgentlessSieve(), text: "It\u{2019}s been reported that the mill is closing.",
             expected: [(nil, "the mill is closing", .agentless)]),
        Case(sieve: AgentlessSieve(), text: "The company has a new plan. It said that the mill is closing.", expected: []),
        // Inside a fronted phrase's relative clause the statement ends with the phrase.
        Case(sieve: AgentlessSieve(), text: "At a time when it was said that the mill would close, Ruiz bought it.",
             expected: [(nil, "the mill would close", .agentless)]),
        Case(sieve: AgentlessSieve(), text: "The firm faltered when it was revealed in March that its books were false.",
             expected: [(nil, "its books were false", .agentless)]),
        // Editorial passives, modal verb groups and absolute phrases report nothing.
        Case(sieve: AgentlessSieve(), text: "It should be said that nobody knew the cost.", expected: []),
        Case(sieve: AgentlessSieve(), text: "It is recommended that visitors bring water.", expected: []),
        Case(sieve: AgentlessSieve(), text: "The reef is clear, it being said that you can see the bottom.", expected: []),
        // A charge denied is no one's statement.
        Case(sieve: AgentlessSieve(), text: "The treasurer has never been charged with any wrongdoing.", expected: []),
        Case(sieve: AgentlessSieve(), text: "Neither the mayor nor her aides have been charged with a crime.", expected: []),
        Case(sieve: AgentlessSieve(), text: "Asked whether she would run again, Lee smiled.",
             expected: [(nil, "whether she would run again", .agentless)]),
        Case(sieve: AgentlessSieve(), text: "When asked about the closure, the mayor shrugged.",
             expected: [(nil, "the closure", .agentless)]),
        Case(sieve: AgentlessSieve(), text: "Lee was asked to name a single bill she had passed.",
             expected: [(nil, "to name a single bill she had passed", .agentless)]),
        Case(sieve: AgentlessSieve(), text: "Asked on the radio who leads the party, Lee laughed.",
             expected: [(nil, "who leads the party", .agentless)]),
        // A quotation closing on a comma ends the question, as a comma does.
        Case(sieve: AgentlessSieve(), text: "Asked if the plan was “fair,” Lee shrugged.",
             expected: [(nil, "if the plan was “fair,”", .agentless)]),
        // An agent before the question asked it.
        Case(sieve: AgentlessSieve(), text: "Asked by the host whether she would run again, Lee smiled.",
             expected: [("the host", "whether she would run again", .reportedSpeech)]),
        Case(sieve: AgentlessSieve(), text: "The clerk was accused of hiding the ledger.",
             expected: [(nil, "hiding the ledger", .agentless)]),
        Case(sieve: AgentlessSieve(), text: "The budget has been widely criticized as a giveaway.",
             expected: [(nil, "a giveaway", .agentless)]),
        // An asker of its own, an agent, or an inverted cue: not this sieve's.
        Case(sieve: AgentlessSieve(), text: "Reporters asked whether the council would vote.", expected: []),
        Case(sieve: AgentlessSieve(), text: "Lee was asked by reporters to leave the hall.", expected: []),
        Case(sieve: AgentlessSieve(), text: "“Why now?” asked Lee.", expected: []),
        Case(sieve: AgentlessSieve(), text: "The vote failed, asked Lee.", expected: []),
        Case(sieve: AgentlessSieve(), text: "The clerk was accused by the auditor of hiding the ledger.", expected: []),
    ]

    @Test(arguments: agentlessCases) func agentless(_ c: Case) { check(c) }

    static let reportedByAgentCases: [Case] = [
        Case(sieve: ReportedByAgentSieve(), text: "The council's plan was first reported by the Lakeside Gazette.",
             expected: [("the Lakeside Gazette", "The council's plan", .accordingTo)]),
        Case(sieve: ReportedByAgentSieve(), text: "News of the mill's closing had been reported by Radio Alma on Monday.",
             expected: [("Radio Alma", "News of the mill's closing", .accordingTo)]),
        // The reduced passive between commas: the subject and the predicate after it.
        Case(sieve: ReportedByAgentSieve(), text: "The grant, first reported by the Lakeside Gazette, will pay for two new wells.",
             expected: [("the Lakeside Gazette", "The grant", .accordingTo), ("the Lakeside Gazette", "will pay for two new wells", .accordingTo)]),
        // No agent, a pronoun subject, a subject with its own verb, words after the agent: nothing.
        Case(sieve: ReportedByAgentSieve(), text: "The council's plan was reported on Monday.", expected: []),
        Case(sieve: ReportedByAgentSieve(), text: "It was first reported by the Lakeside Gazette.", expected: []),
        Case(sieve: ReportedByAgentSieve(), text: "The fire that was reported by neighbors spread fast.", expected: []),
        Case(sieve: ReportedByAgentSieve(), text: "The theft was reported by a clerk who saw the van leave.", expected: []),
        // A subject with no noun (`As was reported by…`) and a source running on into a clause
        // (``Attributor/runsOnPastAgent(_:)``): nothing.
        Case(sieve: ReportedByAgentSieve(), text: "As was reported by the Lakeside Gazette, the mill will close.", expected: []),
        Case(sieve: ReportedByAgentSieve(), text: "The leak was first reported by the Lakeside Gazette in 2019 and later confirmed by police.", expected: []),
        // A thing or an event a description's agent found is seen, not told
        // (``Attributor/reportedContentNouns``); what was told is the agent's statement.
        Case(sieve: ReportedByAgentSieve(), text: "The meteor was first reported by astronomers in Chile.", expected: []),
        Case(sieve: ReportedByAgentSieve(), text: "The blaze was reported by neighbors on Friday.", expected: []),
        Case(sieve: ReportedByAgentSieve(), text: "News of the merger was first reported by two bloggers.",
             expected: [("two bloggers", "News of the merger", .accordingTo)]),
    ]

    @Test(arguments: reportedByAgentCases) func reportedByAgent(_ c: Case) { check(c) }

    @Test func theOneToldIsTheOneWhoAsked() {
        let found = Self.statements(Case(sieve: AgentlessSieve(), text: "The levy will pass, Lee told the Herald on Monday when asked about the vote.", expected: []),
                                    pipeline: .standard)
        #expect(found.contains { $0.0 == "the Herald" && $0.1 == "the vote" && $0.2 == .reportedSpeech }, "\(found)")
    }

    @Test(arguments: openingFrameCases) func openingFrame(_ c: Case) { check(c) }
    @Test(arguments: headlineCases) func headline(_ c: Case) { check(c) }
    @Test(arguments: transcriptCases) func transcript(_ c: Case) { check(c) }
    @Test(arguments: interviewCases) func interview(_ c: Case) { check(c) }

    /// A transcript label's role is its speaker's, and its title is no part of the name.
    @Test func aTranscriptLabelGivesItsRoleAndTitle() {
        let a = Engine().analyze(text: "NORA VANCE, HOST: Will the dam hold?\nSEN. TOM LEE (D), OHIO: It will hold.")
        #expect(a.actors.map(\.name) == ["NORA VANCE", "TOM LEE"])
        #expect(a.actors.first?.roles == ["HOST"])
        #expect(a.actors.last?.roles.contains("(D), OHIO") == true)
    }
    @Test(arguments: nounCueCases) func nounCue(_ c: Case) { check(c) }
    @Test(arguments: labelCases) func label(_ c: Case) { check(c) }
    @Test(arguments: accordingToCases) func accordingTo(_ c: Case) { check(c) }
    @Test(arguments: lightVerbCueCases) func lightVerbCue(_ c: Case) { check(c) }
    @Test(arguments: reportingVerbCases) func reportingVerb(_ c: Case) { check(c) }

    static let firstPersonBeliefCases: [Case] = [
        Case(sieve: FirstPersonBeliefSieve(), text: "Harbour Notes\n\nBy Ana Reyes\n\nI think that the harbour should be dredged every spring.",
             expected: [("Ana Reyes", "the harbour should be dredged every spring", .reportedSpeech)], opensArticle: true),
        Case(sieve: FirstPersonBeliefSieve(), text: "Harbour Notes\n\nBy Ana Reyes\n\nIn the end, I believe the council will pay for it.",
             expected: [("Ana Reyes", "the council will pay for it", .reportedSpeech)], opensArticle: true),
        Case(sieve: FirstPersonBeliefSieve(), text: "I think that the harbour should be dredged every spring.", expected: []),
        Case(sieve: FirstPersonBeliefSieve(), text: "Harbour Notes\n\nBy Ana Reyes\n\nTom Varga thinks that the harbour should be dredged.",
             expected: [], opensArticle: true),
    ]
    @Test(arguments: firstPersonBeliefCases) func firstPersonBelief(_ c: Case) { check(c) }

    // MARK: Stage 3: quotes left

    static let sentenceCueCases: [Case] = [
        // The sieve reads a relative clause between the speaker and the verb; the trailing cue now does first.
        Case(sieve: SentenceCueSieve(), text: "“The pumps are old,” Vance, who runs the plant, said on Friday.",
             expected: [("Vance", "“The pumps are old,”", .sentenceCue)], earlierSieveTakesIt: true),
        Case(sieve: SentenceCueSieve(), text: "Nora Vance told the board: “The dam will hold.”",
             expected: [("Nora Vance", "“The dam will hold.”", .sentenceCue)]),
        // A fragment takes a cue that closes its sentence.
        Case(sieve: SentenceCueSieve(), text: "The levy is a “tax on renters” in all but name, Mayor Ortiz told the council.",
             expected: [("Mayor Ortiz", "“tax on renters”", .sentenceCue)]),
        // An inverted cue opening the sentence, its speaker with a relative clause.
        Case(sieve: SentenceCueSieve(), text: "Said Mara Kell, who grew up on the same street, “We were all so proud of her.”",
             expected: [("Mara Kell", "“We were all so proud of her.”", .sentenceCue)]),
    ]

    static let nextSentenceCueCases: [Case] = [
        // The trailing cue reads the same shape first.
        Case(sieve: NextSentenceCueSieve(), text: "“The spillway is too small.” Nora Vance said.",
             expected: [("Nora Vance", "“The spillway is too small.”", .sentenceCue)], earlierSieveTakesIt: true),
        Case(sieve: NextSentenceCueSieve(), text: "“We will appeal.” The treasurer said on Monday.",
             expected: [("The treasurer", "“We will appeal.”", .sentenceCue)], earlierSieveTakesIt: true),
    ]

    static let colonCases: [Case] = [
        Case(sieve: ColonSieve(), text: "At the hearing, Nora Vance went further: “Tear it down.”",
             expected: [("Nora Vance", "“Tear it down.”", .sentenceCue)]),
        Case(sieve: ColonSieve(), text: "The engineers summed up their findings: “The dam will fail.”",
             expected: [("The engineers", "“The dam will fail.”", .sentenceCue)]),
        Case(sieve: ColonSieve(), text: "She ended with a line by Mark Twain: “Whiskey is for drinking.”",
             expected: [("Mark Twain", "“Whiskey is for drinking.”", .sentenceCue)]),
        // The person named last with a verb after them, nearest the colon.
        Case(sieve: ColonSieve(), text: "When Vance resigned, Mayor Ortiz released the following statement: “We thank her.”",
             expected: [("Mayor Ortiz", "“We thank her.”", .sentenceCue)]),
        // A letter's salutation names its reader (``Attributor/isSalutation(first:colon:)``).
        Case(sieve: ColonSieve(), text: "Dear Sen. Ruth Kell:\n\n“We ask that you vote against the bill.”", expected: []),
        Case(sieve: ColonSieve(), text: "Dear Ruth Kell:\n\n“We ask that you vote against the bill.”", expected: []),
        Case(sieve: ColonSieve(), text: "To the Alma Board of Trustees:\n\n“We ask that you vote against the bill.”", expected: []),
    ]

    static let narrativeSubjectCases: [Case] = [
        Case(sieve: NarrativeSubjectSieve(), text: "Nora Vance walked the spillway at dawn. “It will not hold another spring.”",
             expected: [("Nora Vance", "“It will not hold another spring.”", .nearestMention)]),
        Case(sieve: NarrativeSubjectSieve(), text: "Nora Vance walked the spillway at dawn.\n“It will not hold another spring.”",
             expected: [("Nora Vance", "“It will not hold another spring.”", .nearestMention)]),
        // No person opens the sentence before the quote.
        Case(sieve: NarrativeSubjectSieve(), text: "The council met at noon. “It will not hold.”", expected: []),
    ]

    static let continuationCases: [Case] = [
        Case(sieve: ContinuationSieve(), text: "“We are out of money,” Vance said. “The pumps stop on Monday.”",
             expected: [("Vance", "“We are out of money,”", .trailingCue), ("Vance", "“The pumps stop on Monday.”", .continuation)],
             after: [TrailingCueSieve()]),
        Case(sieve: ContinuationSieve(), text: "“We are out of money,” Vance said.\n“The pumps stop on Monday.”",
             expected: [("Vance", "“We are out of money,”", .trailingCue), ("Vance", "“The pumps stop on Monday.”", .continuation)],
             after: [TrailingCueSieve()]),
        // The quote goes on with the quotation, not with the clause inside its cue sentence.
        Case(sieve: ContinuationSieve(), text: "“We lost,” Vance said, after the board declared the dam unsafe. “We lost badly.”",
             expected: [("Vance", "“We lost,”", .trailingCue), ("the board", "the dam unsafe", .reportedSpeech),
                        ("Vance", "“We lost badly.”", .continuation)],
             after: [TrailingCueSieve(), ReportingVerbSieve()]),
    ]

    static let runOnQuoteCases: [Case] = [
        // A quote left open at its paragraph's end runs on into the next paragraph's quote.
        Case(sieve: RunOnQuoteSieve(), text: "“The first thing we did was call the insurer.\n\n“Then we waited,” said Ellen Jones.",
             expected: [("Ellen Jones", "“The first thing we did was call the insurer.", .continuation),
                        ("Ellen Jones", "“Then we waited,”", .trailingCue)],
             after: [TrailingCueSieve()]),
    ]

    @Test(arguments: sentenceCueCases) func sentenceCue(_ c: Case) { check(c) }
    @Test(arguments: runOnQuoteCases) func runOnQuote(_ c: Case) { check(c) }
    @Test(arguments: nextSentenceCueCases) func nextSentenceCue(_ c: Case) { check(c) }
    @Test(arguments: colonCases) func colon(_ c: Case) { check(c) }
    @Test(arguments: narrativeSubjectCases) func narrativeSubject(_ c: Case) { check(c) }
    @Test(arguments: continuationCases) func continuation(_ c: Case) { check(c) }

    // MARK: The pipeline

    @Test func thePipelineListsEverySieveOnceInItsOrder() {
        let names = AttributionPipeline.standard.sieves.map(\.name)
        #expect(names == [
            "trailing-cue", "leading-cue",
            "opening-frame", "headline", "transcript", "interview", "question-answer", "colon-paraphrase", "noun-cue", "label", "according-to", "agentless", "reported-by-agent", "reporting-verb", "light-verb-cue",
            "first-person-belief", "sentence-cue", "next-sentence-cue", "colon", "run-on-quote", "narrative-subject", "continuation",
        ])
        #expect(Set(names).count == names.count)
    }

    @Test func everyRuleButUnattributedIsSomeSievesRule() {
        let made = AttributionPipeline.standard.sieves.reduce(into: Set<AttributionRule>()) { $0.formUnion($1.rules) }
        #expect(made == Set(AttributionRule.allCases).subtracting([.unattributed]))
    }

    @Test func labelStatementsSwitchOffTheLabelNounCueAndColonParaphraseSieves() {
        var options = Engine.Options()
        options.labelStatements = false
        let on = AttributionPipeline.standard.switchedOn(by: Engine.Options()).sieves.map(\.name)
        let off = AttributionPipeline.standard.switchedOn(by: options).sieves.map(\.name)
        #expect(on == AttributionPipeline.standard.sieves.map(\.name))
        #expect(off == on.filter { $0 != "label" && $0 != "noun-cue" && $0 != "colon-paraphrase" })
    }
}

extension AttributionPipeline {
    /// A pipeline of `sieves` alone, each in its stage, in the order given.
    init(only sieves: [any AttributionSieve]) {
        self.init(
            besideQuote: sieves.compactMap { $0 as? any QuoteSieve },
            sentenceFrames: sieves.compactMap { $0 as? any SentenceSieve },
            cueWords: sieves.compactMap { $0 as? any CueWordSieve },
            quotesLeft: sieves.compactMap { $0 as? any LeftoverQuoteSieve }
        )
    }
}
