import WhosaidSyntax

/// Full person names anywhere in the text outside quotes ("Ruth Keller", "Dr. Amal Haddad"),
/// found without a reporting verb, so that a surname-only speaker gets its full name and a
/// pronoun can find a person who was introduced before speaking.
struct PersonNameIndex {
    struct Entry {
        /// Token index of the name's last word.
        var token: Int
        /// The name without titles.
        var name: String
        /// Lower-cased last word.
        var surname: String
        /// A title before it, a first name with a clear gender, or an appositive role after it
        /// shows this is a person.
        var hasPersonEvidence: Bool
        /// How many tokens back from ``token`` the title before the name starts, as written and
        /// with what the article puts before it ("Judge", "Massachusetts Sen."), 0 for none; and
        /// how many back the name starts (``titleSpan(of:)``). Two small counts, not a span: they
        /// fit in the entry's padding (a span cost 7 MB on a 66 MB document).
        var titleBack: UInt16 = 0
        var nameBack: UInt16 = 0
        /// The lower-cased title before the name, when it holds a word only people carry
        /// ("vice president", "sen.").
        var title: String?
        /// The gender of the noun of kin a first name alone is apposed to ("her father, Manuel,").
        var kinGender: Gender? = nil
        /// The role an apposition closed by a comma or the sentence's end gives the name
        /// (``appositiveRole(from:)``): "the county's health director" in "Ana Ruiz, the county's
        /// health director, toured…".
        var role: TextSpan? = nil
        /// A one-word name with no title, read as a person because it is the subject of a verb
        /// (``isBareSurnameSubject(_:in:)``): `Byron finally returned…` in a text that never gives
        /// the full name.
        var isBareSubject = false
        /// Whether that bare subject opens its sentence, where any word is capitalised: only a
        /// capitalisation inside a sentence elsewhere shows it is a name
        /// (``isCapitalisedInsideSentence(_:)``).
        var bareSubjectOpensSentence = false
    }

    /// About how many tokens of news there are to each distinct surname the index files (some
    /// 20 names in a text of 900 tokens): the tables are made that large at the start.
    static let tokensPerSurname = 48
    /// Most surnames the tables make room for at the start (a long text's grow as they fill).
    static let maxReservedSurnames = 4096

    /// The title written before entry `e`'s name (``Entry/titleBack``), when there is one.
    func titleSpan(of e: Entry) -> TextSpan? { Self.titleSpan(of: e, tokens: tokens) }

    /// The title written before entry `e`'s name in `tokens`, the index's tokens, when there is
    /// one: for a reader that keeps some entries and not the index (``ActorBuilder/giveAppositiveRoles(from:to:)``).
    static func titleSpan(of e: Entry, tokens: Tokens) -> TextSpan? {
        guard e.titleBack > e.nameBack else { return nil }
        return TextSpan(start: tokens[e.token - Int(e.titleBack)].start, end: tokens[e.token - Int(e.nameBack) - 1].end)
    }

    /// Lower-case words of tenure before a title that stay with it (`former Mayor`, `acting
    /// Director`): data, checked by a test.
    static let tenureModifiers: WordSet = ["former", "acting", "interim", "retired", "outgoing", "incoming", "late"]

    /// Titles that only people carry.
    static let personTitles = WordSet(Set([
        "mr.", "mrs.", "ms.", "miss", "dr.", "prof.", "mr", "mrs", "ms", "dr", "professor", "president", "sen.", "senator", "rep.",
        "representative", "gov.", "governor", "gen.", "general", "mayor", "judge", "justice", "rev.",
        "reverend", "ambassador", "chancellor", "minister", "secretary", "congressman", "congresswoman",
        "sir", "lady", "lord", "pope", "king", "queen", "prince", "princess", "lt.", "col.", "capt.", "sgt.",
        // British style drops the full stop ("Prof Amir Khalil", "Cllr Jo Hart", "Det Insp Ian Roe").
        "prof", "cllr", "cllr.", "sgt", "supt", "supt.", "insp", "insp.", "det", "det.", "capt", "col", "lt", "maj",
        "brig", "brig.", "revd", "rev", "dame",
    ]).union(Lexicon.officeTitles))

    /// Given names that also open the names of places and their institutions ("Virginia Beach",
    /// "Georgia Southern", "Charlotte Motor Speedway"): data, checked by a test.
    static let placeGivenNames: WordSet = [
        "virginia", "georgia", "carolina", "florida", "austin", "charlotte", "madison", "jackson", "savannah",
        "victoria", "florence", "sydney", "augusta", "eugene", "regina", "phoenix", "dallas", "denver", "tyler",
    ]

    /// Nouns of places and things an apposition may name (`Scarborough Shoal, an atoll Beijing
    /// grabbed`): such an apposition is no evidence of a person. Data, checked by a test.
    static let placeNouns: WordSet = [
        "atoll", "island", "islands", "city", "town", "village", "state", "country", "county", "region", "province",
        "district", "river", "lake", "mountain", "valley", "border", "territory", "neighborhood", "suburb", "capital",
        "port", "area", "peninsula", "reef", "sea", "bay", "coast", "desert", "base", "site", "building", "street",
        "road", "square", "park", "stadium", "hospital", "school", "prison", "airport", "station", "church", "mosque",
        "temple", "hotel", "museum", "monument", "bridge", "dam", "plant", "factory", "mine", "farm", "ranch", "estate",
        "community", "enclave", "archipelago", "strait", "gulf", "canal", "highway", "arena", "campus",
    ]

    /// Whether the apposition starting at `k` (after the name's comma) is headed by a noun of a
    /// place, thing or organisation: its first noun within a few words. A job noun ending that
    /// noun's compound heads it (`Tom King, the union president,`, `a county commissioner`), and
    /// `who` takes a person (`Tom King, who leads the union,`): neither names a place.
    func appositionNamesPlace(from k: Int) -> Bool {
        if tokens[k].lower == "who" { return false }
        var i = k
        while i < tokens.count, i - k < Self.maxAppositionLead, tokens[i].isWord {
            if tokens[i].tag == .noun {
                var head = i
                while head + 1 < tokens.count, head + 1 - i < Self.maxAppositionLead, tokens[head + 1].tag == .noun, tokens[head + 1].isWord {
                    head += 1
                }
                if head > i, MentionFinder.isJobNoun(tokens[head].lower) { return false }
                return Self.placeNouns.contains(tokens[i].lower) || Lexicon.organisationHeads.contains(tokens[i].lower)
            }
            i += 1
        }
        return false
    }

