extension ActorBuilder {
    /// The person a definite description of a role names ("the mayor" after "Mayor Bill de
    /// Blasio"; "the former secretary" after "Ann Lee, the former secretary,"; "the Georgia
    /// Democrat" after "Ann Lee, a Georgia Democrat,"; "the 24-year-old" after "Diego Ramos,
    /// 24,"): the one person the article gives that title, role or age (``RoleHolderTable``),
    /// named before the description. Nil when no one holds it, when two people do (`Mayor Ann
    /// Pruett … Former Mayor Tom Reyes … the mayor`), or when the head is too general to pick one
    /// person (``RoleWords/tooGeneral``).
    func roleHolder(_ m: SpeakerMention, drafts: inout [ActorDraft], index: inout DraftIndex,
                    byFullKey: inout [String: Int], names: PersonNameIndex, holders: RoleHolderTable) -> Int? {
        let head = m.head
        guard !head.isEmpty, !RoleWords.tooGeneral.contains(head), m.role == nil else { return nil }
        let description = key(m.text(in: document)).spaceSeparatedWords.map(String.init)
        if let age = RoleHolderTable.age(inDescription: description) {
            guard case .one(let e, let first) = holders.verdict(age: age), first < m.first else { return nil }
            return draft(for: names.entries[e], drafts: &drafts, index: &index, byFullKey: &byFullKey)
        }
        guard description.count <= RoleWords.longestDescription,
              (m.first...m.last).allSatisfy({ tokens[$0].tag != .verb && tokens[$0].tag != .aux }) else { return nil }
        // Capitalised modifiers after the article ("Florida" in "the Florida senator") must be in the role.
        let proper = m.first < m.last ? (m.first + 1...m.last).filter { tokens[$0].isCapitalized && tokens[$0].isWord }.map { key(tokens[$0].lower) } : []
        let named = holders.verdict(description: description, proper: proper)
        if named == .many { return nil }
        // Speakers so far who hold the role: the one seen last, unless they are two people, or
        // another than the one the names hold it. Read from the speakers filed under the role's
        // class (``RoleSightings``): reading every draft at each description was quadratic.
        let speakers = index.roleSightings.holders(description, proper: proper, before: m.first, lastSeen: index.lastSeen)
        if speakers.twoPeople { return nil }
        let best = speakers.latest
        let speakerSurname = best.map { drafts[$0].surname }
        if case .one(let e, let first) = named {
            if let s = speakerSurname, s != names.entries[e].surname { return nil }
            // People the text introduced with that title or role ("Mayor Bill de Blasio") who have not spoken.
            if best == nil, first < m.first { return draft(for: names.entries[e], drafts: &drafts, index: &index, byFullKey: &byFullKey) }
        }
        if best == nil, let entry = ledeRoleHolder(m, description: description, proper: proper, names: names) {
            return draft(for: entry, drafts: &drafts, index: &index, byFullKey: &byFullKey)
        }
        return best
    }

    /// `India will cut fuel taxes, the finance minister said on Friday.` … `“…,” Finance Minister
    /// Arun Mehta told reporters.`: a wire lede names the office first and the person after. A
    /// role description in the article's first ``RoleWords/ledeParagraphs`` paragraphs that no
    /// one before it holds is the first person introduced after it with that title, within
    /// ``RoleWords/cataphoraParagraphs`` paragraphs and ``RoleWords/maxCataphoraEntries`` names.
    func ledeRoleHolder(_ m: SpeakerMention, description: [String], proper: [String], names: PersonNameIndex) -> PersonNameIndex.Entry? {
        let paragraph = paragraphOf(m.first)
        guard paragraph < RoleWords.ledeParagraphs else { return nil }
        let entries = names.entries
        var k = entries.partitioningIndex { $0.token > m.last }
        let end = min(entries.count, k + RoleWords.maxCataphoraEntries)
        while k < end {
            let entry = entries[k]
            k += 1
            if paragraphOf(entry.token) - paragraph > RoleWords.cataphoraParagraphs { break }
            if let title = entry.title, RoleWords.role(title, isNamedBy: description, proper: proper) { return entry }
        }
        return nil
    }

