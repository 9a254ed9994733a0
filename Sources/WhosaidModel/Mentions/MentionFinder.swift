import WhosaidSyntax

/// Reads speaker noun phrases around reporting cues: names with titles and appositive roles,
/// pronouns, and descriptions of unnamed speakers and groups.
struct MentionFinder {
    let document: Document
    let tokens: Tokens

    /// The paragraph of token `i` (tokens keep only their sentence).
    @inline(__always) func paragraphOf(_ i: Int) -> Int { document.paragraph(ofSentence: tokens[i].sentence) }
    /// Words that are no speaker's head alone ("day", "may") but close a full name elsewhere in
    /// the article ("Kristen Day"), so that `Day said` later names her.
    let surnamesOfCommonForm: Set<String>
    /// Function and reporting words ("will", "from", "read") that close a full name elsewhere in the article
    /// ("George Will wrote", "Al From said"), so that `“…,” Will wrote` later names him.
    let surnamesOfFunctionForm: Set<String>

    /// Capitalised words in -s that close a name elsewhere in the article ("Bernie Sanders",
    /// "Michelle Fields"): alone at a sentence's start they are the surname, not a plural noun.
    let surnamesInS: Set<String>

    /// What the finder learns of the article's names, given to a finder over the same tokens
    /// (``init(document:tokens:names:)``) so that it need not read them again.
    struct ArticleNames: Sendable {
        fileprivate let commonForm: Set<String>
        fileprivate let functionForm: Set<String>
        fileprivate let inS: Set<String>
    }

    /// What the finder learned of the article's names.
    var articleNames: ArticleNames {
        ArticleNames(commonForm: surnamesOfCommonForm, functionForm: surnamesOfFunctionForm, inS: surnamesInS)
    }

    /// The finder over `tokens` of `document`, given what another finder over the same
    /// tokens learned of the article's names (``articleNames``): the same finder, without
    /// reading every capitalised word again.
    init(document: Document, tokens: Tokens, names: ArticleNames) {
        self.document = document
        self.tokens = tokens
        surnamesOfCommonForm = names.commonForm
        surnamesOfFunctionForm = names.functionForm
        surnamesInS = names.inS
    }

    init(document: Document, tokens: Tokens) {
        self.document = document
        self.tokens = tokens
        var surnames: Set<String> = []
        var functionSurnames: Set<String> = []
        var sSurnames: Set<String> = []
        for k in tokens.indices.dropFirst() where tokens[k].isCapitalized && tokens[k].isWord {
            // After a known first name only: a headline's capitals ("Angry Voters Reject…") are no name.
            // The word before is tested first: most capitals follow no capital, and reading the
            // ending compares strings.
            if tokens[k - 1].isCapitalized, tokens[k - 1].isWord, tokens[k].lower.endsWith("s"),
               tokens[k - 1].sentence == tokens[k].sentence, FirstNameGender.isFirstName(tokens[k - 1].lower) {
                sSurnames.insert(tokens[k].lower)
            }
            let functionForm = tokens[k].is(.stopWord) || tokens[k].is(.preposition) || tokens[k].is(.reporting) || tokens[k].is(.quoteOnly)
            guard tokens[k].is(.nonSpeakerHead) || functionForm else { continue }
            let before = tokens[k - 1]
            guard before.isWord, before.isCapitalized, before.tag == .propn, before.sentence == tokens[k].sentence,
                  !before.is(.nonSpeakerHead), !before.is(.stopWord), !Lexicon.titles.contains(before.lower) else { continue }
            if tokens[k].is(.nonSpeakerHead) { surnames.insert(tokens[k].lower) }
            // "Trump Will Win": in a title-case headline the next word is capitalised too.
            if functionForm, k + 1 < tokens.count, !tokens[k + 1].isCapitalized, tokens[k + 1].sentence == tokens[k].sentence {
                functionSurnames.insert(tokens[k].lower)
            }
        }
        surnamesOfCommonForm = surnames
        surnamesInS = sSurnames
        surnamesOfFunctionForm = functionSurnames
    }

    /// Whether token `i` is a function word standing alone for a surname the article gave in full
    /// (`“…,” From said.` after "Al From"): capitalised, known, and not before another capital.
    func isFunctionFormSurname(_ i: Int) -> Bool {
        let t = tokens[i]
        guard t.isCapitalized, !surnamesOfFunctionForm.isEmpty, surnamesOfFunctionForm.contains(t.lower) else { return false }
        return i + 1 >= tokens.count || !tokens[i + 1].isCapitalized
    }

    /// Whether token `i` is a capitalised modal the tags read as a name (`May said`, `Will Hurd
    /// said`: ``SubjectTagRepair/repairModalNames(_:_:_:)``), which a speaker's phrase keeps.
    /// A date's month stays no name (`said May 5 that…`): a verb or a mark must follow.
    func isModalReadAsName(_ i: Int) -> Bool {
        let t = tokens[i]
        guard t.tag == .propn, t.isCapitalized, t.isWord, SubjectTagRepair.modals.contains(t.lower) else { return false }
        guard i + 1 < tokens.count, tokens[i + 1].sentence == t.sentence else { return true }
        let next = tokens[i + 1]
        return next.kind == .punctuation || next.tag == .verb || next.tag == .aux || next.tag == .propn && next.isCapitalized
    }

    private static let nameLinks: WordSet = ["of", "de", "la", "van", "von", "der", "den", "bin", "al", "da", "du", "le", "di", "del", "'s", "and", "&"]
    private static let maxLength = 12
    /// Prepositions that join the words of a name as its links do (`Bank of America on Wall Street`).
    private static let namePrepositionLinks: WordSet = ["on", "for", "at"]
    /// The words that link a description's head noun to what follows ("a professor at …").
    private static let descriptionLinks: WordSet = ["at", "in", "from", "for", "with", "on", "to", "of"]
    /// The links after a document noun to the source it speaks for ("a story from …").
    private static let documentSourceLinks: WordSet = ["from", "by", "of", "in"]
    /// The tokens that end a search back for a relative clause's opener.
    private static let relativeClauseStops: WordSet = [".", ";", ":", "!", "?"]
    /// The words that open a relative clause after a comma.
    private static let relativeClauseOpeners: WordSet = ["which", "who", "whose"]
    /// The lower-case words that end a search back for a phrase's start.
    private static let phraseClosingWords: WordSet = ["that", "this", "which"]
    /// Determiners that open a clause, not a phrase (`answered “yes” that …`).
    private static let clauseOpeningDeterminers: WordSet = ["that", "which", "what"]
    /// The links a search back for a phrase's start goes through (`a story from the …`).
    private static let backwardPhraseLinks: WordSet = ["from", "of", "at", "for"]
    /// The links that take a description on to their object (`one source on the panel`).
    private static let descriptionObjectLinks: WordSet = ["of", "on", "at", "for", "from", "by"]
    /// The prepositions that end a description read forward.
    private static let descriptionEndingPrepositions: WordSet = ["in", "on", "at", "for", "with", "from", "after", "before", "of"]
    /// The links a description opened by a capitalised adjective goes through.
    private static let adjectivePhraseLinks: WordSet = ["of", "on", "at", "for", "from"]
    /// The words that open an appositive role whatever their case (``isRoleStart(_:)``).
    private static let roleOpeners: WordSet = ["a", "an", "the", "who", "former", "now", "then", "once", "also", "himself", "herself", "long"]
    /// Documents that speak for their source ("a story from the agency said").
    static let documentNouns: WordSet = [
        "story", "report", "statement", "article", "release", "analysis", "study", "survey", "poll",
        "letter", "memo", "post", "tweet", "editorial", "dispatch", "broadcast", "commentary", "filing",
    ]
    /// Lower-case job words that may stand between an outlet and a name ("MSNBC host Chris Matthews").
    static let roleNouns: WordSet = [
        "host", "anchor", "correspondent", "reporter", "columnist", "editor", "writer", "spokesman",
        "spokeswoman", "spokesperson", "secretary", "press", "director", "chairman", "chairwoman", "chief",
        "adviser", "advisor", "aide", "attorney", "lawyer", "economist", "analyst", "official", "strategist",
        "pollster", "executive", "president", "founder", "commissioner", "manager", "leader", "nominee",
        "candidate", "senator", "governor", "mayor", "professor", "researcher", "widow", "fellow", "member",
        "ranking", "senior", "top", "longtime", "veteran", "deputy", "assistant", "associate", "resident",
        "voter", "native", "supporter", "activist", "organizer", "owner", "student", "teacher", "actress",
        "actor", "singer", "comedian", "businessman", "businesswoman", "entrepreneur", "lawmaker", "delegate",
        "minister", "secretary", "judge", "commentator", "pundit", "consultant", "adviser", "advisor", "democrat",
        "ally", "co-host", "scientist", "constituent", "historian", "expert", "physician", "surgeon", "farmer",
        "backbencher", "campaigner", "councillor", "councilor", "lobbyist", "nurse", "paramedic", "firefighter",
    ]

    // MARK: Subject before a verb

    /// The speaker mention that ends right before `end` (inclusive), not before token `floor`.
    /// Handles `NAME, ROLE, said` appositives and `NAME, who …, said` relatives.
    func subject(endingAt end: Int, floor: Int) -> SpeakerMention? {
        guard end >= floor, end >= 0 else { return nil }
        if tokens[end].lower == "," {
            // "Sen. Paul Greer (D-Ore.), said": a stray comma after the party code.
            if end - 1 > floor, tokens[end - 1].lower == ")", (max(floor, end - 5)..<end - 1).contains(where: isPartyCode) {
                return phrase(endingAt: end - 1, floor: floor)
            }
            return describedPartyMember(commaAt: end, floor: floor) ?? campusSubject(commaAt: end, floor: floor)
                ?? residentSubject(commaAt: end, floor: floor) ?? namedPersonApposed(toSubjectClosedAt: end, floor: floor)
                ?? appositiveSubject(commaAt: end, floor: floor)
        }
        // "Lowe, the host of “Morning Joe,” told…": a title's closing mark after its own comma
        // closes the apposition as the comma would.
        if end - 1 > floor, SubjectTagRepair.isClosingQuoteMark(tokens[end]), tokens[end].quote == nil,
           tokens[end - 1].lower == ",", tokens[end - 1].quote != nil {
            return appositiveSubject(commaAt: end, floor: floor)
        }
        if dashWidth(endingAt: end) > 0 {
            return dashedAppositiveSubject(dashEndingAt: end, floor: floor)
        }
        // A closure, not the method: passed as a value, it copied the finder at every call.
        return phrase(endingAt: end, floor: floor).map { personBeforeOf($0) }
    }

    /// `The senator, R-Utah, said`, `The congresswoman, D-Calif., told`: a party and state code set
    /// off by commas after a description of a person belongs to the description as it does after
    /// a name (`Sen. Mike Lee, R-Utah, said`), so the description is the subject; a name before the
    /// code is left to the readings of an apposition. Nil for anything else.
    func describedPartyMember(commaAt end: Int, floor: Int) -> SpeakerMention? {
        guard end - 3 >= floor else { return nil }
        guard let code = partyCodeStart(endingAt: end - 1), code - 2 >= floor, tokens[code - 1].lower == ",",
              let m = phrase(endingAt: code - 2, floor: floor), m.kind == .description else { return nil }
        return m
    }

    /// `David Woodard of Clemson University said`: a person's full name (after any title) before
    /// the `of` phrase of a place or an organisation is the person; the phrase stays inside the
    /// mention's extent. Any other mention is returned as it is.
    func personBeforeOf(_ m: SpeakerMention) -> SpeakerMention {
        guard m.kind == .name || m.kind == .description, isFullNameBeforeOf(m), let of = (m.first...m.last).first(where: { tokens[$0].lower == "of" }),
              !Self.roleNouns.contains(tokens[of - 1].lower),
              !endsWithGivenAndSurname(m.last, after: of) || isFirmNamedForPerson(m, of: of),
              var person = classify(first: m.first, last: of - 1), person.kind == .name, person.actorKind == .person else { return m }
        person.lastWithRole = max(m.last, m.lastWithRole)
        person.role = m.role
        return person
    }

    /// The most tokens of a quoted title inside an apposition's role (`the host of “Morning Joe”`).
    static let maxRoleTitleTokens = 8
    /// The most tokens, marks included, of scare quotes inside an apposition's role (`a “former”
    /// judge`, `a “citizen journalist”`): a word or two, never a sentence.
    static let maxScareQuoteTokens = 4

    /// The most tokens of a role between two dashes.
    static let maxDashedRoleTokens = 25

    /// The dashes a dashed aside is set off by, as one token.
    static let dashes = ["\u{2014}", "\u{2013}", "--"]

    /// How many tokens the dash ending at `i` spans: 1 for `—`, `–` or `--`, 2 for `-` `-`, else 0.
    func dashWidth(endingAt i: Int) -> Int {
        guard i >= 0, i < tokens.count, tokens[i].quote == nil else { return 0 }
        let w = tokens[i].lower
        // Most tokens are words, which no dash equals: their first byte says so.
        if w.opensWithASCIIAlphanumeric { return 0 }
        if Self.dashes.contains(w) { return 1 }
        if w == "-", i > 0, tokens[i - 1].lower == "-", tokens[i - 1].end == tokens[i].start { return 2 }
        return 0
    }

    /// `NAME -- ROLE -- said`: the name before the earlier dash, with the role between.
    private func dashedAppositiveSubject(dashEndingAt end: Int, floor: Int) -> SpeakerMention? {
        let roleEnd = end - dashWidth(endingAt: end)
        var c = roleEnd
        while c > floor, end - c <= Self.maxDashedRoleTokens, dashWidth(endingAt: c) == 0, tokens[c].quote == nil,
              !tokens[c].lower.isOne(of: ".", ";", ":") {
            c -= 1
        }
        let width = dashWidth(endingAt: c)
        let nameEnd = c - width
        // "The justice -- who has been in a scuffle with him -- said": a relative clause between
        // dashes; its antecedent speaks.
        if width > 0, nameEnd >= floor, c < roleEnd, tokens[c + 1].lower.isOne(of: "who", "whose"),
           let antecedent = phrase(endingAt: nameEnd, floor: floor), antecedent.kind != .pronoun {
            return antecedent
        }
        guard width > 0, nameEnd >= floor, c < roleEnd, isRoleStart(c + 1),
              var name = phrase(endingAt: nameEnd, floor: floor), name.kind == .name else { return nil }
        name.role = text(c + 1, roleEnd)
        return name
    }

    /// How many relative clauses an antecedent is looked for through (`NAME, a spokeswoman for
    /// X, which …,`): news nests one or two; a sentence of thousands chained ones was quadratic.
    static let maxNestedRelativeClauses = 4

    /// `NAME, ROLE,` before a verb: the name before the earlier comma, with the role between.
    /// `depth` counts the relative clauses already stepped over.
    /// The subject whose apposition the dash at `dash` closes instead of a comma (`Neil Sroka,
    /// director of the group Democracy for America - which Dean founded - said`): read as if the
    /// dash were the apposition's closing comma.
    func appositiveSubject(closedByDashAt dash: Int, floor: Int) -> SpeakerMention? {
        appositiveSubject(commaAt: dash, floor: floor)
    }

