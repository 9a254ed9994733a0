import WhosaidSyntax
/// Clusters speaker mentions into actors and turns candidates into statements.
///
/// - A full name is one actor; a surname alone ("Sigal", "Mr. Sigal", "De Blasio") joins the most
///   recently mentioned person with that surname, particles in any case (``NameForm``). Full
///   names join when first names and initials agree ("Leon V. Sigal", "Leon Sigal"); people who
///   share a surname with different first names stay apart.
/// - A definite description of a role ("the mayor", "the former secretary", "the Georgia
///   Democrat") joins the person the article gave that title or role before; otherwise an
///   earlier description with the same head. Indefinite ones ("a spokeswoman for X") stay apart.
/// - `he`/`she` go to the most salient agreeing person (``PronounSalience``: gender from titles,
///   first names and earlier links; recency, subject role, the previous speaker);
///   `they`/`it` to groups and organisations, never to places, dates or things.
struct ActorBuilder {
    let document: Document
    /// The document's tokens, which ``resolve(_:)`` reads; ``finish(_:_:)`` no longer does, so that
    /// the engine may empty them before the statements are made (``releaseTokens()``).
    private(set) var tokens: Tokens

    /// The paragraph of token `i` (tokens keep only their sentence).
    @inline(__always) func paragraphOf(_ i: Int) -> Int { document.paragraph(ofSentence: tokens[i].sentence) }
    /// Whether "the mayor" is tied to the named mayor (``Engine/Options/linkRoleDescriptions``).
    var linksRoleDescriptions = false
    /// Most mentions a pronoun reads back for its referent: far more than the sentence windows of
    /// ``PronounSalience`` hold in news; it keeps a text without sentence breaks from costing
    /// quadratic time.
    let maxPronounLookback = 256
    /// Most statements a pronoun's statement reads back for the previous speaker: far more than
    /// news puts in the ``PronounSalience/speakerParagraphs`` that speaker must be within; it keeps
    /// a text of many statements that no speaker resolves (`“…,” she said.` over and over, with
    /// no name) from costing quadratic time.
    static let maxPreviousStatementLookback = 256

    /// What ``resolve(_:)`` decided, with what of the tokens ``finish(_:_:)`` needs, so that the
    /// tokens, a large document's largest array, are gone while statements are made (issue 12).
    struct Resolution {
        /// The draft that speaks each candidate, if any.
        var speakerOf: [Int?]
        /// For a pronoun speaker, the span of the mention it was resolved to.
        var antecedentOf: [Int: TextSpan]
        /// Each candidate's cue as a text span.
        var cueSpans: [TextSpan?]
        var drafts: [ActorDraft]
    }

    /// Empties the tokens, which only ``resolve(_:)`` reads.
    mutating func releaseTokens() {
        tokens = Tokens(records: [], lowers: [], infos: [])
    }

