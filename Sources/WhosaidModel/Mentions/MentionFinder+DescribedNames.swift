import WhosaidSyntax

/// A person's full name after a description of them with no comma between: `Her neighbor Mark
/// Daley said…`, `the economist Jane Roe`, `The company's founder Lisa Park`, `his campaign
/// manager Jeff Weaver`. The name speaks and the description is the role the article gives
/// them, as with an apposition (`Her neighbor, Mark Daley, said`) or a possessive name before
/// the job (`Ruiz's campaign manager Rob Mills`). A determiner before a name otherwise made the
/// whole phrase an organisation's name (``classify(first:last:)``).
extension MentionFinder {
    /// Words that open such a description: articles (``PersonNameIndex/roleArticles``) and
    /// possessive pronouns (``possessivePronounList``).
    static let describedNameOpeners = WordSet(possessivePronounList.union(PersonNameIndex.roleArticles))

    /// Most lower-case words between the opener (and its possessive noun) and the name
    /// (`longtime campaign finance director`).
    static let maxDescribedNameWords = 4
    /// Most capitalised modifiers before those words (`The New York Times columnist`).
    static let maxCapitalisedRoleModifiers = 3

    /// Whether `first..<nameStart` describes the person named from `nameStart`: an opener
    /// (``describedNameOpeners``), perhaps `the` and a lower-case possessive noun (`the company's`),
    /// then at most ``maxDescribedNameWords`` lower-case modifier words ending in a noun of a
    /// person (``PersonNameIndex/isPersonNoun(_:)``: a job, kin, a gendered noun).
    func describesPersonByRole(first: Int, nameStart: Int) -> Bool {
        guard first + 1 < nameStart, tokens[first].quote == nil, Self.describedNameOpeners.contains(tokens[first].lower) else { return false }
        var k = first + 1
        // "The company's founder Lisa Park": the article's possessive noun names whose founder.
        if tokens[first].lower == "the", isLowerCasePossessiveNoun(k) { k += 1 }
        // "The Danish architect Sven Aalto", "the Harvard economist Jane Roe": capitalised
        // modifiers (a nationality, an employer) before the lower-case words of the role.
        let modifiersStart = k
        while k < nameStart - 1, k - modifiersStart < Self.maxCapitalisedRoleModifiers, tokens[k].isWord, tokens[k].isCapitalized,
              tokens[k].quote == nil, !tokens[k].lower.hasSuffix("'s"), !tokens[k].lower.hasSuffix("."), !tokens[k].is(.title) {
            k += 1
        }
        guard k < nameStart, nameStart - k <= Self.maxDescribedNameWords else { return false }
        for w in k..<nameStart {
            guard tokens[w].isWord, !tokens[w].isCapitalized, !tokens[w].lower.hasSuffix("'s"), isNameModifierWord(w) else { return false }
        }
        let head = tokens[nameStart - 1].lower
        return PersonNameIndex.isPersonNoun(head) || Self.isRoleHead(head) || isUnlistedPersonNoun(nameStart - 1) && FirstNameGender.isFirstName(tokens[nameStart].lower)
    }

    /// Endings of nouns for people by what they do (`soloist`, `skipper`, `sculptor`, `historian`).
    static let agentNounEndings = ["ist", "er", "or", "ian"]
    /// Voices and parts a performer is named by, which no ending shows (`The soprano Yelena Brandt`).
    static let performerNouns: WordSet = ["soprano", "mezzo-soprano", "alto", "contralto", "tenor", "baritone", "bass", "cellist"]
    /// Agent nouns that name firms at least as often as people (`the lender Charles Schwab`).
    static let firmAgentNouns: WordSet = [
        "lender", "carrier", "broadcaster", "regulator", "operator", "provider", "supplier", "developer", "distributor",
        "processor", "issuer", "underwriter", "retailer", "wholesaler", "exporter", "importer", "miner", "refiner", "brewer",
        "builder", "partner", "sponsor", "advertiser", "employer", "creditor", "borrower", "servicer", "investor",
    ]

    /// Whether the lower-case noun at `k`, in no job list, names a person by what they do: an
    /// agent noun's ending (``agentNounEndings``) or a performer's voice (``performerNouns``),
    /// never an organisation's head (`the retailer`, `the carrier`). Only before a known first
    /// name (``describesPersonByRole(first:nameStart:)``), so `the lender Wells Fargo` stays a name.
    func isUnlistedPersonNoun(_ k: Int) -> Bool {
        let w = tokens[k].lower
        guard tokens[k].tag == .noun, !tokens[k].isCapitalized, w.count > 4, !Lexicon.organisationHeads.contains(w),
              !Self.firmAgentNouns.contains(w) else { return false }
        return Self.performerNouns.contains(w) || Self.agentNounEndings.contains { w.hasSuffix($0) }
    }