    func appositiveSubject(commaAt comma: Int, floor: Int, depth: Int = 0) -> SpeakerMention? {
        // "The Hospital Federation, which represents clinics in Ohio, Iowa and Utah, told": the
        // relative clause's antecedent speaks, not a noun phrase inside the clause.
        // The antecedent may itself carry an apposition ("NAME, a spokeswoman for X, which …,").
        if depth < Self.maxNestedRelativeClauses, let relative = relativeClauseStart(before: comma, floor: floor), relative - 2 >= floor {
            // "Smith, meanwhile, who has led the union, said": a discourse adverb set off by
            // commas may stand between the antecedent and its clause.
            var open = relative - 1
            if open - 2 > floor, Lexicon.discourseAdverbs.contains(tokens[open - 1].lower), tokens[open - 2].lower == "," { open -= 2 }
            if let m = appositiveSubject(commaAt: open, floor: floor, depth: depth + 1) ?? phrase(endingAt: open - 1, floor: floor),
               m.kind != .pronoun {
                return m
            }
        }
        // The phrase before the comma, read once for the three readings below: each read cost
        // about 10,000 instructions, and appositions before cues are common (2% of the engine).
        let beforeComma = phrase(endingAt: comma - 1, floor: floor)
        // "Another pollster, David Woodard of Clemson University, said": a person's full name and
        // the `of` phrase of an organisation; the person speaks.
        if let whole = beforeComma, whole.kind == .name, whole.actorKind != .person,
           whole.first > floor, tokens[whole.first - 1].lower == ",", isFullNameBeforeOf(whole),
           let of = (whole.first...whole.last).first(where: { tokens[$0].lower == "of" }),
           var person = classify(first: whole.first, last: of - 1), person.kind == .name, person.actorKind == .person {
            person.lastWithRole = comma - 1
            if let role = phrase(endingAt: whole.first - 2, floor: floor), role.kind == .description {
                person.role = text(role.first, role.last)
            }
            return person
        }
        // "Gina Vian, the editor of the city's official newspaper, The Ledger, said": the last
        // name is the paper's; the person named before the role speaks.
        if let name = beforeComma, name.kind == .name, let person = personBeforeRole(namingThing: name, floor: floor) {
            return person
        }
        // `Germany's biggest bank, Deutsche Bank, said`: an organisation's name apposed to a
        // description of an organisation that opens the sentence (not one inside a phrase or a
        // clause: `Officials at the agency that oversees the bank, Hanseatic Bank, said`).
        // `The watchdog, Ofgem, said`: a one-word name the finder took for a person's, with no
        // title and no first name, is the organisation the description says it is, unless the
        // description's head is a person's job (`The spokesman, Peskov, said`).
        // `The regulator, the Financial Conduct Authority, said`, `Its main rival, Harlow Motors,
        // said`: a name read as an organisation's wins over any description before it, and may
        // open with `the`; a word that names a firm as often as a person's job names a firm there
        // (``apposedOrganisationHeads``: `The regulator, Ofgem, said`).
        // `The utility, Coastal Electric, said`: so is a longer name with neither, after a
        // description whose head names a kind of organisation (``isOrganisationDescription(_:)``).
        // `The retailer, Bram, said`: a lone word that is also a first name names the organisation
        // too when the description's head is an organisation's noun (``isLoneUntitledName(_:)``).
        if let name = beforeComma, name.kind == .name, name.actorKind == .organisation || isUnprovenPersonName(name) || isLoneUntitledName(name),
           name.first - 2 > floor, tokens[name.first - 1].lower == ",",
           tokens[name.first].isCapitalized || name.actorKind == .organisation && opensWithArticleAndCapital(name),
           let role = phrase(endingAt: name.first - 2, floor: floor), role.kind == .description,
           name.actorKind == .organisation || isUnprovenPersonName(name) || isOrganisationDescription(role),
           name.actorKind == .organisation || name.first == name.last || isOrganisationDescription(role),
           role.first == floor || isSentenceStart(role.first),
           isOrganisationDescription(role) || name.actorKind == .organisation && !isPersonDescription(role)
            || Self.apposedOrganisationHeads.contains(tokens[role.last].lower) && !Self.personPossessives.contains(tokens[role.first].lower),
           name.actorKind == .organisation || !Self.isJobNoun(tokens[role.last].lower) && !Lexicon.titles.contains(tokens[role.last].lower) {
            var named = name
            named.role = text(role.first, role.last)
            named.actorKind = .organisation
            return named
        }
        // `Dr. Halloran's co-author, epidemiologist Kenji Sato, said`: role words before the
        // apposed name; the person speaks.
        if let named = roledApposedSubject(commaAt: comma, floor: floor) { return named }
        // `one of the lawyers, Justin Bamberg, said`: the name is the last segment. A one-word
        // name is one only after a noun of kin or sex (`his daughter, Maya, said`).
        if let name = beforeComma, name.kind == .name, name.actorKind == .person, name.first > floor,
           tokens[name.first].isCapitalized || opensWithTitleModifiers(name), name.last > name.first || isNamedKin(before: name, floor: floor),
           !tokens[name.last].lower.hasSuffix(".") || Self.generationalSuffixes.contains(tokens[name.last].lower),
           !(name.first...name.last).contains(where: { tokens[$0].lower == "of" }) || isFullNameBeforeOf(name),
           !linksCommonNounToName(name), !continuesPlace(name, floor: floor),
           tokens[name.first - 1].lower == "," || followsQuotedTitleComma(name.first, floor: floor), var named = Optional(name) {
            // "Her colleague, Sen. Tom Becker of Idaho, said": the person's name stops before
            // its `of` phrase, which stays inside the mention's extent.
            named = personBeforeOf(name)
            if let role = phrase(endingAt: name.first - 2, floor: floor), role.kind == .description {
                named.role = text(role.first, role.last)
            }
            return named
        }
        var c = comma - 1
        var commasSeen = 0
        // "Ann Pruett, the attorney general of Ohio, one of the states suing, said": a description
        // that is itself an apposition gives way to the name before it.
        var description: SpeakerMention?
        while c > floor, comma - c < 45 {
            if let q = tokens[c].quote {
                // "the author of “Going Viral,”": a short quoted title inside the role is stepped
                // over, and so are scare quotes around a word or two that a word of the role
                // follows (`a “former” judge`, not `a pro-Clinton “super PAC,”` closing on its
                // comma); any other quotation ends the search.
                var k = c
                while k > floor, tokens[k].quote == q, c - k <= Self.maxRoleTitleTokens { k -= 1 }
                let scareQuotes = c - k <= Self.maxScareQuoteTokens && c + 2 < comma
                guard tokens[k].quote != q, tokens[k + 1].isCapitalized || scareQuotes, !tokens[k].isWord else { return description }
                c = k
            }
            if tokens[c].lower == "," {
                commasSeen += 1
                if commasSeen > 3 { return description }
                let roleStart = c + 1
                // "Even as the vote nears, a town divided, the race is close, said": a clause
                // right before the verb's comma is no role, and no earlier segment is apposed
                // across it.
                if commasSeen == 1, opensClauseSegment(roleStart, before: comma) { return nil }
                // "founder of the Leadership Institute, YAF member…": a phrase that is a preposition's
                // object is part of an earlier role, not the one the role describes.
                if isRoleStart(roleStart), var name = phrase(endingAt: c - 1, floor: floor), name.kind != .pronoun,
                   !isPlaceOrAgeSegment(name), !isObjectOfRoleNoun(name, floor: floor) {
                    // "The report, released Thursday by…,": a reduced relative clause is no role.
                    if tokens[roleStart].lower != "who", !isParticipleOpening(roleStart) {
                        name.role = text(roleStart, comma - 1)
                        if apposesOrganisationDescription(name, roleFrom: roleStart, to: comma - 1) { name.actorKind = .organisation }
                    }
                    // "founder of the Civic Institute": a role with a name as its object reads as
                    // a name, but it describes someone named before it.
                    let roleWithNamedObject = name.kind == .name && linksCommonNounToName(name)
                    guard description == nil, name.kind == .description || roleWithNamedObject, name.first - 1 > floor,
                          tokens[name.first - 1].lower == "," else {
                        return name.kind == .name || description == nil ? name : description
                    }
                    description = name
                }
            }
            // Only a mark ends it: a word (most tokens) is not compared.
            if !tokens[c].isWord, Self.appositiveSearchStops.contains(tokens[c].lower) { return description }
            c -= 1
        }
        return description
    }

    /// The marks before which no apposed role is sought further back (a sentence's or a clause's
    /// end, a parenthesis): kept, not made at each token the search passes.
    static let appositiveSearchStops: [String] = [".", ";", ":", "(", ")"]

    /// Possessive pronouns of people: a description they open (`Her longtime rival, Pelosi,`)
    /// relates someone to a person, and the one-word name apposed to it stays a person's.
    static let personPossessives = WordSet(possessivePronounList.subtracting(["its"]))

    /// Heads of descriptions that name a firm or body as often as a person's job, and so the
    /// organisation a one-word name apposed to them names (`The regulator, Ofgem,`).
    static let apposedOrganisationHeads: WordSet = [
        "regulator", "lender", "carrier", "broadcaster", "firm", "club", "operator", "supplier", "provider",
        "charity", "rival", "exchange", "chain", "brand", "outlet", "body", "publisher", "giant",
    ]

    /// Whether `name` opens with `the` and a capitalised word (`the Financial Conduct Authority`).
    func opensWithArticleAndCapital(_ name: SpeakerMention) -> Bool {
        name.first < name.last && tokens[name.first].lower == "the" && tokens[name.first + 1].isCapitalized
    }

    /// Whether the description `m` names a person by its head: a job, a title, a noun of kin
    /// or sex, or a person noun (`The spokesman`, `His daughter`, `the senator`).
    func isPersonDescription(_ m: SpeakerMention) -> Bool {
        let head = tokens[m.last].lower
        return Self.isJobNoun(head) || Lexicon.titles.contains(head) || GenderedNouns.gender(of: head) != nil
            || Attributor.personHeads.contains(head)
    }

    /// Most lower-case words that may modify a title opening a name (`state Sen.`, `former U.S. Rep.`).
    static let maxTitleModifierWords = 2

    /// Whether `name`, read as a person's, shows nothing of a person: no title and no first name
    /// the gender table knows (`Ofgem`, `Brightair`), so a description may say what it names.
    /// Whether the name `name`, read as a person's without proof (``isUnprovenPersonName(_:)``),
    /// is apposed to a description of an organisation from `first` to `last` (`Coastal Electric,
    /// the utility, said`): the name is the organisation's. An article opens the description,
    /// whose head is an organisation's noun and no person's job, and which has no preposition
    /// (`Ann Kerr, head of the agency,` and `Okafor, the company spokesman,` are people).
    func apposesOrganisationDescription(_ name: SpeakerMention, roleFrom first: Int, to last: Int) -> Bool {
        guard name.kind == .name, isUnprovenPersonName(name) || isLoneUntitledName(name), last > first, PersonNameIndex.roleArticles.contains(tokens[first].lower),
              let role = phrase(endingAt: last, floor: first), role.kind == .description, role.first == first else { return false }
        // "Okafor, the company spokesman,": a person's job heads it, whatever names the firm.
        return isOrganisationDescription(role) && !Self.isJobNoun(tokens[role.last].lower) && !Lexicon.titles.contains(tokens[role.last].lower)
    }

    /// Whether `name`, read as a person's, is one word with no title (`Bram`, `Ryan`): a word that
    /// is also a first name, apposed to a description whose head names a kind of organisation
    /// (``isOrganisationDescription(_:)``: `The retailer, Bram,`, `Bram, the retailer,`), is that
    /// organisation's name, for a firm's noun describes no person.
    func isLoneUntitledName(_ name: SpeakerMention) -> Bool {
        name.actorKind == .person && name.first == name.last && name.title == nil && !isTitle(name.first)
    }

    func isUnprovenPersonName(_ name: SpeakerMention) -> Bool {
        name.actorKind == .person && name.title == nil && !isTitle(name.first)
            && !FirstNameGender.isFirstName(tokens[name.first].lower)
    }

    /// Whether `name` opens with lower-case words that modify the title after them (`state Sen.
    /// Paul Reed`, `former Gov. Ann Cole`): a person's name, though its first word is not capitalised.
    func opensWithTitleModifiers(_ name: SpeakerMention) -> Bool {
        var k = name.first
        while k < name.last, k - name.first < Self.maxTitleModifierWords, tokens[k].isWord, !tokens[k].isCapitalized { k += 1 }
        guard k > name.first else { return false }
        // "retired Army Col. Jim Hale", "former U.S. Rep. Ann Cole": a service or a country between
        // the modifiers and the title.
        var t = k
        while t < name.last, t - k < Self.maxTitleBranchWords, tokens[t].isWord, tokens[t].isCapitalized, !tokens[t].is(.title) { t += 1 }
        return tokens[k].is(.title) || t > k && t < name.last && tokens[t].is(.title)
    }

    /// Most capitalised words between a title's modifiers and the title (`retired Army Col.`,
    /// `former U.S. Rep.`, `retired Marine Corps Gen.`).
    static let maxTitleBranchWords = 2

    /// Generational suffixes that close a person's name (`Robert Hayes Sr.`, `Ann Cole Jr`),
    /// after the surname. (Not `III`, which ``isAcronym(_:)`` reads as an organisation's name.)
    static let generationalSuffixes: WordSet = ["jr.", "sr.", "jr", "sr"]

    /// The token of the surname in a name run `first...last`: its last word, or the word before
    /// the generational suffixes that close it (`Robert Hayes Jr.`, `Martin Luther King Jr.`),
    /// which name no one alone.
    func surnameToken(first: Int, last: Int) -> Int {
        PersonNameIndex.surnameToken(tokens, first: first, last: last)
    }

    /// Whether `name` follows a place named after `from` or `in` and a comma ("a philanthropist
    /// from Monsey, New York,"): it is the place's state or country, unless it opens with a
    /// first name or a title ("members of Congress from Florida, Ileana Ros and Carl Cruz,", "a
    /// senator from Florida, Sen. Rick Scott,").
    func continuesPlace(_ name: SpeakerMention, floor: Int) -> Bool {
        guard !FirstNameGender.isName(tokens[name.first].lower), !tokens[name.first].is(.title) else { return false }
        var k = name.first - 2
        guard k >= floor, tokens[name.first - 1].lower == ",", tokens[k].isCapitalized, tokens[k].isWord else { return false }
        while k > floor, tokens[k].isCapitalized, tokens[k].isWord, name.first - k <= Self.maxProperModifierWords + 2 { k -= 1 }
        return Self.placePrepositions.contains(tokens[k].lower)
    }

    /// The most tokens of a role that a thing's name closes (`the editor of the city's paper, The Ledger`).
    static let maxThingRoleTokens = 16

    /// In `NAME, ROLE, THING NAME` (`Gina Vian, the editor of the city's official newspaper, The
    /// Ledger`) the last name is apposed to an organisation or outlet noun that closes the role
    /// (``Lexicon/organisationHeads``), so it names that thing: the person's name before the role,
    /// with the role and the thing's name as its extent. Nil for any other shape (`a reporter for
    /// the paper, Ann Lowe` has no name before its role).
    func personBeforeRole(namingThing name: SpeakerMention, floor: Int) -> SpeakerMention? {
        let head = name.first - 2
        guard head > floor, tokens[name.first - 1].lower == ",", tokens[head].isWord, !tokens[head].isCapitalized, tokens[head].tag == .noun,
              Lexicon.organisationHeads.contains(tokens[head].lower), !Self.roleNouns.contains(tokens[head].lower) else { return nil }
        var c = head - 1
        while c > floor, head - c <= Self.maxThingRoleTokens, tokens[c].isWord || tokens[c].lower == "'s" || isBareApostrophe(c), tokens[c].quote == nil { c -= 1 }
        guard c > floor, tokens[c].lower == ",", tokens[c].quote == nil, isRoleStart(c + 1), tokens[c + 1].lower != "who",
              var person = phrase(endingAt: c - 1, floor: floor), person.kind == .name, person.actorKind == .person,
              person.first == floor || tokens[person.first - 1].lower.isOne(of: ",", "\u{201D}", "\"") || isSentenceStart(person.first) else { return nil }
        person.role = text(c + 1, name.last)
        person.lastWithRole = name.last
        return person
    }

