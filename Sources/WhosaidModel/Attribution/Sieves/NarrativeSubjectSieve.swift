import WhosaidSyntax

/// Stage 3, fourth: a quotation without a cue after a sentence about a named person (or one person
/// described, its verb right after it: ``Attributor/isPersonDescription(_:)``): that person speaks,
/// not the last speaker further back. The sentence must start after the latest statement, hold no
/// quote, open with the name or description and have a verb (``isNarrativeSentence(first:quote:subject:)``):
/// a heading or a list of names tells nothing they did. Not for a fragment or a quote with a cue
/// after it.
///
///     Vance walked the spillway at dawn. “It will not hold another spring.”   → Vance
///     A neighbor broke in. “Not on Sundays.”                                   → A neighbor
///     The council met at noon. “It will not hold.”                            → nothing: no person
///     WEEKEND: Vance, Lowe and Ruiz. “It will not hold.”                      → nothing: no verb
struct NarrativeSubjectSieve: LeftoverQuoteSieve {
    var name: String { "narrative-subject" }
    var rules: Set<AttributionRule> { [.nearestMention] }
    func attribute(_ quote: LeftoverQuote, among all: [Candidate], in a: Attributor) -> Candidate? {
        a.narrativeSubjectStatement(quote)
    }
}

extension Attributor {
    /// The narrative subject of quote `left` as its speaker (``narrativeSubject(before:after:)``).
    func narrativeSubjectStatement(_ left: LeftoverQuote) -> Candidate? {
        guard !left.isFragment, !hasCueAfter(quote: left.quote),
              let m = narrativeSubject(before: left.quote, after: left.lastAttributedEnd)
                ?? coordinatedSpeakingSubject(before: left.quote, after: left.lastAttributedEnd) else { return nil }
        return Candidate(span: quotes[left.quote].span, kind: .direct, cue: nil, speaker: m, rule: .nearestMention,
                         confidence: 0.5, quote: left.quote)
    }
    /// The named (or described) person who is the subject of the sentence right before quote `qi`,
    /// when that sentence starts after offset `after` (the end of the last statement) and holds no quote.
    func narrativeSubject(before qi: Int, after: Int) -> SpeakerMention? {
        let open = openToken[qi]
        guard open > 0 else { return nil }
        let previous = tokens[open - 1]
        let si = previous.sentence
        let sentenceStart = sentenceFirst[si]
        guard sentenceStart >= 0 else { return nil }
        // "Asked whether it would survive, Luis Santos shrugged. “…”": the subject after an opening
        // participle clause, whose question is a statement of its own (``AgentlessSieve``).
        let first = openingParticipleClauseEnd(sentenceStart, before: open - 1).map { $0 + 1 } ?? sentenceStart
        // A title-case headline (`31 Latinos Share Their Thoughts On Trump`) names no one by its capitals.
        guard !titleCase[si], tokens[first].start >= after, paragraphOf(open) - paragraphOf(open - 1) <= 1,
              !holdsQuoteOtherThanTitle(sentenceStart...(open - 1)) else { return nil }
        let apposed = openingApposedName(first, before: open - 1)
        // `On “Face the Nation,” Sen. Dana Whitfield…`: the subject is sought after an opening
        // phrase that names a show by its quoted title (``quotedTitleIntroductionEnd(from:before:)``).
        let introductionEnd = apposed == nil ? quotedTitleIntroductionEnd(from: first, before: open - 1) : nil
        let subjectFirst = introductionEnd ?? first
        guard let m = apposed ?? sentenceSubject(first: subjectFirst, before: min(open - 1, subjectFirst + 8)) else { return nil }
        // ... a person's, shown by a title or a known first name before a surname.
        let titledIntroduction = introductionEnd == m.first
            && (m.title != nil || m.last > m.first && FirstNameGender.isFirstName(tokens[m.first].lower))
        // A title before the subject or right after it (`On CBS’s “Face the Nation,” …`, where
        // `CBS’s` owns the title) leaves the subject unsure, but for that introduction's.
        guard !((titledIntroduction ? m.first : sentenceStart)...min(open - 1, m.lastWithRole + 1))
            .contains(where: { tokens[$0].quote != nil || isOpenMark($0) }) else { return nil }
        // "Brooks was criticized by Councilwoman Dana Whitfield. “He has failed.”": the critic
        // speaks, when the quote speaks of the subject as he or she.
        if let agent = passiveAgent(after: m, before: open - 1), quoteOpensWithPronoun(of: m, quote: qi) { return agent }
        // "Lopez's husband interrupted. “…”": a description of one person as well as a name, its
        // verb right after it (`The editor I spoke to, Tim Grieve, …` names someone else), not a
        // definite role, which takes up someone named before (``opensDefiniteRole(_:)``).
        let person = m.kind == .name && m.actorKind == .person
            || isPersonDescription(m) && !opensDefiniteRole(m) && m.last + 1 < open && [.verb, .aux, .adv].contains(tokens[m.last + 1].tag)
        guard person, m.first <= first + 2 || apposed != nil || followsIntroduction(m, sentenceFirst: first) || titledIntroduction,
              isNarrativeSentence(first: first, quote: qi, subject: m),
              !quoteSpeaksOf(m, quote: qi, sentenceFirst: first) else { return nil }
        return m
    }

