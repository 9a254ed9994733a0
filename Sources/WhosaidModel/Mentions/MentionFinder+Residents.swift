import WhosaidSyntax

/// A person's name followed by the age and home town news gives its ordinary speakers:
/// `Brianne Stone, 29, of Huntsville, Ala., said`, `Dan Whit of Alma, Ohio, said`.
extension MentionFinder {
    /// Most comma-separated segments of age and place after a name.
    static let maxResidentSegments = 4
    /// Most tokens in one age or place segment (`of Fort Myers Beach`).
    static let maxResidentSegmentTokens = 5

    /// The person whose age and place segments end at the comma `comma`, or nil when the
    /// segments before it are not all ages and places or no person's name stands before them.
    func residentSubject(commaAt comma: Int, floor: Int) -> SpeakerMention? {
        var end = comma
        for _ in 0..<Self.maxResidentSegments {
            guard let previous = (max(floor, end - Self.maxResidentSegmentTokens - 1)..<end).last(where: { tokens[$0].lower == "," }),
                  isAgeOrPlace(previous + 1, end - 1) else { return nil }
            // The name opens the sentence or a segment: after `of` ("of Jacksonville, Fla.") it is a
            // place segment itself, after `in` ("speaking at a rally in Wilmington, N.C.") an aside's.
            // "Ortiz, speaking in Dayton, Ohio, said": a participle's phrase is an aside, no speaker;
            // so is a past participle's ("The company, based in Oakland, California, said").
            // "Students at Harvard University, Cambridge, Mass., said": a city and state closing an
            // institution's name place it (``closesCampus(commaAt:floor:)``); the city is no person.
            let closesCampus = closesCampus(commaAt: comma, floor: floor)
            if !closesCampus, var person = phrase(endingAt: previous - 1, floor: floor), person.kind == .name, person.actorKind == .person,
               !Lexicon.isGerund(tokens[person.first].lower), !opensWithLowerCaseVerb(person),
               person.first == floor || isSentenceStart(person.first) || tokens[person.first - 1].lower == ","
                || followsClauseOpener(person.first, floor: floor) {
                // "Marquez's daughter, Elena, 24, said": the description the name is apposed to
                // is the person's role, as without the age.
                // Not one inside an opening phrase ("Unlike her brother, Ann Lee, 34, said").
                if person.role == nil, person.first - 2 >= floor, tokens[person.first - 1].lower == ",",
                   let described = phrase(endingAt: person.first - 2, floor: floor), described.kind == .description,
                   described.first == floor || isSentenceStart(described.first) || followsClauseOpener(described.first, floor: floor),
                   let apposed = appositiveSubject(commaAt: previous, floor: floor), apposed.kind == .name,
                   apposed.first == person.first, apposed.last == person.last, apposed.role != nil {
                    person = apposed
                }
                person.lastWithRole = comma - 1
                return person
            }
            // "A woman in Dayton, Ohio, said": the place closes a phrase that opens the sentence; the
            // phrase owning it speaks. (After a name, `Dean Cole, a salesman from Sumter, S.C.,` is an
            // apposition, and a first name after the comma opens a name, not a place.)
            if let before = phrase(endingAt: previous - 1, floor: floor), tokens[previous - 1].isCapitalized,
               var whole = before.kind == .description && (before.first..<previous).contains(where: { ["in", "from", "of"].contains(tokens[$0].lower) })
                ? before
                : before.kind == .name && before.first - 1 > floor && tokens[before.first - 1].lower.isOne(of: "in", "from", "of")
                    ? phrase(withPrepositionalObject: before, floor: floor) : nil,
               whole.first == floor || isSentenceStart(whole.first),
               !FirstNameGender.isName(tokens[previous + 1].lower) {
                whole.lastWithRole = comma - 1
                // "Two chemists at the University of Maryland, College Park,": the campus is the name's.
                return closesCampus ? withCampus(whole, endingAt: comma - 1) : whole
            }
            // "Ann Lind of the University of California, Berkeley, said": a person's name, `of` and
            // an institution whose campus the place after the comma names.
            if previous + 2 == comma, isPlaceAfterInstitution(previous), let institution = phrase(endingAt: previous - 1, floor: floor),
               institution.first - 2 >= floor, tokens[institution.first - 1].lower == "of",
               var person = phrase(endingAt: institution.first - 2, floor: floor), person.kind == .name, person.actorKind == .person,
               person.first == floor || isSentenceStart(person.first) || tokens[person.first - 1].lower == "," {
                person.lastWithRole = comma - 1
                return person
            }
            end = previous
        }
        return nil
    }

    /// Whether `m` opens with a lower-case word tagged as a verb (`based in Oakland`): a
    /// participle's phrase, no name.
    func opensWithLowerCaseVerb(_ m: SpeakerMention) -> Bool {
        tokens[m.first].tag == .verb && !tokens[m.first].isCapitalized
    }

    /// Words that open a clause of their own before its subject: `but`, a subordinator (`…,
    /// though Ann Cole, R-Utah, said`).
    static let subjectClauseOpeners: WordSet = ["but", "though", "although", "while", "whereas", "because", "yet"]

    /// Whether the name at `first` is the subject of a clause that a coordinator or subordinator
    /// opens (`But Ann Cole, R-Utah, said`, `…, and Tim Ward, D-Ohio, said`): `and` only after a
    /// comma, for `Lowe and Ann Cole, 54, said` lists two people.
    func followsClauseOpener(_ first: Int, floor: Int) -> Bool {
        guard first - 1 >= floor, tokens[first - 1].quote == nil else { return false }
        let w = tokens[first - 1].lower
        if Self.subjectClauseOpeners.contains(w) { return true }
        return w == "and" && first - 2 >= floor && tokens[first - 2].lower == "," && tokens[first - 2].quote == nil
    }

    /// Whether the comma at `comma` follows an institution's name with `of` inside it (`the
    /// University of California, Berkeley`): a word alone after that comma is the campus's place,
    /// though it is also a given name.
    func isPlaceAfterInstitution(_ comma: Int) -> Bool {
        var k = comma - 1
        var sawOf = false
        while k > 0, comma - 1 - k < Self.maxResidentSegmentTokens, tokens[k].isWord, tokens[k].quote == nil,
              tokens[k].isCapitalized || tokens[k].lower == "of" {
            if tokens[k].lower == "of" { sawOf = true }
            k -= 1
        }
        return sawOf && k >= 0 && tokens[k].lower == "the" && Lexicon.organisationHeads.contains(tokens[k + 1].lower)
    }

    /// Whether `first...last` is an age (`29`) or a place: capitalised words, perhaps after
    /// `of` or `from` (`of Huntsville`, `Ala.`, `from New York`).
    func isAgeOrPlace(_ first: Int, _ last: Int) -> Bool {
        guard first <= last else { return false }
        if first == last, tokens[first].kind == .number { return true }
        var k = first
        if tokens[k].lower.isOne(of: "of", "from") { k += 1 }
        guard k <= last else { return false }
        // "Ala.": an abbreviation's period may stand as a token of its own.
        return (k...last).allSatisfy {
            tokens[$0].quote == nil && (tokens[$0].isWord && tokens[$0].isCapitalized && !tokens[$0].is(.title)
                || $0 > k && tokens[$0].lower == "." && tokens[$0 - 1].end == tokens[$0].start)
        }
    }
}