    /// Clusters the speaker mentions of `candidates` into actors: the decisions
    /// ``finish(_:_:)`` turns into statements and actors.
    /// `subjects` are the subjects of sentences before speaker pronouns, descriptions,
    /// organisations and groups (``Attributor/antecedentSubjects(for:)``): mentions the pronouns may take.
    /// `finderNames`: what the attributor's mention finder learned of the article's names, over
    /// these same tokens (``MentionFinder/articleNames``), for a finder made here; nil: read them again.
    func resolve(_ candidates: [Candidate], subjects: [SpeakerMention] = [], finderNames: MentionFinder.ArticleNames? = nil) -> Resolution {
        var drafts: [ActorDraft] = []
        var byFullKey: [String: Int] = [:]
        // Room for about one key per draft, as the index makes (it grew step by step from empty).
        byFullKey.reserveCapacity(min(candidates.count, DraftIndex.maxReservedDrafts))
        // Most drafts come from speaker mentions, at most one each.
        var index = DraftIndex(expectedDrafts: candidates.count)
        var speakerOf: [Int?] = Array(repeating: nil, count: candidates.count)
        // For a pronoun speaker, the token of the mention it was resolved to.
        var antecedentOf: [Int: Int] = [:]
        // Occurrences of actors in text order, for pronoun resolution.
        var occurrences: [ActorOccurrence] = []

        let names = PersonNameIndex(document: document, tokens: tokens)
        // Who holds each role, read only if a description asks (``RoleHolderTable``).
        let holders = RoleHolderTable(names: names, tokens: tokens, document: document)
        // 1. Names and descriptions.
        let order = candidates.indices.sorted { (candidates[$0].speaker?.first ?? Int.max) < (candidates[$1].speaker?.first ?? Int.max) }
        for ci in order {
            guard var m = candidates[ci].speaker, m.kind != .pronoun else { continue }
            // "The Senator from Alaska" is a person known by a title, not an organisation.
            if m.kind == .name, m.actorKind == .organisation, let title = titleHeadingDescription(m) {
                m.kind = .description
                m.actorKind = .description
                m.head = title
            }
            // "“…,” the mother of three said" after "Grace Olumide took part": an epithet names
            // the person named just before it (``epithetReferent(_:entries:)``), when descriptions
            // are linked to the people they name (news annotation keeps the epithet as written).
            if linksRoleDescriptions, m.kind == .description, let named = epithetReferent(m, entries: names.entries) { m = named }
            // "Keller said" after "Daniel Keller joined": the surname takes the full name the text
            // introduced before it (``PersonNameIndex/fullName(forSurname:before:)``), else the one
            // full name in the text.
            // "Mr. Greer" after "Sen. Paul Greer" too, unless the title's gender is not the first name's.
            if m.kind == .name, m.actorKind == .person, !m.bareName(in: document).hasSpace {
                // The cheap test on the title's words first: the lookup runs at every titled surname.
                if m.title == nil || (m.first..<m.last).allSatisfy({ tokens[$0].is(.title) }),
                   let full = names.fullName(forSurname: m.head, before: m.first), titleFits(m.title, fullName: full.name) {
                    m.bareOverride = full.name
                } else if m.title == nil, let full = names.uniqueFullName(forSurname: m.head), full.token != m.last {
                    m.bareOverride = full.name
                } else if let title = m.title, let g = Gender(title: title),
                          let full = names.fullName(forSurname: m.head, before: m.first, ofGender: g) {
                    // "Ms. Ruiz" after "Mark Ruiz and his sister, Elena Ruiz": the one Ruiz of her title's gender.
                    m.bareOverride = full.name
                } else if m.title == nil, let full = names.familyNameFirst(forBareName: m.head, before: m.first) {
                    // "Xi said" after "Xi Jinping": a family name written first.
                    m.bareOverride = full.name
                }
            }
            let id = actorID(for: m, drafts: &drafts, index: &index, byFullKey: &byFullKey, names: names, holders: holders)
            absorb(m, into: &drafts[id])
            index.update(id, in: drafts)
            index.saw(id, at: m.first)
            if linksRoleDescriptions, drafts[id].kind == .person {
                index.roleSightings.saw(id, surname: drafts[id].surname, titles: drafts[id].titles, roles: drafts[id].roles, at: m.first)
            }
            speakerOf[ci] = id
        }
        // The speakers are all seen: later role descriptions (the subjects below) come in any order.
        if linksRoleDescriptions { index.roleSightings.freeze(lastSeen: index.lastSeen) }
        // People introduced with a title or a role ("Olivia Grant, a nurse,") may be what a later
        // pronoun refers to, though they have not spoken yet.
        // Drafts of a second person who shares a known person's surname ("Mark Porter" after
        // "Jane Porter"): only their full name, never the bare surname, mentions them.
        var secondPersons = Set<Int>()
        // Per surname, the first words of its people's full names and whether one has none: read
        // once per surname, so that thousands of people sharing one stay linear.
        var ownersBySurname: [String: SurnameOwners] = [:]
        // A full name the text later calls by its surname alone, as a subject, is a person too
        // (``PersonNameIndex/isEchoedBySurnameSubject(_:)``); read once per surname, as a text may
        // repeat one name many times.
        var echoedSurnames: [String: Bool] = [:]
        // (The index is an argument, not captured: it goes before the pronouns, ``PersonNameIndex``.)
        func isEchoed(_ entry: PersonNameIndex.Entry, in names: PersonNameIndex) -> Bool {
            guard entry.name.hasSpace else { return false }
            // Most names without evidence open with a word the tagger knows (`White House`, `New
            // York`): no unlisted given name. Asking the index for them built it for every text
            // (+98 M instructions on PolNeAR train).
            guard let given = key(entry.name).firstSpaceSeparatedWord, !PartOfSpeechTagger.embedded.knows(String(given)) else { return false }
            if let known = echoedSurnames[entry.surname] { return known }
            let echoed = names.isEchoedBySurnameSubject(entry.surname)
            echoedSurnames[entry.surname] = echoed
            return echoed
        }
        for entry in names.entries where !entry.isBareSubject && (entry.hasPersonEvidence || isEchoed(entry, in: names)) {
            guard byFullKey[key(entry.name)] == nil else { continue }
            let sharing = index.ids(.person, entry.surname)
            if !sharing.isEmpty, ownersBySurname[entry.surname] == nil {
                ownersBySurname[entry.surname] = SurnameOwners(sharing.map { drafts[$0].fullKey })
            }
            guard sharing.isEmpty || isSecondPerson(entry, sharingSurnameWith: ownersBySurname[entry.surname]!) else { continue }
            let id = draft(for: entry, drafts: &drafts, index: &index, byFullKey: &byFullKey)
            if !sharing.isEmpty { secondPersons.insert(id) }
            ownersBySurname[entry.surname]?.add(drafts[id].fullKey)
        }
        // "Byron finally returned…": a person the text names by surname alone, as the subject of a
        // verb, is a person too, unless anyone (speaker or named in full) already has that surname.
        // Nor is a first name of someone named in full ("James" after "James Murdoch").
        var bareSurnames = Set<String>()
        var givenNames: Set<String>?
        for entry in names.entries where entry.isBareSubject && !bareSurnames.contains(entry.surname) {
            bareSurnames.insert(entry.surname)
            guard index.ids(.person, entry.surname).isEmpty, index.ids(.organisation, entry.surname).isEmpty,
                  !names.hasFullName(forSurname: entry.surname) else { continue }
            if givenNames == nil {
                givenNames = Set(names.entries.compactMap { e in e.name.hasSpace ? key(e.name).firstSpaceSeparatedWord.map(String.init) : nil })
            }
            guard !givenNames!.contains(entry.surname) else { continue }
            // Last, as it reads every capitalised word of the text once.
            guard !entry.bareSubjectOpensSentence || names.isCapitalisedInsideSentence(entry.surname) else { continue }
            _ = draft(for: entry, drafts: &drafts, index: &index, byFullKey: &byFullKey)
        }
        // The paragraphs' token ranges, read by the narrator's claims and the captions alike.
        let paragraphRanges = Narrator.paragraphRanges(tokens, document: document)
        // The narrator of a first-person text, who says "I" outside quotes (``Narrator``).
        let narratorClaims = Narrator.claims(in: document, tokens: tokens, names: names, paragraphs: paragraphRanges)
        // A loop, not a closure: the index, the full keys and the names, captured by none, go
        // before the pronouns are resolved.
        var narratorIDs: [Int] = []
        for claim in narratorClaims {
            var entry = claim.entry
            if !entry.name.hasSpace, let full = names.uniqueFullName(forSurname: entry.surname) { entry = full }
            narratorIDs.append(draft(for: entry, drafts: &drafts, index: &index, byFullKey: &byFullKey))
        }
        // 2. Every occurrence of a known person's surname outside quotes is a mention too.
        var surnameOwners: [String: [Int]] = [:]
        // At most one surname a draft: room for all at once (only the keys' shapes are read in
        // bulk, in no order that matters).
        surnameOwners.reserveCapacity(drafts.count)
        // For each surname and first word of a full name, the first owner with both: one lookup
        // per word even when thousands of people share a surname.
        var ownerByFirstWord: [String: [String: Int]] = [:]
        // People named together own no surname: "Cole" alone is Mark Cole, not "Anna Blocher and Mark Cole".
        // Read in place, by index: each draft taken out whole was a copy of all its lists and strings.
        for id in drafts.indices where (drafts[id].kind == .person || drafts[id].kind == .organisation) && !Self.namesPeopleTogether(drafts[id]) {
            let surname = drafts[id].surname
            surnameOwners[surname, default: []].append(id)
            if let first = drafts[id].fullKey?.firstSpaceSeparatedWord.map(String.init), ownerByFirstWord[surname]?[first] == nil {
                ownerByFirstWord[surname, default: [:]][first] = id
            }
        }
        // The surname a form is read as, looked up once per written form rather than at every
        // capitalised word: `formSlot[form]` indexes `surnames` (-1: no owner; -2: not looked up
        // yet), and forms read as one surname ("Sigal", "Sigal's") share its slot, and so the
        // owner seen last.
        // Every token's form is below the table's count: no pass over the tokens for the largest.
        let formCount = tokens.formCount
        var formSlot = [Int32](repeating: -2, count: formCount)
        var slotOfSurname: [String: Int32] = [:]
        var surnames: [(word: String, owners: [Int], lastOwner: Int?)] = []
        // Most capitalised forms are no surname of anyone: their shape says so without a hash.
        let ownedShapes = WordShapes(surnameOwners.keys)
        // Tested in place before the token is read further: most words fail.
        for ti in tokens.indices where tokens[ti].isCapitalized && tokens[ti].quote == nil && tokens[ti].kind == .word {
            let form = Int(tokens[ti].form)
            if formSlot[form] == -2 {
                var w = tokens[ti].lower
                if w.utf8.count > 2, w.utf8.last == 0x73, w.utf8.dropLast().last == 0x27 { w.removeLast(2) }  // "Sigal's"
                // A surname with a slot has owners: most forms, owning none, are looked up once.
                if !ownedShapes.rulesOut(w), let owners = surnameOwners[w] {
                    if let slot = slotOfSurname[w] {
                        formSlot[form] = slot
                    } else {
                        formSlot[form] = Int32(surnames.count)
                        slotOfSurname[w] = Int32(surnames.count)
                        surnames.append((w, owners, nil))
                    }
                } else {
                    formSlot[form] = -1
                }
            }
            let slot = Int(formSlot[form])
            guard slot >= 0 else { continue }
            let owners = surnames[slot].owners
            var id = owners[0]
            if owners.count > 1 {
                // "Bill Clinton" after "Hillary Clinton": the first name decides; a bare surname
                // goes to the owner seen last, never to a second person named but not heard.
                let previous = ti > 0 ? tokens[ti - 1].lower : ""
                id = ownerByFirstWord[surnames[slot].word]?[previous] ?? surnames[slot].lastOwner
                    ?? owners.first { !secondPersons.contains($0) } ?? owners[0]
            }
            if !secondPersons.contains(id) { surnames[slot].lastOwner = id }
            occurrences.append(ActorOccurrence(token: ti, actor: id))
            drafts[id].mentions.append(TextSpan(start: tokens[ti].start, end: tokens[ti].end))
        }
        // By index, the mention's fields read in place: each candidate taken out whole was a copy
        // of its strings and lists.
        for ci in candidates.indices {
            // Filed at its last word, as every occurrence is: the salience of a subject reads
            // the verb after it (`At a rally, the prime minister said…`), and the antecedent's
            // span is the mention ending there.
            if let id = speakerOf[ci], let last = candidates[ci].speaker?.last, let span = candidates[ci].speaker?.span,
               drafts[id].kind != .person || Self.namesPeopleTogether(drafts[id]) {
                occurrences.append(ActorOccurrence(token: last, actor: id))
                drafts[id].mentions.append(span)
            }
        }
        // The subjects of the sentences before speaker pronouns, though they did not speak: "Her
        // husband shook his head. “…,” he said." A new actor takes the mention's name and role.
        // A definite description of a role (`The judge was blunt.`) is kept apart, as a fallback
        // for a pronoun that no one else may take (``roleFallback(for:at:among:drafts:)``).
        var roleFallbacks: [ActorOccurrence] = []
        // Definite role descriptions that bring in someone new (``bringsInUnheldRole(_:holders:)``),
        // scored with the people, by the token they are filed at.
        var newRoleSubjects = Set<Int>()
        for m in subjects {
            let known = drafts.count
            let id = actorID(for: m, drafts: &drafts, index: &index, byFullKey: &byFullKey, names: names, holders: holders)
            if id >= known { absorb(m, into: &drafts[id]) }
            if m.actorKind == .description, Attributor.opensDefiniteRole(m, tokens: tokens), drafts[id].kind == .description,
               bringsInUnheldRole(m, holders: holders) {
                newRoleSubjects.insert(m.last)
                occurrences.append(ActorOccurrence(token: m.last, actor: id))
            } else if m.actorKind == .description, Attributor.opensDefiniteRole(m, tokens: tokens) {
                roleFallbacks.append(ActorOccurrence(token: m.last, actor: id))
            } else {
                occurrences.append(ActorOccurrence(token: m.last, actor: id))
            }
        }
        // The draft index, the full keys and the role holders are read no more: they go, and the
        // heap they held goes back, before the pronouns are resolved, where a large document's
        // actor stage peaks (one 65.7 MB document: the holder table, built since descriptions
        // that bring in someone new ask it, ``bringsInUnheldRole(_:holders:)``, put 8 MB on the peak).
        _ = consume holders
        _ = consume index
        _ = consume byFullKey
        // Nor is the name index, but for its entries, which the role passes after the pronouns
        // read (``giveAppositiveRoles(from:to:)``): its tables, the split names and the
        // capitalised words' positions go too. The entries are kept as they are, not filtered
        // into a copy, which put 29 MB on the peak of one 65.7 MB document.
        let nameEntries = names.entries
        _ = consume names
        MemoryRelease.afterStage(ofDocumentWith: document.scalars.count)
        roleFallbacks.sort { $0.token < $1.token }
        occurrences.sort { $0.token < $1.token }

        // 3. Pronouns, in text order so that earlier links teach gender. Every he/she outside
        // quotes is resolved and counts as a mention of its person from then on, so that a
        // chain ("Byron … he went up … he met … he wrote") keeps the person salient; only the
        // speakers' pronouns become statements' speakers and teach gender.
        let textOrder = candidates.indices.sorted { candidates[$0].span.start < candidates[$1].span.start }
        var rank = Array(repeating: 0, count: candidates.count)
        for (r, ci) in textOrder.enumerated() { rank[ci] = r }
        var speakerPronouns: [Int: [Int]] = [:]   // token → candidates (a split quote shares its "he said")
        for ci in order {
            if let m = candidates[ci].speaker, m.kind == .pronoun { speakerPronouns[m.first, default: []].append(ci) }
        }
        // Names in captions and headings are no antecedents (``CaptionParagraphs``).
        let captions = CaptionParagraphs.indices(in: tokens, document: document, paragraphs: paragraphRanges)
        occurrences.removeAll { captions.contains(paragraphOf($0.token)) }
        // Full names no longer change: each first name's gender is read once, not per pronoun.
        let nameGenders = drafts.indices.map { drafts[$0].nameGender }
        // Nor do the full keys: whether each names people together is read once, not per mention.
        let together = drafts.indices.map { drafts[$0].fullKey.map(Self.joinsTwoNames) == true }
        // The subject tests of the mentions, which every later pronoun reads again.
        let roles = MentionRoleMemo(tokens: tokens)
        var pronounTokens = PronounSalience.chainPronounTokens(in: tokens, formCount: formCount)
        pronounTokens.append(contentsOf: speakerPronouns.keys)
        pronounTokens.sortDistinct()
        // The occurrences before the pronoun being resolved, in text order: the names' are
        // moved in as the pronouns pass them and each resolved pronoun is appended, so the list
        // stays sorted without an insertion in the middle (which made a text of many pronouns
        // quadratic).
        let named = occurrences
        occurrences = []
        occurrences.reserveCapacity(named.count + pronounTokens.count)
        var nextNamed = 0
        // How often each actor is mentioned before the pronoun being resolved (names and resolved
        // pronouns alike), kept as the occurrences are moved in: breaks ties of salience.
        var mentionsSoFar = [Int](repeating: 0, count: drafts.count)
        for ti in pronounTokens {
            while nextNamed < named.count, named[nextNamed].token <= ti {
                occurrences.append(named[nextNamed])
                mentionsSoFar[named[nextNamed].actor] += 1
                nextNamed += 1
            }
            if let speaking = speakerPronouns[ti] {
                var resolved: Int?
                for ci in speaking {
                    guard let m = candidates[ci].speaker else { continue }
                    // "I said" outside quotes: the narrator, who is no antecedent for a later "he";
                    // "you said" in an interview: its guest.
                    let firstPerson = Lexicon.firstPersonSingular.contains(m.head)
                    if firstPerson || m.head == "you", tokens[m.first].quote == nil {
                        if let c = narratorClaims.lastIndex(where: { $0.from <= m.first && (firstPerson || $0.isGuest) }) {
                            speakerOf[ci] = narratorIDs[c]
                            antecedentOf[ci] = narratorClaims[c].entry.token
                        }
                        continue
                    }
                    let previous = previousSpeaker(before: rank[ci], textOrder: textOrder, candidates: candidates, speakerOf: speakerOf,
                                                   floor: paragraphOf(m.first) - PronounSalience.speakerParagraphs)
                    // "Okoro was wrong, she said": a name inside the statements this pronoun
                    // speaks is what she says, not who she is; it is taken only when no one else agrees.
                    let spoken = speaking.map { candidates[$0].span }
                    guard let id = resolvePronoun(m.head, at: m.first, occurrences: occurrences, drafts: drafts, nameGenders: nameGenders, together: together, roles: roles,
                                                  mentionsSoFar: mentionsSoFar, previousSpeaker: previous, roleFallbacks: roleFallbacks,
                                                  newRoleSubjects: newRoleSubjects, outside: spoken)
                        ?? resolvePronoun(m.head, at: m.first, occurrences: occurrences, drafts: drafts, nameGenders: nameGenders, together: together, roles: roles,
                                          mentionsSoFar: mentionsSoFar, previousSpeaker: previous, roleFallbacks: roleFallbacks,
                                          newRoleSubjects: newRoleSubjects) else { continue }
                    speakerOf[ci] = id
                    antecedentOf[ci] = latestOccurrence(of: id, before: m.first, in: occurrences)
                    resolved = id
                    drafts[id].mentions.append(m.span)
                    if drafts[id].linkGender == nil, drafts[id].kind == .person {
                        drafts[id].linkGender = Gender(pronoun: m.head)
                    }
                }
                if let id = resolved {
                    occurrences.append(ActorOccurrence(token: ti, actor: id))
                    mentionsSoFar[id] += 1
                }
            } else if let id = resolvePronoun(tokens[ti].lower, at: ti, occurrences: occurrences, drafts: drafts, nameGenders: nameGenders, together: together, roles: roles,
                                              mentionsSoFar: mentionsSoFar, previousSpeaker: nil, roleFallbacks: roleFallbacks,
                                              newRoleSubjects: newRoleSubjects) {
                occurrences.append(ActorOccurrence(token: ti, actor: id))
                mentionsSoFar[id] += 1
            }
        }
        occurrences.append(contentsOf: named[nextNamed...])
        // 4. Continuations take the speaker of the statement they continue.
        for ci in candidates.indices {
            var k = ci
            var hops = 0
            while speakerOf[ci] == nil, let next = candidates[k].continues, hops < 50 {
                speakerOf[ci] = speakerOf[next]
                k = next
                hops += 1
            }
        }
        giveAppositiveRoles(from: nameEntries, to: &drafts)
        giveIntroducedTitles(from: nameEntries, to: &drafts, finderNames: finderNames)
        let cueSpans = candidates.map { c in c.cue.map { TextSpan(start: tokens[$0.lowerBound].start, end: tokens[$0.upperBound].end) } }
        return Resolution(speakerOf: speakerOf, antecedentOf: antecedentOf.mapValues(mentionSpan(endingAt:)), cueSpans: cueSpans, drafts: drafts)
    }