    /// Whether the name `first...last` is set off by commas right after a noun of a person: a job
    /// (`The union's president, Tom King, toured…`, `the council president, Greg Hunt,`), kin or
    /// another noun of one person (`Her colleague, Derek Hill, disagreed`, ``isPersonNoun(_:)``).
    func isApposedToPersonNoun(first: Int, last: Int) -> Bool {
        guard first >= 2, last + 1 < tokens.count, tokens[first - 1].lower == ",", tokens[last + 1].lower == ",",
              tokens[first - 2].tag == .noun, tokens[first - 2].quote == nil else { return false }
        return Self.isPersonNoun(tokens[first - 2].lower)
    }

    /// Whether `word` is a noun of one person: a job, a noun that shows a gender (`wife`) or another
    /// (``Attributor/personHeads``: `colleague`, `neighbor`).
    static func isPersonNoun(_ word: String) -> Bool {
        MentionFinder.isJobNoun(word) || GenderedNouns.nounGender(of: word) != nil || Attributor.personHeads.contains(word)
    }

    /// Whether the apposition after a name's comma at `k` is a noun of a person that a possessive
    /// pronoun opens, within ``maxAppositionLead`` words (`Ann Hill, his colleague,`, `Tom Reyes,
    /// her longtime campaign manager,`): evidence that the name is a person's.
    func opensPossessedPersonApposition(at k: Int) -> Bool {
        guard k < tokens.count, MentionFinder.personPossessives.contains(tokens[k].lower) else { return false }
        var e = k + 1
        while e < tokens.count, e - k <= Self.maxAppositionLead, tokens[e].quote == nil, tokens[e].tag == .adj || tokens[e].tag == .noun {
            // "Green Hill, her father's farm,": a person's noun with a possessive ending owns the head.
            if tokens[e].tag == .noun, Self.isPersonNoun(tokens[e].lower),
               e + 1 >= tokens.count || tokens[e + 1].tag != .noun && !tokens[e + 1].lower.isPossessiveForm && tokens[e + 1].tag != .part { return true }
            e += 1
        }
        return false
    }

    /// Whether the name `first...last` is set off by commas after a lower-case noun and before a
    /// finite verb (`Her colleague at the firm, Maria Park, disagreed`): apposed to the subject
    /// of that verb, a person named with a first name.
    func isApposedSubject(first: Int, last: Int) -> Bool {
        guard first >= 2, last + 2 < tokens.count, tokens[first - 1].lower == ",", tokens[last + 1].lower == ",",
              tokens[first - 1].quote == nil, tokens[last + 1].quote == nil else { return false }
        let noun = tokens[first - 2], verb = tokens[last + 2]
        // "Voters in the district, Jordan County, were angry": a name ending in a noun of a place
        // or an organisation names no person.
        let head = tokens[last].lower
        guard !Self.apposedPlaceHeads.contains(head), !Lexicon.organisationHeads.contains(head) else { return false }
        return noun.tag == .noun && !noun.isCapitalized && noun.quote == nil
            && (verb.tag == .verb || verb.tag == .aux) && !Lexicon.isGerund(verb.lower) && verb.sentence == tokens[last].sentence
    }

    /// Last words of place names apposed to a noun (`the district, Jordan County,`) that are
    /// rarely surnames (unlike `Park` or `Hill` in ``placeNouns``).
    static let apposedPlaceHeads: WordSet = [
        "county", "city", "township", "district", "province", "parish", "island", "islands", "valley", "river",
        "region", "village", "state",
    ]

    /// Most tokens of a role read from an apposition (``appositiveRole(from:)``).
    static let maxRoleTokens = 14

    /// The apposition starting at token `k` (after a name's comma) as a role: words, possessives
    /// and hyphens up to a comma or the sentence's end, with no verb (`the county's new health
    /// director`, `a professor at Yonsei University in Seoul`). Nil when a verb, a relative
    /// pronoun, a quotation or anything else comes first (`the woman who ran the clinic`).
    func appositiveRole(from k: Int) -> TextSpan? {
        var e = k
        while e < tokens.count, e - k <= Self.maxRoleTokens, tokens[e].sentence == tokens[k].sentence, tokens[e].quote == nil {
            let t = tokens[e]
            if t.lower == "," || t.lower == "." { break }
            guard t.isWord || t.kind == .number || t.lower == "-" || t.lower == "'s" || t.lower == "&",
                  t.tag != .verb && t.tag != .aux || t.isCapitalized || modifiesRoleNoun(participle: e, inRoleFrom: k), !Self.relativeWords.contains(t.lower) else { return nil }
            e += 1
        }
        let closed = e >= tokens.count || tokens[e].sentence != tokens[k].sentence || tokens[e].lower == "," || tokens[e].lower == "."
        guard closed, e > k, e - k <= Self.maxRoleTokens, Self.roleOpeners.contains(tokens[k].lower) else { return nil }
        // "the brusque, combative governor": a comma between modifiers cut the phrase short.
        // "Carly Fiorina, former governor Mike Huckabee, …": a list of people, not a role.
        let last = tokens[e - 1]
        // "a Neptune, N.J., resident": a town the state after the comma goes with, mid-phrase.
        if e + 1 < tokens.count, tokens[e].lower == ",", last.isCapitalized, tokens[e + 1].isCapitalized,
           Self.endsWithFullStop(tokens[e + 1].lower) || SentenceSplitter.stateAbbreviations.contains(tokens[e + 1].lower) { return nil }
        guard last.tag == .noun || last.tag == .propn,
              !(e - 2 > k && last.isCapitalized && FirstNameGender.isFirstName(tokens[e - 2].lower)) else { return nil }
        return TextSpan(start: tokens[k].start, end: tokens[e - 1].end)
    }

    /// The description a name is set off after (`his top scorer, Dion Hale,`, `The team's general
    /// manager, Lou Stanton,`, `Hale's agent, Marcus Greer,`) as the person's role: a noun of a
    /// person (``isPersonNoun(_:)``) before the name's comma, with its lower-case modifiers, opened
    /// by a determiner, a possessive pronoun or a possessive name, within ``maxRoleTokens``; the
    /// name closed by a comma or the sentence's end. Nil for any other shape (`Critics, Tom Reyes
    /// among them,` has no opener; `One candidate, Ann Lee,` a quantity).
    func apposedDescriptionRole(before first: Int, last: Int) -> TextSpan? {
        let head = first - 2
        guard head >= 0, tokens[first - 1].lower == ",", tokens[head].tag == .noun, tokens[head].quote == nil,
              !tokens[head].isCapitalized, Self.isPersonNoun(tokens[head].lower),
              last + 1 >= tokens.count || tokens[last + 1].lower == "," || tokens[last + 1].lower == "." else { return nil }
        var k = head
        while k - 1 >= 0, head - k < Self.maxRoleTokens, tokens[k - 1].sentence == tokens[head].sentence,
              tokens[k - 1].quote == nil, tokens[k - 1].isWord {
            let t = tokens[k - 1]
            if Self.apposedRoleDeterminers.contains(t.lower) || MentionFinder.possessivePronouns.contains(t.lower) || t.isCapitalized && t.lower.hasSuffix("'s") {
                return opensWithPrepositionalPhrase(before: k - 1) ? nil : TextSpan(start: t.start, end: tokens[head].end)
            }
            guard !t.isCapitalized, [.noun, .adj, .num].contains(t.tag) || t.lower.hasSuffix("'s") else { return nil }
            k -= 1
        }
        return nil
    }