    /// Whether tokens `range` hold a quotation other than a work's title (``namesAWork(_:)``):
    /// `Sen. Dana Whitfield appeared on “Meet the Press” on Sunday.` tells what she did; a
    /// sentence with words in quotation marks is a statement of its own.
    func holdsQuoteOtherThanTitle(_ range: ClosedRange<Int>) -> Bool {
        var k = range.lowerBound
        while k <= range.upperBound {
            let q = tokens[k].quote ?? (isOpenMark(k) && k + 1 < tokens.count ? tokens[k + 1].quote : nil)
            if let q {
                guard namesAWork(q) else { return true }
                k = max(k + 1, closeToken[q] + 1)
                continue
            }
            if isOpenMark(k) { return true }
            k += 1
        }
        return false
    }

    /// Whether subject `m` stands right after an introductory prepositional phrase and its comma
    /// that open the sentence at `first`, with no verb in the phrase: `On a radio show, Sen. Dana
    /// Whitfield faulted the plan.` (not `According to aides, …`, whose `according` is a verb),
    /// and shows it names a person by a title or a known first name before a surname (not `On
    /// Monday, Ford…`).
    func followsIntroduction(_ m: SpeakerMention, sentenceFirst first: Int) -> Bool {
        guard m.first > first + 1, tokens[m.first - 1].lower == ",", tokens[first].tag == .adp, tokens[first].is(.preposition) else { return false }
        // "On Monday, Ford recalled…", "In 2019, Hurricane Dorian hit…": after such an opener a
        // name must show it is a person's, by a title or a known first name before a surname.
        guard m.title != nil || m.last > m.first && FirstNameGender.isFirstName(tokens[m.first].lower) else { return false }
        return !(first..<m.first - 1).contains { tokens[$0].tag == .verb || tokens[$0].tag == .aux || tokens[$0].quote != nil }
    }

    /// Most tokens of an opening prepositional phrase that names a show by a quoted title.
    static let maxQuotedTitleIntroductionTokens = 16

    /// The first token after an opening prepositional phrase at `first` that names a show or a
    /// work by a quoted title and ends at a comma inside or after the title's closing mark (`On
    /// “Face the Nation,” Sen. Dana Whitfield…`, `In an interview with “The Daily Ledger”, Lena
    /// Park…`), with no verb in the phrase and nothing in quotation marks but titles
    /// (``isTitleLike(_:allowingFinalStop:)``); nil for any other opening. A phrase without a
    /// quoted title is ``followsIntroduction(_:sentenceFirst:)``'s.
    func quotedTitleIntroductionEnd(from first: Int, before limit: Int) -> Int? {
        guard tokens[first].tag == .adp, tokens[first].is(.preposition) else { return nil }
        var titles = 0
        var k = first
        while k < limit, k - first <= Self.maxQuotedTitleIntroductionTokens {
            if let q = tokens[k].quote ?? (isOpenMark(k) && k + 1 < tokens.count ? tokens[k + 1].quote : nil) {
                guard isTitleLike(q) else { return nil }
                titles += 1
                // The comma inside the closing mark (`“Face the Nation,”`); one after it is read below.
                let close = closeToken[q]
                if close > 0, tokens[close - 1].lower == ",", tokens[close - 1].quote == q { return close + 1 < limit ? close + 1 : nil }
                k = max(k + 1, close + 1)
                continue
            }
            if tokens[k].lower == "," { return titles > 0 && k + 1 < limit ? k + 1 : nil }
            if isOpenMark(k) || tokens[k].tag == .verb || tokens[k].tag == .aux { return nil }
            k += 1
        }
        return nil
    }