    /// The actor of a name the text introduced: the one with that full name, or for a surname
    /// alone after a title ("Justice Scalia") the one person with that surname; a new one
    /// otherwise (a surname alone is no full name, so a later full name still joins it; two
    /// people with that surname are not guessed between).
    func draft(for entry: PersonNameIndex.Entry, drafts: inout [ActorDraft], index: inout DraftIndex,
               byFullKey: inout [String: Int]) -> Int {
        let full = key(entry.name)
        let single = !full.hasSpace
        if single {
            let owners = index.ids(.person, entry.surname)
            if owners.count == 1 { return owners[0] }
        } else if let id = byFullKey[full] {
            return id
        }
        var d = ActorDraft(kind: .person, surname: entry.surname, fullKey: single ? nil : full)
        d.nameList.insert(entry.name)
        if let t = entry.title { d.titleGender = Gender(title: t) }
        if let g = entry.kinGender { d.titleGender = g }
        drafts.append(d)
        index.update(drafts.count - 1, d)
        if !single { byFullKey[full] = drafts.count - 1 }
        return drafts.count - 1
    }

    /// The title a capitalised "name" is made of ("senator" in "The Senator", "The Senator from
    /// Alaska"): a determiner, a title only people carry, then nothing or a preposition. Nil for
    /// real organisations ("The Senate", "The Mayor's Office", "The Governor Hotel").
    func titleHeadingDescription(_ m: SpeakerMention) -> String? {
        var k = m.first
        guard tokens[k].is(.determiner) || tokens[k].tag == .det else { return nil }
        k += 1
        guard k <= m.last else { return nil }
        let title = tokens[k].lower
        guard PersonNameIndex.personTitles.contains(title), !title.hasSuffix("."), !title.isPossessiveForm else {
            return capitalisedOfficeHead(from: k, to: m.last)
        }
        if k < m.last {
            let next = tokens[k + 1]
            guard next.tag == .adp, !next.isCapitalized else { return capitalisedOfficeHead(from: k, to: m.last) }
        }
        return title
    }

    /// Most capitalised words before the head of an office written as a name (`Prime`, `Opposition`).
    static let maxOfficeModifierWords = 3

    /// Heads of offices that only people hold, beyond the person titles (`the Opposition Leader`,
    /// `the Premier`): data, checked by a test.
    static let officeHeads: WordSet = [
        "leader", "premier", "speaker", "coach", "captain", "commander", "inspector", "treasurer", "chairman",
        "chairwoman", "chairperson", "director", "spokesman", "spokeswoman", "editor", "bishop",
    ]

    /// The head of a capitalised office after its article (`minister` in `The Prime Minister`,
    /// `leader` in `the Opposition Leader`, `The Chief Minister`): tokens `first...last` are a few
    /// capitalised words, none possessive, ending in a title only people carry
    /// (``PersonNameIndex/personTitles``, ``officeHeads``). Nil for organisations (`The Governor
    /// Hotel`, `The General Assembly`).
    func capitalisedOfficeHead(from first: Int, to last: Int) -> String? {
        guard last > first, last - first <= Self.maxOfficeModifierWords else { return nil }
        for k in first...last {
            let t = tokens[k]
            guard t.isWord, t.isCapitalized, t.quote == nil, !t.lower.isPossessiveForm, !t.lower.hasSuffix(".") else { return nil }
        }
        let head = tokens[last].lower
        return PersonNameIndex.personTitles.contains(head) || Self.officeHeads.contains(head) ? head : nil
    }
}

extension ActorBuilder {
    /// A person who spoke where the article gave no role, given the role of the apposition at
    /// the first mention of their full name elsewhere (`Ana Ruiz, the county's health director,
    /// toured the clinics. She said…`), or else the title of a mention that never spoke
    /// (`Lawyers told Judge Harriet Lam… Lam said`): the role the article gives them, wherever
    /// it does. A courtesy title ("Mr.") is no role (the actor list drops it as ever).
    /// `entries` are the ``PersonNameIndex/entries``, kept without the index through pronoun
    /// resolution; this pass and ``giveIntroducedTitles(from:to:)`` read those of full names.
    func giveAppositiveRoles(from entries: [PersonNameIndex.Entry], to drafts: inout [ActorDraft]) {
        guard drafts.contains(where: { $0.kind == .person && $0.roleList.items.isEmpty && $0.fullKey != nil }) else { return }
        var roleOf: [String: String] = [:]
        var titleOf: [String: String] = [:]
        for entry in entries where (entry.role != nil || entry.titleBack > 0) && entry.name.hasSpace {
            let k = key(entry.name)
            if roleOf[k] == nil, let span = entry.role, let role = RoleText.cleaned(document.text(in: span)) { roleOf[k] = role }
            if titleOf[k] == nil, let span = PersonNameIndex.titleSpan(of: entry, tokens: tokens) {
                let title = document.text(in: span)
                if !RoleWords.honorifics.contains(title.lowercased()) { titleOf[k] = title }
            }
        }
        for id in drafts.indices where drafts[id].kind == .person && drafts[id].roleList.items.isEmpty {
            guard let full = drafts[id].fullKey else { continue }
            if let role = roleOf[full] {
                _ = drafts[id].roleList.insert(role)
            } else if drafts[id].titles.allSatisfy({ RoleWords.honorifics.contains($0.lowercased()) }), let title = titleOf[full] {
                drafts[id].titles.append(title)
            }
        }
    }