    /// Whether the sentence opens with a preposition or a subordinator and no comma before token
    /// `k` (`Unlike her brother, Ann Lee said…`, `After speaking to the officer, Ann Lee…`): a
    /// description there is the phrase's object, not the role of the name after its comma.
    func opensWithPrepositionalPhrase(before k: Int) -> Bool {
        var s = k
        while s - 1 >= 0, tokens[s - 1].sentence == tokens[k].sentence {
            s -= 1
            if tokens[s].lower == "," { return false }
        }
        return s < k && (tokens[s].tag == .adp || tokens[s].tag == .sconj || Attributor.subordinators.contains(tokens[s].lower))
    }

    /// Articles that open a description read as a role (not a quantity: `One candidate, Ann Lee,`).
    static let roleArticles: WordSet = ["a", "an", "the"]

    /// Determiners that open a description a name is set off after, read as the person's role:
    /// the articles and `another` (`Another parent, Mina Ortiz, was blunter`), as a speaker's
    /// apposition reads them (``MentionFinder``).
    static let apposedRoleDeterminers = WordSet(roleArticles.union(["another"]))

    /// The start of an apposition's role after an age set off by commas (`Janet Creel, 64, a
    /// retired nurse,`): the token after the age's comma when a role opener follows it, else `k`.
    func ageSkipped(from k: Int) -> Int {
        guard k + 2 < tokens.count, tokens[k].kind == .number, tokens[k + 1].lower == ",",
              Self.roleOpeners.contains(tokens[k + 2].lower), tokens[k + 2].sentence == tokens[k].sentence else { return k }
        return k + 2
    }

    /// Whether the verb at `e` of a role read from `k` is a participle modifying the noun after
    /// it (`a retired nurse`, `the newly elected mayor`): in -ed or -en, after the role's opener,
    /// an adjective or an adverb, before a noun (not `the woman hired staff`).
    func modifiesRoleNoun(participle e: Int, inRoleFrom k: Int) -> Bool {
        guard e > k, e + 1 < tokens.count, tokens[e].tag == .verb, tokens[e + 1].tag == .noun, tokens[e + 1].isWord else { return false }
        let w = tokens[e].lower
        guard w.endsWith("ed") || w.endsWith("en") else { return false }
        return tokens[e - 1].is(.determiner) || [.adj, .adv, .det].contains(tokens[e - 1].tag)
    }

    /// Words a role read from an apposition opens with (an age or a number is no role).
    static let roleOpeners: WordSet = ["a", "an", "the", "former"]

    /// Words that open a relative clause inside an apposition: no role ends before them.
    static let relativeWords: WordSet = ["who", "whom", "whose", "which", "that"]

    /// Most words read for the first noun of an apposition.
    static let maxAppositionLead = 4

    /// Prepositions after which a capitalised run names a place ("in San Bernardino", "near Fort
    /// Worth"), not a person: a first name there is no evidence of one.
    static let placePrepositions: WordSet = ["in", "near", "outside", "across", "throughout", "inside"]

    /// Days of the week, which a heading's date may glue to the name before it.
    static let weekdays: WordSet = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// Tags of words that open no name.
    static let nonNameTags: Set<UPOS> = [.adp, .adv, .sconj, .cconj, .intj, .verb, .aux, .pron, .part]

    private(set) var entries: [Entry] = []
    /// For the first word of each two-word full name with person evidence, its one full name's
    /// entry (-1 when names that differ open with it: "Kim Jong-un" and "Kim Yo-jong").
    private var byFirstWord: [String: Int] = [:]
    /// For each surname, the entry of its one full name (-1 when it has several), the entries of
    /// its full names and those of a title and the surname alone, in text order.
    private var bySurname = SurnameFilings()
    /// Token indices of capitalised words, by lower-cased word: where a person is named by a
    /// first name ("Ana said", "Ana Reyes"). Built on first use (``CapitalisedWords``).
    private let capitalised: CapitalisedWords
    /// The words written as a surname echo's subject and capitalised at least twice, found on
    /// first use by ``isEchoedBySurnameSubject(_:)``.
    private let echoedSurnames = EchoedSurnames()
    /// The entries' names split, each on first use by ``fullName(forSurname:before:)``.
    private let forms = NameFormMemo()
    private let tokens: Tokens

    /// The token indices of the capitalised words written `word` (lower-cased), in text order.
    private func capitalisedAt(_ word: String) -> [Int32]? { capitalised.positions(of: word, in: tokens) }

    /// The gender of a noun of kin set off before the first name at `k` (`her father, Manuel,`,
    /// `his wife, Ana.`): a possessive or an article opens the noun, and the name closes its
    /// apposition. Nil for any other word.
    private func apposedKinGender(firstName k: Int) -> Gender? {
        // "his sister Leila fled": the name right after the noun of kin, no commas.
        // The tag first: this runs at every one-word name, and the first-name lookup lower-cases
        // and hashes the word.
        if k >= 2, tokens[k - 1].tag == .noun, FirstNameGender.isFirstName(tokens[k].lower),
           let gender = GenderedNouns.nounGender(of: tokens[k - 1].lower),
           MentionFinder.possessivePronouns.contains(tokens[k - 2].lower) {
            return gender
        }
        // Tags and punctuation before the given-name and noun lookups, which hash the words.
        guard k >= 3, k + 1 < tokens.count, tokens[k - 2].tag == .noun, tokens[k - 1].lower == ",",
              Self.closesKinApposition(tokens[k + 1].lower), isApposedGivenName(k),
              let gender = GenderedNouns.gender(of: tokens[k - 2].lower),
              tokens[k - 3].is(.determiner) || MentionFinder.possessivePronouns.contains(tokens[k - 3].lower) else { return nil }
        return gender
    }

    /// Whether `word` closes a kin apposition's name (`his wife, Ana.`): a comma, a full stop or
    /// a semicolon.
    private static func closesKinApposition(_ word: String) -> Bool { word == "," || word == "." || word == ";" }