    /// Most tokens of a clause coordinated last in a sentence (`, and her husband cut in.`).
    static let maxCoordinatedSpeakerClauseTokens = 10

    /// Verbs that take a turn in talk and are no reporting verbs (those count already):
    /// `her husband interrupted`, `Reyes answered`.
    static let turnTakingVerbs: WordSet = ["interrupted", "interjected", "answered"]

    /// Marks that end the sentence of a coordinated turn (`…, and her husband cut in.`).
    static let turnSentenceEnds: WordSet = [".", "!"]

    /// `“Tell her I called,” Lowe said, and her husband cut in. “Do not forget the dog.”`: the
    /// subject of a clause coordinated last in the sentence right before quote `qi` (after a
    /// comma and ``clauseCoordinators``, perhaps with `then`), a person named or described, whose
    /// verb of speaking or turn in talk (``turnTakingVerbs``), active and not negated, closes the
    /// sentence after offset `after` (the end of the last statement), speaks the quote, not the
    /// speaker of the quote before it.
    func coordinatedSpeakingSubject(before qi: Int, after: Int) -> SpeakerMention? {
        let open = openToken[qi]
        guard open > 1, Self.turnSentenceEnds.contains(tokens[open - 1].lower), tokens[open - 1].quote == nil else { return nil }
        let stop = open - 1
        var c = stop - 1
        while c > 0, stop - c <= Self.maxCoordinatedSpeakerClauseTokens, tokens[c].quote == nil, !isCloseMark(c),
              !Self.clauseCoordinators.contains(tokens[c].lower) { c -= 1 }
        guard c > 0, Self.clauseCoordinators.contains(tokens[c].lower), tokens[c - 1].lower == ",", tokens[c].start >= after else { return nil }
        // "…, and then her husband cut in."
        let subjectStart = tokens[c + 1].lower == "then" ? c + 2 : c + 1
        guard let m = finder.phrase(startingAt: subjectStart, ceiling: stop - 1), m.first == subjectStart, m.kind != .pronoun,
              m.kind == .name && m.actorKind == .person || isPersonDescription(m) else { return nil }
        var v = m.lastWithRole + 1
        while v < stop, tokens[v].is(.verbModifier) { v += 1 }
        // A verb that takes a turn in talk, not a sound or a deed beside it (`the crowd laughed`).
        guard v < stop, tokens[v].quote == nil, !Lexicon.isGerund(tokens[v].lower), !isPassive(v, first: m.first),
              !isNegated(cue: v, after: m.lastWithRole),
              isCueVerb(v, besideQuote: true) && (tokens[v].is(.reporting) || quoteOnlyParticle(after: v) != nil)
                || Self.turnTakingVerbs.contains(tokens[v].lower) && tokens[v].tag == .verb else { return nil }
        let cueEnd = quoteOnlyParticle(after: v) ?? particleAfter(v, last: stop - 1) ?? v
        return cueEnd == stop - 1 ? m : nil
    }

    /// Most lower-case words of the description a name is apposed to at the start of a sentence
    /// (`Her next-door neighbor Jake Miller`).
    static let maxOpeningDescriptionWords = 4