    /// Prepositions that tie a role noun to the name of whom it is the role ("director for Hernandez").
    static let roleLinkPrepositions: WordSet = ["of", "for", "at", "on", "from", "with", "to"]

    /// Whether a lower-case common noun and a preposition stand inside `name`'s words before its
    /// last name ("Texas director for Hernandez", "an aide to Ruiz"): the name there is the role's
    /// object, not the person in apposition. A job noun the tagger reads as an adjective counts
    /// too ("chief executive of Brightline").
    func linksCommonNounToName(_ name: SpeakerMention) -> Bool {
        guard name.last > name.first + 1 else { return false }
        return (name.first + 1...name.last).contains {
            Self.roleLinkPrepositions.contains(tokens[$0].lower) && tokens[$0 - 1].isWord && !tokens[$0 - 1].isCapitalized
                && (tokens[$0 - 1].tag == .noun || Self.isJobNoun(tokens[$0 - 1].lower))
        }
    }

    /// Whether `m` is the object of a preposition after a lower-case common noun ("founder of the
    /// Leadership Institute"): part of a role, not a name or description of its own.
    func isObjectOfRoleNoun(_ m: SpeakerMention, floor: Int) -> Bool {
        guard m.first - 2 >= floor else { return false }
        let link = tokens[m.first - 1], noun = tokens[m.first - 2]
        return link.tag == .adp && Self.roleLinkPrepositions.contains(link.lower) && noun.isWord && !noun.isCapitalized && noun.tag == .noun
    }

    /// Whether a description headed by a noun of kin or sex (``GenderedNouns``: `his daughter`,
    /// `her husband`) stands right before `name`, set off by a comma: the one-word name it introduces.
    /// A first name the gender table knows may follow any noun of a person too (`His friend, Ben,`,
    /// `Her neighbor, Carla,`, `The driver, Luis,`: ``Attributor/personHeads``, a job).
    func isNamedKin(before name: SpeakerMention, floor: Int) -> Bool {
        guard name.first - 2 >= floor, tokens[name.first - 1].lower == ",",
              let kin = phrase(endingAt: name.first - 2, floor: floor), kin.kind == .description else { return false }
        let head = tokens[kin.last].lower
        if GenderedNouns.gender(of: head) != nil { return true }
        let personNoun = !tokens[kin.last].isCapitalized && (Attributor.personHeads.contains(head) || Self.isJobNoun(head))
        // "Her longtime rival, Pelosi,": a person's possessive before a noun of a person.
        if personNoun, Self.personPossessives.contains(tokens[kin.first].lower) { return true }
        return name.first == name.last && FirstNameGender.isFirstName(tokens[name.first].lower) && personNoun
    }

    /// Whether `name` opens with a person's full name before its `of` phrase (`Dan Whit of Grace
    /// Church`), not a title (`Secretary of State`) or an organisation (`Bank of America`).
    /// Whether the words after `of` end in a first name of clear gender and a surname (`Supervisor
    /// of Elections Susan Bucher`): the words before `of` are a title, not a person's name.
    /// An article after `of` (`of the Hartwell Institute`) or a last word that ends firms' names
    /// (`of Hartwell Capital`, ``firmNameEnds``, or an organisation's head) shows an organisation,
    /// whatever given name its first word is.
    func endsWithGivenAndSurname(_ last: Int, after of: Int) -> Bool {
        guard last - 1 > of, tokens[last].isCapitalized, tokens[last - 1].isCapitalized else { return false }
        guard !tokens[of + 1].is(.determiner), !Self.firmNameEnds.contains(tokens[last].lower),
              !Lexicon.organisationHeads.contains(tokens[last].lower) else { return false }
        // "Earl Ray Tomblin of West Virginia": a place of two words, whatever its first word.
        guard !NonPersonNames.isTwoWordPlace(tokens[last - 1].lower, normalizedSurname(tokens[last].lower)) else { return false }
        return FirstNameGender.gender(of: tokens[last - 1].lower) != nil
    }

    /// Whether the `of` phrase of `name` is a firm named for a person (`Jack Lowe of Charles
    /// Schwab`, `Ann Ruiz of Edward Jones`): only a given name and a surname stand after `of`, and
    /// a given name opens the words before it (after any title), so those are a person's full name,
    /// not a title whose `of` phrase runs on to a name (`Supervisor of Elections Susan Bucher`).
    func isFirmNamedForPerson(_ name: SpeakerMention, of: Int) -> Bool {
        guard name.last == of + 2 else { return false }
        var start = name.first
        while start < of, tokens[start].is(.title) || tokens[start].lower == "." { start += 1 }
        return of - start >= 2 && tokens[start].isCapitalized && FirstNameGender.isFirstName(tokens[start].lower)
    }

    /// Last words of firms' names that are no surnames (`Hartwell Capital`, `Fulton Securities`,
    /// `Reyes Partners`): data, checked by a test.
    static let firmNameEnds: WordSet = [
        "capital", "partners", "securities", "advisors", "advisers", "associates", "investments", "management",
        "consulting", "ventures", "strategies", "analytics", "economics", "llp", "lp", "co.", "co", "equity",
        "markets", "asset", "assets", "insurance", "realty", "properties", "communications", "media", "labs",
    ]

    /// Titles before the name may open it (`Sen. Tom Becker of Idaho`); two people joined
    /// (`Sens. Ted Cruz of Texas and Marco Rubio of Florida`) are not one.
    func isFullNameBeforeOf(_ name: SpeakerMention) -> Bool {
        guard let of = (name.first...name.last).first(where: { tokens[$0].lower == "of" }),
              !(of...name.last).contains(where: { tokens[$0].lower == "and" }) else { return false }
        var start = name.first
        while start < of, tokens[start].is(.title) || tokens[start].lower == "." { start += 1 }
        // "CBC Chairman G.K. Butterfield of North Carolina": an organisation's name may qualify the title.
        if let title = (start..<of).last(where: { tokens[$0].is(.title) }),
           (start..<title).allSatisfy({ tokens[$0].isCapitalized && tokens[$0].tag == .propn }) {
            start = title + 1
        }
        guard of - start >= 2 else { return false }
        // "Earl Ray Tomblin of West Virginia": a given name the tagger reads as a noun ("Ray") is a name's word too.
        return (start..<of).allSatisfy {
            (tokens[$0].tag == .propn || FirstNameGender.isFirstName(tokens[$0].lower)) && tokens[$0].isCapitalized && !Lexicon.titles.contains(tokens[$0].lower)
        }
    }

    /// The most tokens a non-restrictive relative clause between a subject and its verb may span.
    static let maxRelativeClauseLength = 30
    /// The written forms of quotation marks, as tokens.
    static let quoteMarkForms: Set<String> = ["\"", "\u{201C}", "\u{201D}", "''", "``", "\u{2018}", "\u{2019}", "'"]

    /// The `which`/`who` that opens a non-restrictive relative clause (`, which …,`) ending at
    /// the comma `comma`, when there is one.
    /// With `acrossQuotes`, the clause may quote someone (`, who calls Trump a “sociopath,”`):
    /// the quote's words are stepped over, and `comma` is the quote's closing mark.
    func relativeClauseStart(before comma: Int, floor: Int, acrossQuotes: Bool = false) -> Int? {
        var k = comma - 1
        while k > floor + 1, comma - k <= Self.maxRelativeClauseLength {
            let t = tokens[k]
            if acrossQuotes, t.quote != nil || Self.quoteMarkForms.contains(t.lower) {
                k -= 1
                continue
            }
            if t.quote != nil || Self.relativeClauseStops.contains(t.lower) { return nil }
            if Self.relativeClauseOpeners.contains(t.lower), tokens[k - 1].lower == "," {
                // The clause is closed only when it holds its own verb ("which represents …,");
                // in "which the firm's chief, Dan Moss, called" the verb is still to come.
                let closed = ((k + 1)..<comma).contains { tokens[$0].tag == .verb || tokens[$0].tag == .aux }
                return closed ? k : nil
            }
            k -= 1
        }
        return nil
    }

    /// Tags of the word after a possessive name that opens a role ("Ortiz's fire chief",
    /// "Seoul's top envoy", "Pyongyang's only ally").
    static let roleOpeningTags: Set<UPOS> = [.noun, .adj, .adv]

    /// Whether the words at `i` can open an appositive role ("a professor", "the spokesperson",
    /// "former envoy", "who", "director of …").
    func isRoleStart(_ i: Int) -> Bool {
        guard i < tokens.count, tokens[i].isWord else { return false }
        let w = tokens[i].lower
        if Self.roleOpeners.contains(w) { return true }
        if !tokens[i].isCapitalized { return !Lexicon.stopWords.contains(w) }
        // "Ortiz's fire chief", "Seoul's trade minister": a possessive name before a common noun.
        // "Pyongyang's only ally": a degree word may come first.
        if w.hasSuffix("'s"), i + 1 < tokens.count, !tokens[i + 1].isCapitalized, Self.roleOpeningTags.contains(tokens[i + 1].tag) {
            return true
        }
        // "Sanders’ campaign manager": the same with a bare apostrophe.
        if isBareApostrophe(i + 1), i + 2 < tokens.count, !tokens[i + 2].isCapitalized, Self.roleOpeningTags.contains(tokens[i + 2].tag) {
            return true
        }
        return Lexicon.titles.contains(w) || isProperModifierBeforeRole(i) || isPossessiveOrganisationBeforeRole(i)
    }

    /// Whether token `i` is a verb's participle (`released Thursday by…`, `speaking at…`) that the
    /// tagger reads as a verb: it opens a reduced relative clause, not a noun phrase. One before a
    /// lower-case noun or adjective modifies it (`acting political director`, `retired teacher`).
    func isParticipleOpening(_ i: Int) -> Bool {
        let t = tokens[i]
        guard t.tag == .verb, t.lower.endsWith("ed") || t.lower.endsWith("ing") || t.lower.endsWith("en") else { return false }
        guard i + 1 < tokens.count else { return true }
        let next = tokens[i + 1]
        return next.isCapitalized || next.tag != .noun && next.tag != .adj
    }

    /// The most words of an organisation's possessive name before a role ("Bank of America's").
    static let maxPossessiveOrganisationWords = 6

    /// Whether a possessive name of several words, joined by `of`, `and` or `the`, starts at `i`
    /// and a lower-case role follows it: "Bank of America's chief economist", "Color of Change's
    /// executive director".
    func isPossessiveOrganisationBeforeRole(_ i: Int) -> Bool {
        var k = i
        while k < tokens.count, k - i < Self.maxPossessiveOrganisationWords, tokens[k].isWord, tokens[k].quote == nil {
            let t = tokens[k]
            if t.isCapitalized, t.lower.hasSuffix("'s") {
                return k > i && k + 1 < tokens.count && !tokens[k + 1].isCapitalized && Self.roleOpeningTags.contains(tokens[k + 1].tag)
            }
            guard t.isCapitalized || k > i && Self.nameLinks.contains(t.lower) else { return false }
            k += 1
        }
        return false
    }

    /// The most capitalised words a proper modifier may span before its role noun
    /// ("South Carolina director", "White House press secretary").
    static let maxProperModifierWords = 3

    /// Whether the capitalised words at `i` modify a lower-case common noun that follows them:
    /// "Texas director for …", "South Carolina director", "Clinton campaign chairman".
    func isProperModifierBeforeRole(_ i: Int) -> Bool {
        var k = i
        while k < tokens.count, k - i < Self.maxProperModifierWords, tokens[k].isCapitalized, tokens[k].isWord,
              [.propn, .adj].contains(tokens[k].tag), !tokens[k].lower.hasSuffix("'s") {
            k += 1
        }
        guard k > i, k < tokens.count, tokens[k].isWord, !tokens[k].isCapitalized, tokens[k].tag == .noun else { return false }
        return !Lexicon.stopWords.contains(tokens[k].lower)
    }

    /// Whether token `i` is a reporting verb the tagger reads as a verb, and no participle in -ing.
    func isReportingVerbForm(_ i: Int) -> Bool {
        tokens[i].tag == .verb && tokens[i].is(.reporting) && !Lexicon.isGerund(tokens[i].lower)
    }

    /// Whether token `i` is a finite verb that cues a quote beside it: a reporting verb, or one
    /// that reports only beside a quotation (`joked`, `recalled`, `laughed`).
    func isCueVerbForm(_ i: Int) -> Bool {
        tokens[i].tag == .verb && (tokens[i].is(.reporting) || tokens[i].is(.quoteOnly)) && !Lexicon.isGerund(tokens[i].lower)
    }

    /// The most tokens a parenthesis after a speaker's name may span, its marks included (`Rep.
    /// Gwen Moore (D-Wis.)`, `Chris Murphy (a Connecticut Democrat so boyish he has been taken for
    /// a staffer)`).
    static let maxParenthesisTokens = 18

