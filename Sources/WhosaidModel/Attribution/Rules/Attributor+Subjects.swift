import WhosaidSyntax

/// Subjects: who does the verb at a token, or who a sentence is about — read back from the verb
/// over its verb group, asides and time words (`Ortiz on Tuesday said`), through relative clauses
/// and prepositional phrases, past a dateline. Every sieve that names a speaker from a verb reads it here.
extension Attributor {
    /// The forms of `say`, the one verb a restrictive relative clause reports with.
    static let sayForms: WordSet = ["say", "says", "said", "saying"]

    /// Links between a thing and the person it comes from, goes to or is about (`criticism
    /// from`, `an attack by`, `sent the bill to Gov. Ortiz, who`, `a victory for Pruett, who`,
    /// `attacks on Cole, who`), whose person is a `who` clause's antecedent; `with` too (`toured
    /// the site with Gov. Hale, who said`). A noun of a person before the link keeps the clause
    /// (`a nurse for Dr. Hale, who`, `an adviser to Ortiz, who`): see ``personAfterThingOf(_:)``.
    static let thingOfPersonLinks: WordSet = ["of", "from", "by", "with", "to", "for", "on", "against"]

    /// In `no mention of Jeb Bush, who announced…` the relative `who` takes the person, not the
    /// thing named before `of`: the person's name after the last link of `m` (``thingOfPersonLinks``)
    /// when the noun before that link names no person, group or role; else nil.
    func personAfterThingOf(_ m: SpeakerMention) -> SpeakerMention? {
        guard let of = (m.first..<m.last).last(where: { Self.thingOfPersonLinks.contains(tokens[$0].lower) }), of > m.first,
              tokens[of + 1].isCapitalized else { return nil }
        let head = tokens[of - 1]
        guard head.tag == .noun, !head.isCapitalized, !head.is(.title), !MentionFinder.roleNouns.contains(head.lower),
              !Lexicon.isGroupHead(head.lower), GenderedNouns.gender(of: head.lower) == nil,
              !MentionFinder.isJobNoun(head.lower), !Self.personHeads.contains(head.lower), !MentionFinder.unmarkedPluralHeads.contains(head.lower),
              !Self.agentNounEndings.contains(where: head.lower.hasSuffix),
              let named = finder.phrase(startingAt: of + 1, ceiling: m.last), named.kind == .name, named.last == m.last,
              named.actorKind == .person else { return nil }
        return named
    }

    /// Endings of nouns for people by what they do (`backer`, `advisor`, `strategist`,
    /// `assistant`, `nominee`), who may be a relative clause's antecedent themselves.
    static let agentNounEndings: [String] = ["er", "or", "ist", "ian", "ant", "ent", "ee"]

    /// The subject of the reporting verb at `v`, skipping modifiers ("he also said").
    /// Read once for each verb and floor (``SubjectMemo``).
    func subject(ofVerb v: Int, floor: Int) -> SpeakerMention? {
        if let known = subjects.subject(ofVerb: v, floor: floor) { return known }
        // "David Woodard of the Clemson Institute said": the person, not the person's institute.
        // A closure, not the method: passed as a value, it copied the finder at every call.
        let m = subjectPhrase(ofVerb: v, floor: floor).map { finder.personBeforeOf($0) }
        subjects.record(m, ofVerb: v, floor: floor)
        return m
    }

