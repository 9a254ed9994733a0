/// A university named with its campus set off by a comma, as news writes it: `The University of
/// California, Berkeley, said`, `Researchers at the University of Maryland, College Park, said`,
/// `according to the University of Texas, Austin`. Read back from the verb, the campus looked like
/// a name apposed to the university, and no speaker was found; read forward, the name stopped at
/// the comma. The campus belongs to the institution's name.
extension MentionFinder {
    /// Capitalised nouns that head the name of an institution with campuses.
    static let campusInstitutionHeads: WordSet = ["university", "college", "institute", "polytechnic"]

    /// The most words of a campus's name (`College Park`, `Salt Lake City`).
    static let maxCampusWords = 3

    /// The most tokens read back from a name's last word for its institution head (`University
    /// of North Carolina`, `the State University of New York`).
    static let maxCampusInstitutionTokens = 8

    /// The subject that ends at the comma `end` closing a campus (`The University of California,
    /// Berkeley,` before `said`): the institution's phrase (with the phrase it is the
    /// prepositional object of) run on over the campus, or, when that phrase is itself apposed to
    /// a name (`Ann Lee, a professor at the University of Michigan, Ann Arbor,`), the apposition
    /// read without the campus. Nil when no campus closes there.
    func campusSubject(commaAt end: Int, floor: Int) -> SpeakerMention? {
        guard let comma = campusOpeningComma(closedAt: end, floor: floor) ?? cityAndStateOpeningComma(closedAt: end, floor: floor),
              comma - 1 >= floor, var m = phrase(endingAt: comma - 1, floor: floor) else { return nil }
        // "Chemists at the University of Maryland, College Park,": the phrase the university is
        // the prepositional object of.
        // A phrase read from the tags where the word rules find none (`Engineers at…` opening a
        // sentence, read as a name); without either the university is no subject.
        // "Two chemists at…": a counted group (``countedGroup(withPrepositionalObject:floor:)``).
        if m.first - 1 > floor, tokens[m.first - 1].is(.preposition), tokens[m.first - 1].quote == nil {
            guard let whole = phrase(withPrepositionalObject: m, floor: floor) ?? countedGroup(withPrepositionalObject: m, floor: floor)
                    ?? taggedSubject(endingAt: m.last, floor: floor),
                  whole.first < m.first else { return nil }
            m = whole
        }
        if m.first - 1 > floor, tokens[m.first - 1].lower == "," {
            guard var apposed = appositiveSubject(commaAt: comma, floor: floor) else { return nil }
            apposed.lastWithRole = end - 1
            return apposed
        }
        return withCampus(m, endingAt: end - 1)
    }

    /// The last token of a campus after the institution's name that ends at `nameEnd`
    /// (`Berkeley` after `the University of California`): a comma, up to ``maxCampusWords``
    /// capitalised words, then a comma, the sentence's closing punctuation or `ceiling`.
    func campusEnd(afterNameEndingAt nameEnd: Int, floor: Int, ceiling: Int) -> Int? {
        guard nameEnd + 2 <= ceiling, tokens[nameEnd + 1].lower == ",", tokens[nameEnd + 1].quote == nil else { return nil }
        if let state = cityAndStateEnd(afterNameEndingAt: nameEnd, floor: floor, ceiling: ceiling) { return state }
        guard namesCampusInstitution(endingAt: nameEnd, floor: floor) else { return nil }
        var k = nameEnd + 2
        while k <= ceiling, k - (nameEnd + 2) < Self.maxCampusWords, isCampusWord(k) { k += 1 }
        guard k > nameEnd + 2, k > ceiling || Self.campusClosers.contains(tokens[k].lower),
              !looksLikePersonName(from: nameEnd + 2, to: k - 1) else { return nil }
        return k - 1
    }

    /// Whether the comma at `end` closes a campus after an institution's name (`the University of
    /// California, Berkeley,` before `said`), as a closing comma of a role does.
    func closesCampus(commaAt end: Int, floor: Int) -> Bool {
        (campusOpeningComma(closedAt: end, floor: floor) ?? cityAndStateOpeningComma(closedAt: end, floor: floor)) != nil
    }

    /// `m`, an institution's phrase, run on over its campus to `last`.
    func withCampus(_ m: SpeakerMention, endingAt last: Int) -> SpeakerMention {
        var out = m
        out.last = last
        out.lastWithRole = max(m.lastWithRole, last)
        out.span = TextSpan(start: m.span.start, end: tokens[last].end)
        out.bareSpan = TextSpan(start: m.bareSpan.start, end: tokens[last].end)
        return out
    }