    /// The prefix of the full key an organisation's (or another non-person's) name is filed by.
    static let organisationKeyPrefix = "org:"

    private func actorID(for m: SpeakerMention, drafts: inout [ActorDraft], index: inout DraftIndex,
                         byFullKey: inout [String: Int], names: PersonNameIndex, holders: RoleHolderTable) -> Int {
        func append(_ d: ActorDraft) -> Int {
            drafts.append(d)
            index.update(drafts.count - 1, d)
            return drafts.count - 1
        }
        let bare = key(m.bareName(in: document))
        let surname = m.head
        // "Mr. King and Mr. Schultz": people named together are an actor of their own, not the last one.
        // Only an `and` in the bare name: "Health and Human Services Secretary Alex Azar" is one person.
        if m.kind == .name, m.last > m.first,
           (m.first...m.last).contains(where: { tokens[$0].start >= m.bareSpan.start && ["and", "&"].contains(tokens[$0].lower) }) {
            let groupKey = Self.peopleTogetherKeyPrefix + bare
            if let id = byFullKey[groupKey] { return id }
            let id = append(ActorDraft(kind: m.actorKind, surname: surname, fullKey: groupKey))
            byFullKey[groupKey] = id
            return id
        }
        // "Teck, the Canadian mining company, said… Teck said": a name the article made an
        // organisation's stays that organisation where it comes back with nothing to show a
        // person (no title, no known first name), not a person of its own.
        if m.kind == .name && m.actorKind == .person, m.title == nil, let id = byFullKey[Self.organisationKeyPrefix + bare],
           !FirstNameGender.isFirstName(bare.firstSpaceSeparatedWord.map(String.init) ?? bare) {
            return id
        }
        // "Quillon Systems said… Quillon said": a lone word that opens a firm's name named before,
        // with no title and no person of that surname, is the firm's short name
        // (``shortName(ofOrganisationKey:)``).
        if m.kind == .name && m.actorKind == .person, m.title == nil, m.first == m.last,
           let id = byFullKey[Self.organisationShortNameKeyPrefix + bare],
           index.people(surname, NameForm(bare).surname).isEmpty {
            return id
        }
        if m.kind == .name && m.actorKind == .person {
            let form = NameForm(bare)
            // People with this surname, or whose name form has this one (read from the index,
            // re-checked here).
            func sharesSurname(_ id: Int) -> Bool {
                drafts[id].kind == .person && !Self.namesPeopleTogether(drafts[id])
                    && (drafts[id].surname == surname || drafts[id].nameForm?.surname == form.surname)
            }
            if let given = form.given.first {
                if let id = byFullKey[bare] { return id }
                // "Bob Whitfield" and "Robert “Bob” Whitfield", in either order (``nicknameForm(of:)``).
                let nicknameKey = Self.nicknameForm(of: m.bareName(in: document)).map(key)
                if let nicknameKey, let id = byFullKey[nicknameKey] {
                    byFullKey[bare] = id
                    return id
                }
                func remember(_ id: Int) -> Int {
                    byFullKey[bare] = id
                    if let nicknameKey { byFullKey[nicknameKey] = id }
                    return id
                }
                // A surname-only actor seen before the full name becomes this person.
                var sameSurname: [Int] = []
                for id in index.people(surname, form.surname) where sharesSurname(id) {
                    sameSurname.append(id)
                    if sameSurname.count > 1 { break }
                }
                if sameSurname.count == 1, drafts[sameSurname[0]].fullKey == nil {
                    drafts[sameSurname[0]].fullKey = bare
                    index.update(sameSurname[0], in: drafts)
                    return remember(sameSurname[0])
                }
                // "Leon Sigal" after "Leon V. Sigal": agreeing first names and initials.
                func agrees(_ id: Int) -> Bool {
                    guard sharesSurname(id), let other = drafts[id].nameForm, !other.given.isEmpty else { return false }
                    return other.canBeSamePerson(as: form)
                }
                // The latest agreeing person, from the index at once; only when the one it holds
                // no longer agrees (its name changed), by a scan of every candidate.
                if let latest = index.latestAgreeing(with: form) {
                    let best = agrees(latest) ? latest
                        : index.agreeing(given, surname, form.surname).filter(agrees)
                            .max(by: { (index.lastSeen[$0] ?? -1) < (index.lastSeen[$1] ?? -1) })
                    if let best { return remember(best) }
                }
                return remember(append(ActorDraft(kind: .person, surname: surname, fullKey: bare)))
            }
            // "Mrs. Clinton" after Hillary and Bill Clinton: the title's gender picks between them;
            // among people it fits, the one seen last.
            if let g = m.title.flatMap(Gender.init(title:)) {
                let sameSurname = index.people(surname, form.surname).filter(sharesSurname)
                let fitting = sameSurname.filter { drafts[$0].gender == nil || drafts[$0].gender == g }
                let exact = fitting.filter { drafts[$0].gender == g }
                let pool = exact.isEmpty ? fitting : exact
                if let best = pool.max(by: { (index.lastSeen[$0] ?? -1) < (index.lastSeen[$1] ?? -1) }) { return best }
            } else if let best = index.latest(surname, form.surname, where: sharesSurname) {
                return best
            }
            // "Rosa says…" after "Rosa Delgado" (her daughter Lucia Delgado named too): a lone
            // first name that no surname owns, with no title, is the one person named in full
            // with it (``DraftIndex/onlyPerson(withGivenName:)``).
            if m.title == nil, m.first == m.last, FirstNameGender.isFirstName(bare),
               let id = index.onlyPerson(withGivenName: bare), drafts[id].kind == .person {
                return id
            }
            return append(ActorDraft(kind: .person, surname: surname, fullKey: nil))
        }
        if m.kind == .name {
            if let id = byFullKey[Self.organisationKeyPrefix + bare] { return id }
            // "the Department" after "the State Department": same head, same organisation.
            let id = append(ActorDraft(kind: m.actorKind, surname: surname, fullKey: Self.organisationKeyPrefix + bare))
            byFullKey[Self.organisationKeyPrefix + bare] = id
            if m.actorKind == .organisation, let short = Self.shortName(ofOrganisationKey: bare) {
                byFullKey[Self.organisationShortNameKeyPrefix + short] = id
            }
            return id
        }
        // Descriptions: the same words, or a definite description with an earlier head.
        let descKey = "desc:" + stripDeterminer(key(m.bareName(in: document)))
        let firstWord = key(m.text(in: document)).firstSpaceSeparatedWord.map(String.init) ?? ""
        if linksRoleDescriptions, firstWord == "the", m.actorKind == .description,
           let id = roleHolder(m, drafts: &drafts, index: &index, byFullKey: &byFullKey, names: names, holders: holders) {
            return id
        }
        if let id = byFullKey[descKey] { return id }
        // "The Trump campaign" is not "the Clinton campaign", nor "the mayor of Springfield" the
        // mayor of Shelbyville: a description naming its owner is found above by its words, or
        // takes up a longer one that begins with them.
        let figures = Self.figures(ofKey: descKey)
        let classifier = DescriptionClassifier.classifier(of: m, tokens: tokens)
        if firstWord == "the" || firstWord == "that" || firstWord == "this" {
            // `the prime minister` does not take up `the finance minister` said last, but the
            // finance minister named again takes up the one before.
            if let id = index.latestDescription(m.actorKind, head: m.head, figures: figures),
               !namesItsOwner(m) || drafts[id].fullKey.map({ Self.shortens(descKey, $0) }) == true,
               DescriptionClassifier.mayTakeUp(later: classifier, earlier: index.classifier(ofDescription: id), earlierKey: drafts[id].fullKey ?? "") {
                return id
            }
            if let classifier, !namesItsOwner(m),
               let id = index.latestDescription(m.actorKind, head: m.head, classifier: classifier) {
                return id
            }
        }
        let id = append(ActorDraft(kind: m.actorKind, surname: m.head, fullKey: descKey))
        byFullKey[descKey] = id
        index.fileDescription(id, kind: m.actorKind, head: m.head, figures: figures, classifier: classifier)
        return id
    }