    /// The subject of the verb at `v` as the grammar reads it, before ``subject(ofVerb:floor:)``
    /// narrows a person's name with an `of` phrase to the name.
    private func subjectPhrase(ofVerb v: Int, floor: Int) -> SpeakerMention? {
        // Read once: the coordinated verb, the message's relative clause and the contact-clause
        // readings below all go back over the same verb group.
        let verbGroupStart = beforeVerbGroup(v, floor: floor)
        if let m = coordinatedVerbSubject(ofVerb: v, floor: floor, verbGroupStart: verbGroupStart) { return m }
        if let m = messageRelativeSender(ofVerb: v, floor: floor, verbGroupStart: verbGroupStart) { return m }
        let beforeVerb = beforeOccasionAdjunct(beforePeriodAdjunct(beforeTimeExpression(verbGroupStart, floor: floor), floor: floor), floor: floor)
        // "Brianne Stone, 29, of Huntsville, Ala., said": age and home town, not an aside.
        if beforeVerb > floor, tokens[beforeVerb].lower == ",", let m = finder.residentSubject(commaAt: beforeVerb, floor: floor) { return m }
        // "Dragomir, according to state media, said": the subject before the source's aside.
        if beforeVerb > floor, tokens[beforeVerb].lower == ",", let m = subjectAcrossSourceAside(ofVerb: v, first: floor) { return m }
        // "The University of California, Berkeley, said": a campus, no aside.
        if beforeVerb > floor, tokens[beforeVerb].lower == ",", let m = finder.campusSubject(commaAt: beforeVerb, floor: floor) { return m }
        // "A woman who lives nearby, a retired teacher, said": the restrictive clause's antecedent.
        if beforeVerb > floor, tokens[beforeVerb].lower == ",", let m = apposedRelativeAntecedent(commaAt: beforeVerb, floor: floor) { return m }
        // "Humphrey, who calls Trump a “sociopath,” said": a relative clause whose quote's comma
        // closes it; its antecedent speaks.
        if isCloseMark(beforeVerb), beforeVerb - 1 > floor, tokens[beforeVerb - 1].lower == ",",
           let relative = finder.relativeClauseStart(before: beforeVerb, floor: floor, acrossQuotes: true), relative - 2 >= floor,
           let m = finder.subject(endingAt: relative - 1, floor: floor) ?? finder.phrase(endingAt: relative - 2, floor: floor),
           m.kind != .pronoun {
            return m
        }
        // "Several groups, such as Amnesty and Oxfam, now saying the vote was rigged, called…":
        // the verb after a participle's clause set off behind the subject shares the participle's
        // subject, not the list's last name.
        if let g = participleAsideOpening(closedBy: beforeVerb, floor: floor), let m = commaParticipleSubject(g, first: floor) { return m }
        var e = beforeAside(beforeVerb, floor: floor)
        // "Sandy Ruiz, who lost her son in Aurora, Colorado, in July, said": the aside closes a
        // relative clause, whose antecedent speaks.
        if e < beforeVerb, e + 1 > floor, tokens[e + 1].lower == ",", let relative = finder.relativeClauseStart(before: e + 1, floor: floor),
           relative - 2 >= floor, let m = finder.subject(endingAt: relative - 1, floor: floor) ?? finder.phrase(endingAt: relative - 2, floor: floor),
           m.kind != .pronoun {
            return m
        }
        // "Brian Nolan, the chairman of the county party, for example, said": the comma that
        // opens the aside may close an apposition; so may a dash ("Neil Sroka, director of the
        // group Democracy for America - which Dean founded - said").
        if e < beforeVerb, e + 1 > floor {
            let opener = tokens[e + 1].lower
            let apposed = opener == "," ? finder.subject(endingAt: e + 1, floor: floor)
                : Self.isAsideDash(opener) ? finder.appositiveSubject(closedByDashAt: e + 1, floor: floor) : nil
            if let m = apposed, m.kind == .name, m.role != nil, m.actorKind == .person, m.first == floor || tokens[m.first - 1].tag != .adp {
                return m
            }
        }
        // "Theresa May said": a capitalised word the tagger reads as a name is no modal; nor is
        // one the tags read as a name by the inflected verb after it ("May said").
        // "Both have said": a bare head opening its clause is the subject, not a modifier.
        // "Food For All said": nor is a title-cased name's last word (``MentionFinder/closesTitleCasedName(_:floor:)``).
        while e >= floor, tokens[e].is(.verbModifier) && !(tokens[e].isCapitalized && tokens[e].tag == .propn && e > floor
                && tokens[e - 1].isCapitalized) && !finder.isModalReadAsName(e) && !opensClauseAsBareHead(e, floor: floor)
                && !finder.closesTitleCasedName(e, floor: floor)
                || tokens[e].isLyAdverb && !tokens[e].isCapitalized && tokens[e].isWord && tokens[e].lower.count > 4 {
            e -= 1
        }
        // "Some participants, though, say" / "officials, for example, say".
        if e - 2 >= floor, tokens[e].lower == ",", Lexicon.discourseAdverbs.contains(tokens[e - 1].lower) {
            var k = e - 2
            if tokens[k].lower == "for" || tokens[k].lower == "in" { k -= 1 }
            if k >= floor, tokens[k].lower == "," { e = k - 1 }
        }
        // "…Feinstein, the ranking Democrat, who said": the relative pronoun's antecedent speaks.
        // Only a non-restrictive clause reports ("Voters who say X" picks voters out; it reports nothing).
        if e > floor, tokens[e].lower == "who", tokens[e - 1].lower == "," {
            var end = e - 2
            // "Eli Navarro, 16, who said": an age between the name and the clause.
            if end - 2 >= floor, tokens[end].kind == .number, tokens[end - 1].lower == "," { end -= 2 }
            guard end >= floor, let m = finder.subject(endingAt: end, floor: floor), m.kind != .pronoun else { return nil }
            if let named = personAfterThingOf(m) { return named }
            // "Brooks spoke to Maria Lopez, a resident of Elm Street, who said": the clause closes
            // an apposition; the person's name before it speaks, with the role.
            if m.kind == .description || tokens[m.first].tag == .det, end == e - 2, let named = finder.subject(endingAt: e - 1, floor: floor),
               named.kind == .name, named.actorKind == .person, named.role != nil, named.last < m.first {
                return named
            }
            // "That was the view of Sarah Mills, an analyst at Citi, who said": the apposition
            // describes the person named after a thing's `of`, who is the antecedent.
            if m.kind == .description, end == e - 2, m.first - 2 > floor, tokens[m.first - 1].lower == ",",
               let thing = finder.phrase(endingAt: m.first - 2, floor: floor), thing.last == m.first - 2,
               var named = personAfterThingOf(thing) {
                named.role = finder.text(m.first, m.last)
                named.lastWithRole = m.last
                return named
            }
            // "An official familiar with the talks, who asked…": the antecedent is the whole phrase
            // that the prepositional object closes.
            // A person's name there is the antecedent itself ("…attacks by Mr. Trump, who…"); an
            // organisation's is not, for "who" takes people ("Officials at the Department of
            // Energy, who asked…").
            if m.kind == .description || m.actorKind == .organisation, m.first - 1 > floor, tokens[m.first - 1].is(.preposition), tokens[m.first - 1].quote == nil,
               let whole = finder.phrase(withPrepositionalObject: m, floor: floor) {
                return personRelativeAntecedent(whole, floor: floor)
            }
            // "…prompting anger from campaigners, who said": `who` takes the people, not the anger.
            return personRelativeAntecedent(m, floor: floor)
        }
        // "voters who said they would…", "the 30 percent who say": a restrictive clause's
        // antecedent speaks too when the verb reports a clause (the caller's check).
        // Only `say` reports there, and only where the phrase is no sentence subject, whose own
        // verb would follow the clause ("Voters who say X were divided").
        // A share's `%` is no word (`18% who say`).
        if e > floor, tokens[e].lower == "who", tokens[e - 1].isWord || tokens[e - 1].lower == "%", tokens[e - 1].quote == nil {
            let end = e - 1
            guard Self.sayForms.contains(tokens[v].lower) else { return nil }
            // "compared with 64 percent who say", "including 18% who say" (``pollShareBeforeRelativeWho(endingAt:verb:floor:)``).
            if let share = pollShareBeforeRelativeWho(endingAt: end, verb: v, floor: floor) { return share }
            guard let m = finder.quantitySubject(endingAt: end, floor: floor) ?? finder.subject(endingAt: end, floor: floor)
                    ?? finder.taggedSubject(endingAt: end, floor: floor), m.kind != .pronoun,
                  m.first > floor, tokens[m.first - 1].tag == .adp || tokens[m.first - 1].tag == .verb else { return nil }
            // "anger from campaigners who said": `who` takes the people (``personRelativeAntecedent(_:floor:)``).
            return personRelativeAntecedent(m, floor: floor)
        }
        if let m = unclosedRelativeAntecedent(endingAt: e, floor: floor) { return m }
        // "Families told to leave their homes said": no contact clause (`the homes they left`).
        if let m = controlPassivePhraseSubject(endingAt: e, verb: v, floor: floor) { return m }
        // "The people we spoke to said": the verb group read back from the verb may have taken the
        // contact clause's verb and preposition in. Not for a participle (`An example we give is
        // saying…`, `the tweets he sent denouncing…`): it has no subject of its own there.
        if !Lexicon.isGerund(tokens[v].lower),
           let m = (v - 1 > e && endsContactClauseAsParticle(v - 1) ? contactRelativeSubject(endingAt: v - 1, through: v - 1, floor: floor) : nil)
            ?? contactRelativeSubject(endingAt: e, through: verbGroupStart, floor: floor)
            ?? contactRelativeSubject(beforeAdjunctEndingAt: e, through: verbGroupStart, floor: floor) {
            return m
        }
        if let m = restrictiveRelativeSubject(endingAt: e, floor: floor) ?? participlePhraseSubject(endingAt: e, verb: v, floor: floor)
            ?? gerundPhraseSubject(endingAt: e, verb: v, floor: floor) ?? letMeSubject(endingAt: e, floor: floor) {
            // "Nate Silver, the polling guru who founded the site tweeted": the comma closing the
            // apposition is left out; the name before it speaks.
            if m.kind == .description, let named = unclosedAppositionName(before: m, floor: floor) { return named }
            return m
        }
        if let m = finder.quantitySubject(endingAt: e, floor: floor) ?? finder.thoseSubject(endingAt: e, floor: floor)
            ?? finder.partitivePronounSubject(endingAt: e, floor: floor) { return m }
        if let m = modifierPronounSubject(endingAt: e, floor: floor) { return m }
        if endsRelativeClauseObject(e, floor: floor) { return nil }
        guard e >= floor, var m = finder.subject(endingAt: e, floor: floor) ?? finder.phrase(withCoordinatedObjectEndingAt: e, floor: floor)
                ?? taggedSubject(ofVerb: v, endingAt: e, floor: floor)
        else { return nil }
        // "Clinton's comments": a possessive is no subject; the "verb" is a noun. A pronoun fused
        // with `has` is one ("He’s said he…").
        // A company named with the ending is one (`McDonald's said`, ``isPossessiveShapedName(_:verb:)``).
        if m.kind != .pronoun, tokens[m.last].lower.isPossessiveForm || tokens[m.last].lower.hasSuffix("s'"),
           !isPossessiveShapedName(m, verb: v) { return nil }
        // "Clinton, a top aide said, is confident": a parenthetical cue, whose subject is the aide;
        // the cue may carry its adjuncts ("a top aide said Tuesday, is confident").
        // Read only for a subject that is no person's name, the one case it decides.
        if !(m.kind == .name && m.actorKind == .person),
           !(parentheticalCueClose(after: v, verb: v, last: sentenceLast[tokens[v].sentence]).map { isLowerCaseContinuation(after: $0) } ?? false),
           let named = unclosedAppositionName(before: m, floor: floor) {
            return named
        }
        // "Most voters in Alabama, Georgia and Virginia said": the last names of a list of places
        // after a preposition end the phrase that starts before it.
        if m.kind == .name, m.first - 1 > floor, tokens[m.first - 1].lower == ",", let whole = placeListPhrase(endingWith: m, floor: floor) {
            return whole
        }
        // A noun phrase right after a preposition is no subject ("a list of North Korean demands"),
        // but it may end one that starts before it ("Former officials in both parties").
        // "shortly after Lee said": before a clause a subordinator opens it, and the phrase after
        // it is that clause's subject.
        // "familiar with the company's supply arrangements": a possessive phrase determines the
        // prepositional object, whose preposition then stands before it.
        if m.kind == .description, let owner = possessiveDeterminerStart(before: m.first, floor: floor),
           owner > floor, tokens[owner - 1].is(.preposition) {
            let head = m.head
            m = finder.make(first: owner, last: m.last, kind: .description)
            m.head = head
        }
        // "Members of the group Parents United said": the people before the classified name speak.
        if let host = finder.classifiedNameHost(m, floor: floor) { return host }
        if m.first > 0, m.kind != .pronoun, tokens[m.first - 1].is(.preposition) || isPlacePrepositionAfterNoun(m.first - 1)
            || isPlacePrepositionAfterParticiple(m.first - 1),
           tokens[m.first - 1].quote == nil {
            if let whole = finder.phrase(withPrepositionalObject: m, floor: floor) { return whole }
            if Self.clauseOpeners.contains(tokens[m.first - 1].lower) { return m }
            // "with Trump reportedly yelling: …": the participle's own subject after "with".
            if tokens[m.first - 1].lower == "with", Lexicon.isGerund(tokens[v].lower) { return m }
            // "Large majorities of voters in six states going to the polls said".
            return taggedSubject(ofVerb: v, endingAt: m.last, floor: floor)
        }
        if let list = nameListSubject(endingWith: m, floor: floor) { return list }
        return dislocatedSubject(before: m, floor: floor) ?? m
    }