    /// A person who spoke under a shorter name (`Mr. Harlow said`, `Greer said`) where the article
    /// gave no title or role, given those of the first mention of their full name elsewhere, read
    /// as a speaker's phrase is (`Senator Ted Harlow urged…`, `WikiLeaks founder Julian Asher
    /// was…`, `Rep. Pat Greer (R-Pa.)`): the title or role the article gives them where it
    /// introduces them. The phrase must be that person's name (no description headed by
    /// another noun: `the daughter of former President Bill Clinton`).
    /// `entries`: the name index's, as ``giveAppositiveRoles(from:to:)`` takes them; `finderNames`:
    /// see ``resolve(_:subjects:finderNames:)``.
    func giveIntroducedTitles(from entries: [PersonNameIndex.Entry], to drafts: inout [ActorDraft], finderNames: MentionFinder.ArticleNames? = nil) {
        // A title of courtesy (`Mr. Harlow`) is no title of office: such a speaker still wants one.
        let wanting = drafts.indices.filter {
            drafts[$0].kind == .person && drafts[$0].fullKey != nil && drafts[$0].titles.allSatisfy { RoleWords.honorifics.contains($0.lowercased()) }
        }
        guard !wanting.isEmpty else { return }
        // Only the names of wanting people's surnames are keyed (keying every name was most of the cost).
        let wantedSurnames = Set(wanting.map { drafts[$0].surname })
        var firstEntry: [String: (token: Int, words: Int)] = [:]
        for entry in entries where wantedSurnames.contains(entry.surname) && entry.name.hasSpace && !entry.name.isPossessiveForm {
            let k = key(entry.name)
            if firstEntry[k] == nil { firstEntry[k] = (entry.token, entry.name.spaceSeparatedWordCount) }
        }
        var finder: MentionFinder?
        for id in wanting {
            guard let full = drafts[id].fullKey, let (end, words) = firstEntry[full],
                  mayOpenWithIntroduction(nameEndingAt: end, words: words) else { continue }
            var floor = end
            while floor > 0, tokens[floor - 1].sentence == tokens[end].sentence { floor -= 1 }
            if finder == nil {
                // The attributor's finder read the names of these tokens already (a finder
                // made afresh read every capitalised word of the article again).
                finder = finderNames.map { MentionFinder(document: document, tokens: tokens, names: $0) }
                    ?? MentionFinder(document: document, tokens: tokens)
            }
            guard let m = finder?.phrase(endingAt: end, floor: floor), m.kind == .name, m.actorKind == .person,
                  m.last == end, key(m.bareName(in: document)) == full else { continue }
            if let t = m.title, !t.isEmpty, isIntroducedTitle(from: m.first, before: m.bareSpan.start) { drafts[id].titles.append(t) }
            if drafts[id].roleList.items.isEmpty, let r = m.role.flatMap(RoleText.cleaned) { drafts[id].roleList.insert(r) }
        }
    }