    /// Kin apposition of any given name: whether the word at `k`, set off by commas after a noun
    /// of kin (``apposedKinGender(firstName:)``), is a given name. A known first name is; so is
    /// any capitalised word the tagger knows as no common word (`his wife, Morag,`, `her son,
    /// Tadhg,`), as the shape itself names a person: the name list cannot hold every given name.
    private func isApposedGivenName(_ k: Int) -> Bool {
        if FirstNameGender.isFirstName(tokens[k].lower) { return true }
        let w = tokens[k].lower
        return tokens[k].isCapitalized && tokens[k].isWord && w.utf8.count >= Self.minBareSurnameLetters
            && (!PartOfSpeechTagger.embedded.knows(w) || PartOfSpeechTagger.embedded.knowsOnlyAsName(w))
    }

    init(document: Document, tokens: Tokens) {
        self.tokens = tokens
        capitalised = CapitalisedWords()
        // Room for the surnames a text of this length usually names: the tables grew step by step
        // from empty (their regrowth was about a third of the cost of filing surnames on news).
        // Bounded: one very large document names few surnames per token, and the room reserved
        // for its length was 0.2 bytes per input byte at peak.
        let room = min(tokens.count / Self.tokensPerSurname, Self.maxReservedSurnames)
        bySurname.reserveCapacity(room)
        byFirstWord.reserveCapacity(room)
        var i = 0
        while i < tokens.count {
            guard tokens[i].isCapitalized, tokens[i].quote == nil, tokens[i].isWord else { i += 1; continue }
            var j = i
            func continuesName(_ k: Int) -> Bool {
                k < tokens.count && tokens[k].isCapitalized && tokens[k].isWord && tokens[k].quote == nil
                    && tokens[k].sentence == tokens[i].sentence && !tokens[k].is(.personalPronoun)  // "Mr. Collins I know"
            }
            while j - i < 5 {
                if continuesName(j + 1) {
                    j += 1
                } else if j > i, j + 2 < tokens.count, NameForm.surnameParticles.contains(tokens[j + 1].lower), continuesName(j + 2) {
                    j += 2   // "Bill de Blasio": a lower-case particle inside a name
                } else if j > i, j + 3 < tokens.count, NameForm.surnameParticles.contains(tokens[j + 1].lower),
                          NameForm.surnameParticles.contains(tokens[j + 2].lower), continuesName(j + 3) {
                    j += 3   // "Maria de la Cruz", "Pieter van der Berg": two particles
                } else {
                    break
                }
            }
            defer { i = j + 1 }
            // Drop sentence-initial function words and titles from the front.
            var first = i
            var title: String?
            // ... and words the tagger reads as no part of a name ("In Florida", "For Obama", "Maybe Trump").
            // "Debating Clinton's character": a headline's opening gerund is no given name.
            while first < j, tokens[first].is(.stopWord) || tokens[first].is(.determiner)
                    || Self.nonNameTags.contains(tokens[first].tag) || isOpeningGerund(first) { first += 1 }
            let titleStart = first
            while first < j, tokens[first].is(.title) || Self.endsWithFullStop(tokens[first].lower) && tokens[first].lower.count > 2 {
                if Self.personTitles.contains(tokens[first].lower) {
                    // The whole title ("vice president"), so that a later "the president" does not take it.
                    title = (titleStart...first).map { tokens[$0].lower }.joined(separator: " ")
                }
                first += 1
            }
            // "Massachusetts Sen. Elizabeth Warren", "Bank CEO Tom Reyes": a place or an employer
            // before the title; the name follows the run's last title word.
            // "Martin Luther King Jr.": a title word after a name word and before a generational
            // suffix is the surname.
            let surnameAt = Self.surnameToken(tokens, first: first, last: j)
            if let lastTitle = (first..<j).last(where: { (Self.personTitles.contains(tokens[$0].lower) || tokens[$0].is(.title))
                    && !($0 == surnameAt && surnameAt < j && $0 > first && tokens[$0 - 1].isCapitalized && tokens[$0 - 1].isWord) }),
               lastTitle >= first {
                if Self.personTitles.contains(tokens[lastTitle].lower) { title = tokens[lastTitle].lower }
                first = lastTitle + 1
            }
            // "Striker Luis Romero", "Economist Rita Vogel": a job noun opening the sentence before
            // a known first name and a surname is a title.
            if first + 2 <= j, first == 0 || tokens[first - 1].sentence != tokens[first].sentence,
               MentionFinder.isJobTitleWord(tokens[first].lower), FirstNameGender.isFirstName(tokens[first + 1].lower) {
                first += 1
            }
            // "Told Judge Harriet Lam": the title as written, from the run's first title word, with
            // a lower-case word of tenure before it ("former Mayor Tom Reyes").
            let tenure = titleStart == i && i > 0 && tokens[i - 1].sentence == tokens[i].sentence && Self.tenureModifiers.contains(tokens[i - 1].lower)
            let titleFirst = title == nil || first <= titleStart ? nil : tenure ? i - 1 : titleStart
            // "Aner Shalev Wednesday, May 2": a heading's date glued to the name is no part of it.
            while j > first + 1, Self.weekdays.contains(tokens[j].lower) { j -= 1 }
            // Possessives inside the run ("State Department's East Asia") make it no name.
            if (first..<j).contains(where: { tokens[$0].lower.endsWith("'s") }) { continue }
            let length = j - first + 1
            // One word is a name only after a title ("Justice Scalia", "Mr. Haddad"), or a first
            // name apposed to a noun of kin ("Her father, Manuel, nods").
            let kinGender = length == 1 && title == nil ? apposedKinGender(firstName: first) : nil
            // ... or the subject of a verb, when it names nothing else (``isBareSurnameSubject(_:in:)``).
            let bareSubject = length == 1 && title == nil && kinGender == nil && isBareSurnameSubject(first, in: document)
            guard length >= (title == nil && kinGender == nil && !bareSubject ? 2 : 1), length <= 4 else { continue }
            let words = (first...j).map { tokens[$0].lower }
            // "West Virginia officials", "North Korea's leader": a place of two words names nobody.
            if length == 2, NonPersonNames.isTwoWordPlace(words[0], words[1].endsWith("'s") ? String(words[1].dropLast(2)) : words[1]) { continue }
            // "Kristen Day", "Theresa May": after a first name, a common time word is a surname.
            let givenName = FirstNameGender.gender(of: words[0]) != nil
            // The lexicon's lists read from the forms' classes, which hold the same words: three
            // set lookups per word hashed every capitalised run's words (0.5% of the engine).
            if words.indices.contains(where: { n in
                let word = words[n]
                let classes = word.endsWith("'s") ? LexiconClassTable.shared.classes(of: String(word.dropLast(2))) : tokens[first + n].classes
                let commonSurname = givenName && n == words.count - 1 && n > 0
                // "Steve King", "Julie Bishop", "Jim Justice": after a given name a title word is a surname.
                return classes.contains(.organisationHead) || classes.contains(.nonSpeakerHead) && !commonSurname || classes.contains(.title) && !commonSurname
            }) { continue }
            // A title, a first name with a clear gender before a word that is no common noun
            // ("Margaret Osei", not "Marshall Plan"), or an appositive role.
            var evidence = title != nil || kinGender != nil || bareSubject
            // A first name shared by both sexes ("Dana Ruiz") is a person too, whose pronoun stays open.
            // "killed in San Bernardino": a run after a preposition of place names a place, whatever
            // its first word ("San", "Santa" and "Fort" are given names too).
            // A possessive ("in Donald Trump's campaign") still names its owner.
            let afterPlacePreposition = first > 0 && tokens[first - 1].tag == .adp && Self.placePrepositions.contains(tokens[first - 1].lower)
                && !tokens[j].lower.endsWith("'s")
            if !evidence, !afterPlacePreposition, FirstNameGender.isFirstName(tokens[first].lower) {
                let last = tokens[j].lower
                evidence = !PartOfSpeechTagger.embedded.knows(last) || PartOfSpeechTagger.embedded.knowsOnlyAsName(last)
                // "Deborah Stone opposed it": a surname that is also a common word, read as a name
                // and doing what its verb says, with no determiner before ("the Marshall Plan helped").
                // A given name that also names a place ("Virginia Beach approved") is no such evidence.
                if !evidence, tokens[j].tag == .propn, FirstNameGender.gender(of: tokens[first].lower) != nil,
                   !Self.placeGivenNames.contains(tokens[first].lower),
                   first == 0 || !tokens[first - 1].is(.determiner), j + 1 < tokens.count,
                   tokens[j + 1].tag == .verb || tokens[j + 1].tag == .aux, tokens[j + 1].sentence == tokens[j].sentence {
                    evidence = true
                }
                // "The union's president, Tom King, toured…": a name apposed to a job noun is a person.
                // "The winner, Maria Stone, was…", "His counterpart, Maria Park, was…": so is one set
                // off between any noun and a finite verb (``isApposedSubject(first:last:)``).
                if !evidence, isApposedToPersonNoun(first: first, last: j) || isApposedSubject(first: first, last: j) { evidence = true }
            }
            // "Ann Hill, his colleague, disagreed": a possessed noun of a person apposed to the name.
            if !evidence, j + 2 < tokens.count, tokens[j + 1].lower == ",", opensPossessedPersonApposition(at: j + 2) { evidence = true }
            var role: TextSpan?
            if j + 2 < tokens.count, tokens[j + 1].lower == ",",
               tokens[j + 2].lower.isOne(of: "a", "an", "the", "former", "who") || tokens[j + 2].kind == .number,
               !appositionNamesPlace(from: j + 2) {
                evidence = true
                role = appositiveRole(from: ageSkipped(from: j + 2))
            }
            // "benched his top scorer, Dion Hale, on Friday": the description the name is apposed to.
            if role == nil { role = apposedDescriptionRole(before: first, last: j) }
            var surname = tokens[Self.surnameToken(tokens, first: first, last: j)].lower
            if surname.endsWith("'s") { surname.removeLast(2) }
            let name = document.text(in: TextSpan(start: tokens[first].start, end: tokens[j].end))
            let entryName = name.isPossessiveForm ? String(name.dropLast(2)) : name
            let entry = entries.count
            if length == 1 {
                // A surname after a title is no full name to offer other mentions.
                if kinGender == nil && !bareSubject { bySurname.update(surname) { $0.titled.append(entry) } }
            } else {
                let seen = bySurname.update(surname) { filing -> Int? in
                    let seen = filing.unique
                    if seen == nil { filing.unique = entry }
                    filing.full.append(entry)
                    return seen
                }
                // Another person of that surname (rare): a second look-up.
                if let seen, seen >= 0, entries[seen].name != entryName { bySurname.update(surname) { $0.unique = -1 } }
                // "Xi Jinping", "Kim Yong-hyun": a two-word name filed by its first word too; so is
                // one whose last word the tagger knows as no common word ("Li Qiang"), and a
                // three-word one with a given name of syllables written apart ("Kim Jong Un").
                if length == 2 && (evidence || title != nil || Self.endsWithSyllableGivenName(entryName)
                    || !PartOfSpeechTagger.embedded.knows(words[1])) || Self.endsWithSplitSyllableGivenName(words) {
                    let family = words[0]
                    if let seen = byFirstWord[family] {
                        if seen >= 0, entries[seen].name != entryName { byFirstWord[family] = -1 }
                    } else {
                        byFirstWord[family] = entry
                    }
                }
            }
            entries.append(Entry(token: j, name: entryName,
                                 surname: surname, hasPersonEvidence: evidence,
                                 titleBack: titleFirst.map { UInt16(clamping: j - $0) } ?? 0, nameBack: UInt16(clamping: j - first),
                                 title: title, kinGender: kinGender, role: role,
                                 isBareSubject: bareSubject, bareSubjectOpensSentence: bareSubject && !isInsideSentence(first)))
        }
        // The entries live through actor building, a large document's memory peak: the room
        // their last doubling left unused goes (``Swift/Array/trimmingSpareCapacity()``).
        entries = entries.trimmingSpareCapacity()
    }