    /// Most tokens of a participle's clause set off between a subject and its verb (`Ann Cole,
    /// saying the vote, which was held in May, was rigged, filed…`).
    static let maxParticipleAsideTokens = 30

    /// The first token after the comma opening a participle's clause (`, now saying…`, `,
    /// claiming that…`) that the comma `c` closes, set off between the sentence's subject and
    /// its verb: no finite verb or quote stands before that comma. Nil for any other shape.
    func participleAsideOpening(closedBy c: Int, floor: Int) -> Int? {
        guard c > floor, tokens[c].lower == ",", tokens[c].quote == nil else { return nil }
        var k = c - 1
        while k > floor, c - k <= Self.maxParticipleAsideTokens, tokens[k].quote == nil, !tokens[k].lower.isOne(of: ".", ";", ":") {
            if tokens[k].lower == "," {
                let g = k + 1 < c && tokens[k + 1].tag == .adv && !tokens[k + 1].isLyAdverb ? k + 2 : k + 1
                if g < c, tokens[g].tag == .verb, tokens[g].quote == nil, Lexicon.isGerund(tokens[g].lower), tokens[g].is(.reporting),
                   !holdsFiniteVerb(floor, k - 1), !holdsQuote(floor, k - 1) {
                    return k + 1
                }
            }
            k -= 1
        }
        return nil
    }

    /// Whether the bare head at `e` (`both`, `all`, ``MentionFinder/bareHeads``) opens its clause
    /// (`Both have promised…`, `…; all said…`): the subject then, not a modifier of the verb as in
    /// `they both said`.
    func opensClauseAsBareHead(_ e: Int, floor: Int) -> Bool {
        MentionFinder.bareHeads.contains(tokens[e].lower) && (e == floor || tokens[e - 1].lower.isOne(of: ",", ";", ":") && tokens[e - 1].quote == nil)
    }