    /// Whether the name of `words` words ending at token `end` may have a title or a description
    /// before it in its sentence, read cheaply before the phrase is parsed: a capitalised word
    /// right before it (`Sen. Pat Greer`, `WikiLeaks founder…` read back), or a noun, adjective,
    /// proper noun or number (`campaign chairman Paul Hale`, `former Gov. …`). A verb, a
    /// preposition, punctuation or the sentence's start before it (`said Pat Greer`, `with Pat
    /// Greer`) leaves nothing to read: most names, whose phrase cost about 10,000 instructions.
    func mayOpenWithIntroduction(nameEndingAt end: Int, words: Int) -> Bool {
        var k = end
        while k - 1 >= 0, end - k < words, tokens[k - 1].sentence == tokens[end].sentence, tokens[k - 1].isCapitalized, tokens[k - 1].isWord { k -= 1 }
        // A run that is not the name's words alone (a particle, a title inside it): read it.
        if end - k + 1 != words { return true }
        guard k - 1 >= 0, tokens[k - 1].sentence == tokens[end].sentence, tokens[k - 1].quote == nil else { return false }
        return [.noun, .adj, .propn, .num].contains(tokens[k - 1].tag)
    }

    /// Most tokens of a title taken from an introduction (`former Democratic presidential candidate Sen.`).
    static let maxIntroducedTitleTokens = 6

    /// Whether tokens from `first` up to the name starting at offset `bareStart` are a title and
    /// its modifiers only: at most ``maxIntroducedTitleTokens`` words, none a verb, a pronoun or a
    /// conjunction, no preposition but `of` inside a capitalised office (`Secretary of State`),
    /// and the last a title or a noun of a person (``isIntroducedTitleHead(_:)``). A phrase read
    /// back from a name outside a subject runs over other words of its sentence (`according
    /// to`, `Obama's clear reference to`, `events in Broward and former`, `Democracy Corps’`).
    func isIntroducedTitle(from first: Int, before bareStart: Int) -> Bool {
        var k = first
        while k < tokens.count, tokens[k].start < bareStart {
            let t = tokens[k]
            guard k - first < Self.maxIntroducedTitleTokens, t.quote == nil,
                  ![.verb, .aux, .pron, .cconj, .sconj, .part].contains(t.tag) else { return false }
            if t.tag == .adp, !(t.lower == "of" && k > first && tokens[k - 1].isCapitalized && k + 1 < tokens.count && tokens[k + 1].isCapitalized) { return false }
            k += 1
        }
        return k > first && Self.isIntroducedTitleHead(tokens[k - 1].lower)
    }

    /// Whether the lower-cased `word` may end a title taken from an introduction: an office title
    /// (``PersonNameIndex/personTitles``, ``MentionFinder/isRoleHead(_:)``: `Sen.`, `chairman`) or
    /// a noun of a person (``PersonNameIndex/isPersonNoun(_:)``: `owner`, `voter`), and no title of
    /// several people (``pluralTitles``).
    static func isIntroducedTitleHead(_ word: String) -> Bool {
        !pluralTitles.contains(word)
            && (PersonNameIndex.personTitles.contains(word) || MentionFinder.isRoleHead(word) || PersonNameIndex.isPersonNoun(word))
    }

    /// Titles of several people (`Sens. Ann Moss and Pat Greer`): no one person's title.
    static let pluralTitles: WordSet = ["sens.", "reps.", "gens."]
}

extension ActorBuilder {
    /// The actor of a definite description of a role, the subject of a sentence just before a
    /// he/she that no person or other description may take: `Defense attorney Mark Ruiz argued
    /// that the evidence was thin. The judge was blunt. “…,” she wrote.` The description
    /// usually takes up someone named before (`the senator` after `Sen. Ann Cole`), so it is
    /// never scored against the people the pronoun may name; only when none agrees (by gender,
    /// within the look-back) does the nearest one win, from the pronoun's paragraph or the one
    /// before and within ``PronounSalience/sentenceWindow`` sentences, unless its noun or a
    /// stated gender is the other one (`The congresswoman … he said`).
    func roleFallback(for wanted: Gender, at first: Int, among fallbacks: [ActorOccurrence], drafts: [ActorDraft]) -> Int? {
        var k = fallbacks.partitioningIndex { $0.token >= first } - 1
        while k >= 0 {
            let ti = fallbacks[k].token, id = fallbacks[k].actor
            k -= 1
            guard paragraphOf(first) - paragraphOf(ti) <= 1,
                  tokens[first].sentence - tokens[ti].sentence <= PronounSalience.sentenceWindow else { return nil }
            let d = drafts[id]
            if let g = d.statedGender ?? GenderedNouns.gender(of: d.surname), g != wanted { continue }
            return id
        }
        return nil
    }
}