    /// Whether a surname's title (`Mr.`, `Sen.`, none) suits a full name: a gendered title needs a
    /// first name that is not clearly of the other gender (`Mr. Reyes` is not `Ana Reyes`).
    private func titleFits(_ title: String?, fullName: String) -> Bool {
        guard let title else { return true }
        // A title of office or courtesy only ("Sen.", "Mr."), not a group ("Strategists for").
        let words = title.lowercased().spaceSeparatedWords.map(String.init)
        guard !words.isEmpty, words.allSatisfy(Lexicon.titles.contains) else { return false }
        guard let wanted = Gender(title: title) else { return true }
        guard let given = fullName.firstSpaceSeparatedWord.map(String.init) else { return true }
        return FirstNameGender.gender(of: given).map { $0 == wanted } ?? true
    }

    private func absorb(_ m: SpeakerMention, into d: inout ActorDraft) {
        // Distinct forms only: a long article mentions its main speaker thousands of times.
        let bareName = m.bareName(in: document)
        // "the mayor" tied to Bill de Blasio is one of his mentions, not one of his names.
        let describesPerson = m.kind == .description && d.kind == .person
        if !describesPerson { d.nameList.insert(bareName) }
        d.mentionTextList.insert(m.text(in: document))
        if let t = m.title, !t.isEmpty { d.titles.append(t) }
        if let r = m.role.flatMap(RoleText.cleaned) { d.roleList.insert(r) }
        if m.kind != .name || d.kind != .person { d.mentions.append(m.span) }
        if d.titleGender == nil, let t = m.title { d.titleGender = Gender(title: t) }
    }