    /// `Katie Lowe, who is chairman of the fund said`: a non-restrictive relative clause whose
    /// closing comma is left out, ending at `e` right before the verb. When a `, who` within
    /// ``maxUnclosedRoleTokens`` opens a clause with a finite verb of its own (no other comma, quote,
    /// relative pronoun or reporting verb between) and a person's name or a description stands
    /// before the comma, that antecedent speaks; else nil.
    func unclosedRelativeAntecedent(endingAt e: Int, floor: Int) -> SpeakerMention? {
        // "on Mr. King's show": after a possessive the "verb" is a noun.
        guard e > floor, tokens[e].isWord, tokens[e].tag == .noun || tokens[e].tag == .propn, !tokens[e].lower.isPossessiveForm,
              !tokens[e].lower.hasSuffix("s'") else { return nil }
        var k = e
        while k > floor, e - k <= Self.maxUnclosedRoleTokens, tokens[k].isWord || tokens[k].lower == "'s", tokens[k].quote == nil,
              !PersonNameIndex.relativeWords.contains(tokens[k].lower), !tokens[k].is(.reporting) {
            k -= 1
        }
        guard k - 2 >= floor, tokens[k].lower == "who", tokens[k - 1].lower == ",", tokens[k - 1].quote == nil,
              holdsFiniteVerb(k + 1, e),
              let m = finder.subject(endingAt: k - 2, floor: floor) ?? finder.phrase(endingAt: k - 2, floor: floor),
              m.kind == .description || m.kind == .name && m.actorKind == .person,
              m.first == floor || finder.isSentenceStart(m.first) || isCloseMark(m.first - 1) || tokens[m.first - 1].lower == ","
        else { return nil }
        return m
    }

    /// Whether the token at `p` is a lower-case preposition of place after a noun (`Residents
    /// near the plant`, ``Lexicon/placePrepositions``).
    func isPlacePrepositionAfterNoun(_ p: Int) -> Bool {
        p > 0 && finder.isLowerCasePlacePreposition(p) && (tokens[p - 1].tag == .noun || tokens[p - 1].tag == .propn)
    }

    /// Whether the token at `p` is a lower-case preposition of place after a noun's -ing
    /// participle (`A man standing outside the store`, `Residents living near the river`): the
    /// participle's phrase describes the noun, and its object is no subject either.
    func isPlacePrepositionAfterParticiple(_ p: Int) -> Bool {
        p > 1 && finder.isLowerCasePlacePreposition(p) && tokens[p - 1].tag == .verb && Lexicon.isGerund(tokens[p - 1].lower)
            && !tokens[p - 1].isCapitalized && (tokens[p - 2].tag == .noun || tokens[p - 2].tag == .propn)
    }

    /// `Ruiz, Cole and Lowe all said`, `Sens. Ann Wu (D-Ore.), Ben Cole (D-Ohio) and Tara Lowe
    /// (D-N.J.) said`: a list of names closing with `m` is one speaker, all of them; nil when `m`
    /// closes no list of at least two names opening its clause.
    ///
    /// A list of descriptions is one speaker too (`The family, protesters and civic leaders have
    /// demanded`, `The mayor, the governor and the sheriff said`): all of them, not the last.
    func nameListSubject(endingWith m: SpeakerMention, floor: Int) -> SpeakerMention? {
        let described = m.kind == .description
        guard m.kind == .name && (m.actorKind == .person || m.actorKind == .group) || described else { return nil }
        let coordinated = (m.first...m.last).contains { ["and", "&"].contains(tokens[$0].lower) }
        var k = m.first - 1
        if !coordinated {
            guard k > floor, tokens[k].lower.isOne(of: "and", "&") else { return nil }
            k -= 1
            if tokens[k].lower == "," { k -= 1 }
        } else {
            guard k > floor, tokens[k].lower == "," else { return nil }
            k -= 1
        }
        var start = m.first
        var items = 0
        while k >= floor, items < Self.maxListItems {
            // "Jeff Ruiz (D-Ore.)": a party code after the name.
            if tokens[k].lower == ")", let open = (max(floor, k - 8)..<k).last(where: { tokens[$0].lower == "(" }) { k = open - 1 }
            guard k >= floor, let item = finder.phrase(endingAt: k, floor: floor),
                  described ? item.kind == .description : item.kind == .name && item.actorKind == .person else { break }
            // "After the storm, the mayor and…": a preposition's object is no item of the list.
            if described, item.first > floor, tokens[item.first - 1].is(.preposition) { break }
            start = item.first
            items += 1
            k = item.first - 1
            guard k > floor, tokens[k].lower == "," else { break }
            k -= 1
        }
        guard items >= 1, start < m.first, start == floor || !tokens[start - 1].isWord || tokens[start - 1].tag == .cconj else { return nil }
        // A list of descriptions opens its sentence, perhaps after a coordinator or an opening
        // phrase without a verb: `…holds $28 billion offshore, and the report says` joins clauses.
        if described, start > floor, !(start - 1 == floor && tokens[floor].tag == .cconj),
           !(tokens[start - 1].lower == "," && start - 2 >= floor && !holdsFiniteVerb(floor, start - 2) && !holdsQuote(floor, start - 2)) {
            return nil
        }
        // "Everyone, our friends and our cousins would say": a pronoun for all opening the list is
        // what the rest spells out, the speaker itself.
        if described, Self.spelledOutHeads.contains(tokens[start].lower), tokens[start + 1].lower == ",",
           let all = finder.bareHeadMention(first: start, last: start) {
            return all
        }
        var list = finder.make(first: start, last: m.last, kind: described ? .description : .name)
        list.actorKind = .group
        list.head = m.head
        return list
    }

    /// Pronouns for all that a list after them spells out rather than adds to (`Everyone, our
    /// friends and our cousins said`): the speaker is the pronoun.
    static let spelledOutHeads: WordSet = ["everyone", "everybody"]

    /// Most items of a list of names before its last two (`in Ohio, Iowa, Utah and Idaho`).
    static let maxListItems = 6

