import WhosaidSyntax

/// Headlines: `Warren: ‘You Should Be Investigated’`, `Graham: Trump Could Act` — a name and a
/// colon open the statement; and in title case a capitalised verb may be a cue (`Graham Says`).
extension Attributor {
    /// Sources that speak in a headline of their own (`Poll: Clinton leads in Ohio`).
    static let headlineSources: WordSet = ["poll", "polls", "survey", "study", "report", "experts", "officials", "sources"]

    /// A single capitalised source word standing for a document (`Poll`), as a described speaker.
    func documentSource(_ a: Int, _ b: Int) -> SpeakerMention? {
        guard a == b, Self.headlineSources.contains(tokens[a].lower) else { return nil }
        var m = finder.make(first: a, last: b, kind: .description)
        m.actorKind = .organisation
        return m
    }

    /// Words that head a headline's kicker or a section's name, never a speaker (`Breaking: …`,
    /// `Delegate Update: …`, `Monday's Morning Email: …`, `Paid Notice: …`).
    static let headlineKickers: WordSet = [
        "breaking", "boom", "bombshell", "exclusive", "update", "updates", "live", "developing",
        "alert", "notice", "email", "newsletter", "briefing", "podcast", "recap", "explainer", "editorial",
        "opinion", "commentary", "perspective", "video", "photos", "factbox", "timeline", "obituary",
        "analysis", "comment", "interview", "feature", "profile", "factcheck",
    ]

    /// The most words of the name before a headline's colon.
    static let maxHeadlineSpeakerWords = 4

    /// Whether `m` names an outlet or organisation that can speak in a headline (`NY Daily News`,
    /// `AP`), not a section label (`The Latest`).
    func isHeadlineOutlet(_ m: SpeakerMention) -> Bool {
        m.kind == .name && m.actorKind == .organisation && !tokens[m.first].is(.determiner)
    }

    /// Whether `m` is one word in capitals, a section label (`EXCLUSIVE`, `BYLINE`) unless it is
    /// an acronym of up to ``maxAcronymLetters`` letters (`AP`, `CNN`).
    func isCapitalsLabel(_ m: SpeakerMention) -> Bool {
        guard m.first == m.last else { return false }
        let letters = document.scalars[tokens[m.first].start..<tokens[m.first].end].filter { Characters.isLetter($0) }
        return letters.count > Self.maxAcronymLetters && letters.allSatisfy { Characters.isUpper($0) }
    }
    /// The most letters of an acronym that names a speaker.
    static let maxAcronymLetters = 4

    /// The most tokens of a first paragraph read as a headline in sentence case.
    static let maxHeadlineTokens = 30

    /// Whether the sentence `first...last` is the whole first paragraph and short, as a headline
    /// in sentence case is (`Sanders: Clinton needs to change course.`).
    func isOneSentenceLead(first: Int, last: Int) -> Bool {
        first == 0 && last - first <= Self.maxHeadlineTokens && (last + 1 >= tokens.count || paragraphOf(last + 1) != paragraphOf(first))
    }

    /// `NAME: STATEMENT` in a title-case headline `first...last`: the article's first paragraph,
    /// a person's name (section titles such as `Interview: …` are not headlines of speech).
    func headlineLabel(first: Int, last: Int) -> Candidate? {
        let headline = titleCase[tokens[first].sentence] || document.headline != nil
        guard paragraphOf(first) == 0, headline || isOneSentenceLead(first: first, last: last) else { return nil }
        var colon = first
        while colon <= last, tokens[colon].lower != ":", colon - first <= Self.maxHeadlineSpeakerWords { colon += 1 }
        guard colon > first, colon < last, tokens[colon].lower == ":",
              let whole = finder.phrase(startingAt: first, ceiling: colon - 1) ?? documentSource(first, colon - 1) else { return nil }
        // "Ruiz Addresses Flood Victims: ‘…’", "CNN President On Trump: ‘…’": in title case the
        // name runs on over a verb or a preposition; the name before it speaks.
        let headedPhrase = headlineSubject(whole, colon: colon)
        guard let m = headedPhrase ?? Optional(whole),
              m.kind == .name && m.actorKind == .person && (headedPhrase != nil || isPlausibleHeadlinePerson(m)) || isHeadlineOutlet(m) || MentionFinder.documentNouns.contains(m.head)
                || Self.headlineSources.contains(m.head),
              m.lastWithRole == colon - 1 || headedPhrase != nil, !isCapitalsLabel(m), !Self.headlineKickers.contains(tokens[colon - 1].lower),
              let span = clauseSpan(from: colon + 1, to: last), wordCount(span) >= 2 else { return nil }
        // "Update: Trump urges supporters to…": in sentence case, a cue after the colon makes its
        // own statement (in title case every word is capitalised and no cue is read there).
        guard headline || !((colon + 1)...last).contains(where: { isCueWord($0) && tokens[$0].quote == nil }) else { return nil }
        return make(span, cue: colon...colon, m, .reportedSpeech, 0.6)
    }
}