    /// The actor who spoke the statement just before the one at `rank` in text order, with the
    /// paragraph of that statement; nil when that statement opens before paragraph `floor`
    /// (a pronoun gives a previous speaker no bonus from further back) or lies more than
    /// ``maxPreviousStatementLookback`` statements back.
    private func previousSpeaker(before rank: Int, textOrder: [Int], candidates: [Candidate], speakerOf: [Int?],
                                 floor: Int) -> PreviousSpeaker? {
        var r = rank - 1
        while r >= 0, rank - r <= Self.maxPreviousStatementLookback {
            var ci = textOrder[r]
            // Text order is span order: every statement further back opens before the floor too.
            if document.paragraphIndex(at: candidates[ci].span.start) < floor { return nil }
            r -= 1
            var hops = 0
            while speakerOf[ci] == nil, let next = candidates[ci].continues, hops < 50 {
                ci = next
                hops += 1
            }
            if let id = speakerOf[ci] {
                let statement = candidates[textOrder[r + 1]]
                // The statement's last sentence: its span's, or its cue's or speaker's after it
                // (`“…,” Brooks said.`).
                var sentence = document.sentenceIndex(at: max(statement.span.start, statement.span.end - 1))
                if let cue = statement.cue { sentence = max(sentence, tokens[cue.upperBound].sentence) }
                if let m = statement.speaker { sentence = max(sentence, tokens[m.last].sentence) }
                return PreviousSpeaker(actor: id, paragraph: document.paragraphIndex(at: statement.span.start), sentence: sentence)
            }
        }
        return nil
    }

    /// Adds an occurrence in token order.
    /// Whether the draft is people named together (`Mr. King and Mr. Schultz`), one actor that
    /// "they" may take and "he" or "she" never does.
    @inline(__always) static func namesPeopleTogether(_ d: ActorDraft) -> Bool {
        d.kind == .person && d.fullKey.map { $0.hasPrefix(peopleTogetherKeyPrefix) } == true
    }

    /// The prefix of the full key of people named together.
    static let peopleTogetherKeyPrefix = "group:"

    /// Whether a lower-cased full name joins two names (`tom aldridge and sarah aldridge`): holds
    /// " and " or " & ". One pass over the bytes that looks further only at a space: pronoun
    /// resolution asks it at earlier mentions, and two whole searches cost about 0.6% of the
    /// engine on real news.
    static func joinsTwoNames(_ key: String) -> Bool {
        var key = key
        return key.withUTF8 { b in
            let n = b.count
            var i = 0
            while i + 2 < n {
                if b[i] == 0x20 {
                    if b[i + 1] == 0x26 && b[i + 2] == 0x20 { return true }  // " & "
                    if i + 4 < n && b[i + 1] == 0x61 && b[i + 2] == 0x6E && b[i + 3] == 0x64 && b[i + 4] == 0x20 { return true }  // " and "
                }
                i += 1
            }
            return false
        }
    }

    /// Whether a person's draft is only a word or words the article never shows to be a person's
    /// (`Boeing`, `Harlow Motors`): no first name of either gender, no title, no he/she linked.
    /// How many sentences back such a name may stand (`Boeing said… It added…`).
    static let unpersonedNameSentences = 1

    @inline(__always) static func isUnpersonedName(_ d: ActorDraft, nameGender: Gender?) -> Bool {
        d.statedGender == nil && nameGender == nil && d.titles.isEmpty && d.nameForm?.given.isEmpty != false
    }