    /// The description whose prepositional object is a list of capitalised names ending with `m`
    /// (`Most voters in Alabama, Georgia and Virginia`), or a place and the larger place it lies in
    /// (`Maria Lopez of Dayton, Ohio says`), or nil.
    func placeListPhrase(endingWith m: SpeakerMention, floor: Int) -> SpeakerMention? {
        // The list closes with a coordinator (`Georgia and Virginia`), or its last item goes on with
        // a place (`Dayton, Ohio`), right before the verb group: a name between commas is an
        // apposition (`a partner at Lenox, Lawrence Cummings, said`).
        guard (m.first...m.last).contains(where: { ["and", "or"].contains(tokens[$0].lower) }) || continuesPlaceObject(m, floor: floor),
              m.lastWithRole + 1 < tokens.count, tokens[m.lastWithRole + 1].lower != "," else { return nil }
        var comma = m.first - 1
        var items = 0
        while items < Self.maxListItems {
            // One item: capitalised words between two commas, or between a preposition and a comma.
            var k = comma - 1
            while k > floor, tokens[k].isCapitalized, tokens[k].isWord, tokens[k].quote == nil, comma - k <= 3 { k -= 1 }
            guard k < comma - 1, k >= floor else { return nil }
            items += 1
            if tokens[k].lower == "," { comma = k; continue }
            guard tokens[k].is(.preposition), tokens[k].quote == nil else { return nil }
            let object = finder.make(first: k + 1, last: m.last, kind: .name)
            if let whole = finder.phrase(withPrepositionalObject: object, floor: floor) { return whole }
            // "Maria Lopez of Dayton, Ohio says": the person named before the place.
            guard k - 1 >= floor, let person = finder.phrase(endingAt: k - 1, floor: floor), person.kind == .name,
                  person.actorKind == .person, person.last == k - 1,
                  person.first == floor || !tokens[person.first - 1].isWord || tokens[person.first - 1].tag == .cconj else { return nil }
            return person
        }
        return nil
    }

    /// Prepositions whose capitalised object a larger place may follow (`of Dayton, Ohio`).
    static let placeObjectPrepositions: WordSet = ["of", "in", "from"]

    /// Whether the name `m`, no first name nor title, follows a comma after the capitalised object
    /// of `of`, `in` or `from`: the larger place that object lies in (`of Dayton, Ohio`).
    func continuesPlaceObject(_ m: SpeakerMention, floor: Int) -> Bool {
        guard !FirstNameGender.isName(tokens[m.first].lower), !tokens[m.first].is(.title) else { return false }
        var k = m.first - 2
        guard k > floor, tokens[m.first - 1].lower == ",", tokens[k].isCapitalized, tokens[k].isWord else { return false }
        while k > floor, tokens[k].isCapitalized, tokens[k].isWord, m.first - k <= 5 { k -= 1 }
        return Self.placeObjectPrepositions.contains(tokens[k].lower)
    }

    /// The subject of the verb at `v` read from the tags alone (``MentionFinder/taggedSubject(endingAt:floor:)``),
    /// unless a noun follows the "verb": then it is an adjective (`20 pledged delegates`).
    /// A reporting verb before a clause (`… said inspectors were unable`) is a verb all the same,
    /// unless a number or modifier stands before it (`400 pledged delegates is`).
    func taggedSubject(ofVerb v: Int, endingAt e: Int, floor: Int) -> SpeakerMention? {
        let adjective = v + 1 < tokens.count && tokens[v + 1].tag == .noun
            && !(tokens[v].is(.reporting) && v > 0 && ![.num, .det, .adj].contains(tokens[v - 1].tag)
                && startsFiniteClause(at: v + 1, last: sentenceLastToken(from: v)))
        return adjective ? nil : finder.taggedSubject(endingAt: e, floor: floor)
    }

    /// The most tokens of a dateline (`WASHINGTON, Aug. 24 (UPI) —`).
    static let maxDatelineTokens = 12

    /// The first token after a dateline opening the sentence at `first` (a place in capitals,
    /// perhaps a date and an agency, then a dash), or `first` when there is none: the place is
    /// no speaker.
    func afterDateline(_ first: Int, before v: Int) -> Int {
        let s = document.scalars
        func isCapitals(_ i: Int) -> Bool {
            let t = tokens[i]
            guard t.isWord, t.end - t.start >= 2 else { return false }
            return s[t.start..<t.end].allSatisfy { Characters.isUpper($0) || $0 == "." || $0 == "-" }
        }
        guard first < v, isCapitals(first) else { return first }
        var k = first + 1
        while k < v, k - first <= Self.maxDatelineTokens {
            if tokens[k].lower.isOne(of: "\u{2014}", "\u{2013}", "--", "-") { return k + 1 < v ? k + 1 : first }
            if tokens[k].quote != nil { return first }
            k += 1
        }
        return first
    }

    /// Ordinals and connectives that open a sentence as adverbs (`Fifth, “…”`, `Furthermore, …`),
    /// whatever the tagger reads them as (it takes a capitalised one for a name).
    static let sentenceOpeningAdverbs: WordSet = [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
        "firstly", "secondly", "thirdly", "finally", "lastly",
        "furthermore", "moreover", "however", "meanwhile", "nevertheless", "nonetheless", "additionally",
        "consequently", "therefore", "thus", "hence", "likewise", "similarly", "instead", "indeed", "otherwise",
    ]

    /// Whether the verb at `k` opens its sentence in its bare form (`Lay a mat…`, `Ask people…`): an
    /// imperative. (Not a participle, `Speaking on CNBC,`, nor an inflected form.)
    func isImperativeOpening(_ k: Int) -> Bool {
        let t = tokens[k]
        return t.tag == .verb && t.isCapitalized && t.quote == nil && (k == 0 || tokens[k - 1].sentence != t.sentence)
            && !Lexicon.isInflectedForm(t.lower) && !Lexicon.isGerund(t.lower)
    }

    /// The subject at the start of a sentence (after "But", "And", an introductory phrase).
    /// Most tokens of an apposition or relative clause that closes an introductory phrase.
    static let maxIntroductionModifierTokens = 16

    /// The comma closing an apposition (`a day ahead of the primary,`) or a relative clause
    /// (`which hosts the primary Tuesday,`) that starts at `k` right after an introductory phrase
    /// (`Speaking in New Hampshire, which hosts …, Bush said`), or nil.
    func introductionModifierEnd(at k: Int, before v: Int) -> Int? {
        let w = tokens[k].lower
        let relative = w.isOne(of: "which", "where", "who", "when")
        guard relative || w == "a" || w == "the",
              let close = (k..<min(v, k + Self.maxIntroductionModifierTokens)).first(where: { tokens[$0].lower == "," }),
              close > k + 1, close + 1 < v, !holdsQuote(k, close - 1), relative || !holdsFiniteVerb(k, close - 1) else { return nil }
        return close
    }
    /// First words of two-word state names ("New York", "South Carolina", "Rhode Island").
    static let twoWordStateOpeners: WordSet = ["new", "north", "south", "west", "rhode"]