    /// Whether token `k` opens its sentence with an -ing word of at least ``minOpeningGerundLength``
    /// letters that is no known first name (`Debating Clinton's character`, `Remembering Ann
    /// Lowe`): a verb before the name, not part of it.
    func isOpeningGerund(_ k: Int) -> Bool {
        let w = tokens[k].lower
        return (k == 0 || tokens[k - 1].sentence != tokens[k].sentence) && w.count >= Self.minOpeningGerundLength
            && Lexicon.isGerund(w) && !FirstNameGender.isFirstName(w)
    }

    /// Shortest opening -ing word read as a verb before a name (``isOpeningGerund(_:)``): shorter
    /// ones are names as often (`King`, `Irving`).
    static let minOpeningGerundLength = 7

    /// Whether the capitalised word at `k`, alone and with no title, is a person named by surname
    /// and the subject of a verb (`Byron finally returned in 1804`, `Obama met the leaders`): a
    /// word the tagger reads as a proper noun and knows as no common word, neither an acronym nor
    /// a place, an organisation, a group or a time, with no article or preposition before it and
    /// its verb after it (an adverb may stand between). A text that names the person in full
    /// gives the full name instead (``ActorBuilder``).
    func isBareSurnameSubject(_ k: Int, in document: Document) -> Bool {
        let t = tokens[k]
        // The shape first (tags and neighbours, no hashing): most capitalised words fail it.
        guard t.tag == .propn, t.lower.utf8.count >= Self.minBareSurnameLetters else { return false }
        if k > 0, tokens[k - 1].sentence == t.sentence {
            let before = tokens[k - 1]
            if before.tag == .det || before.tag == .adp || before.is(.determiner) || before.is(.preposition) { return false }
        }
        var v = k + 1
        if v < tokens.count, tokens[v].sentence == t.sentence, tokens[v].tag == .adv { v += 1 }
        guard v < tokens.count, tokens[v].sentence == t.sentence, tokens[v].quote == nil,
              tokens[v].tag == .verb || tokens[v].tag == .aux, !Lexicon.isGerund(tokens[v].lower) else { return false }
        guard !t.lower.isPossessiveForm, !t.is(.timeWord), !t.is(.title), !t.is(.organisationHead), !t.is(.nonSpeakerHead) else { return false }
        // An acronym ("NATO", "FBI") names an organisation.
        if document.scalars[t.start..<t.end].allSatisfy({ Characters.isUpper($0) || $0 == "." || $0 == "&" }) { return false }
        return !NonPersonNames.contains(t.lower) && !Lexicon.groupHeads.contains(t.lower) && !Lexicon.peoplePlurals.contains(t.lower)
            && !Self.weekdays.contains(t.lower)
            && (!PartOfSpeechTagger.embedded.knows(t.lower) || PartOfSpeechTagger.embedded.knowsOnlyAsName(t.lower))
    }