    /// The actor the pronoun `p` at token `at` refers to, among the occurrences before it.
    /// Heads of descriptions that name a document or a thing, never a person a pronoun stands for.
    static let inanimateHeads: Set<String> = MentionFinder.documentNouns.union([
        "page", "website", "site", "ad", "video", "book", "document", "platform", "plan", "bill", "law", "proposal", "sign", "email",
        "message", "note", "speech", "transcript", "script", "text", "remarks", "comments",
    ])

    private func resolvePronoun(_ p: String, at first: Int, occurrences: [ActorOccurrence], drafts: [ActorDraft], nameGenders: [Gender?],
                                together: [Bool], roles: MentionRoleMemo,
                                mentionsSoFar: [Int], previousSpeaker: PreviousSpeaker?, roleFallbacks: [ActorOccurrence],
                                newRoleSubjects: Set<Int>, outside spoken: [TextSpan] = []) -> Int? {
        let paragraph = paragraphOf(first)
        let sentence = tokens[first].sentence
        let wanted = Gender(pronoun: p)
        let personal = wanted != nil
        guard personal || p == "they" || p == "it" else { return nil }
        let window = personal ? PronounSalience.personParagraphs : PronounSalience.groupParagraphs
        // Just after the last occurrence before the pronoun.
        let lo = occurrences.partitioningIndex { $0.token >= first }
        var bestScored: (id: Int, score: Double, token: Int)?
        // Whether a person named nearer the pronoun, in an earlier sentence, is a clause's subject.
        var personSubjectSince = false
        // Whether a person of the pronoun's gender (or named in full with a first name the gender
        // table lacks, `Ange Postecoglou`; not a shared one, `Sandy`), other than the previous speaker, is named as
        // the main clause's subject of a sentence after the previous statement's: `“We will rebuild,” Brooks said. Greg Hunt disagreed. “It will
        // take a decade,” he said.` The narrative has turned to Hunt, and Brooks's having spoken
        // last earns him nothing (his subject and paragraph bonuses stay).
        var newSubjectSince = false
        // The previous speaker's best score without its bonus, kept apart until the window is
        // read, as a new subject nearer the pronoun cancels the bonus.
        var previous: (id: Int, score: Double, token: Int)?
        // The highest score wins; a tie goes to the nearer mention.
        func winner(_ b: (id: Int, score: Double, token: Int)?) -> Int? {
            guard let p = previous else { return b?.id }
            let score = p.score + (newSubjectSince ? 0 : PronounSalience.previousSpeaker)
            guard let b else { return p.id }
            return score > b.score || score == b.score && p.token > b.token ? p.id : b.id
        }
        var k = lo - 1
        while k >= 0, lo - k <= maxPronounLookback {
            let ti = occurrences[k].token, id = occurrences[k].actor
            k -= 1
            if paragraph - paragraphOf(ti) > window || sentence - tokens[ti].sentence > PronounSalience.farthestSentences { break }
            if !spoken.isEmpty, isInside(ti, spoken) { continue }
            // Read in place: a copy of the draft (its arrays and strings retained and released)
            // at every occurrence looked at was 0.5% of the engine on real news.
            let kind = drafts[id].kind, statedGender = drafts[id].statedGender
            if personal {
                guard kind == .person || kind == .description else { continue }
                if let g = statedGender, g != wanted { continue }
                // "his mother" is a woman whom "he" never takes (a filter only: the noun earns no
                // agreement bonus over a named person).
                if kind == .description, let g = GenderedNouns.gender(of: drafts[id].surname), g != wanted { continue }
                // "The health care page says… she vows": a document or a thing is nobody "he" or "she" names.
                if kind == .description, Self.inanimateHeads.contains(drafts[id].surname) { continue }
            } else if p == "they" {
                // "Tom and Sarah Aldridge … they said": people named together are a "they".
                guard kind == .group || kind == .organisation || Self.namesPeopleTogether(drafts[id]) else { continue }
            } else {
                // "Boeing said… It added…": a name that no first name, title or pronoun ever made a
                // person's, the subject of the sentence before, is taken for what "it" says it is.
                // The name itself or an `it` taken before (`Boeing said… It added… It said…`), not
                // a pronoun of a person linked to it (`Her statement was brief. It said…`).
                guard kind == .organisation || kind == .person && sentence - tokens[ti].sentence <= Self.unpersonedNameSentences
                        && (tokens[ti].tag != .pron && tokens[ti].isCapitalized || tokens[ti].lower == "it") && Self.isUnpersonedName(drafts[id], nameGender: nameGenders[id])
                        && roles.isSubject(ti)
                else { continue }
            }
            let distance = sentence - tokens[ti].sentence
            // A person whose first name suggests the other gender is never taken: the statement
            // keeps no speaker rather than a wrong one (`Mary Olsen said… “…,” he said`).
            let gender = statedGender ?? nameGenders[id]
            if personal, let g = gender, g != wanted { continue }
            // "Tom and Sarah Aldridge": two people named together are no "he" or "she" (each
            // draft's key searched once, before the pronouns).
            if personal, together[id] { continue }
            // Beyond the scored window the nearest agreeing mention wins, as it always did.
            if distance > PronounSalience.sentenceWindow {
                if bestScored != nil || previous != nil { return winner(bestScored) }
                return id
            }
            var score = PronounSalience.recencyWeight(sentences: distance)
            // A role description bringing in someone new (``bringsInUnheldRole(_:holders:)``) was
            // read as its sentence's subject, even set off by an apposition.
            let newRole = personal && kind == .description && distance >= 1 && newRoleSubjects.contains(ti)
            let subject = newRole || roles.isSubject(ti)
            if subject {
                // In an earlier sentence, a subordinate clause's subject ranks below the main
                // clause's; in the pronoun's own ("After Grayson decided…, he told…") it does not.
                score += distance >= 1 && roles.opensSubordinateClause(ti)
                    ? PronounSalience.subordinateSubject : PronounSalience.subject
                // "Ban condemned what he called…": the subject of the pronoun's own sentence, outside
                // quotes, before it (Hobbs: the clause that holds the pronoun is searched first).
                if distance == 0, tokens[ti].quote == nil { score += PronounSalience.ownSentenceSubject }
                // A full name whose first name shows no gender ("Narendra Kumar") may be the one
                // the paragraph brought in as much as a name that shows the pronoun's.
                if distance >= 1, tokens[ti].quote == nil, kind == .person, paragraphOf(ti) == paragraph, personal,
                   gender == wanted || gender == nil && drafts[id].nameForm?.given.isEmpty == false {
                    score += PronounSalience.paragraphMention
                }
            }
            // "Castellar's next project is a song cycle.": the possessor of a thing's noun that is
            // the main clause's subject is what the sentence is about, as a subject is
            // (``PronounSalience/ownsSubject(_:tokens:)``).
            let possessor = !subject && personal && kind == .person && tokens[ti].quote == nil && roles.ownsSubject(ti)
            if possessor {
                score += PronounSalience.subjectPossessor
                if distance >= 1, paragraphOf(ti) == paragraph,
                   gender == wanted || gender == nil && drafts[id].nameForm?.given.isEmpty == false {
                    score += PronounSalience.paragraphMention
                }
            }
            // "Dunmore's critique of a policy that he said…": the possessor owning the noun the
            // pronoun's relative clause modifies.
            if distance == 0, !subject, PronounSalience.ownsRelativeHead(ti, pronoun: first, tokens: tokens) {
                score += PronounSalience.relativeHeadOwner
            }
            if personal, gender != nil { score += PronounSalience.knownGender }
            // "Kell said… The agriculture minister hit back. “…,” she said.": the narrative turned
            // to the new role's holder after the previous statement.
            if newRole, previousSpeaker.map({ tokens[ti].sentence > $0.sentence }) ?? true {
                score += PronounSalience.newRoleSubject
                newSubjectSince = true
            }
            if personal, distance >= 1, distance <= PronounSalience.questionSentences, kind == .person, !personSubjectSince,
               PronounSalience.isQuestionAddressee(ti, tokens: tokens) {
                score += PronounSalience.questionAddressee
            }
            if kind == .person, subject, distance >= 1, tokens[ti].quote == nil, tokens[ti].tag == .propn { personSubjectSince = true }
            if let prev = previousSpeaker, prev.actor == id, paragraph - prev.paragraph <= PronounSalience.speakerParagraphs {
                // Ties go to the nearer mention, as among the others.
                if previous == nil || score > previous!.score { previous = (id, score, ti) }
                continue
            }
            if let prev = previousSpeaker, personal, subject || possessor, kind == .person, tokens[ti].quote == nil, tokens[ti].tag == .propn,
               tokens[ti].sentence > prev.sentence, distance >= 1,
               PronounSalience.mayTurnToNewSubject(gender: gender, given: drafts[id].nameForm?.given, wanted: wanted),
               PronounSalience.opensMainClause(ti, tokens: tokens) {
                newSubjectSince = true
            }
            if let best = bestScored,
               !PronounSalience.outranks(score: score, mentions: mentionsSoFar[id], best: best.score, bestMentions: mentionsSoFar[best.id],
                                         eitherSubject: subject || roles.isSubject(best.token)) { continue }
            bestScored = (id, score, ti)
        }
        if let id = winner(bestScored) { return id }
        return wanted.flatMap { roleFallback(for: $0, at: first, among: roleFallbacks, drafts: drafts) }
    }