    /// A noun phrase ending at token `end` (a name, a pronoun or a description).
    func phrase(endingAt end: Int, floor: Int) -> SpeakerMention? {
        guard end >= floor, end >= 0, end < tokens.count else { return nil }
        // "Rep. Gwen Moore (D-Wis.)": the name stands before the parenthesis.
        if tokens[end].lower == ")", let open = (max(floor, end - Self.maxParenthesisTokens)..<end).last(where: { tokens[$0].lower == "(" }) {
            return phrase(endingAt: open - 1, floor: floor)
        }
        // "Mitch McConnell, R-Ky.,", "Ann Cole, D-New Mexico,": a party and state code after the name.
        if let code = partyCodeStart(endingAt: end), code - 1 > floor, tokens[code - 1].lower == "," {
            return phrase(endingAt: code - 2, floor: floor)
        }
        let last = tokens[end]
        guard last.isWord, last.quote == nil else { return nil }
        if last.is(.personalPronoun) {
            return make(first: end, last: end, kind: .pronoun)
        }
        if isFusedPronoun(end) { return fusedPronounMention(end) }
        // "the mother of three said": a parent counted by their children (``parentNoun(beforeChildCountEndingAt:floor:)``).
        if let parent = parentNoun(beforeChildCountEndingAt: end, floor: floor),
           let m = phrase(endingAt: parent, floor: floor), m.kind == .description, m.last == parent {
            return extending(m, toChildCountEndingAt: end)
        }
        // "Food For All said": a title-cased name's last word is no bare head (``closesTitleCasedName(_:floor:)``).
        if !closesTitleCasedName(end, floor: floor), let m = bareHeadMention(endingAt: end, floor: floor) {
            return correlativeCoordination(endingWith: m, floor: floor) ?? m
        }
        // "the report said": a reporting word the tagger reads as a noun after a determiner heads a phrase.
        // "Media reports said", "A police report found": so does one before a finite reporting verb.
        let nounAfterDeterminer = last.tag == .noun && end > floor && tokens[end - 1].tag == .det || isNounBeforeReportingVerb(end)
        // "Theresa May said", "George Will wrote": a function word's form ends a name where the
        // tags say so and a capitalised name word stands before it.
        let nameWordAfterName = last.isCapitalized && last.tag == .propn && end > floor && tokens[end - 1].isCapitalized
            && tokens[end - 1].isWord && !tokens[end - 1].is(.stopWord) && tokens[end - 1].tag == .propn
        let loneSurname = (isFunctionFormSurname(end) || isModalReadAsName(end))
            && (end == floor || !tokens[end - 1].isWord || !tokens[end - 1].isCapitalized)
        // "Food For All said": a capitalised function word may close a title-cased name
        // (``closesTitleCasedName(_:floor:)``).
        let titleCasedNameEnd = last.is(.stopWord) && closesTitleCasedName(end, floor: floor)
        if last.is(.stopWord) && !nameWordAfterName && !loneSurname && !titleCasedNameEnd || last.is(.reporting) && !nounAfterDeterminer { return nil }
        var i = end
        while i - 1 >= floor, end - i < Self.maxLength {
            let t = tokens[i - 1]
            // "Bernie Sanders’ campaign": the bare apostrophe of a possessive in -s links its owner.
            if isBareApostrophe(i - 1), i - 2 >= floor, i < end || tokens[i].isWord {
                i -= 1
                continue
            }
            // "Robert “Bob” Whitfield, the treasurer, said": the phrase runs back over a nickname
            // in quotation marks to the given name before it.
            if let open = nicknameOpening(closedBy: i - 1, floor: floor, end: end) {
                i = open
                continue
            }
            guard t.isWord || isAmpersandInName(i - 1), t.quote == nil, paragraphOf(i - 1) == paragraphOf(end) else { break }
            if Self.phraseClosingWords.contains(t.lower) && !t.isCapitalized { break }
            // "That person said", "Those officials say": a demonstrative opening the sentence
            // before a common noun opens the phrase.
            if t.isCapitalized, i - 1 == floor || isSentenceStart(i - 1), opensWithDemonstrative(i - 1) {
                i -= 1
                break
            }
            // "Save the Children said": the name that a verb opens runs back over `the` to its verb.
            if t.lower == "the", i - 2 >= floor, let m = verbInitialName(at: i - 2, ceiling: end), m.last == end,
               i - 2 == floor || !tokens[i - 3].isWord || !tokens[i - 3].isCapitalized && tokens[i - 3].tag != .adp {
                return m
            }
            if t.is(.determiner) && !(t.isCapitalized && i - 1 > floor && tokens[i - 2].isCapitalized && tokens[i - 2].isWord) {
                i -= 1
                // "Some other participants": a determiner before a determiner belongs too.
                // Not a complementiser or relative (`answered “yes” that the puppet described`).
                if i - 1 >= floor, tokens[i - 1].is(.determiner), tokens[i - 1].quote == nil,
                   !Self.clauseOpeningDeterminers.contains(tokens[i - 1].lower) { i -= 1 }
                // "a story from the state news agency": the phrase goes on through its link. An
                // owner's phrase (`her party's`) does not go on to a verb before the link: it is
                // the verb's prepositional object (`apologized for her party's suggestion`), where
                // another phrase may be a participle's (`research conducted for the Lee Center`).
                if i - 3 >= floor, Self.backwardPhraseLinks.contains(tokens[i - 1].lower),
                   tokens[i - 2].isWord, !tokens[i - 2].isCapitalized, !tokens[i - 2].is(.stopWord),
                   tokens[i - 2].tag != .verb || !last.lower.isPossessiveForm,
                   !tokens[i - 2].is(.reporting) || tokens[i - 3].is(.determiner),
                   tokens[i - 2].quote == nil {
                    i -= 1
                    continue
                }
                // "One of the owners, a retired teacher, said": a partitive head that opens the
                // sentence, capitalised there, takes its `of` phrase too before an apposition's
                // comma (without one, ``quantitySubject(endingAt:floor:)`` reads the subject).
                if end + 1 < tokens.count, tokens[end + 1].lower == ",", opensSentenceAsPartitiveHead(i - 2, link: i - 1, floor: floor) {
                    i -= 2
                    break
                }
                // "Sanders and his supporters argue": a name coordinated with a phrase that a
                // possessive pronoun opens, which refers back to it; "Blocher and the party
                // complained", "Clinton and the State Department said": or with a definite phrase.
                if i - 2 >= floor, tokens[i - 1].lower == "and", isCoordinatedPhrase(determiner: i, end: end),
                   let nameStart = coordinatedNameStart(endingAt: i - 2, floor: floor),
                   tokens[i].lower != "the" || opensClause(nameStart, floor: floor) {
                    i = nameStart
                    break
                }
                break
            }
            if Self.nameLinks.contains(t.lower) || t.is(.nounPhraseLink) {
                // A link word stays only when a capitalised word or a determiner phrase stands before it.
                guard i - 2 >= floor, tokens[i - 2].isWord, tokens[i - 2].quote == nil else { break }
                // "a photo and Clinton said": "and" joins two names, not a common noun and a name.
                if t.lower == "and", last.isCapitalized, tokens[i].isCapitalized, !tokens[i - 2].isCapitalized { break }
                i -= 1
                continue
            }
            let nounAfterArticle = i - 2 >= floor && tokens[i - 2].is(.determiner)  // "a report"
            // "In a radio interview Reyes said": a common noun before a name ends the name's phrase,
            // unless it is a job word ("campaign chairman John Podesta").
            // A description opening its clause keeps the name it introduces ("…, the news site RTL
            // Info reported").
            if last.isCapitalized, tokens[i].isCapitalized, !t.isCapitalized, t.tag == .noun,
               !Self.roleNouns.contains(t.lower), !t.is(.title), (i...end).allSatisfy({ tokens[$0].isCapitalized }),
               !opensClauseAsDescription(before: i - 1, floor: floor) {
                break
            }
            // "On Monday Ana Reyes said", "In 2007 Reyes argued": a fronted date without its comma
            // ends the name's phrase (``isFrontedDateBeforeName(_:floor:)``).
            if last.isCapitalized, isFrontedDateBeforeName(i - 1, floor: floor) { break }
            if isCapitalisedNameLink(i - 1, floor: floor) {
                i -= 1
                continue
            }
            if t.is(.stopWord) && !isModalReadAsName(i - 1) || t.is(.reporting) && !t.isCapitalized && !nounAfterArticle { break }
            // Any word in -ly, nouns included: read backwards, "a rally in Alma" must not become
            // the subject of "…, speaking at a rally in Alma, Ohio, warned" (Token.isLyAdverb
            // serves the forward readers).
            // Only "a visibly shaken Lowe" keeps one: an adverb on the adjective that describes a
            // named person, right after the article.
            if t.lower.endsWith("ly") && !t.isCapitalized,
               !(last.isCapitalized && i - 2 >= floor && tokens[i - 2].is(.determiner) && tokens[i - 2].quote == nil
                 && describesNamedPerson(determiner: i - 2, nameStart: namePartStart(endingAt: end, floor: i))) { break }
            // "The senator emailed supporters saying", "A jury found Zimmerman": a verb after a noun
            // is that noun's predicate, so the phrase starts after it ("registered voters", with
            // nothing before, stays whole; so do a participle before its preposition, "the section
            // devoted to race", and "-ing" forms and adjectives the tagger reads as verbs,
            // "leading", "progressive", and job words it misreads: "Billionaire entrepreneur Peter Thiel").
            if t.tag == .verb, !t.isCapitalized, !Lexicon.isGerund(t.lower), !Self.adjectiveEndings.contains(where: t.lower.hasSuffix),
               !Self.roleNouns.contains(t.lower), !t.is(.title),
               tokens[i].tag != .adp || !t.lower.endsWith("ed"), i - 2 >= floor, tokens[i - 2].quote == nil,
               [.noun, .propn, .pron].contains(tokens[i - 2].tag) {
                break
            }
            // "may not let editorials tell them": a verb after an auxiliary or `not`/`to` heads a
            // verb phrase; the noun phrase starts after it.
            if t.tag == .verb, !t.isCapitalized, i - 2 >= floor, tokens[i - 2].quote == nil,
               tokens[i - 2].tag == .aux || tokens[i - 2].tag == .part {
                break
            }
            i -= 1
        }
        // Trim link words and sentence-initial function words from the front.
        while i < end, Self.nameLinks.contains(tokens[i].lower) || tokens[i].is(.nounPhraseLink)
            || (tokens[i].isCapitalized && tokens[i].is(.stopWord) && !opensWithDemonstrative(i) && !isModalReadAsName(i)) {
            i += 1
        }
        // "The Stamford, Conn., company said": a place modifier set off by commas.
        if let article = placeModifierStart(before: i, floor: floor) { i = article }
        // "Neither Ortiz nor Kerr said": the coordination is one phrase (``correlativeCoordination(endingWith:floor:)``).
        guard let m = classify(first: i, last: end) else { return nil }
        return correlativeCoordination(endingWith: m, floor: floor) ?? m
    }

    /// Whether token `k` is a capitalised preposition inside a name (`Doctors Without Borders`,
    /// `Mothers Against Drunk Driving`): not its sentence's first word, a capitalised word on
    /// each side. Running text writes prepositions in lower case outside names.
    func isCapitalisedNameLink(_ k: Int, floor: Int) -> Bool {
        // (Only prepositions that names hold: a capitalised `After`, `Since` or `As` mid-sentence
        // more often opens a sentence the splitter missed, or a headline's clause.)
        guard k - 1 >= floor, k + 1 < tokens.count, tokens[k].isCapitalized, tokens[k].tag == .adp, !isSentenceStart(k),
              Self.capitalisedNamePrepositions.contains(tokens[k].lower) else { return false }
        let before = tokens[k - 1], after = tokens[k + 1]
        // "Acme Inc. After…": a missed sentence break after an abbreviation is no link.
        return before.isWord && before.isCapitalized && before.quote == nil && !before.is(.stopWord) && !before.lower.hasSuffix(".")
            && after.isWord && after.isCapitalized && after.quote == nil && (!after.is(.stopWord) || closesTitleCasedName(k + 1, floor: floor))
    }

    /// Prepositions that stand capitalised inside names (`Doctors Without Borders`, `Mothers
    /// Against Drunk Driving`, `Friends of the Earth`, `Bread for the World`).
    static let capitalisedNamePrepositions: WordSet = ["of", "for", "without", "against", "on", "in", "to", "at", "with"]

    /// Whether the determiner at `determiner` opens a phrase ending at `end` that can follow a
    /// name and `and` as the second half of one subject: a possessive pronoun before lower-case
    /// nouns and adjectives (`his supporters`), or `the` before nouns, names and adjectives
    /// (`the party`, `the State Department`).
    func isCoordinatedPhrase(determiner: Int, end: Int) -> Bool {
        let words = (determiner + 1)...end
        if Self.possessivePronouns.contains(tokens[determiner].lower) {
            return words.allSatisfy { !tokens[$0].isCapitalized && (tokens[$0].tag == .noun || tokens[$0].tag == .adj) }
        }
        return tokens[determiner].lower == "the"
            && words.allSatisfy { tokens[$0].quote == nil && [.noun, .propn, .adj].contains(tokens[$0].tag) }
    }

    /// Whether the word at `index` opens its clause: the sentence's first word, or one after a
    /// punctuation mark or `both` (`Both Blocher and the party`); not one after a noun (`the
    /// first time Republicans and the movement agreed`).
    func opensClause(_ index: Int, floor: Int) -> Bool {
        index == floor || isSentenceStart(index) || !tokens[index - 1].isWord || tokens[index - 1].lower == "both"
    }

    /// The first token of the name ending at `end` that opens a subject coordinated with a
    /// possessive phrase (`Sanders and his supporters`): capitalised name words standing at the
    /// sentence's start or after a word that is no preposition or verb (`has not
    /// talked about Zika and his campaign did not…`); else nil.
    func coordinatedNameStart(endingAt end: Int, floor: Int) -> Int? {
        var s = end
        while s - 1 >= floor, end - s < Self.maxLength, tokens[s - 1].isCapitalized, tokens[s - 1].isWord, tokens[s - 1].quote == nil { s -= 1 }
        guard tokens[end].tag == .propn, tokens[end].isCapitalized, tokens[end].quote == nil else { return nil }
        guard s == floor || isSentenceStart(s) || ![.adp, .verb, .aux].contains(tokens[s - 1].tag) else { return nil }
        return s
    }

    /// When `first...last` is a name, `and`, `the` and the name starting at `nameStart`
    /// (`Goldsmith and the Second Circuit`), the two together as one group: the second name is
    /// not a name with a title before it; else nil.
    func nameCoordinatedWithDefiniteName(first: Int, nameStart: Int, last: Int) -> SpeakerMention? {
        let article = nameStart - 1, conjunction = nameStart - 2
        guard conjunction > first, tokens[article].lower == "the", tokens[conjunction].lower == "and",
              tokens[conjunction - 1].isCapitalized, tokens[conjunction - 1].tag == .propn else { return nil }
        var m = make(first: first, last: last, kind: .description)
        m.head = tokens[last].lower
        m.actorKind = .group
        return m
    }

    /// Prepositions that tie a common noun to the person or body it serves ("aides to Ruiz",
    /// "a lawyer for the family", "director at Acme"); not `of`, which also builds titles
    /// ("Secretary of State John Kerry").
    static let servicePrepositions: WordSet = ["to", "for", "at", "with"]

    /// When `first...last` is a lower-case common noun, a preposition of service and the name
    /// its object ("Senior aides to Ruiz", "spokeswoman for Hernandez"), the description headed
    /// by the noun: the name is someone else. Nil for other shapes.
    func commonNounLinkedToName(first: Int, nameStart: Int, last: Int) -> SpeakerMention? {
        var link = nameStart - 1
        if link > first, tokens[link].lower == "the" { link -= 1 }
        guard link - 1 >= first else { return nil }
        // "People close to Senator Ruiz": a postnominal modifier and its preposition follow the noun.
        let modified = link - 2 >= first && Self.postnominalModifiers[tokens[link - 1].lower]?.contains(tokens[link].lower) == true
        let noun = modified ? link - 2 : link - 1
        let opensSentence = noun == first && isSentenceStart(noun)
        // "Friends of Mr. Clinton": `of` after a plural, which no title is ("Secretary of State").
        let pluralOf = tokens[link].lower == "of" && isPluralGroupNoun(noun)
        guard noun >= first, modified || pluralOf || Self.servicePrepositions.contains(tokens[link].lower),
              tokens[noun].tag == .noun || opensSentence,
              tokens[noun].isWord, !tokens[noun].is(.title), !tokens[noun].isCapitalized || opensSentence else { return nil }
        let head = tokens[noun].lower
        // People serve: a job word or a plural ("aides", "advisers"), not "fresh ammunition to".
        guard Lexicon.isGroupHead(head) || Self.roleNouns.contains(head) else { return nil }
        var m = make(first: first, last: last, kind: .description)
        m.head = head
        m.actorKind = Lexicon.describedKind(head: head)
        return m
    }

    /// Whether the word at `k` is a plural noun of people (`friends`, `allies`, `lawyers`): a
    /// group word, a relation (``Lexicon/relationalPlurals``), a job noun's plural or a people
    /// plural (`Democrats`); not any plural (`the words of Marilyn Monroe`).
    func isPluralGroupNoun(_ k: Int) -> Bool {
        let w = tokens[k].lower
        return isPeoplePlural(k) || Lexicon.groupHeads.contains(w) || Lexicon.relationalPlurals.contains(w)
            || w.endsWith("s") && Self.roleNouns.contains(String(w.dropLast()))
    }

    /// Prepositions of a place phrase after a person's name (`Dan Whit of Grace Church in Alma`).
    static let placePrepositions: WordSet = ["in", "from"]