    /// Whether the lower-cased `word` is capitalised inside a sentence somewhere in the text (or
    /// with a possessive): "Crops are withering" capitalises a sentence's first word whatever it
    /// is; a name is capitalised inside a sentence too. Asked only of the few bare surnames that
    /// open their sentence and no one else owns (``ActorBuilder``).
    func isCapitalisedInsideSentence(_ word: String) -> Bool {
        let possessive = word + "'s"
        if !capitalised.mayScanInPlace() {
            return [word, possessive].contains { w in capitalisedAt(w)?.contains { isInsideSentence(Int($0)) } == true }
        }
        // No other question built the capitalised-word table for this text (most texts that get
        // here), and it asked few: the tokens compared in place cost about a fifth of building it.
        return tokens.indices.contains { k in
            tokens[k].isCapitalized && tokens[k].isWord && isInsideSentence(k) && (tokens[k].lower == word || tokens[k].lower == possessive)
        }
    }

    /// Whether the word at `k` follows a word or a comma of its own sentence: capitalised there,
    /// it is so as a name, not as a sentence's first word.
    private func isInsideSentence(_ k: Int) -> Bool {
        k > 0 && tokens[k - 1].sentence == tokens[k].sentence && (tokens[k - 1].isWord || tokens[k - 1].lower == ",")
    }

    /// Most capitalised occurrences of a given name read to see that it never stands alone
    /// (``familyNameFirst(forBareName:before:)``); a text that repeats it more links nothing.
    static let maxGivenNameOccurrences = 64

    /// The full name a bare `word` (lower-cased) stands for when that word is a family name
    /// written first (`Xi Jinping` … `Xi said`, `Kim Yong-hyun` … `Kim said`, `Kim Jong Un` …
    /// `Kim said`): the one name filed by that first word introduced before `token`, when its
    /// last word is a hyphenated given name (`Yong-hyun`, `Geun-hye`) or never stands alone in
    /// the text, as a surname would. Nil when two different names open with the word, or none does.
    func familyNameFirst(forBareName word: String, before token: Int) -> Entry? {
        guard let id = byFirstWord[word], id >= 0 else { return nil }
        let entry = entries[id]
        guard entry.token < token else { return nil }
        if Self.endsWithSyllableGivenName(entry.name) { return entry }
        guard let at = capitalisedAt(entry.surname) ?? capitalisedAt(entry.surname + "'s"),
              at.count <= Self.maxGivenNameOccurrences else { return nil }
        // The family name stands one word before the surname, or two in `Kim Jong Un`.
        let back = entry.name.split(separator: " ").count - 1
        return at.allSatisfy { k in
            let k = Int(k)
            return k >= back && back >= 1 && tokens[k - back].lower == word && tokens[k - back].sentence == tokens[k].sentence
        } ? entry : nil
    }

    /// Whether the lower-cased words of a name are three, the last two a given name's short
    /// syllables written apart (`Kim Jong Un`, `Lee Kuan Yew`), as news writes some Korean and
    /// Chinese names, family name first: then the name is filed by its first word as well.
    static func endsWithSplitSyllableGivenName(_ words: [String]) -> Bool {
        words.count == 3 && words[1...].allSatisfy { (2...Self.maxGivenSyllableLetters).contains($0.utf8.count) && !$0.hasSuffix(".") }
    }

    /// Most letters of one syllable of a given name written apart (`Jong`, `Kuan`, `Hsien`).
    static let maxGivenSyllableLetters = 5

    /// The token of the surname in a name `first...last`: the last word, or the word before the
    /// generational suffixes that close it (`Robert Hayes Jr.`, ``MentionFinder/generationalSuffixes``).
    static func surnameToken(_ tokens: Tokens, first: Int, last: Int) -> Int {
        var k = last
        while k > first, MentionFinder.generationalSuffixes.contains(tokens[k].lower) { k -= 1 }
        return k
    }

    /// Whether `name` ends in a given name of two syllables joined by a hyphen, the second in
    /// lower case (`Park Geun-hye`, `Kim Jong-un`), as Korean names are written, family name first
    /// (not `Mercedes-Benz`).
    static func endsWithSyllableGivenName(_ name: String) -> Bool {
        // An ASCII name is read byte by byte (split by Characters, a name took some 9,000
        // instructions; 2,967 names on PolNeAR train).
        if let ascii = name.withASCIIBytes(asciiEndsWithSyllableGivenName) { return ascii }
        guard let last = name.split(separator: " ").last, let hyphen = last.firstIndex(of: "-"), hyphen != last.startIndex else { return false }
        let after = last.index(after: hyphen)
        return after < last.endIndex && last[after].isLowercase
    }

    /// ``endsWithSyllableGivenName(_:)`` of an ASCII name's bytes `u`: its last word is the last
    /// run of non-spaces.
    private static func asciiEndsWithSyllableGivenName(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        var end = u.count
        while end > 0, u[end - 1] == 0x20 { end -= 1 }
        var start = end
        while start > 0, u[start - 1] != 0x20 { start -= 1 }
        guard let hyphen = (start..<end).first(where: { u[$0] == 0x2D }), hyphen != start else { return false }
        return hyphen + 1 < end && u[hyphen + 1] &- 0x61 < 26
    }