    /// Whether token `ti` lies inside one of the statements' `spans` (a pronoun's own statements,
    /// at most a few: read in turn).
    private func isInside(_ ti: Int, _ spans: [TextSpan]) -> Bool {
        let t = tokens[ti]
        return spans.contains { t.start >= $0.start && t.end <= $0.end }
    }

    /// The actor who spoke the statement before a pronoun, with the paragraph of that statement
    /// and its last sentence (its cue's or speaker's, when they follow the quote).
    struct PreviousSpeaker {
        var actor: Int
        var paragraph: Int
        var sentence: Int
    }

    /// The token of the latest mention of actor `id` before token `first` (within the pronoun
    /// look-back), the antecedent a pronoun was resolved to.
    private func latestOccurrence(of id: Int, before first: Int, in occurrences: [ActorOccurrence]) -> Int? {
        let lo = occurrences.partitioningIndex { $0.token >= first }
        var k = lo - 1
        while k >= 0, lo - k <= maxPronounLookback {
            if occurrences[k].actor == id { return occurrences[k].token }
            k -= 1
        }
        return nil
    }

    /// The link that tied candidate `ci` to its actor.
    private func link(of ci: Int, _ c: Candidate, antecedentOf: [Int: TextSpan]) -> SpeakerLink {
        guard let m = c.speaker else { return c.continues.map { .continuation(of: $0) } ?? .name }
        switch m.kind {
        case .pronoun:
            return .pronoun(antecedent: antecedentOf[ci])
        case .description: return .description
        case .name: return .name
        }
    }

    /// The span of the name ending at token `t` ("Leon V. Sigal", not only "Sigal"); a coordinator
    /// opening the sentence is no part of it (`But residents`, ``PronounSalience/openingCoordinators``).
    private func mentionSpan(endingAt t: Int) -> TextSpan {
        var first = t
        while first > 0, t - first < 4, tokens[first - 1].isCapitalized, tokens[first - 1].isWord,
              !PronounSalience.openingCoordinators.contains(tokens[first - 1].lower),
              tokens[first - 1].sentence == tokens[t].sentence, tokens[first - 1].quote == nil {
            first -= 1
        }
        return TextSpan(start: tokens[first].start, end: tokens[t].end)
    }

    /// The statements of `candidates` and the actors that speak them, as `resolution` decided;
    /// reads no token. The candidates go once their statements are made, before the actors are.
    func finish(_ candidates: consuming [Candidate], _ resolution: consuming Resolution) -> (statements: [Statement], actors: [Actor]) {
        let speakerOf = resolution.speakerOf, antecedentOf = resolution.antecedentOf
        let cueSpans = resolution.cueSpans, drafts = resolution.drafts
        _ = consume resolution
        // Actors that speak, in order of their first statement.
        var newID: [Int: Int] = [:]
        var actorOrder: [Int] = []
        for ci in candidates.indices {
            if let d = speakerOf[ci], newID[d] == nil {
                newID[d] = actorOrder.count
                actorOrder.append(d)
            }
        }
        var statements: [Statement] = []
        statements.reserveCapacity(candidates.count)
        var statementIDs: [[Int]] = Array(repeating: [], count: actorOrder.count)
        for (ci, c) in candidates.enumerated() {
            let id = statements.count
            let actor = speakerOf[ci].flatMap { newID[$0] }
            if let a = actor { statementIDs[a].append(id) }
            var cueText: String?
            var cueSpan: TextSpan?
            if let span = cueSpans[ci] {
                cueSpan = span
                cueText = document.text(in: span)
            }
            var confidence = c.confidence
            if c.speaker?.kind == .pronoun { confidence *= actor == nil ? 0.3 : 0.9 }
            statements.append(Statement(
                id: id, span: c.span, text: document.text(in: c.span), kind: c.kind, cue: cueText, cueSpan: cueSpan,
                actorID: actor, speakerMention: c.speaker?.span,
                link: actor == nil ? nil : link(of: ci, c, antecedentOf: antecedentOf),
                paragraph: document.paragraphIndex(at: c.span.start),
                rule: actor == nil && c.rule == .continuation ? .unattributed : c.rule,
                confidence: actor == nil ? min(confidence, 0.3) : confidence))
        }
        _ = consume candidates
        let actors = actorOrder.enumerated().map { (newIndex, d) -> Actor in
            let draft = drafts[d]
            let name = canonicalName(draft)
            var aliases = DistinctStrings()
            for n in draft.names + draft.mentionTexts where n != name && !n.isEmpty { aliases.insert(n) }
            var roles = draft.roleList
            if draft.kind == .person, name.spaceSeparatedWordCount >= 2 {
                // "Mr. Van" (of Chandler Van Voorhis) is a courtesy title and a name's particle, no role.
                for t in draft.titles where !name.hasPrefix(t) && !RoleWords.honorifics.contains(t.lowercased()) && !RoleText.opensNoNounPhrase(t) {
                    roles.insert(t)
                }
            }
            return Actor(id: newIndex, name: name, aliases: aliases.items, roles: roles.items, kind: draft.kind,
                         mentions: draft.mentions.sortedDistinct(), statementIDs: statementIDs[newIndex])
        }
        return (statements, actors)
    }