    /// When `first...last` is a person's full name and a place phrase (`Dan Whit of Grace Church
    /// in Alma`, the place's name starting at `placeStart`), the person, the place kept as what
    /// follows the name (its ``SpeakerMention/lastWithRole``); else nil.
    func personBeforePlace(first: Int, placeStart: Int, last: Int) -> SpeakerMention? {
        let preposition = placeStart - 1
        guard preposition - 2 >= first, Self.placePrepositions.contains(tokens[preposition].lower),
              tokens[preposition - 1].isCapitalized, var person = classify(first: first, last: preposition - 1),
              person.kind == .name, person.actorKind == .person, person.last > person.first else { return nil }
        person.lastWithRole = last
        return person
    }

    /// Endings of adjectives the tagger may read as verbs (`progressive`, `controversial`).
    static let adjectiveEndings: [String] = ["ive", "al", "ous", "ic", "ful", "less", "able", "ible", "ary"]

    /// Prepositions of a phrase that modifies a common noun before a name (`officials in Ohio`,
    /// `spokesman for Ortiz`); not `of`, whose noun is often the name's own (`the words of Ortiz`).
    static let nounModifierPrepositions: WordSet = ["in", "from", "at", "for", "with", "on"]
    /// Tags of the words of a common noun phrase before a name's preposition (`local officials in`).
    static let commonNounPhraseTags: Set<UPOS> = [.noun, .adj, .num]

    /// `first...last` as a description when common nouns stand before the preposition of a name
    /// (`officials in Ohio`, `Officials in Ohio` opening a sentence, `Local farmers from Iowa`),
    /// headed by the noun before the preposition; nil otherwise.
    func commonNounBeforeName(first: Int, nameStart: Int, last: Int) -> SpeakerMention? {
        let preposition = nameStart - 1
        guard preposition - 1 >= first, Self.nounModifierPrepositions.contains(tokens[preposition].lower),
              tokens[preposition - 1].tag == .noun || isPeoplePlural(preposition - 1), !tokens[preposition - 1].is(.title),
              (first..<preposition).allSatisfy({ Self.commonNounPhraseTags.contains(tokens[$0].tag) || isPeoplePlural($0) }) else { return nil }
        var m = make(first: first, last: last, kind: .description)
        m.head = tokens[preposition - 1].lower
        m.actorKind = Lexicon.describedKind(head: m.head)
        return Lexicon.nonSpeakerHeads.contains(m.head) ? nil : m
    }

    /// Whether the word at `k` names a people or a party in the plural (``Lexicon/peoplePlurals``:
    /// `Democrats`, `Conservatives`, `Iraqis`), which the tagger often reads as a proper noun; before
    /// a preposition it heads a group (`Democrats in Ohio`), not the title of the name after it.
    func isPeoplePlural(_ k: Int) -> Bool {
        tokens[k].isWord && Lexicon.peoplePlurals.contains(tokens[k].lower)
    }

    /// Whether the common noun at `noun` ends a description that opens its clause: a determiner
    /// and modifiers before it, and before them the sentence's start or a comma.
    func opensClauseAsDescription(before noun: Int, floor: Int) -> Bool {
        var k = noun
        while k > floor, noun - k < 5, [.noun, .adj, .num].contains(tokens[k - 1].tag), tokens[k - 1].quote == nil { k -= 1 }
        guard k > floor, tokens[k - 1].is(.determiner) else { return false }
        let d = k - 1
        return d == floor || tokens[d - 1].lower == "," || isSentenceStart(d)
    }

    /// `Save the Children`, `Feed the Children`: an organisation's name that opens with a verb's
    /// base form at `v`, capitalised, then `the` and capitalised words to its end (not after
    /// `ceiling`), as an organisation; nil for any other shape. A verb before lower-case words
    /// is the verb (`save the children`, `Save the date`), and so is one before a lower-case
    /// noun or adjective after the capitals (`Meet the Press host Ann Lowe` is her).
    func verbInitialName(at v: Int, ceiling: Int) -> SpeakerMention? {
        guard v >= 0, v + 2 <= ceiling, tokens[v].isCapitalized, tokens[v].isWord, tokens[v].quote == nil,
              [.verb, .adp, .propn].contains(tokens[v].tag), !tokens[v].is(.reporting),
              tokens[v + 1].lower == "the", !tokens[v + 1].isCapitalized, tokens[v + 1].quote == nil else { return nil }
        let w = tokens[v].lower
        guard !w.hasSuffix("ed"), !w.hasSuffix("ing"), !w.hasSuffix("s"), !w.hasSuffix("ly") else { return nil }
        var e = v + 1
        while e + 1 <= ceiling, e - v < Self.maxLength, tokens[e + 1].isWord, tokens[e + 1].isCapitalized, tokens[e + 1].quote == nil,
              !tokens[e + 1].is(.stopWord), !tokens[e + 1].is(.nonSpeakerHead) {
            e += 1
        }
        guard e >= v + 2 else { return nil }
        if e + 1 <= ceiling, tokens[e + 1].isWord, tokens[e + 1].quote == nil, [.noun, .adj].contains(tokens[e + 1].tag) { return nil }
        var m = make(first: v, last: e, kind: .name)
        m.actorKind = .organisation
        return m
    }

    /// Lower-case prepositions that join an organisation's noun to the rest of its title-case
    /// name (`Friends of the Earth`, `the Committee to Protect Journalists`, `Citizens for Tax
    /// Justice`, `the Council on Foreign Relations`).
    static let nameNounLinks: WordSet = ["of", "for", "on", "to"]

    /// The capitalised word that the lower-case link at `k` (``nameNounLinks``, perhaps with `the`
    /// after it) joins to the capitalised common noun or organisation word before it, inside one
    /// title-case name (`Friends of the Earth`, `the Department of the Interior`, `the Committee to
    /// Protect Journalists`); nil when the word before is a title (`the Ambassador to France`,
    /// `Secretary of the Navy`) or a name's (`Johnson of the Times`, `Gillibrand on Hillary`).
    func nameNounLinkEnd(at k: Int, ceiling: Int) -> Int? {
        guard k >= 1, k + 1 <= ceiling, Self.nameNounLinks.contains(tokens[k].lower), !tokens[k].isCapitalized,
              tokens[k].quote == nil else { return nil }
        let noun = tokens[k - 1]
        // (A common word the tagger knows: a headline's unknown surname read as a noun is none,
        // `Gillibrand on Hillary Releasing…`.)
        // A title word naming an institution opens one (`the Committee to Protect Journalists`);
        // a person's title does not (`Mayor to Seek Third Term`).
        guard noun.isWord, noun.isCapitalized, noun.quote == nil, !isTitle(k - 1) || Self.institutionTitles.contains(noun.lower),
              noun.tag == .noun && PartOfSpeechTagger.embedded.knows(noun.lower) || noun.is(.organisationHead)
                || isPluralNounReadAsName(k - 1) else { return nil }
        var j = k + 1
        if tokens[j].lower == "the", j + 1 <= ceiling { j += 1 }
        let w = tokens[j]
        guard w.isWord, w.isCapitalized, w.quote == nil, !w.is(.stopWord), !w.is(.nonSpeakerHead) else { return nil }
        return j
    }

    /// Whether the capitalised word at `k`, which the tagger reads as a name, is a plural it
    /// knows as a common noun opening a name (`according to Friends of the Earth`, `Veterans of
    /// Foreign Wars`): the capital is the organisation name's. Not after another capitalised
    /// word, where a surname in -s stands (`Jeff Sessions of Alabama`), nor a first name.
    func isPluralNounReadAsName(_ k: Int) -> Bool {
        let t = tokens[k]
        guard t.tag == .propn, t.lower.utf8.count > 3, t.lower.endsWith("s"), !t.lower.endsWith("ss"), !t.lower.isPossessiveForm,
              k == 0 || !tokens[k - 1].isWord || !tokens[k - 1].isCapitalized else { return false }
        return PartOfSpeechTagger.embedded.knowsAsCommonNoun(t.lower) && !FirstNameGender.isFirstName(t.lower)
    }

    /// Whether token `k` is an ampersand between two capitalised words, inside a name (`Barnes &
    /// Noble`, `the American Forest & Paper Association`).
    func isAmpersandInName(_ k: Int) -> Bool {
        k > 0 && k + 1 < tokens.count && tokens[k].lower == "&" && tokens[k - 1].isCapitalized && tokens[k + 1].isCapitalized
            && tokens[k - 1].isWord && tokens[k + 1].isWord
    }

    /// Classifies tokens `first...last` as a name or a description, or rejects them.
    func classify(first: Int, last: Int) -> SpeakerMention? {
        // "Al From … “…,” From said": the tags read a preposition, the article a surname.
        if first == last, isFunctionFormSurname(first) {
            var m = make(first: first, last: last, kind: .name)
            m.actorKind = .person
            return m
        }
        // "a source close to him": the phrase before the modifier, run on to its pronoun object.
        if last - 3 >= first, Self.modifierObjectPronouns.contains(tokens[last].lower), isPronounObjectModifier(at: last - 2) {
            guard let before = classify(first: first, last: last - 3), before.kind != .pronoun else { return nil }
            var m = make(first: before.first, last: last, kind: .description)
            m.head = before.head
            m.actorKind = Lexicon.isGroupHead(m.head) ? .group : .description
            return m
        }
        guard let first = nounPhraseStart(first: first, last: last) else { return nil }
        let head = tokens[last]
        if head.is(.determiner) && !closesTitleCasedName(last, floor: first) || head.is(.stopWord) && !head.isCapitalized { return nil }
        // "Theresa May" is a name though "may" is a month and a verb.
        let capitalisedAfterName = head.isCapitalized && last > first && tokens[last - 1].isCapitalized
        // "May said", "said May": nor is a month's name the tags read as a name by its verb.
        if head.is(.nonSpeakerHead) && !capitalisedAfterName && !(head.isCapitalized && surnamesOfCommonForm.contains(head.lower))
            && !isModalReadAsName(last) {
            return nil
        }
        if head.kind == .number && !head.lower.hasSuffix("-year-old") { return nil }
        // Find where the trailing run of capitalised words (the name) starts.
        var nameStart = last + 1
        var k = last
        while k >= first {
            let t = tokens[k]
            let link = Self.nameLinks.contains(t.lower) || Self.namePrepositionLinks.contains(t.lower)
            // "Maria de la Cruz": a particle may follow another after the given name.
            let linked = k > first && (tokens[k - 1].isCapitalized
                || k - 1 > first && tokens[k - 2].isCapitalized && Chunker.nameParticles.contains(tokens[k - 1].lower))
            // "Friends of the Earth": `the` and the link before it inside an organisation's name.
            let linkEnd = nameStart <= last ? nameNounLinkEnd(at: t.lower == "the" ? k - 1 : k, ceiling: last) : nil
            let linksNameNoun = linkEnd == nameStart || t.lower != "the" && linkEnd == nameStart + 1 && tokens[nameStart].lower == "the"
            if t.isCapitalized || (link && linked && nameStart <= last) || linksNameNoun || t.kind == .number && nameStart <= last
                || nameStart <= last && isNicknameMark(k, first: first, last: last) {
                nameStart = k
                k -= 1
            } else {
                break
            }
        }
        // "Allies of Mr. Clinton" opening a sentence: the capital is the sentence's, and a plural
        // before `of` is no title, so the name starts after the link.
        if nameStart + 2 <= last, nameStart == first, isSentenceStart(nameStart), tokens[nameStart].tag == .noun,
           isPluralGroupNoun(nameStart), tokens[nameStart + 1].lower == "of", tokens[nameStart + 2].isCapitalized {
            nameStart += 2
        }
        // "a professor at …", "8 percent of Democrats": a determiner or a number opens a description.
        let determinerFirst = tokens[first].is(.determiner) || tokens[first].tag == .num
        if determinerFirst, let link = (first...last).first(where: { Self.descriptionLinks.contains(tokens[$0].lower) }),
           link > first + 1, !tokens[link - 1].isCapitalized {
            // "a professor at Yonsei University": a description headed by the noun before the link.
            var m = make(first: first, last: last, kind: .description)
            m.head = tokens[link - 1].lower
            // "a story from the state news agency": a document speaks for its source.
            if Self.documentNouns.contains(m.head), Self.documentSourceLinks.contains(tokens[link].lower), link < last {
                m.bareSpan = TextSpan(start: tokens[link + 1].start, end: tokens[last].end)
                m.head = tokens[last].lower
                m.actorKind = .organisation
                return m
            }
            m.actorKind = Lexicon.describedKind(head: m.head)
            return Lexicon.nonSpeakerHeads.contains(m.head) ? nil : m
        }
        if nameStart <= last && head.isCapitalized, let group = nameCoordinatedWithDefiniteName(first: first, nameStart: nameStart, last: last) {
            return group
        }
        if nameStart <= last && head.isCapitalized, let description = commonNounLinkedToName(first: first, nameStart: nameStart, last: last) {
            return description
        }
        if nameStart <= last && head.isCapitalized, let person = personBeforePlace(first: first, placeStart: nameStart, last: last) {
            return person
        }
        if nameStart <= last && head.isCapitalized, let group = commonNounBeforeName(first: first, nameStart: nameStart, last: last) {
            return group
        }
        // "Critics said", "Fans say": a plural common noun alone, capitalised only as the
        // sentence's first word, is a group's description, not a name.
        // A surname the article gives with a first name ("Michelle Fields", "Bernie Sanders") stays one.
        let commonPluralOpening = first == last && isCommonNounOpeningSentence(first) && !surnamesInS.contains(head.lower)
        if nameStart <= last && head.isCapitalized && !commonPluralOpening {
            // A name, perhaps with titles and lower-case modifiers before it.
            // The name follows the run's last title word: "European Council President Donald Tusk",
            // "Secretary of State John Kerry", "Vermont Sen. Bernie Sanders".
            var bare = nameStart
            // "Martin Luther King Jr.": a title word before a generational suffix is the surname.
            let surname = surnameToken(first: nameStart, last: last)
            if let lastTitle = (nameStart..<last).last(where: { isTitle($0) && !($0 == surname && isSurnameTitle($0, from: nameStart)) }) {
                bare = lastTitle + 1
            }
            // "Economist Rita Vogel", "Striker Luis Romero": a job noun capitalised before a known
            // first name and a surname is a title ("economist Rita Vogel" mid-sentence).
            if bare == nameStart, isCapitalisedJobBeforeFullName(nameStart, last: last) { bare = nameStart + 1 }
            // "Mr. Peck and Mr. Mahaney": people named together keep every name and title.
            if namesPeopleTogether(from: nameStart, to: last) { bare = nameStart }
            // "Republican of Arizona", "Chief of Staff Katie Walsh": a name never opens with a link word,
            // and "X of Y" titles run on over Y when a name follows it.
            var afterLink = false
            while bare < last, Self.nameLinks.contains(tokens[bare].lower) || tokens[bare].lower.isOne(of: "on", "for", "at", "from") {
                bare += 1
                afterLink = true
                if bare + 2 <= last, tokens[bare + 1].isCapitalized, tokens[bare + 2].isCapitalized { bare += 1 }
            }
            // "Director of Government Affairs Phil Smith": the title's last word before a known
            // first name and a surname is no part of the name.
            if afterLink, bare + 2 == last, !FirstNameGender.isFirstName(tokens[bare].lower), FirstNameGender.isFirstName(tokens[bare + 1].lower) {
                bare += 1
            }
            let titleText = bare > first ? text(first, bare - 1) : nil
            let hasDeterminer = tokens[first].is(.determiner)
            var m = make(first: first, last: last, kind: .name)
            m.bareSpan = TextSpan(start: tokens[bare].start, end: tokens[last].end)
            m.title = hasDeterminer ? nil : titleText
            m.head = normalizedSurname(tokens[surname].lower)
            // An organisation word counts in the bare name, or anywhere when the whole phrase is a name
            // ("White House press secretary Josh Earnest" is a person).
            // "West Virginia said", "North Korea warned": a place of two words speaks as its government.
            m.actorKind = isOrganisation(first: bare, last: last) || (bare == nameStart && nameStart == first && isOrganisation(first: first, last: last))
                || (bare..<last).contains { nameNounLinkEnd(at: $0, ceiling: last) != nil }
                // "Doctors Without Borders": no person's name holds a capitalised preposition.
                || bare + 1 < last && (bare + 1..<last).contains { isCapitalisedNameLink($0, floor: bare) }
                || bare + 1 == last && NonPersonNames.isTwoWordPlace(tokens[bare].lower, normalizedSurname(tokens[last].lower))
                ? .organisation : .person
            if hasDeterminer && m.actorKind == .person && !isAcronym(last) {
                if describesNamedPerson(determiner: first, nameStart: nameStart), isBarePersonalName(first: nameStart, last: last) {
                    // "an emotional Lowe", "a visibly shaken Ann Lowe": the reporter's word on a
                    // person the text names; the name is the speaker.
                    m.title = nil
                } else if bare == nameStart, nameStart - first >= 2, isDescribedFullName(first: nameStart, last: last),
                          describesPersonByRole(first: first, nameStart: nameStart), opensSubjectlessClauseCue(after: last) {
                    // "The officer Ann Lee said shot her brother": the description is the
                    // antecedent of a contact clause the name is the subject of, not the name's
                    // role (``opensSubjectlessClauseCue(after:)``): the name alone speaks.
                    return classify(first: nameStart, last: last)
                } else if bare == nameStart, nameStart - first >= 2, isDescribedFullName(first: nameStart, last: last),
                          describesPersonByRole(first: first, nameStart: nameStart) {
                    // "Her neighbor Mark Daley", "the economist Jane Roe": the name speaks, the
                    // description is its role (``describesPersonByRole(first:nameStart:)``).
                    m.title = nil
                    m.role = text(first, nameStart - 1)
                } else {
                    // "the North Korean" is no person; "the State Department" is an organisation.
                    m.actorKind = .organisation
                }
            }
            // "Russians now say", "Democrats said": a people or a party in the plural is a group,
            // which "they" may take and "he" never does.
            if m.actorKind == .person, bare == last, Lexicon.groupHeads.contains(tokens[last].lower) || Lexicon.peoplePlurals.contains(tokens[last].lower) {
                m.actorKind = .group
            }
            if m.actorKind == .organisation {
                // Organisations keep their whole name ("The nonpartisan Commission on Presidential Debates").
                m.bareSpan = m.span
            }
            return m
        }
        // A description: needs a determiner, or a plural head ("officials said").
        // A possessive anywhere before the head determines the phrase ("Maria Lopez's campaign").
        let hasDeterminer = tokens[first].is(.determiner) || tokens[first].tag == .num
            || (first..<last).contains { tokens[$0].lower.hasSuffix("'s") || isBareApostrophe($0) }
        let plural = Lexicon.groupHeads.contains(head.lower) || (head.lower.endsWith("s") && !head.lower.endsWith("ss") && head.lower.count > 3)
            || Self.recordNouns.contains(head.lower) || Self.unmarkedPluralHeads.contains(head.lower)
        guard hasDeterminer || plural else { return nil }
        guard first < last || plural else { return nil }
        var m = make(first: first, last: last, kind: .description)
        m.head = head.lower
        if head.is(.organisationHead) {
            m.actorKind = .organisation
        } else if plural {
            m.actorKind = .group
        } else {
            m.actorKind = .description
        }
        return m
    }