    /// Whether the text names anyone in full (two words or more) with this lower-cased surname.
    func hasFullName(forSurname surname: String) -> Bool { bySurname.filing(surname)?.full.isEmpty == false }

    /// The fewest letters of a bare surname read as a person (``isBareSurnameSubject(_:in:)``).
    static let minBareSurnameLetters = 3

    /// The full name a bare surname at token `token` stands for when the text introduced full
    /// names with that surname before it: that of the person named in full most recently
    /// ("Ana Reyes" after "Tom Reyes"; a full name inside a quote counts as a mention), unless
    /// that person has since been called by first name alone (outside quotes) or by a title only
    /// they fit ("Ana said", "Ms. Reyes"): then the one introduced first, the article's subject,
    /// whom the text leaves the bare surname to. Never a name
    /// introduced only after the mention; nil when none was before it. A run whose first word is
    /// a common word ("Donor Adelson", "Six Trump") is no full name here.
    func fullName(forSurname surname: String, before token: Int) -> Entry? {
        guard let all = bySurname.filing(surname)?.full, !all.isEmpty else { return nil }
        // Only the first full name and the latest few before the mention are read, so a text in
        // which thousands share a surname stays linear (news names two or three).
        let end = all.partitioningIndex { entries[$0].token >= token }
        let recentStart = max(1, end - Self.maxRecentFullNames)
        let list = end == 0 ? [] : [all[0]] + all[recentStart..<end]
        // People introduced before the mention: (introduction, latest entry, latest full mention).
        var people: [(intro: Entry, latest: Entry, form: NameForm, lastFull: Int)] = []
        for e in list {
            let entry = entries[e]
            guard entry.token < token else { break }
            // Split once: the test and the comparison read the same form.
            let form = forms.form(e) { entry.name }
            guard Self.opensWithAGivenName(form) else { continue }
            if let p = people.firstIndex(where: { $0.form.canBeSamePerson(as: form) }) {
                people[p].latest = entry
                people[p].lastFull = entry.token
            } else {
                people.append((entry, entry, form, entry.token))
            }
        }
        guard let first = people.first else { return nil }
        if people.count == 1 { return first.latest }
        // Full mentions inside quotes ("President Bernie Sanders") bring a person back too.
        for p in people.indices {
            guard let given = people[p].form.given.first, let at = capitalisedAt(given) else { continue }
            if let k = latest(in: at, after: people[p].lastFull, before: token, where: { continuesWithSurname($0, surname) }) {
                people[p].lastFull = k
            }
        }
        let recent = people.max { $0.lastFull < $1.lastFull }!
        if recent.intro.token == first.intro.token { return first.latest }
        // Introduced as someone's kin or aide ("his wife, Jane Sanders"), a person the story
        // turns to for a moment: the bare surname stays with the person introduced first.
        if isApposedToPossessedNoun(recent.intro.token), !isApposedToPossessedNoun(first.intro.token) { return first.latest }
        // Called by first name alone since named in full, outside quotes (a full name again is
        // no such sign: "Bill Clinton … Clinton said" is Bill).
        if let given = recent.form.given.first, !NameForm.isInitial(given), given != first.form.given.first,
           let at = capitalisedAt(given),
           latest(in: at, after: recent.lastFull, before: token, where: { tokens[$0].quote == nil && !continuesWithSurname($0, surname) }) != nil {
            return first.latest
        }
        // Called by a title of the gender of the recent one's first name, not the first one's.
        if let g = recent.form.firstNameGender, first.form.firstNameGender.map({ $0 != g }) ?? false,
           let titled = bySurname.filing(surname)?.titled, !titled.isEmpty,
           latest(in: titled, at: { entries[$0].token }, after: recent.lastFull, before: token,
                  where: { entries[$0].title.flatMap(Gender.init(title:)) == g }) != nil {
            return first.latest
        }
        return recent.latest
    }

    /// The one person named in full before `token` with that surname whose first name is of
    /// gender `g` (`Ms. Ruiz` after `Mark Ruiz and his sister, Elena Ruiz`): their latest full
    /// entry, or nil when none or more than one such person is named.
    func fullName(forSurname surname: String, before token: Int, ofGender g: Gender) -> Entry? {
        guard let all = bySurname.filing(surname)?.full, !all.isEmpty else { return nil }
        let end = all.partitioningIndex { entries[$0].token >= token }
        let recentStart = max(1, end - Self.maxRecentFullNames)
        let list = end == 0 ? [] : [all[0]] + all[recentStart..<end]
        var person: (form: NameForm, latest: Entry)?
        for e in list {
            let entry = entries[e]
            let form = forms.form(e) { entry.name }
            guard form.firstNameGender == g else { continue }
            if let p = person {
                guard p.form.canBeSamePerson(as: form) else { return nil }
                person = (p.form, entry)
            } else {
                person = (form, entry)
            }
        }
        return person?.latest
    }

    /// Whether the name whose last word is token `last` is apposed to a noun that a possessive
    /// pronoun opens (`his wife, Jane Sanders`, `her spokesman Tom Reyes`).
    private func isApposedToPossessedNoun(_ last: Int) -> Bool {
        var first = last
        while first > 0, last - first < Self.maxNameWords, tokens[first - 1].isCapitalized || tokens[first - 1].lower == "." {
            first -= 1
        }
        var k = first - 1
        if k >= 0, tokens[k].lower == ",", tokens[k].quote == nil { k -= 1 }
        guard k >= 1, tokens[k].tag == .noun, !tokens[k].isCapitalized else { return false }
        return MentionFinder.possessivePronouns.contains(tokens[k - 1].lower)
    }

    /// Most tokens of a full name read back from its last word (`Leon V. Sigal` with its stop).
    static let maxNameWords = 5

    /// Most full names, and most occurrences of a first name or title, read back from a mention.
    static let maxRecentFullNames = 8

    /// The latest of the sorted token positions `positions` strictly between `after` and `before`
    /// that passes `test`, reading back at most ``maxRecentFullNames`` of them; nil when none does.
    private func latest(in positions: [Int32], after: Int, before: Int, where test: (Int) -> Bool) -> Int? {
        latest(in: positions, at: { Int($0) }, after: after, before: before, where: { test(Int($0)) }).map { Int($0) }
    }

    /// The same over `items` sorted by the token position `at` gives each.
    private func latest<Item>(in items: [Item], at position: (Item) -> Int, after: Int, before: Int, where test: (Item) -> Bool) -> Item? {
        var i = items.partitioningIndex { position($0) >= before } - 1
        var read = 0
        while i >= 0, position(items[i]) > after, read < Self.maxRecentFullNames {
            if test(items[i]) { return items[i] }
            i -= 1
            read += 1
        }
        return nil
    }