    private func canonicalName(_ d: ActorDraft) -> String {
        // A name a mention caught with a word of the sentence before it ("with Priebus", "of
        // Arizona") is never the display name while a clean one exists; alone, it loses that word.
        // A group or a description may open with a lower-case modifier ("human rights groups").
        let opens = d.kind == .group || d.kind == .description ? Self.opensLikeADescription : Self.opensLikeAName
        let clean = d.names.filter(opens)
        let candidates = clean.isEmpty ? d.names.map(Self.droppingLeadingLowerCaseWords) : clean
        let best = candidates.max { a, b in
            let wa = a.spaceSeparatedWordCount
            let wb = b.spaceSeparatedWordCount
            return wa != wb ? wa < wb : a.count < b.count
        } ?? "unknown"
        if d.kind == .person, best.spaceSeparatedWordCount == 1, let title = d.titles.last,
           let word = title.spaceSeparatedWords.last, Self.opensLikeAName(String(word)) {
            return "\(word) \(best)"
        }
        return best
    }

    /// Whether `name` opens as a name or a description does: a capital, a determiner, a number or
    /// a name particle ("de Blasio"), not a preposition or verb of the sentence around it.
    static func opensLikeAName(_ name: String) -> Bool {
        guard let first = name.firstSpaceSeparatedWord, let c = first.unicodeScalars.first else { return false }
        if c.properties.isUppercase || c.properties.numericType != nil { return true }
        let word = String(first).lowercased()
        return Lexicon.determiners.contains(word) || Chunker.nameParticles.contains(word)
            || MentionFinder.bareHeads.contains(word)
    }

    /// Whether `name` opens as a description can: like a name, or with a lower-case modifier that
    /// is no function word and no verb form ("federal prosecutors", not "with" or "exhorted").
    static func opensLikeADescription(_ name: String) -> Bool {
        if opensLikeAName(name) { return true }
        guard let first = name.firstSpaceSeparatedWord, name.hasSpace else { return false }
        let word = String(first).lowercased()
        return !Lexicon.stopWords.contains(word) && !Lexicon.prepositions.contains(word)
            && !word.endsWith("ed") && !word.endsWith("ing") && !word.endsWith("ly")
    }

    /// `name` without the lower-case words before its first word that opens like a name.
    static func droppingLeadingLowerCaseWords(_ name: String) -> String {
        var words = name.spaceSeparatedWords
        while words.count > 1, !opensLikeAName(String(words[0])) { words.removeFirst() }
        return words.joined(separator: " ")
    }

    /// Whether the full name `entry` ("Mark Porter") is another person than the people `owners`
    /// who share its surname ("Jane Porter"): it opens with a known first name, every owner has a
    /// full name and none starts with that first name. A bare surname, a surname with its particle
    /// ("De Blasio", "Le Pen") or a full name that may be a known one's variant is not.
    func isSecondPerson(_ entry: PersonNameIndex.Entry, sharingSurnameWith owners: SurnameOwners) -> Bool {
        let full = key(entry.name)
        guard full.hasSpace, let first = full.firstSpaceSeparatedWord.map(String.init), !NameForm.surnameParticles.contains(first),
              FirstNameGender.isFirstName(first) else { return false }
        return !owners.hasOneWithoutFullName && !owners.firstWords.contains(first)
    }

    /// The people who share a surname, as ``isSecondPerson(_:sharingSurnameWith:)`` reads them.
    struct SurnameOwners {
        /// First words of their full names ("jane" for "jane porter").
        var firstWords: Set<String> = []
        /// Whether one is known by the surname alone (or by a one-word key).
        var hasOneWithoutFullName = false

        init(_ fullKeys: [String?]) { for k in fullKeys { add(k) } }

        mutating func add(_ fullKey: String?) {
            guard let k = fullKey, k.hasSpace, let first = k.firstSpaceSeparatedWord else {
                hasOneWithoutFullName = true
                return
            }
            firstWords.insert(String(first))
        }
    }

    /// The key of a name or phrase `s`: lower-cased, curly apostrophes made straight, a
    /// possessive 's dropped.
    func key(_ s: String) -> String { Self.plainKey(s) ?? Self.unicodeKey(s) }

    /// ``key(_:)`` of a text of ASCII and curly apostrophes (nearly every name in news), read
    /// byte by byte into the key's bytes; nil for any other text. `lowercased()` and the scalar
    /// map took some 500 and 19,000 instructions a key.
    static func plainKey(_ s: String) -> String? {
        var s = s
        return s.withUTF8 { bytes -> String? in
            let curly: (UInt8, UInt8, UInt8) = (0xE2, 0x80, 0x99)  // U+2019 in UTF-8
            var n = 0
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                if b < 0x80 {
                    i += 1
                } else if b == curly.0, i + 2 < bytes.count, bytes[i + 1] == curly.1, bytes[i + 2] == curly.2 {
                    i += 3
                } else {
                    return nil
                }
                n += 1
            }
            guard n > 0 else { return "" }
            // Written in place (on the stack and copied in as known ASCII, it cost more).
            return String(unsafeUninitializedCapacity: n) { out in
                var i = 0, k = 0
                while i < bytes.count {
                    let b = bytes[i]
                    if b < 0x80 {
                        out[k] = b &- 0x41 < 26 ? b | 0x20 : b
                        i += 1
                    } else {
                        out[k] = UInt8(ascii: "'")
                        i += 3
                    }
                    k += 1
                }
                // A possessive's 's, a Character of its own after any ASCII scalar.
                return k >= 2 && out[k - 2] == UInt8(ascii: "'") && out[k - 1] == UInt8(ascii: "s") ? k - 2 : k
            }
        }
    }

    /// ``key(_:)`` of any text, by Characters.
    static func unicodeKey(_ s: String) -> String {
        var k = s.lowercased()
        if k.containsByte(0xE2) {  // a curly apostrophe (U+2019) starts with this byte
            k = String(String.UnicodeScalarView(k.unicodeScalars.map { $0 == "\u{2019}" ? "'" : $0 }))
        }
        if k.endsWith("'s") { k.removeLast(2) }
        return k
    }

    /// Determiners a description's key drops: articles and demonstratives pick the same set
    /// ("the senators", "those senators"); quantifiers do not ("several senators" and "other
    /// senators" are two groups).
    static let keylessDeterminers: Set<String> = ["the", "a", "an", "this", "that", "these", "those"]

    /// The words of an ASCII text `s` after its first, joined by one space (`s` itself when it
    /// has one word or none), as ``stripDeterminer(_:)`` joins them; nil for any other text. The
    /// words split out as substrings and joined took some 7,000 instructions a description.
    static func asciiWordsAfterFirst(_ s: String) -> String? {
        var text = s
        return text.withUTF8 { b -> String? in
            guard b.allSatisfy({ $0 < 0x80 }) else { return nil }
            let space = UInt8(ascii: " ")
            // Past the first word and the spaces after it.
            var i = 0
            while i < b.count, b[i] == space { i += 1 }
            while i < b.count, b[i] != space { i += 1 }
            while i < b.count, b[i] == space { i += 1 }
            guard i < b.count else { return s }
            let from = i
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: b.count - from) { out in
                var k = 0, pending = false
                for j in from..<b.count {
                    if b[j] == space {
                        pending = true
                    } else {
                        if pending { out[k] = space; k += 1; pending = false }
                        out[k] = b[j]
                        k += 1
                    }
                }
                return String(validUTF8: UnsafeBufferPointer(rebasing: out[0..<k]), isASCII: true)
            }
        }
    }

    private func stripDeterminer(_ s: String) -> String {
        // The first word alone decides most keys: only one opening with a determiner is split.
        guard let f = s.firstSpaceSeparatedWord, Self.keylessDeterminers.contains(String(f)) else { return s }
        if let rest = Self.asciiWordsAfterFirst(s) { return rest }
        let words = s.spaceSeparatedWords
        guard words.count > 1 else { return s }
        return words.dropFirst().joined(separator: " ")
    }
}