    /// Whether the name ending at `last` is followed by a cue that takes a clause
    /// (``Attributor/contactGapClauseVerbs``), perhaps after adverbs, and at once by a finite verb
    /// with no subject of its own: `The officer Ann Lee said shot her brother was never charged`.
    /// The cue's clause lacks its subject, so the name opens a contact relative clause whose
    /// gap the description before the name fills: the officer shot her brother, Ann Lee said.
    /// The description is then no role of the name (``describesPersonByRole(first:nameStart:)``).
    func opensSubjectlessClauseCue(after last: Int) -> Bool {
        let sentence = tokens[last].sentence
        var v = last + 1
        while v < tokens.count, tokens[v].sentence == sentence, tokens[v].tag == .adv, tokens[v].quote == nil { v += 1 }
        guard v + 1 < tokens.count, tokens[v].sentence == sentence, tokens[v].quote == nil,
              Attributor.contactGapClauseVerbs.contains(tokens[v].lower) else { return false }
        let p = tokens[v + 1]
        return p.sentence == sentence && p.quote == nil && p.isWord
            && (p.tag == .aux || p.tag == .verb && !Lexicon.isGerund(p.lower) && !p.isCapitalized)
    }

    /// Whether `first...last` reads as a person's full name after a description
    /// (``describesPersonByRole(first:nameStart:)``): two words or more, the first a known first
    /// name or the last no word the tagger knows otherwise (`Kim Dae-ho`), so that `the event
    /// organizer Alliance for Schools` stays an organisation's name.
    func isDescribedFullName(first: Int, last: Int) -> Bool {
        guard first < last, isCapitalisedNameRun(first: first, last: last) else { return false }
        // "The pastor Grace Church", "the coach Jordan Lake", "the governor Santa Clara": a place's
        // or a body's name opens with a given name as often.
        let surname = normalizedSurname(tokens[last].lower)
        if Self.placeNameEnds.contains(surname) || Lexicon.organisationHeads.contains(surname)
            || PersonNameIndex.apposedPlaceHeads.contains(surname) || Self.placeNameOpeners.contains(tokens[first].lower)
            || last == first + 1 && NonPersonNames.isTwoWordPlace(tokens[first].lower, surname) { return false }
        return FirstNameGender.isFirstName(tokens[first].lower) || !PartOfSpeechTagger.embedded.knows(surname)
    }

    /// Whether `first...last` are capitalised proper nouns with no title, naming no people, party
    /// or organisation (``isBarePersonalName(first:last:)`` without its reading of a last word in
    /// -s as a plural: `Tom Reyes`, `Ana Rivas` are people).
    func isCapitalisedNameRun(first: Int, last: Int) -> Bool {
        for k in first...last {
            let t = tokens[k]
            guard t.isWord, t.isCapitalized, t.tag == .propn, t.quote == nil, !isTitle(k), !t.is(.title) else { return false }
        }
        let head = tokens[last].lower
        return !Lexicon.groupHeads.contains(head) && !Lexicon.peoplePlurals.contains(head) && !isOrganisation(first: first, last: last)
    }

    /// Last words of places' and buildings' names that are rarely surnames: data, checked by a test.
    static let placeNameEnds: WordSet = [
        "lake", "church", "chapel", "cathedral", "temple", "mosque", "synagogue", "bay", "creek", "harbor", "harbour",
        "springs", "falls", "heights", "mountain", "mountains", "canyon", "beach", "island", "county", "valley",
    ]

    /// First words of places' names that are given names too (`Santa Clara`, `San Diego`, `Fort Worth`).
    static let placeNameOpeners: WordSet = ["santa", "san", "saint", "st.", "fort", "port", "mount", "lake"]

    /// Whether token `k` is a lower-case noun with a possessive ending (`company's`, `state's`).
    func isLowerCasePossessiveNoun(_ k: Int) -> Bool {
        k < tokens.count && tokens[k].isWord && !tokens[k].isCapitalized && tokens[k].quote == nil
            && tokens[k].lower.hasSuffix("'s") && tokens[k].tag == .noun
    }
}