    /// Marks that may close a campus's name.
    static let campusClosers: WordSet = [",", ".", ";", "!", "?", ")"]

    /// The comma that opens the campus closed by the comma at `end` after an institution's
    /// name with `of` (``namesCampusInstitution(endingAt:floor:)``), or nil.
    private func campusOpeningComma(closedAt end: Int, floor: Int) -> Int? {
        guard tokens[end].lower == "," else { return nil }
        var k = end - 1
        while k >= floor, end - 1 - k < Self.maxCampusWords, isCampusWord(k) { k -= 1 }
        guard k < end - 1, k - 1 >= floor, tokens[k].lower == ",", tokens[k].quote == nil,
              !looksLikePersonName(from: k + 1, to: end - 1), namesCampusInstitution(endingAt: k - 1, floor: floor) else { return nil }
        return k
    }

    /// Whether the capitalised name ending at `k` is an institution head (``campusInstitutionHeads``)
    /// with `of` and its state or city (`University of California`), read back over its
    /// capitalised words and links. A name without `of` (`Peking University`, `Yale University`)
    /// is left out: a name after it is as often a person apposed to a description (`An expert at
    /// Peking University, Zhang Wei, said`) as a campus.
    private func namesCampusInstitution(endingAt k: Int, floor: Int) -> Bool {
        guard k >= floor, tokens[k].isCapitalized else { return false }
        var j = k
        var sawOf = false
        while j >= floor, k - j < Self.maxCampusInstitutionTokens, tokens[j].isWord, tokens[j].quote == nil,
              tokens[j].isCapitalized || tokens[j].lower == "of" || tokens[j].lower == "the" {
            if tokens[j].lower == "of" { sawOf = true }
            if sawOf, tokens[j].isCapitalized, Self.campusInstitutionHeads.contains(tokens[j].lower) { return true }
            j -= 1
        }
        return false
    }

    /// Whether token `k` may be a word of a campus's name: a capitalised name word outside quotes.
    private func isCampusWord(_ k: Int) -> Bool {
        let t = tokens[k]
        return t.isWord && t.isCapitalized && t.quote == nil && t.tag == .propn && !t.is(.stopWord) && !t.is(.determiner) && !isTitle(k)
    }

    /// Whether `first...last` reads as a person's name rather than a place: two or more words
    /// opening with a given name (`Jeffrey Sachs`), unless a listed two-word place (`Ann Arbor`).
    private func looksLikePersonName(from first: Int, to last: Int) -> Bool {
        guard last > first, FirstNameGender.isFirstName(tokens[first].lower) else { return false }
        return !NonPersonNames.isTwoWordPlace(tokens[first].lower, tokens[first + 1].lower)
    }
}

/// A city and its state set off by commas after an institution's name, as wire copy places a
/// campus or a school: `Students at Harvard University, Cambridge, Mass., said`, `said a teacher
/// at Lincoln High School, Omaha, Neb.`. Read back from the verb, the city looked like a name
/// apposed to the institution and spoke. A city and a state name no person, so the institution
/// needs no `of` here (`Peking University, Zhang Wei,` stays an apposed name).
extension MentionFinder {
    /// Capitalised nouns that head the name of an institution placed by its city and state
    /// (`Harvard University`, `Lincoln High School`, `Mercy Hospital`).
    static let placedInstitutionHeads = WordSet(campusInstitutionHeads.union([
        "school", "academy", "hospital", "clinic", "seminary", "laboratory", "center", "centre",
    ]))

    /// The most capitalised words of the institution's name read back from its head's place
    /// (`Massachusetts Institute of Technology`).
    static let maxPlacedInstitutionWords = 6

    /// The comma that opens `, City, State` closed by the comma at `end` after an institution's
    /// name (``namesPlacedInstitution(endingAt:floor:)``), or nil.
    func cityAndStateOpeningComma(closedAt end: Int, floor: Int) -> Int? {
        guard tokens[end].lower == ",", end - 4 >= floor else { return nil }
        var state = end - 1
        // "Mass ." with its full stop as a token of its own.
        if tokens[state].lower == ".", tokens[state - 1].end == tokens[state].start { state -= 1 }
        guard tokens[state].quote == nil, isStateWord(stateForm(state)) else { return nil }
        var stateStart = state
        if NonPersonNames.isTwoWordPlace(tokens[state - 1].lower, tokens[state].lower) { stateStart -= 1 }
        let cityComma = stateStart - 1
        guard cityComma - 2 >= floor, tokens[cityComma].lower == ",", tokens[cityComma].quote == nil else { return nil }
        var k = cityComma - 1
        while k >= floor, cityComma - 1 - k < Self.maxCampusWords, isCityWord(k) { k -= 1 }
        guard k < cityComma - 1, k - 1 >= floor, tokens[k].lower == ",", tokens[k].quote == nil,
              namesPlacedInstitution(endingAt: k - 1, floor: floor) else { return nil }
        return k
    }