    /// The name apposed to a description that opens the sentence at `first`, the sentence's
    /// subject: `His deputy, Greg Hunt, spoke instead.`, `Another neighbor, Jake Miller, slept…`,
    /// `Her neighbor Jake Miller agreed.` → the name; the name must be followed by its closing
    /// comma (when a comma opened it) and then the verb. Else nil.
    func openingApposedName(_ first: Int, before end: Int) -> SpeakerMention? {
        // `His deputy`, `Another neighbor`, `One resident`, `Brooks's doctor`, `The mayor's doctor`.
        let w = tokens[first].lower
        guard first < end, tokens[first].tag == .det || MentionFinder.possessivePronouns.contains(w) || w == "one"
            || tokens[first].isCapitalized && (w.hasSuffix("'s") || w.hasSuffix("\u{2019}s")) else { return nil }
        var k = first + 1
        while k < end, k - first <= Self.maxOpeningDescriptionWords, tokens[k].isWord, !tokens[k].isCapitalized, tokens[k].quote == nil,
              tokens[k].tag == .noun || tokens[k].tag == .adj {
            k += 1
        }
        guard k > first + 1, tokens[k - 1].tag == .noun, k < end else { return nil }
        let comma = tokens[k].lower == ","
        guard let name = finder.phrase(startingAt: comma ? k + 1 : k, ceiling: end), name.kind == .name, name.actorKind == .person,
              name.last + 1 < end else { return nil }
        var v = name.last + 1
        if comma {
            guard tokens[v].lower == "," else { return nil }
            v += 1
        }
        return [.verb, .aux, .adv].contains(tokens[v].tag) ? name : nil
    }

    /// Most tokens between a subject and the `by` of its passive verb (`was sharply criticized by`).
    static let maxPassiveVerbGroupTokens = 4

    /// Participles of speaking about someone, whose agent's words a quote after the passive may
    /// be (`Brooks was criticized by Dana Whitfield.`). Others make no speaker of their agent:
    /// `arrested by the sheriff`, `shot by an officer`, `interviewed by Ann Park`.
    static let verbalActParticiples: WordSet = [
        "criticized", "criticised", "praised", "attacked", "blasted", "slammed", "condemned", "denounced", "accused",
        "mocked", "ridiculed", "rebuked", "chided", "scolded", "lauded", "hailed", "described", "labeled", "labelled",
        "branded", "dismissed", "challenged", "endorsed", "defended",
    ]

    /// The named person after `by` in a passive of speaking about someone (``verbalActParticiples``)
    /// whose subject is `m`, before token `end`: `Mayor Tom Brooks was criticized by Councilwoman
    /// Dana Whitfield.` → Dana Whitfield. Else nil. The caller asks the quote for evidence.
    func passiveAgent(after m: SpeakerMention, before end: Int) -> SpeakerMention? {
        // `Tom Brooks, the mayor, was criticized by…`: the comma closing an apposed role.
        let be = m.lastWithRole + (m.lastWithRole > m.last && tokens[m.lastWithRole + 1].lower == "," ? 2 : 1)
        guard be < end, Self.copulas.contains(tokens[be].lower) || tokens[be].lower == "being" else { return nil }
        var k = be + 1
        var participle = false
        while k < end, k - be <= Self.maxPassiveVerbGroupTokens, tokens[k].isWord, tokens[k].lower != "by" {
            let w = tokens[k].lower
            if tokens[k].tag == .verb, Self.verbalActParticiples.contains(w) {
                participle = true
            } else if !(tokens[k].tag == .adv || tokens[k].tag == .aux) {
                return nil
            }
            k += 1
        }
        guard participle, k + 1 < end, tokens[k].lower == "by",
              let agent = finder.phrase(startingAt: k + 1, ceiling: end), agent.kind == .name, agent.actorKind == .person else { return nil }
        return agent
    }

    /// Most words opening a quote read for a pronoun that names the sentence subject (`“He has
    /// failed…”`, `“Frankly, he has failed…”`); one further in may be about anyone.
    static let maxQuotePronounWords = 3

    /// Most tokens of the sentence before a quote read for another named person.
    static let maxNarrativeSentenceTokens = 40

    /// Whether quote `qi` speaks of subject `m` as he or she in its first words (a pronoun of
    /// `m`'s gender, or of either when it is unknown), and no other person is named in the sentence from `first` that
    /// the pronoun could mean: `Mayor Tom Brooks faced a barrage of criticism. “He has failed this
    /// city.”` → the mayor is talked about, not talking.
    func quoteSpeaksOf(_ m: SpeakerMention, quote qi: Int, sentenceFirst first: Int) -> Bool {
        let open = openToken[qi]
        guard quoteOpensWithPronoun(of: m, quote: qi) else { return false }
        var k = first
        while k < open, k - first <= Self.maxNarrativeSentenceTokens {
            // Not the subject itself, read again from a word before it (`His daughter, Emily Carter,`).
            if k < m.first || k > m.lastWithRole, tokens[k].isCapitalized,
               let other = finder.phrase(startingAt: k, ceiling: open - 1), other.kind == .name, other.actorKind == .person,
               other.last < m.first || other.first > m.lastWithRole {
                return false
            }
            k += 1
        }
        return true
    }