    /// Adverbs that can stand before a sentence's subject without being part of it.
    static let focusingAdverbs: WordSet = ["even", "only", "also", "now", "still"]

    /// Adverbs of frequency that can open a sentence before its subject, no comma between
    /// (`Often my students start with: “…”`).
    static let frequencyAdverbs: WordSet = [
        "often", "sometimes", "usually", "always", "frequently", "typically", "generally", "occasionally", "rarely", "seldom",
    ]
    /// Adverbs of degree that may come before one of them (`Very often`, `Quite often`).
    static let degreeAdverbs: WordSet = ["very", "quite", "so", "more", "most", "too"]

    /// The token after an adverb of frequency (and its degree adverb) at `k`, when a word
    /// follows it before `v`: `Very often my patients start with: “…”` → `my`. Else `k`.
    func afterFrequencyAdverb(_ k: Int, before v: Int) -> Int {
        var n = k
        // Tags first: this runs for every sentence subject, and most words are no adverb.
        guard tokens[n].tag == .adv else { return k }
        if n + 1 < v, tokens[n + 1].tag == .adv, Self.degreeAdverbs.contains(tokens[n].lower), Self.frequencyAdverbs.contains(tokens[n + 1].lower) { n += 1 }
        guard n + 1 < v, tokens[n].quote == nil, tokens[n].tag == .adv, Self.frequencyAdverbs.contains(tokens[n].lower),
              tokens[n + 1].isWord, tokens[n + 1].quote == nil else { return k }
        return n + 1
    }

    func sentenceSubject(first: Int, before v: Int) -> SpeakerMention? {
        var k = afterDateline(first, before: v)
        // "Lay a mat on the floor and ask…": a bare verb opening the sentence is an imperative,
        // which has no subject to speak.
        if k < v, isImperativeOpening(k) { return nil }
        // "Furthermore, limb retraction…", "Fifth, “…”": a sentence adverb or an ordinal and its comma.
        if k + 1 <= v, tokens[k].tag == .adv || tokens[k].tag == .adj || tokens[k].tag == .num || Self.sentenceOpeningAdverbs.contains(tokens[k].lower),
           tokens[k].isCapitalized, tokens[k + 1].lower == ",", tokens[k].quote == nil { k += 2 }
        // "In a speech earlier in the day, Trump attacked…", "Speaking on CNBC, Ubben said…":
        // skip an introductory phrase, and a state after its town ("in Dayton, Ohio, Lee said").
        let participle = tokens[k].tag == .verb && (Lexicon.isGerund(tokens[k].lower) || tokens[k].lower.endsWith("ed"))
        if tokens[k].is(.preposition) || tokens[k].is(.stopWord) && !tokens[k].is(.personalPronoun) || participle {
            var c = k
            // "In a long, in-prison interview with…,": a comma between two modifiers of one noun
            // does not end the introduction, which may run that much longer.
            // A fronted subordinate clause ("When told Perez was in the Cabinet and in the
            // running for a bigger job, Bush thought…") may run longer than a phrase.
            // So may a chain of prepositional phrases with no verb ("At his news conference in
            // Ankara on Monday after the Group of 20 summit, …": ``isVerblessPrepositionChain(from:before:)``).
            let base = Self.subordinators.contains(tokens[k].lower) || isVerblessPrepositionChain(from: k, before: v)
                ? Self.maxIntroductoryClauseTokens : Self.maxIntroductionTokens
            var limit = base
            while c < v, c - k <= limit, tokens[c].quote == nil {
                if tokens[c].lower == "," {
                    guard limit == base, joinsNounModifiers(comma: c) else { break }
                    limit += Self.coordinateModifierTokens
                }
                c += 1
            }
            if c < v, tokens[c].lower == ",", c - k <= limit {
                k = c + 1
                // One word ("Ohio", "Calif.") or a two-word state ("New York"), after a capitalised town.
                if let state = (k..<min(v, k + 3)).first(where: { tokens[$0].lower == "," }), state > k,
                   state == k + 1 || Self.twoWordStateOpeners.contains(tokens[k].lower),
                   tokens[c - 1].isCapitalized, tokens[c - 1].tag == .propn, tokens[k].tag == .propn,
                   finder.isAgeOrPlace(k, state - 1), state + 1 < v {
                    k = state + 1
                } else if let close = introductionModifierEnd(at: k, before: v),
                          finder.phrase(startingAt: close + 1, ceiling: v - 1)?.kind == .name {
                    k = close + 1
                }
            }
        }
        // A focusing adverb before the subject ("even a top strategist said") is not part of it.
        if k + 1 < v, tokens[k].tag == .adv, !tokens[k].isCapitalized || k == first, Self.focusingAdverbs.contains(tokens[k].lower) { k += 1 }
        k = afterFrequencyAdverb(k, before: v)
        var start = k
        while k < v, tokens[k].quote == nil {
            if let m = finder.phrase(startingAt: k, ceiling: v - 1), m.kind != .description || m.first == start {
                // "Each election cycle, there is a threat…": a phrase set off before a clause with its
                // own subject is an adjunct; the subject comes after it.
                if m.kind == .description, let after = frontedAdjunctEnd(m, before: v) {
                    k = after
                    start = k
                    continue
                }
                // "In Westport he argued…": the object of a fronted preposition, no comma after it
                // (``commalessIntroductionEnd(_:first:before:)``).
                if let after = commalessIntroductionEnd(m, first: first, before: v) {
                    k = after
                    start = k
                    continue
                }
                // "Earlier Wednesday, Kessler appeared…": a day read as a name is the time.
                if let after = frontedDayEnd(m, before: v) {
                    k = after
                    start = k
                    continue
                }
                return possessedPhrase(m, before: v) ?? apposedNameAfterModifier(m, before: v) ?? m
            }
            k += 1
            if k - start > 6 { break }
        }
        return nil
    }
}

extension Attributor {
    /// Nouns naming a stretch of time, the head of a phrase that opens a sentence as its time
    /// (`Each spring,`, `The next morning,`, `Every election cycle,`), never its subject there.
    static let periodNouns: WordSet = [
        "morning", "afternoon", "evening", "night", "day", "week", "weekend", "month", "year", "decade", "century",
        "spring", "summer", "fall", "autumn", "winter", "season", "cycle", "term", "quarter", "semester", "time",
    ]