extension Attributor {
    /// Whether the person's name `m` before a headline's colon can be a speaker: one word
    /// (`Milbank: …`, a columnist's name), a name opening with a listed given name (`Ann Coulter: …`), or
    /// a phrase the story names again (``isNamedInBody(_:)``). A title-case phrase that is none of
    /// these (`Stealth Over Health: …`, `Big Win For Bernie: …`) is a kicker, not a speaker.
    func isPlausibleHeadlinePerson(_ m: SpeakerMention) -> Bool {
        m.first == m.last || NameForm(m.bareName(in: document)).given.first.map { FirstNameGender.gender(of: $0) != nil } == true
            || isNamedInBody(m)
    }

    /// Whether the last word of the headline name `m` comes back capitalised after the headline's
    /// paragraph, as the name of a person a story is about does.
    /// (The body's capitalised words are read once a document: a scan a headline made a
    /// first paragraph of many title-case sentences quadratic.)
    func isNamedInBody(_ m: SpeakerMention) -> Bool {
        if let words = capitalisedBodyWords.words { return words.contains(tokens[m.last].lower) }
        var k = 0
        while k < tokens.count, paragraphOf(k) == paragraphOf(m.first) { k += 1 }
        var words = Set<String>()
        while k < tokens.count {
            if tokens[k].isCapitalized { words.insert(tokens[k].lower) }
            k += 1
        }
        capitalisedBodyWords.words = words
        return words.contains(tokens[m.last].lower)
    }
}

/// A set of a document's words read once, at the first question that needs it, and shared by
/// the attributor's copies: the capitalised words after an article's first paragraph
/// (``Attributor/isNamedInBody(_:)``), the capitalised words without a possessive ending
/// (``Attributor/bareCapitalisedWords()``).
final class DocumentWordSet {
    var words: Set<String>?
}

extension Attributor {
    /// Prepositions that, in a title-case headline, end the speaker's name before its topic
    /// (`CNN President On Trump:`).
    static let headlineTopicPrepositions: WordSet = ["on", "about"]

    /// The name opening a title-case headline phrase `whole` that runs on over a verb or a topic
    /// preposition before the colon at `colon` (`Ruiz Addresses Flood Victims`, `CNN President
    /// On Trump`), or nil when `whole` holds neither.
    func headlineSubject(_ whole: SpeakerMention, colon: Int) -> SpeakerMention? {
        guard whole.kind == .name, whole.last > whole.first,
              let j = (whole.first + 1...whole.last).first(where: {
                  tokens[$0].tag == .verb && !Lexicon.isGerund(tokens[$0].lower)
                      || tokens[$0].tag == .adp && Self.headlineTopicPrepositions.contains(tokens[$0].lower)
              }),
              let m = finder.phrase(startingAt: whole.first, ceiling: j - 1), m.kind == .name, m.lastWithRole == j - 1
        else { return nil }
        return m
    }
}

/// Stage 2, a frame over the whole sentence, in the article's first paragraph: a headline
/// `NAME: STATEMENT` naming a person (or a poll, a report), in title case or in a headline.
///
///     Vance: Dam Will Not Hold Another Spring    → Vance: "Dam Will Not Hold Another Spring"
///     Survey: Most Wells in the County Are Dry   → Survey
///
/// A section title (`Interview: …`) is no headline of speech.
struct HeadlineSieve: SentenceSieve {
    var name: String { "headline" }
    var rules: Set<AttributionRule> { [.reportedSpeech] }
    func statement(sentence si: Int, first: Int, last: Int, in a: inout Attributor) -> Candidate? {
        a.headlineLabel(first: first, last: last)
    }
}