    /// Whether the words between the determiner at `d` and the name at `nameStart` describe a
    /// person's state (`an emotional`, `a visibly shaken`, `the embattled`): lower-case adjectives
    /// or participles, perhaps after an adverb in -ly, and at least one of them.
    func describesNamedPerson(determiner d: Int, nameStart: Int) -> Bool {
        guard nameStart > d + 1, nameStart - d - 1 <= Self.maxNameDescriptorWords,
              Self.personDescriptorArticles.contains(tokens[d].lower) else { return false }
        for k in d + 1..<nameStart {
            let t = tokens[k]
            guard t.isWord, !t.isCapitalized, t.quote == nil else { return false }
            if t.isLyAdverb, k + 1 < nameStart { continue }
            guard t.tag == .adj || t.tag == .verb && (t.lower.endsWith("ed") || t.lower.endsWith("en")) else { return false }
        }
        return true
    }

    /// The last token of the name after a determiner at `d` and the words describing the named
    /// person's state (``describesNamedPerson(determiner:nameStart:)``), or nil.
    func namedPersonEnd(afterDescriptorAt d: Int, ceiling: Int) -> Int? {
        var n = d + 1
        while n <= ceiling, n - d <= Self.maxNameDescriptorWords, tokens[n].isWord, !tokens[n].isCapitalized { n += 1 }
        guard n <= ceiling, tokens[n].isCapitalized, tokens[n].tag == .propn, describesNamedPerson(determiner: d, nameStart: n) else { return nil }
        let nameStart = n
        while n + 1 <= ceiling, tokens[n + 1].isCapitalized, tokens[n + 1].isWord, tokens[n + 1].tag == .propn, tokens[n + 1].quote == nil { n += 1 }
        // The name closes the phrase (`a senior Cruz adviser` is the adviser) and names a person,
        // not a party, a people or a body (`a former top Soviet`).
        if n + 1 <= ceiling, tokens[n + 1].isWord,
           tokens[n + 1].isCapitalized || [.noun, .adj, .propn, .num].contains(tokens[n + 1].tag) { return nil }
        return isBarePersonalName(first: nameStart, last: n) ? n : nil
    }

    /// The first of the capitalised words that end at `end` (not before `floor`).
    func namePartStart(endingAt end: Int, floor: Int) -> Int {
        var k = end
        while k - 1 >= floor, tokens[k - 1].isCapitalized, tokens[k - 1].isWord, tokens[k - 1].quote == nil { k -= 1 }
        return k
    }

    /// Articles before the words on a named person's state (`an angry Hollande`); not a quantity
    /// (`many liberal Democrats`, `one unaligned Republican`).
    static let personDescriptorArticles: WordSet = ["a", "an", "the"]

    /// Whether `first...last` is a bare personal name: capitalised proper nouns only, no title,
    /// link word, party, people or body (`Ann Lowe`, not `Mr. Trump`, `CEO of Acme`, `Democrats`).
    func isBarePersonalName(first: Int, last: Int) -> Bool {
        guard first <= last else { return false }
        for k in first...last {
            let t = tokens[k]
            guard t.isWord, t.isCapitalized, t.tag == .propn, t.quote == nil, !isTitle(k), !t.is(.title) else { return false }
        }
        let head = tokens[last].lower
        return !Lexicon.groupHeads.contains(head) && !Lexicon.peoplePlurals.contains(head) && !Lexicon.isGroupHead(head)
            && !isOrganisation(first: first, last: last)
    }

    /// The most words describing a named person between a determiner and the name.
    static let maxNameDescriptorWords = 3

    /// Whether `m` is a segment of "NAME, 30, of Raleigh, N.C., who…" other than the name: an
    /// age, a place after "of", or a state abbreviation.
    func isPlaceOrAgeSegment(_ m: SpeakerMention) -> Bool {
        if m.first > 0, tokens[m.first - 1].lower == "of" { return true }
        if m.first == m.last, tokens[m.last].lower.containsByte(0x2E), tokens[m.last].lower.count <= 6 { return true }
        return m.first == m.last && tokens[m.last].kind == .number
    }

    /// Whether token `i` opens its sentence as a capitalised adjective before a lower-case noun.
    func isAdjectiveOpeningSentence(_ i: Int, ceiling: Int) -> Bool {
        // A name opening its sentence ("Reyes returned…") is no adjective, whatever follows it.
        guard i + 1 <= ceiling, isSentenceStart(i), tokens[i].isCapitalized, tokens[i].tag != .propn else { return false }
        let next = tokens[i + 1]
        return next.isWord && !next.isCapitalized && !next.is(.stopWord) && !next.is(.reporting)
            && !next.is(.preposition) && !Self.roleNouns.contains(next.lower) && next.kind == .word
    }

    /// Plurals of people without the -s ending, the head of a group (`People`, `Police`, `Children`).
    static let unmarkedPluralHeads: WordSet = ["people", "police", "men", "women", "children", "staff", "clergy", "youth"]

    /// Whether token `i` is a plural common noun capitalised only because it opens its sentence
    /// (`Voters walked up and said…`, `Officials declined…`): the head of a description, not a
    /// name. A singular one is too often a name the tagger missed (`Gillibrand on Hillary…`).
    func isCommonNounOpeningSentence(_ i: Int) -> Bool {
        let t = tokens[i]
        guard isSentenceStart(i), t.isCapitalized, !t.is(.title) else { return false }
        // "Small groups of protesters marched": an adjective before a lower-case noun opens one too.
        if t.tag == .adj, i + 1 < tokens.count, tokens[i + 1].isWord, !tokens[i + 1].isCapitalized,
           tokens[i + 1].tag == .noun, tokens[i + 1].quote == nil {
            return true
        }
        // "People come up to me and say…", "Police said…": a group word without -s counts too.
        return t.tag == .noun && (t.lower.endsWith("s") && !t.lower.endsWith("ss") && !t.lower.hasSuffix("'s")
            || Self.unmarkedPluralHeads.contains(t.lower))
    }

    /// Whether token `i` is a pronoun fused with an auxiliary (`You'll`, `It’s`): the tagger's
    /// pronoun, never a name, however it is capitalised. (The first person's, `I'm`, `I've`, are
    /// personal pronouns, whose speaker is the text's narrator.)
    func isFusedPronoun(_ i: Int) -> Bool {
        tokens[i].tag == .pron && tokens[i].lower.contains(where: { $0 == "'" || $0 == "\u{2019}" })
    }

    /// The pronoun of a fused form (`She's a supporter but concedes…` → "she"), a mention a
    /// pronoun's antecedent resolves; nil when the part before the apostrophe is none of
    /// ``fusablePronouns`` (`What's`, `There's`, `It's`).
    func fusedPronounMention(_ i: Int) -> SpeakerMention? {
        let pronoun = String(tokens[i].lower.prefix(while: { $0 != "'" && $0 != "\u{2019}" }))
        guard Self.fusablePronouns.contains(pronoun) else { return nil }
        var m = make(first: i, last: i, kind: .pronoun)
        m.head = pronoun
        return m
    }

    /// Punctuation that ends a role's segment after a name (`Tamika Jones, 44, a nurse…,`).
    static let roleSegmentEnds: WordSet = [",", ".", ";", ":", "(", ")", "?", "!"]

    /// Personal pronouns that fuse with an auxiliary (`she's`, `they'll`, `you've`) and may speak:
    /// not `it's` or `we're`, which in running text open the writer's own remarks far more often.
    static let fusablePronouns: WordSet = ["he", "she", "they", "you", "i"]

    /// Whether token `i` opens its sentence.
    func isSentenceStart(_ i: Int) -> Bool {
        i == 0 || tokens[i - 1].sentence != tokens[i].sentence  // a sentence lies in one paragraph
    }

    /// "R-Ky.", "D-N.Y.", "I-Vt": a party initial, a hyphen and a state abbreviation.
    func isPartyCode(_ i: Int) -> Bool {
        let t = tokens[i]
        let s = document.scalars
        guard t.end - t.start >= 3, t.end - t.start <= 8, t.isCapitalized, s[t.start + 1] == "-" else { return false }
        return "RDI".unicodeScalars.contains(s[t.start])
    }

    /// The most words after a party code's first that name its place in full (`D-Salt Lake City`).
    static let maxPartyPlaceWords = 2

    /// The token of the party code (``isPartyCode(_:)``) that a code ending at token `end` opens:
    /// the code itself (`R-Ky`), the code before its abbreviation's full stop (`R-Ky.`), or the
    /// code before the further capitalised words of a place named in full (`D-Santa Monica`,
    /// `D-New Mexico`, `R-Salt Lake City`), one with no full stop in it. Nil for anything else.
    func partyCodeStart(endingAt end: Int) -> Int? {
        guard end >= 0, end < tokens.count else { return nil }
        if isPartyCode(end) { return end }
        if tokens[end].lower == "." { return end >= 1 && isPartyCode(end - 1) ? end - 1 : nil }
        var k = end
        while k >= 1, end - k < Self.maxPartyPlaceWords, tokens[k].isWord, tokens[k].isCapitalized, tokens[k].quote == nil,
              tokens[k - 1].sentence == tokens[end].sentence {
            k -= 1
            if isPartyCode(k) {
                let t = tokens[k]
                // A place's first word in full after the hyphen (`D-Santa`), not a dotted code (`D-N.Y`).
                return (t.start..<t.end).contains { document.scalars[$0] == "." } ? nil : k
            }
        }
        return nil
    }

    /// Index after a parenthesis that opens at `i` ("(D-Wis.)"), or `i` when none opens there.
    func skippingParenthesis(at i: Int, ceiling: Int) -> Int {
        guard i <= ceiling, tokens[i].lower == "(" else { return i }
        var k = i + 1
        while k <= ceiling, k - i <= 8 {
            if tokens[k].lower == ")" { return k + 1 }
            k += 1
        }
        return i
    }

    /// Whether token `i` is the apostrophe of a possessive in -s, written against its word
    /// ("Sanders’", "the players'").
    func isBareApostrophe(_ i: Int) -> Bool {
        guard i > 0, i + 1 < tokens.count, tokens[i].lower == "'", tokens[i].quote == nil else { return false }
        let owner = tokens[i - 1]
        return owner.isWord && owner.end == tokens[i].start && owner.lower.endsWith("s") && tokens[i + 1].isWord
    }

    /// Nouns after a name that head a phrase of their own ("FEC filings", "Census data", "Time magazine").
    static let recordNouns: WordSet = [
        "filings", "records", "data", "figures", "documents", "estimates", "numbers", "polls", "aides", "officials", "sources",
        "magazine", "newspaper", "network", "website",
    ]

    /// Words that point at a noun ("this source", "that official").
    static let demonstratives: WordSet = ["this", "that", "these", "those"]

    /// Whether token `i` is a demonstrative before a common noun (`That person`, `These officials`).
    func opensWithDemonstrative(_ i: Int) -> Bool {
        Self.demonstratives.contains(tokens[i].lower) && i + 1 < tokens.count && tokens[i + 1].tag == .noun && !tokens[i + 1].isCapitalized
            && !tokens[i + 1].is(.timeWord)  // "This year Camil said"
            // "This story has been updated to note…": the article speaking of itself reports nothing.
            && !(tokens[i].lower == "this" && Self.documentNouns.contains(tokens[i + 1].lower))
    }

    /// Whether the lower-case word at `k` right after a name is the head of the phrase: a plural
    /// or record noun closing the phrase (`according to FEC filings.`, `said Trump aides,`).
    func isNounHeadAfterName(_ k: Int, ceiling: Int) -> Bool {
        let t = tokens[k]
        guard t.isWord, t.quote == nil, !t.isCapitalized, t.tag == .noun,
              Self.recordNouns.contains(t.lower) || Self.documentNouns.contains(t.lower) else { return false }
        return k == ceiling || !tokens[k + 1].isWord || tokens[k + 1].tag == .verb || tokens[k + 1].tag == .aux
    }