    /// `Sanders’ campaign launched…`: when a possessive mark standing alone (`’`, `'`, after a
    /// plural `s`) follows name `m`, the name owns the noun after it, and that noun's phrase is
    /// the subject. Else nil.
    func possessedPhrase(_ m: SpeakerMention, before v: Int) -> SpeakerMention? {
        let mark = m.last + 1
        guard m.kind == .name, mark + 1 < v, tokens[mark].tag == .part, tokens[mark].quote == nil,
              Self.bareApostrophes.contains(tokens[mark].lower) else { return nil }
        var e = mark + 1
        while e + 1 < v, e - mark < Self.maxPossessedNounWords, [.noun, .adj, .propn].contains(tokens[e + 1].tag), tokens[e + 1].quote == nil { e += 1 }
        // "Republicans' reaction: …": what the owner said, so the owner speaks.
        guard tokens[e].tag == .noun, !Self.possessedSpeechNouns.contains(tokens[e].lower),
              let whole = finder.subject(endingAt: e, floor: m.first), whole.first == m.first else { return nil }
        return whole
    }

    /// Most words of the noun phrase a bare possessive mark opens (`Sanders’ presidential campaign`).
    static let maxPossessedNounWords = 4

    /// Nouns for what someone said, whose possessor is the speaker (`Republicans' reaction`).
    static let possessedSpeechNouns: Set<String> = colonSpeechNouns.union(["reaction", "view", "views"])

    /// A possessive mark written as a token of its own after a plural `s` (`Sanders’`, `voters'`).
    static let bareApostrophes: Set<String> = ["\u{2019}", "'"]

    /// Most lower-case words of the noun a name modifies before the comma of an apposed name
    /// (`Lowe's Ohio state director, Mike Rubino,`).
    static let maxModifiedNounWords = 4

    /// `Lowe's Ohio state director, Mike Rubino, reached out…`: when name `m` only modifies the
    /// lower-case noun after it and a person's name is apposed to that noun between commas, the
    /// apposed name is the subject. Else nil.
    func apposedNameAfterModifier(_ m: SpeakerMention, before v: Int) -> SpeakerMention? {
        guard m.kind == .name, m.lastWithRole == m.last else { return nil }
        var k = m.last + 1
        while k < v, k - m.last <= Self.maxModifiedNounWords, tokens[k].isWord, !tokens[k].isCapitalized, tokens[k].quote == nil,
              tokens[k].tag == .noun || tokens[k].tag == .adj {
            k += 1
        }
        guard k > m.last + 1, k + 1 < v, tokens[k].lower == ",", tokens[k - 1].tag == .noun,
              let name = finder.phrase(startingAt: k + 1, ceiling: v - 1), name.kind == .name, name.actorKind == .person,
              name.last + 1 < v, tokens[name.last + 1].lower == "," else { return nil }
        return name
    }

    /// `there` fused with a form of `be`, the verb of an existential clause.
    static let existentialContractions: Set<String> = ["there's", "there\u{2019}s"]

    /// The token after the comma that closes description `m` when `m` is a time (its head one of
    /// ``periodNouns``) or a clause with a subject of its own follows it (a personal pronoun or
    /// existential `there`, then a verb): `Each spring, the board…`, `This fall, there is…`,
    /// `In any case, they said…`. Else nil.
    func frontedAdjunctEnd(_ m: SpeakerMention, before v: Int) -> Int? {
        let comma = m.last + 1
        guard comma + 1 < v, tokens[comma].lower == ",", tokens[comma].quote == nil else { return nil }
        // "Each spring, the board members gave…": a stretch of time is no speaker.
        if Self.periodNouns.contains(tokens[m.last].lower) { return comma + 1 }
        let subject = tokens[comma + 1].lower
        // "there's" carries its verb.
        if Self.existentialContractions.contains(subject) { return comma + 1 }
        guard comma + 2 < v, tokens[comma + 1].is(.personalPronoun) || subject == "there",
              tokens[comma + 2].tag == .verb || tokens[comma + 2].tag == .aux else { return nil }
        return comma + 1
    }

    /// Words that may stand before a day's name in a time phrase (`Earlier Wednesday`, `Late Friday`).
    static let dayQualifiers: WordSet = ["earlier", "later", "late", "early", "last", "next", "this", "on", "by", "until"]

    /// Most words of a time phrase ending in a day's name (`Early on Friday`).
    static let maxDayPhraseWords = 3

    /// The token after the comma that closes name `m` when `m` is a day, not a person or a body:
    /// a day's name (``PersonNameIndex/weekdays``) last, perhaps after ``dayQualifiers``, set off
    /// by a comma before the clause (`Earlier Wednesday, Kessler appeared on a show and defended
    /// his record`; the tagger reads the capitalised pair as a name). Else nil.
    func frontedDayEnd(_ m: SpeakerMention, before v: Int) -> Int? {
        let comma = m.last + 1
        guard m.kind == .name, comma + 1 < v, tokens[comma].lower == ",", tokens[comma].quote == nil,
              m.last - m.first < Self.maxDayPhraseWords, PersonNameIndex.weekdays.contains(tokens[m.last].lower),
              (m.first..<m.last).allSatisfy({ Self.dayQualifiers.contains(tokens[$0].lower) }) else { return nil }
        return comma + 1
    }

    /// Most tokens of an introductory phrase before its comma (`In a speech earlier in the day,`).
    static let maxIntroductionTokens = 12
    /// Most tokens of a verbless chain of prepositional phrases read as an introduction; a
    /// longer run (`At the request of a large majority of the citizens of these States, I…`)
    /// is more often a clause's own opening than a scene set before its subject.
    static let maxPrepositionChainTokens = 16

    /// Whether the words from the preposition at `k` to the first comma before `v` are a chain of
    /// prepositional phrases longer than ``maxIntroductionTokens`` with no verb among them (`At
    /// his news conference in Ankara on Monday after the Group of 20 summit,`): an introduction
    /// still, up to ``maxPrepositionChainTokens``.
    func isVerblessPrepositionChain(from k: Int, before v: Int) -> Bool {
        guard tokens[k].is(.preposition), tokens[k].tag == .adp else { return false }
        var c = k + 1
        while c < v, c - k <= Self.maxPrepositionChainTokens, tokens[c].quote == nil {
            if tokens[c].lower == "," { return c - k > Self.maxIntroductionTokens }
            if tokens[c].tag == .verb || tokens[c].tag == .aux || tokens[c].kind == .punctuation { return false }
            c += 1
        }
        return false
    }
    /// The most tokens of a fronted subordinate clause (`When…,`) before the sentence's subject.
    static let maxIntroductoryClauseTokens = 24
    /// How much longer an introduction may run when a comma joins two modifiers inside it.
    static let coordinateModifierTokens = 4