    /// The last token of `, City, State` after the institution's name that ends at `nameEnd`
    /// (`, Cambridge, Mass.` after `Harvard University`), or nil: up to ``maxCampusWords`` city
    /// words, a comma, a state (``isStateWord(_:)``), then a closing mark or `ceiling`.
    func cityAndStateEnd(afterNameEndingAt nameEnd: Int, floor: Int, ceiling: Int) -> Int? {
        guard nameEnd + 4 <= ceiling, tokens[nameEnd + 1].lower == ",", namesPlacedInstitution(endingAt: nameEnd, floor: floor) else { return nil }
        var k = nameEnd + 2
        while k <= ceiling, k - (nameEnd + 2) < Self.maxCampusWords, isCityWord(k) { k += 1 }
        guard k > nameEnd + 2, k + 1 <= ceiling, tokens[k].lower == ",", tokens[k].quote == nil else { return nil }
        var state = k + 1
        if state + 1 <= ceiling, NonPersonNames.isTwoWordPlace(tokens[state].lower, tokens[state + 1].lower) { state += 1 }
        guard tokens[state].quote == nil, isStateWord(stateForm(state)) else { return nil }
        if state + 1 <= ceiling, tokens[state + 1].lower == ".", tokens[state + 1].start == tokens[state].end,
           !tokens[state].lower.hasSuffix(".") { state += 1 }
        guard state + 1 > ceiling || Self.campusClosers.contains(tokens[state + 1].lower) else { return nil }
        return state
    }

    /// Whether token `k` may be a word of a city's name before its state: a campus word
    /// (``isCampusWord(_:)``), or a capitalised word the tagger reads as an adjective right before
    /// one (`New Haven`, `Grand Rapids`, `Long Beach`), which a city's name may open.
    private func isCityWord(_ k: Int) -> Bool {
        if isCampusWord(k) { return true }
        let t = tokens[k]
        return t.isWord && t.isCapitalized && t.quote == nil && t.tag == .adj && k + 1 < tokens.count && isCampusWord(k + 1)
    }

    /// The state word at `k` as ``isStateWord(_:)`` reads it: with its full stop when the
    /// tokenizer split it off (`Mass` `.`).
    private func stateForm(_ k: Int) -> String {
        let w = tokens[k].lower
        if k + 1 < tokens.count, tokens[k + 1].lower == ".", tokens[k + 1].start == tokens[k].end, !w.hasSuffix(".") { return w + "." }
        return w
    }

    /// Whether the capitalised name ending at `k` holds an institution head
    /// (``placedInstitutionHeads``), read back over at most ``maxPlacedInstitutionWords``
    /// capitalised words and `of` links (`Harvard University`, `University of Maryland`).
    func namesPlacedInstitution(endingAt k: Int, floor: Int) -> Bool {
        var j = k
        while j >= floor, k - j < Self.maxPlacedInstitutionWords, tokens[j].isWord, tokens[j].quote == nil,
              tokens[j].isCapitalized || j < k && tokens[j].lower == "of" {
            if tokens[j].isCapitalized, Self.placedInstitutionHeads.contains(tokens[j].lower) { return true }
            j -= 1
        }
        return false
    }

    /// `Two chemists at the University of Maryland`: a counted group (``quantitySubject(endingAt:floor:)``)
    /// with the prepositional phrase whose object is `object`, as one description; nil when no
    /// counted group stands before the preposition.
    func countedGroup(withPrepositionalObject object: SpeakerMention, floor: Int) -> SpeakerMention? {
        let preposition = object.first - 1
        guard preposition - 1 >= floor, Self.modifierPrepositions.contains(tokens[preposition].lower) || isLowerCasePlacePreposition(preposition),
              let group = quantitySubject(endingAt: preposition - 1, floor: floor), !isSentenceInternalObject(group.first, floor: floor) else { return nil }
        var m = make(first: group.first, last: object.last, kind: .description)
        m.head = group.head
        m.actorKind = group.actorKind
        return m
    }
}