    /// Whether the title word at `i` ("King", "Bishop") ends a person's name here: an initial or a
    /// capitalised word that is no title stands right before it.
    func isSurnameTitle(_ i: Int, from start: Int) -> Bool {
        guard i > start, tokens[i].is(.title) else { return false }
        return isInitial(i - 1) || tokens[i - 1].isCapitalized && !isTitle(i - 1)
    }

    /// Job nouns that news writes before a name as a title (`economist Rita Vogel`) besides
    /// ``roleNouns``.
    static let jobTitleNouns: WordSet = [
        "prosecutor", "striker", "goalkeeper", "quarterback", "pitcher", "witness", "neighbor", "neighbour",
        "author", "novelist", "artist", "nurse", "doctor", "engineer", "designer", "architect", "photographer",
        "filmmaker", "director", "producer", "rapper", "musician", "investor", "banker", "trader", "broker",
        "envoy", "ambassador", "emissary", "liaison", "surrogate", "counsel", "clerk", "rep", "bodyguard", "guard", "medic",
        "chaplain",
        // Sport, media, money and the street (`his top scorer, Dion Hale,`, `the blogger Craig Moss`).
        "scorer", "agent", "donor", "coach", "player", "captain", "athlete", "champion", "defender", "midfielder",
        "goalie", "linebacker", "contestant", "winner", "contender", "frontrunner", "front-runner", "challenger",
        "incumbent", "journalist", "publisher", "blogger", "speechwriter", "moderator", "cartoonist", "critic",
        "industrialist", "magnate", "philanthropist", "demographer", "sociologist", "psychologist", "scholar",
        "technician", "operative", "retiree", "hacker", "dictator", "contributor", "bundler", "protester",
        "soldier", "pilot", "priest", "bishop", "poet", "playwright", "composer", "investigator", "negotiator",
    ]

    /// Whether the capitalised word at `i` is a job noun (``roleNouns``, ``jobTitleNouns``) before a
    /// known first name and a surname ending the run at `last`: a title, no part of the name.
    /// Only at a sentence's start, where a capital shows nothing (`Host Grant Media` elsewhere is a name).
    func isCapitalisedJobBeforeFullName(_ i: Int, last: Int) -> Bool {
        guard i + 2 <= last, tokens[i].isCapitalized, isSentenceStart(i) else { return false }
        return Self.isJobTitleWord(tokens[i].lower) && FirstNameGender.isFirstName(tokens[i + 1].lower) && tokens[i + 2].isCapitalized
    }

    /// Whether the lower-cased `word` is a job noun news may write before a name as a title
    /// (``isJobNoun(_:)``) and no first name itself (`Ally`, `Judge` and `Author`
    /// are given names too: `Ally Jane Morton` keeps hers).
    static func isJobTitleWord(_ word: String) -> Bool { isJobNoun(word) && !FirstNameGender.isFirstName(word) }

    /// Whether the lower-cased `word` is a job noun (``roleNouns``, ``jobTitleNouns``).
    static func isJobNoun(_ word: String) -> Bool { roleNouns.contains(word) || jobTitleNouns.contains(word) }

    /// Whether the description `m` names an organisation by its last word (`Germany's biggest
    /// bank`), with no preposition before it whose object that word would be (`a spokeswoman for
    /// the bank`).
    func isOrganisationDescription(_ m: SpeakerMention) -> Bool {
        Lexicon.organisationHeads.contains(tokens[m.last].lower) && !tokens[m.last].isCapitalized
            && !(m.first...m.last).contains { tokens[$0].tag == .adp }
    }

    func isTitle(_ i: Int) -> Bool {
        let w = tokens[i].lower
        return Lexicon.titles.contains(w) || (w.hasSuffix(".") && w.count <= 5 && !isInitial(i))
    }

    /// Whether the name run `from...to` names people together (`Mr. Peck and Mr. Mahaney`, `Chaffetz
    /// and Rep. Bob Goodlatte`, `Susan Collins and Texas Rep. Louis Gohmert`): at an `and`, a person's
    /// name before it (a surname after a first name or a courtesy title), or after it a person's
    /// title or a first name with no title after the first word that is none. An `and` inside an
    /// office's name is no pair (`Health and Human Services Secretary Alex Azar`, `Housing and Urban
    /// Development Secretary Ben Carson`, `Energy and Commerce Committee Chairman Fred Upton`).
    func namesPeopleTogether(from start: Int, to last: Int) -> Bool {
        (start..<last).contains { k in
            guard tokens[k].lower.isOne(of: "and", "&"), k > start, tokens[k - 1].isCapitalized else { return false }
            // "Susan Collins and…", "Mr. Peck and…": a person's name ends before the `and`.
            if k - 2 >= start, !isTitle(k - 1) {
                let before = tokens[k - 2].lower
                if isTitle(k - 2) && (before.hasSuffix(".") || Lexicon.maleTitles.contains(before) || Lexicon.femaleTitles.contains(before))
                    || tokens[k - 2].isCapitalized && FirstNameGender.isFirstName(before) { return true }
            }
            // "…and Rep. Bob Goodlatte", "…and Ann Lee": a person's name starts after it.
            let after = k + 1
            let opensPerson = isTitle(after) && !Self.institutionTitles.contains(tokens[after].lower)
                || tokens[k].lower == "and" && after < last && tokens[after].isCapitalized && FirstNameGender.isFirstName(tokens[after].lower)
            guard opensPerson, let name = (after...last).first(where: { !isTitle($0) }) else { return false }
            return !(name...last).contains(where: { isTitle($0) && !Self.generationalSuffixes.contains(tokens[$0].lower) })
        }
    }

    /// Title words that name an institution or a party rather than a person's office
    /// (`Homeland Security`, `Senate`, `State`).
    static let institutionTitles: WordSet = [
        "state", "house", "senate", "defense", "treasury", "labor", "homeland", "security", "supreme", "court",
        "manhattan", "federal", "district", "circuit", "panel", "committee", "foreign", "press", "u.s.",
        "majority", "minority", "gop", "independent",
    ]

    func isInitial(_ i: Int) -> Bool {
        let w = tokens[i].lower
        return w.count == 2 && w.hasSuffix(".")
    }

    func isAcronym(_ i: Int) -> Bool {
        let t = tokens[i]
        let n = t.end - t.start
        guard n >= 2, n <= 6 else { return false }
        return document.scalars[t.start..<t.end].allSatisfy { Characters.isUpper($0) || $0 == "." || $0 == "&" }
    }

    func isOrganisation(first: Int, last: Int) -> Bool {
        if isAcronym(last) { return true }
        for k in first...last where tokens[k].is(.organisationHead) && tokens[k].isCapitalized {
            return true
        }
        return false
    }

    func normalizedSurname(_ w: String) -> String {
        var s = w
        if s.hasSuffix("'s") { s.removeLast(2) }
        return s
    }

    // MARK: Phrase after a verb ("said Leon V. Sigal, a former official")

    /// The speaker mention starting at token `start`, with an appositive role after it.
    func phrase(startingAt start: Int, ceiling: Int) -> SpeakerMention? {
        guard start <= ceiling, start < tokens.count else { return nil }
        let t = tokens[start]
        // "said 9/11 widow Terry Strada": a date written with a slash modifies the phrase after it.
        if let after = slashNumberEnd(at: start, ceiling: ceiling) { return phrase(startingAt: after + 1, ceiling: ceiling) }
        guard t.isWord, t.quote == nil else { return nil }
        if t.is(.personalPronoun) {
            return make(first: start, last: start, kind: .pronoun)
        }
        if isFusedPronoun(start) { return fusedPronounMention(start) }
        if let m = bareHeadMention(startingAt: start, ceiling: ceiling) { return m }
        // "said Save the Children", "according to Save the Children".
        if let m = verbInitialName(at: start, ceiling: ceiling) { return m }
        // "“…,” the Stamford, Conn., company said": a place modifier with its state set off.
        if let m = placeModifiedPhrase(startingAt: start, ceiling: ceiling) { return m }
        var e = start
        // "said Will Doyle": a function word's form is a name where the tags say so.
        let taggedName = t.isCapitalized && t.tag == .propn && !t.is(.determiner) && !t.is(.personalPronoun)
        // "this source told the Post": a demonstrative before a noun opens a description.
        let demonstrative = start + 1 <= ceiling && opensWithDemonstrative(start)
        let loneSurname = isFunctionFormSurname(start)
        if (t.is(.stopWord) || t.is(.preposition)) && !taggedName && !demonstrative && !loneSurname || t.is(.reporting) && !loneSurname {
            return nil
        }
        let determinerThenName = t.is(.determiner) && start + 1 <= ceiling && tokens[start + 1].isCapitalized
            && tokens[start + 1].quote == nil
        if determinerThenName {
            // "The United Nations Security Council on Friday…": a determiner and a capitalised name.
            while e + 1 <= ceiling, e - start < Self.maxLength {
                let u = tokens[e + 1]
                guard u.isWord || isAmpersandInName(e + 1), u.quote == nil else { break }
                if u.isCapitalized && !u.is(.nonSpeakerHead) {
                    e += 1
                } else if (Self.nameLinks.contains(u.lower) || Self.namePrepositionLinks.contains(u.lower)), e + 2 <= ceiling,
                          tokens[e + 2].isCapitalized, !tokens[e + 2].is(.nonSpeakerHead) {
                    e += 2
                } else if let next = nameNounLinkEnd(at: e + 1, ceiling: ceiling) {
                    // "the Department of the Interior", "the Committee to Protect Journalists".
                    e = next
                } else {
                    break
                }
            }
            // "the Republican nominee": capitalised adjectives before a lower-case head.
            while e + 1 <= ceiling, e - start < 8, tokens[e + 1].isWord, !tokens[e + 1].isCapitalized, tokens[e + 1].quote == nil,
                  !tokens[e + 1].is(.stopWord), !tokens[e + 1].is(.reporting),
                  !tokens[e + 1].is(.preposition), !tokens[e + 1].is(.verbModifier),
                  !tokens[e + 1].isLyAdverb, !tokens[e + 1].lower.endsWith("n't"),
                  tokens[e + 1].tag != .verb || !(tokens[e + 1].lower.endsWith("ed") || Lexicon.isGerund(tokens[e + 1].lower)) {
                e += 1
            }
            // "one GOP source in the room": the place of the person described.
            if e > start, !tokens[e].isCapitalized, invertedAfterVerb(start), let place = placePhraseEnd(at: e + 1, ceiling: ceiling) { e = place }
        } else if t.is(.determiner), let nameEnd = namedPersonEnd(afterDescriptorAt: start, ceiling: ceiling) {
            // "said a visibly shaken Lowe": the words on the person's state, then the name.
            e = nameEnd
        } else if t.is(.determiner) || !t.isCapitalized || isCommonNounOpeningSentence(start) {
            // A description: words up to punctuation, a preposition or a verb.
            while e + 1 <= ceiling, e - start < 10 {
                let u = tokens[e + 1]
                // "one source on the panel", "a spokesman for the campaign", "a count by the
                // agency", "the average of recent polls": a link and a determiner, a name or a modifier.
                // "a senior adviser to the president": `to` after a job noun names whom it serves.
                let serves = u.lower == "to" && Self.isJobNoun(tokens[e].lower)
                if Self.descriptionObjectLinks.contains(u.lower) || serves, e + 2 <= ceiling,
                   tokens[e + 2].is(.determiner) || tokens[e + 2].isCapitalized
                    || u.lower == "of" && [.adj, .noun].contains(tokens[e + 2].tag) && !tokens[e + 2].is(.stopWord) {
                    e += 2
                    continue
                }
                if invertedAfterVerb(start), opensPlaceOfPerson(at: e + 1, ceiling: ceiling) {
                    e += 2
                    continue
                }
                // "two people familiar with the talks", "officials briefed on the plan": an adjective
                // or participle after the noun, with its preposition and object.
                if let prepositions = Self.postnominalModifiers[u.lower], e + 3 <= ceiling, e > start || !tokens[e].is(.determiner),
                   prepositions.contains(tokens[e + 2].lower) {
                    // "a source close to him": the preposition's object may be a pronoun.
                    e += Self.modifierObjectPronouns.contains(tokens[e + 3].lower) ? 3 : 2
                    continue
                }
                // "a pool report", "the campaign statement": a document noun heads the description.
                if u.is(.reporting), Self.documentNouns.contains(u.lower), u.tag == .noun, e > start || tokens[e].is(.determiner) {
                    e += 1
                    continue
                }
                // "state Rep. Marcia “Cia” Price": a nickname inside the name the description ends in.
                if !u.isWord, tokens[e].isCapitalized, let close = nicknameClose(afterMark: e + 1, ceiling: ceiling) {
                    e = close
                    continue
                }
                // "a spokesman for Barnes & Noble": an ampersand inside the name.
                if isAmpersandInName(e + 1), e + 2 <= ceiling {
                    e += 2
                    continue
                }
                // "said the mother of three": a parent's count of children (``childCountEnd(afterParentAt:ceiling:)``).
                if let end = childCountEnd(afterParentAt: e, ceiling: ceiling) {
                    e = end
                    break
                }
                // "the team's goalkeeper and captain, Andre Silva": two roles of the apposed name.
                if let end = coordinatedRoleEnd(after: e, ceiling: ceiling) {
                    e = end
                    continue
                }
                guard u.isWord, u.quote == nil, !u.is(.stopWord), !u.is(.reporting),
                      !Self.descriptionEndingPrepositions.contains(u.lower) else { break }
                if u.isLyAdverb && !u.isCapitalized { break }
                // "The piece used one of…": a past-tense verb ends the subject.
                if u.lower.endsWith("ed") && u.lower.count > 3 && !u.isCapitalized && !tokens[e].is(.determiner) { break }
                // "The mayor left the stage and said", "Voters come up and say": so does any finite verb
                // the tagger reads after the head noun, a bare plural opening the sentence too.
                if u.tag == .verb, !u.isCapitalized, !Lexicon.isGerund(u.lower), tokens[e].tag == .noun { break }
                e += 1
            }
        } else if isAdjectiveOpeningSentence(start, ceiling: ceiling) {
            // "Small groups of protesters": a capitalised first word before a lower-case noun is
            // an adjective, so this is a description.
            while e + 1 <= ceiling, e - start < 10 {
                let u = tokens[e + 1]
                if Self.adjectivePhraseLinks.contains(u.lower), e + 2 <= ceiling, tokens[e + 2].isWord { e += 2; continue }
                guard u.isWord, u.quote == nil, !u.is(.stopWord), !u.is(.reporting), !u.is(.preposition) else { break }
                e += 1
            }
            guard let m = classify(first: start, last: e), m.kind == .description else { return nil }
            return m
        } else {
            while e + 1 <= ceiling, e - start < Self.maxLength {
                let u = tokens[e + 1]
                // "Marcia “Cia” Price": a nickname in quotation marks inside the name.
                if !u.isWord, let close = nicknameClose(afterMark: e + 1, ceiling: ceiling) {
                    e = close
                    continue
                }
                guard u.isWord || isAmpersandInName(e + 1), u.quote == nil else { break }
                // "MSNBC host Chris Matthews": lower-case role words between capitalised parts.
                // "Ayotte campaign manager Jon Kohan": common nouns before a job word too.
                // "Reyes constituent Dan Morrow", "Ohio State University political scientist Dana
                // Ruiz": any few modifier words before a full name that closes the phrase.
                if !u.isCapitalized, isNameModifierWord(e + 1) {
                    var k = e + 1
                    var sawJob = false
                    while k <= ceiling, k - e <= Self.maxNameModifierWords, !tokens[k].isCapitalized, isNameModifierWord(k) {
                        if Self.roleNouns.contains(tokens[k].lower) || tokens[k].is(.title) { sawJob = true }
                        k += 1
                    }
                    if k <= ceiling, tokens[k].isCapitalized, tokens[k].isWord, tokens[k].quote == nil,
                       sawJob || closingFullName(at: k, ceiling: ceiling) {
                        e = k
                        continue
                    }
                }
                // "Charles B. Rangel of New York": a person's name stops before "of" and a place.
                // "Peter T. King of New York": a title word after a given name or an initial is a surname.
                if u.lower == "of", e - start >= 1, !isOrganisation(first: start, last: e),
                   !tokens[e].is(.title) || isSurnameTitle(e, from: start) { break }
                // "Friends of the Earth", "Alliance to Reclaim Our Schools": an organisation's
                // noun and its lower-case link run on to the rest of the name.
                if let next = nameNounLinkEnd(at: e + 1, ceiling: ceiling) {
                    e = next
                    continue
                }
                // "Maria de la Cruz", "Pieter van der Berg": two particles may stand together.
                if u.isCapitalized || (Self.nameLinks.contains(u.lower) && e + 2 <= ceiling && (tokens[e + 2].isCapitalized
                    || Chunker.nameParticles.contains(tokens[e + 2].lower) && e + 3 <= ceiling && tokens[e + 3].isCapitalized)) {
                    e += 1
                } else {
                    break
                }
            }
            // "FEC filings", "Trump aides": a plural or document noun after a name is the head.
            if e + 1 <= ceiling, isNounHeadAfterName(e + 1, ceiling: ceiling), classify(first: start, last: e + 1) != nil { e += 1 }
            // "Scott's family", "Trump's campaign": a possessive name opens a described speaker.
            if tokens[e].lower.hasSuffix("'s") {
                var k = e + 1
                // "Lopez's first five critics": numbers stand among the modifiers too.
                while k <= ceiling, k - e <= 4, tokens[k].quote == nil, !tokens[k].isCapitalized, tokens[k].tag == .adj || tokens[k].tag == .num { k += 1 }
                var head = -1
                while k <= ceiling, k - e <= 5, tokens[k].quote == nil, !tokens[k].isCapitalized, tokens[k].tag == .noun { head = k; k += 1 }
                if head > e { e = head }
                // "Ruiz’s top foreign policy aide Jake Sullivan": a job described by its employer,
                // then the person's full name, who speaks.
                if head > start, Self.roleNouns.contains(tokens[head].lower) || tokens[head].is(.title), head + 2 <= ceiling,
                   closingFullName(at: head + 1, ceiling: ceiling),
                   var name = phrase(startingAt: head + 1, ceiling: ceiling), name.kind == .name, name.actorKind == .person {
                    name.role = text(start, head)
                    return name
                }
                // "Becker's chief of staff", "…'s director of communications": a job's own `of`
                // and the common nouns after it belong to the description (a name apposed to it
                // then speaks, below).
                if head > start, Self.roleNouns.contains(tokens[head].lower) || tokens[head].is(.title), head + 2 <= ceiling,
                   tokens[head + 1].lower == "of", tokens[head + 1].quote == nil, isLowerCaseNoun(head + 2) {
                    e = head + 2
                    while e + 1 <= ceiling, e - head < Self.maxRoleOfNouns, isLowerCaseNoun(e + 1) { e += 1 }
                }
            }
        }
        // "said the mother of three": classified at the parent noun, its head.
        let counted = parentNoun(beforeChildCountEndingAt: e, floor: start)
            .flatMap { classify(first: start, last: $0) }.map { extending($0, toChildCountEndingAt: e) }
        guard var m = counted ?? classify(first: start, last: e) else { return nil }
        // "said the University of California, Berkeley,": the campus is the name's.
        if let campus = campusEnd(afterNameEndingAt: e, floor: start, ceiling: ceiling) {
            m = withCampus(m, endingAt: campus)
            e = campus
        }
        var afterParen = skippingParenthesis(at: e + 1, ceiling: ceiling)
        // "Mitch McConnell, R-Ky., said": skip the party and state code.
        if afterParen + 2 <= ceiling, tokens[afterParen].lower == ",", isPartyCode(afterParen + 1) {
            afterParen += 2
            if afterParen <= ceiling, tokens[afterParen].lower == "." { afterParen += 1 }  // "R-Ky."
            // "D-Santa Monica": the rest of a place named in full.
            while afterParen <= ceiling, tokens[afterParen].lower != ".", partyCodeStart(endingAt: afterParen) != nil {
                afterParen += 1
            }
        }
        if afterParen > e + 1 { m.lastWithRole = afterParen - 1 }
        // "a spokeswoman for the hotel chain, Jenna Ruiz": the name apposed to a description speaks.
        // "Germany's biggest bank, Deutsche Bank": an organisation's name apposed to a description
        // whose head is an organisation noun speaks as well.
        // "said the Foreign Secretary, Ann Hale": so does the name apposed to a capitalised office.
        // "the study's lead author, Dr. Rachel Kim of the University of Toronto": the name's
        // affiliation may stand between it and the closing mark.
        if m.kind == .description || isCapitalisedOffice(m), afterParen + 1 <= ceiling, tokens[afterParen].lower == ",",
           var name = phrase(startingAt: afterParen + 1, ceiling: ceiling), name.kind == .name,
           name.actorKind == .person || name.actorKind == .organisation && isOrganisationDescription(m) {
            if name.actorKind == .person, let end = affiliationEnd(after: name.lastWithRole + 1, ceiling: ceiling) { name.lastWithRole = end }
            if name.lastWithRole + 1 > ceiling || tokens[name.lastWithRole + 1].lower.isOne(of: ".", ",", "!", "?", ";") {
                name.role = text(m.first, m.last)
                return name
            }
        }
        if m.kind != .pronoun, afterParen + 1 <= ceiling, tokens[afterParen].lower == ",", isRoleStart(afterParen + 1), tokens[afterParen + 1].lower != "who" {
            let e = afterParen - 1
            var r = e + 2
            while r + 1 <= ceiling, tokens[r + 1].quote == nil, !Self.roleSegmentEnds.contains(tokens[r + 1].lower) { r += 1 }
            // "Tamika Jones, 44, a nurse from Camden": an age is no role; the role is the segment after it.
            // "“…,” Claire Dunmore, 58, announced.": a reporting verb after the age is the name's
            // own verb, no role.
            if r == e + 2, tokens[r].kind == .number, r + 2 <= ceiling, tokens[r + 1].lower == ",", isRoleStart(r + 2),
               tokens[r + 2].lower != "who", !isCueVerbForm(r + 2) {
                r += 2
                while r + 1 <= ceiling, tokens[r + 1].quote == nil, !Self.roleSegmentEnds.contains(tokens[r + 1].lower) { r += 1 }
            }
            // "The chef, Ann Lowe, shouted to the crowd.": a reporting verb that runs to the end of
            // the sentence is the name's own verb, not a role ("Ann Lowe, asked about it, said").
            let ownVerb = isReportingVerbForm(e + 2) && (r + 1 > ceiling || tokens[r + 1].lower != ",")
            // "The first witness, a former treasurer named Linda Chu, testified": the named person speaks.
            if !ownVerb, m.kind == .description, var named = namedPersonInRole(e + 2, r) {
                named.role = text(m.first, e) + ", " + (named.role ?? "")
                return named
            }
            if !ownVerb {
                m.role = text(e + 2, r)
                m.lastWithRole = r
            }
        }
        return m
    }