    /// Whether the first words of quote `qi` hold a he or she of `m`'s gender (either, when it is
    /// unknown): `“He has failed this city.”` after a sentence about Tom Brooks.
    func quoteOpensWithPronoun(of m: SpeakerMention, quote qi: Int) -> Bool {
        let open = openToken[qi]
        let gender = mentionGender(m)
        let limit = min(closeToken[qi], open + Self.maxQuotePronounWords)
        return (open + 1..<max(open + 1, limit)).contains { k in
            Gender(pronoun: tokens[k].lower).map { g in gender == nil || gender == g } ?? false
        }
    }

    /// The gender the title or first name of mention `m` shows (`Councilwoman`, `Tom`), or the
    /// head noun of a description (`her husband`), or nil.
    func mentionGender(_ m: SpeakerMention) -> Gender? {
        if m.kind == .description { return GenderedNouns.nounGender(of: m.head) }
        if let title = m.title, let g = Gender(title: title) { return g }
        for k in m.first...m.last where tokens[k].isCapitalized {
            if let g = FirstNameGender.gender(of: tokens[k].lower) { return g }
        }
        return nil
    }

    /// Most tokens of a participle clause opening a sentence before its subject (`Asked whether
    /// the bakery would survive,`).
    static let maxOpeningParticipleClause = 20

    /// The comma closing a participle clause that opens the sentence at `first` (`Asked about
    /// it,`, `Speaking to reporters,`), or nil when the sentence opens otherwise.
    func openingParticipleClauseEnd(_ first: Int, before end: Int) -> Int? {
        let w = tokens[first].lower
        guard tokens[first].tag == .verb, w.endsWith("ed") || Lexicon.isGerund(w) || Lexicon.irregularPastForms.contains(w) else { return nil }
        var k = first + 1
        while k < end, k - first <= Self.maxOpeningParticipleClause, tokens[k].quote == nil, tokens[k].lower != "," {
            if tokens[k].lower.isOne(of: ".", ";", ":", "!", "?") { return nil }
            k += 1
        }
        return k < end && tokens[k].lower == "," ? k : nil
    }

    /// Fewest words of a name that stands alone as its sentence before a quote (`Ann Lowe. “…”`).
    static let minLoneNameWords = 2

    /// Whether the sentence from `first` up to quote `qi` tells what `m` did: it has a verb; or it
    /// introduces the quote in the quote's own sentence with a comma (`In the words of Ann Lowe,
    /// “…”`, but not a name alone, which is addressed: `Madam Speaker, “…”`); or it is the person's full name alone, an author line (`Ann Lowe. “A Title.”`). Not a
    /// heading or a list of names without a verb (`WEEKEND: Vance, Lowe and Ruiz.`, `Pause.`).
    func isNarrativeSentence(first: Int, quote qi: Int, subject m: SpeakerMention) -> Bool {
        let open = openToken[qi]
        if holdsFiniteVerb(first, open - 1) { return true }
        // `Madam Speaker, “I solemnly swear…”`: a name alone before the comma is addressed, not
        // the one who speaks; the speaker's name comes after something (`In the words of Ann Lowe,`).
        if tokens[open - 1].lower == ",", tokens[open - 1].sentence == tokens[open].sentence {
            return !(m.first == first && max(m.last, m.lastWithRole) + 2 == open)
        }
        // One name, not a list (`Nora Vance, Tom Ruiz and Ann Lowe.`).
        guard m.first == first, m.last + 2 == open, tokens[m.last + 1].lower == ".",
              !(m.first...m.last).contains(where: { !tokens[$0].isWord || tokens[$0].tag == .cconj }) else { return false }
        return m.last - m.first + 1 >= Self.minLoneNameWords
    }
}