    /// Whether the word at `k` is followed by `surname` ("Ana Reyes", not "Ana said").
    private func continuesWithSurname(_ k: Int, _ surname: String) -> Bool {
        var n = k + 1
        while n < tokens.count, NameForm.surnameParticles.contains(tokens[n].lower) || tokens[n].isCapitalized && tokens[n].isWord && tokens[n].lower != surname && n - k < 3 {
            n += 1
        }
        guard n < tokens.count else { return false }
        var w = tokens[n].lower
        if w.isPossessiveForm { w.removeLast(2) }
        return w == surname
    }

    /// Whether a name opens with a word that can be a first name: a known one, an initial, or a
    /// word the tagger does not know as a common word ("Sheldon", not "Donor" or "Six").
    static func opensWithAGivenName(_ name: String) -> Bool { opensWithAGivenName(NameForm(name)) }

    /// Whether the name split as `form` opens with a word that can be a first name.
    static func opensWithAGivenName(_ form: NameForm) -> Bool {
        guard let given = form.given.first else { return false }
        if NameForm.isInitial(given) || FirstNameGender.gender(of: given) != nil { return true }
        return !PartOfSpeechTagger.embedded.knows(given) || PartOfSpeechTagger.embedded.knowsOnlyAsName(given)
    }

    /// `word.hasSuffix(".")`, answered from the last byte for most words: a text ends with the
    /// Character "." only if its last scalar is the full stop (nothing else is equivalent to it).
    static func endsWithFullStop(_ word: String) -> Bool {
        word.utf8.last == UInt8(ascii: ".") && word.hasSuffix(".")
    }

    /// The one full name with this surname in the text; nil when there is none or several
    /// ("Hillary Clinton" and "Bill Clinton" leave a bare "Clinton" as it is).
    func uniqueFullName(forSurname surname: String) -> Entry? {
        guard let id = bySurname.filing(surname)?.unique, id >= 0 else { return nil }
        return entries[id]
    }
}

extension PersonNameIndex {
    /// Words that may stand between a bare surname and its verb (`Grant himself is…`,
    /// `Grant also said…` takes the adverb by its tag).
    static let surnameEchoReflexives: WordSet = ["himself", "herself"]

    /// Surname echo: whether a full name with surname `surname` (lower-cased), written with no
    /// evidence of a person (a first name the name list lacks: `Hamish Grant`, `Siobhan Keane`),
    /// is a person because the text goes on to call it by that surname alone as the subject of a
    /// verb, outside quotes (`¶Hamish Grant has carried passengers… ¶Grant himself is
    /// philosophical. He says…`): news names people so, and places or things hardly ever. Its
    /// surname then names that person, and a later pronoun can find them. The bare word must stand
    /// apart from any other capitalised run (so no full name's last word counts), with no article
    /// or preposition before it; an adverb or `himself`/`herself` may stand before its verb. It
    /// depends on the surname alone: ``ActorBuilder`` asks once per surname.
    func isEchoedBySurnameSubject(_ surname: String) -> Bool {
        guard surname.utf8.count >= Self.minBareSurnameLetters else { return false }
        return echoedSurnames.contains(surname) { echoedWords() }
    }

    /// The words written alone as a surname echo's subject (``isEchoShapedSubject(_:)``) and
    /// capitalised at least once more (in the full name): one pass over the capitalised words,
    /// counting them by form and testing each form's tokens for the subject's shape until one
    /// has it (tags and neighbours), then the forms' texts read, each once, where their shape
    /// may be a subject's (``WordShapes``), so that hardly any is hashed (the capitalised-word
    /// table, built for every text that asked, cost about 1% of the engine on news; a pass
    /// for the subjects and another hashing every capitalised form's text, 0.9%).
    private func echoedWords() -> Set<String> {
        let formCount = tokens.formCount
        // Capitalised words by form: how many, where one stands (for its text), whether one is a subject.
        var count = [Int32](repeating: 0, count: formCount), at = count
        var isSubjectForm = [Bool](repeating: false, count: formCount)
        var subjectForms: [Int] = []
        for k in tokens.indices where tokens[k].isCapitalized && tokens[k].isWord {
            let form = Int(tokens[k].form)
            count[form] += 1
            at[form] = Int32(truncatingIfNeeded: k)
            if !isSubjectForm[form], isEchoShapedSubject(k) {
                isSubjectForm[form] = true
                subjectForms.append(form)
            }
        }
        guard !subjectForms.isEmpty else { return [] }
        let subjects = Set(subjectForms.map { tokens[Int(at[$0])].lower })
        let shapes = WordShapes(subjects)
        var written: [String: Int32] = [:]
        for form in 0..<formCount where count[form] > 0 {
            let word = tokens[Int(at[form])].lower
            if isSubjectForm[form] || !shapes.rulesOut(word) && subjects.contains(word) { written[word, default: 0] += count[form] }
        }
        return Set(written.compactMap { $0.value > 1 ? $0.key : nil })
    }

    /// Whether the capitalised word at `k` (the caller has checked that it is one) stands as a
    /// surname echo's subject (``isEchoedBySurnameSubject(_:)``): outside quotes, no possessive,
    /// apart from any other capitalised run, with no article or preposition before it, and a verb
    /// after it (an adverb or `himself`/`herself` may stand between). Tags and neighbours are read
    /// before any text.
    private func isEchoShapedSubject(_ k: Int) -> Bool {
        let t = tokens[k]
        guard t.quote == nil else { return false }
        if k > 0, tokens[k - 1].sentence == t.sentence {
            let before = tokens[k - 1]
            if before.isCapitalized && before.isWord || before.tag == .det || before.tag == .adp
                || before.is(.determiner) || before.is(.preposition) { return false }
        }
        if k + 1 < tokens.count, tokens[k + 1].sentence == t.sentence, tokens[k + 1].isCapitalized, tokens[k + 1].isWord {
            return false
        }
        var v = k + 1
        if v < tokens.count, tokens[v].sentence == t.sentence,
           tokens[v].tag == .adv || Self.surnameEchoReflexives.contains(tokens[v].lower) { v += 1 }
        guard v < tokens.count && tokens[v].sentence == t.sentence && tokens[v].quote == nil
            && (tokens[v].tag == .verb || tokens[v].tag == .aux) && !Lexicon.isGerund(tokens[v].lower) else { return false }
        return t.lower.utf8.count >= Self.minBareSurnameLetters && !t.lower.isPossessiveForm
    }
}