    /// Whether `m` is `the` and capitalised words ending in a title or a job noun (`the Foreign
    /// Secretary`, `the Chancellor`): an office, which a name apposed to it fills.
    func isCapitalisedOffice(_ m: SpeakerMention) -> Bool {
        m.kind == .name && m.last > m.first && tokens[m.first].lower == "the" && tokens[m.last].isCapitalized
            && (isTitle(m.last) || Self.isJobNoun(tokens[m.last].lower))
    }

    /// Most common nouns after a job's `of` (`chief of staff`, `director of public affairs`).
    static let maxRoleOfNouns = 3

    /// Whether token `k` is a lower-case common noun outside any quotation.
    func isLowerCaseNoun(_ k: Int) -> Bool {
        tokens[k].tag == .noun && !tokens[k].isCapitalized && tokens[k].quote == nil && tokens[k].isWord
    }

    /// The closing mark of a nickname in quotation marks whose opening mark is token `m`
    /// (`Marcia “Cia” Price`): at most three capitalised quoted words, then a capitalised name
    /// word outside the quotation. Nil for any other shape.
    func nicknameClose(afterMark m: Int, ceiling: Int) -> Int? {
        guard m + 1 <= ceiling, tokens[m + 1].isWord, let q = tokens[m + 1].quote else { return nil }
        var k = m + 1
        while k <= ceiling, k - m <= 3, tokens[k].quote == q {
            guard tokens[k].isWord, tokens[k].isCapitalized else { return nil }
            k += 1
        }
        guard k + 1 <= ceiling, k - m >= 2, !tokens[k].isWord, tokens[k].quote == nil,
              tokens[k + 1].isWord, tokens[k + 1].isCapitalized, tokens[k + 1].quote == nil else { return nil }
        return k
    }

    /// Whether token `k` (in a phrase `first...last`) is a quotation mark around a nickname
    /// inside the name (`Marcia “Cia” Price`).
    func isNicknameMark(_ k: Int, first: Int, last: Int) -> Bool {
        guard !tokens[k].isWord, tokens[k].quote == nil else { return false }
        if let close = nicknameClose(afterMark: k, ceiling: last), close > k { return k > first && tokens[k - 1].isCapitalized }
        var o = k - 1
        while o > first, k - o <= 3, tokens[o].quote != nil { o -= 1 }
        return o >= first && o < k - 1 && nicknameClose(afterMark: o, ceiling: last) == k
    }

    /// The opening mark of a nickname whose closing mark is token `close`, inside a name that
    /// runs back from `end` (`Robert “Bob” Whitfield`): a capitalised word in the same paragraph
    /// stands before the opening mark. Nil for any other shape.
    func nicknameOpening(closedBy close: Int, floor: Int, end: Int) -> Int? {
        guard close > floor, close < end, !tokens[close].isWord, tokens[close].quote == nil, tokens[close - 1].quote != nil,
              isNicknameMark(close, first: floor, last: end) else { return nil }
        var open = close - 1
        while open > floor, tokens[open].quote != nil { open -= 1 }
        guard open > floor, tokens[open - 1].isWord, tokens[open - 1].isCapitalized, tokens[open - 1].quote == nil,
              paragraphOf(open - 1) == paragraphOf(end) else { return nil }
        return open
    }

    /// Whether the word at `k` and the preposition after it take a pronoun object inside a
    /// described speaker: a postnominal modifier (`close to`, `loyal to`) or a job noun with
    /// `for` (`a spokesman for her`).
    func isPronounObjectModifier(at k: Int) -> Bool {
        guard k >= 0, k + 1 < tokens.count else { return false }
        let w = tokens[k].lower, preposition = tokens[k + 1].lower
        if Self.postnominalModifiers[w]?.contains(preposition) == true { return true }
        return preposition == "for" && Self.roleNouns.contains(w)
    }

    /// Object pronouns that close a modifier's prepositional phrase (`a person close to him`).
    static let modifierObjectPronouns: WordSet = ["him", "her", "them", "us", "me"]

    /// Adjectives and participles that follow the noun they describe, with the prepositions that
    /// open their object (`people familiar with the talks`, `sources close to the family`).
    static let postnominalModifiers: [String: Set<String>] = [
        "familiar": ["with"], "close": ["to"], "knowledgeable": ["about", "of"], "briefed": ["on", "about"],
        "involved": ["in", "with"], "loyal": ["to"], "opposed": ["to"], "sympathetic": ["to"],
    ]

    /// Most lower-case words between an employer's name and a person's name
    /// ("Montclair State University political scientist Brigid Harrison").
    static let maxNameModifierWords = 3

    /// Whether the reporting word at `k` is a noun: a finite reporting verb follows it ("Media
    /// reports said", "A police report found"), which no verb does.
    func isNounBeforeReportingVerb(_ k: Int) -> Bool {
        guard k + 1 < tokens.count, tokens[k].is(.reporting), tokens[k].sentence == tokens[k + 1].sentence else { return false }
        var n = k + 1
        // "Media reports Tuesday said": a day between the noun and the verb dates the reports.
        if Self.reportDatingWords.contains(tokens[n].lower), n + 1 < tokens.count, tokens[n + 1].sentence == tokens[k].sentence { n += 1 }
        let next = tokens[n]
        return next.quote == nil && next.is(.reporting) && next.tag == .verb && !Lexicon.isGerund(next.lower) && !next.isCapitalized
    }

    /// Days that may date a report between its noun and a reporting verb (`Media reports Tuesday said`).
    static let reportDatingDays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight",
    ]
    /// ``reportDatingDays`` as a word set, for the test at every reporting word.
    static let reportDatingWords = WordSet(reportDatingDays)

    /// Whether token `k` can stand among the lower-case words before a person's name: a noun,
    /// an adjective, a job word or an ordinal ("1st Lt."), never a function word or a verb.
    func isNameModifierWord(_ k: Int) -> Bool {
        let t = tokens[k]
        guard t.isWord, t.quote == nil, !t.is(.stopWord), !t.is(.reporting), !t.is(.preposition) else { return false }
        if Self.roleNouns.contains(t.lower) || t.is(.title) { return true }
        if t.isLyAdverb { return false }
        return [.noun, .adj, .propn, .num].contains(t.tag) || t.kind == .number
    }

    /// Whether a person's full name starts at `k` and closes the phrase: two to four capitalised
    /// words (titles and initials among them), then punctuation or the end of the clause.
    func closingFullName(at k: Int, ceiling: Int) -> Bool {
        var e = k
        while e + 1 <= ceiling, e - k < 4, tokens[e + 1].isWord, tokens[e + 1].isCapitalized, tokens[e + 1].quote == nil { e += 1 }
        guard e > k else { return false }
        return e == ceiling || !tokens[e + 1].isWord || tokens[e + 1].lower == "of"
    }

    // MARK: Helpers

    func make(first: Int, last: Int, kind: MentionKind) -> SpeakerMention {
        let span = TextSpan(start: tokens[first].start, end: tokens[last].end)
        return SpeakerMention(
            first: first, last: last, lastWithRole: last, span: span, kind: kind, bareSpan: span, bareOverride: nil,
            title: nil, role: nil, actorKind: kind == .pronoun ? .person : .description, head: tokens[last].lower)
    }

    /// The text from the start of token `a` to the end of token `b`.
    func text(_ a: Int, _ b: Int) -> String {
        guard a <= b else { return "" }
        return document.text(in: TextSpan(start: tokens[a].start, end: tokens[b].end))
    }
}

extension MentionFinder {
    /// The last token of a number written with a slash that starts at `start` and stands before a
    /// word (`9/11 widow`, `24/7 news`), its parts touching; nil otherwise.
    func slashNumberEnd(at start: Int, ceiling: Int) -> Int? {
        guard start + 3 <= ceiling, tokens[start].kind == .number, tokens[start + 1].lower == "/",
              tokens[start + 2].kind == .number, tokens[start + 1].start == tokens[start].end,
              tokens[start + 2].start == tokens[start + 1].end, tokens[start + 3].isWord, tokens[start + 3].quote == nil else { return nil }
        return start + 2
    }
}