    /// Whether the comma at `c` joins two modifiers of one noun (`a long, bitter fight`, `a long,
    /// in-prison interview`, `a wide-ranging, in-prison interview`): an adjective or a hyphenated
    /// word in lower case before it, and after it another or a
    /// hyphenated word, then a word, with no verb.
    func joinsNounModifiers(comma c: Int) -> Bool {
        guard c > 0, c + 2 < tokens.count else { return false }
        // "wide-ranging, in-prison": a hyphenated modifier before it, whatever its tag.
        let hyphenated = tokens[c - 1].lower.contains("-") || c >= 2 && tokens[c - 2].lower == "-"
        guard tokens[c].quote == nil, tokens[c - 1].tag == .adj || hyphenated, !tokens[c - 1].isCapitalized,
              tokens[c + 1].isWord, !tokens[c + 1].isCapitalized, tokens[c + 1].quote == nil,
              tokens[c + 1].tag == .adj || tokens[c + 1].lower.contains("-") || tokens[c + 2].lower == "-" else { return false }
        return tokens[c + 2].isWord || tokens[c + 2].lower == "-"
    }

    /// Most tokens between an apposition's comma and the verb when the closing comma is left out.
    static let maxUnclosedRoleTokens = 14

    /// `Sam Lau, the communications director for the party said`, `Kim Ortiz, who is chairman of
    /// the Fund said`: an apposition or relative clause whose closing comma is left out. When the
    /// words before `m` go back to a comma with no other mark, open a role there, and a person's
    /// name opening the sentence stands before that comma, the name (with its role); else nil.
    func unclosedAppositionName(before m: SpeakerMention, floor: Int) -> SpeakerMention? {
        var c = m.first - 1
        while c > floor, m.last - c <= Self.maxUnclosedRoleTokens, tokens[c].isWord, tokens[c].quote == nil { c -= 1 }
        // A relative clause holds its own verb before the main one ("who is chairman of …").
        // A capitalised word after the comma opens a list ("Ms. Toretti, Mrs. Rao and others said").
        guard c > floor, tokens[c].lower == ",", tokens[c].quote == nil, finder.isRoleStart(c + 1), !tokens[c + 1].isCapitalized,
              tokens[c + 1].lower != "who" || holdsFiniteVerb(c + 2, m.first - 1),
              var name = finder.phrase(endingAt: c - 1, floor: floor), name.kind == .name, name.actorKind == .person,
              name.first == floor || finder.isSentenceStart(name.first)
                || name.first - 1 >= floor && isCloseMark(name.first - 1)  // "“…,” Nate Silver, the…"
                || name.first - 2 >= floor && tokens[name.first - 1].lower == "," && isCloseMark(name.first - 2),

              // The tagger may read a first name as an adjective ("Nate").
              (name.first...name.last).allSatisfy({ tokens[$0].tag == .propn && !tokens[$0].is(.timeWord) || finder.isTitle($0)
                  || $0 == name.first && name.last > name.first && FirstNameGender.isFirstName(tokens[$0].lower) }),
              !Lexicon.discourseAdverbs.contains(tokens[name.first].lower), !tokens[name.first].isLyAdverb,
              !isFrontedLoneWord(name, comma: c)
        else { return nil }
        if tokens[c + 1].lower != "who" { name.role = finder.text(c + 1, m.last) }
        name.lastWithRole = m.last
        return name
    }

    /// `Afterward, the governor told…`, `Overnight, forecasters warned…`, `Nationwide, officials
    /// said…`: one capitalised word opening the sentence, with no title, set off by a comma
    /// before the clause's subject, is a fronted adverb (the tagger reads many as names), not a
    /// name whose apposition lost its closing comma.
    func isFrontedLoneWord(_ name: SpeakerMention, comma c: Int) -> Bool {
        name.first == name.last && c == name.last + 1 && name.title == nil && finder.isSentenceStart(name.first)
    }

    /// Whether the first word after token `i` (past an opening quotation mark) is in lower case:
    /// the sentence goes on (`Clinton, a top aide said, “is very confident…”`).
    func isLowerCaseContinuation(after i: Int) -> Bool {
        var k = i + 1
        if k < tokens.count, isOpenMark(k) { k += 1 }
        return k < tokens.count && tokens[k].isWord && !tokens[k].isCapitalized
    }
}

extension Attributor {
    /// A described subject whose modifier's object is a pronoun and ends at `e` (`A person close
    /// to him`, `aides loyal to her`, `a spokesman for her`); nil for any other shape.
    func modifierPronounSubject(endingAt e: Int, floor: Int) -> SpeakerMention? {
        guard e - 2 >= floor, MentionFinder.modifierObjectPronouns.contains(tokens[e].lower),
              finder.isPronounObjectModifier(at: e - 2) else { return nil }
        let object = finder.make(first: e, last: e, kind: .pronoun)
        return finder.phrase(withPrepositionalObject: object, floor: floor)
    }
}

extension Attributor {
    /// The first token of a possessive phrase that ends before `k`, perhaps with up to two
    /// modifiers of the head between (`the company's supply`): a determiner, modifiers and a noun
    /// or name in 's; nil when none stands there.
    func possessiveDeterminerStart(before k: Int, floor: Int) -> Int? {
        var p = k - 1
        // "the company's supply arrangements": modifiers may stand between.
        while p > floor, k - p <= 2, tokens[p].isWord, !tokens[p].isCapitalized, tokens[p].quote == nil,
              [.noun, .adj].contains(tokens[p].tag), !tokens[p].lower.hasSuffix("'s") { p -= 1 }
        guard p >= floor, tokens[p].quote == nil, tokens[p].lower.isPossessiveForm else { return nil }
        var j = p
        while j - 1 >= floor, p - j < 3, tokens[j - 1].quote == nil,
              [.det, .adj, .noun, .propn].contains(tokens[j - 1].tag), !tokens[j - 1].is(.preposition) {
            j -= 1
            if tokens[j].tag == .det { break }
        }
        return j
    }
}
