import WhosaidSyntax

/// The occasion of a statement after a noun-phrase object: `called for more investment in a
/// statement on Thursday`, `cited the figure at last week's forum`, `rejected that argument in a
/// ruling`. The object is what was said; the occasion is the cue's adjunct, not part of it.
extension Attributor {
    /// Nouns that name the occasion or medium of a statement.
    static let occasionNouns = WordSet(occasionNounList)
    /// The words of ``occasionNouns``, for lists derived from it.
    static let occasionNounList: Set<String> = [
        "statement", "statements", "interview", "interviews", "speech", "speeches", "rally", "rallies", "debate",
        "debates", "ruling", "forum", "event", "hearing", "letter", "tweet", "tweets", "post", "conference",
        "stop", "visit", "meeting", "appearance", "op-ed", "email", "e-mail", "video", "ad", "remarks",
        "address", "briefing", "town", "radio", "television", "broadcast", "memo", "column", "editorial",
        "filing", "testimony", "session", "call", "message", "podcast", "show",
    ]
    /// Prepositions that open an occasion adjunct.
    static let occasionPrepositions: WordSet = ["in", "at", "during"]
    /// Most words between an occasion preposition and its noun (`at last week's Commander-in-Chief forum`).
    static let maxOccasionWords = 5

    /// Whether an occasion adjunct opens at token `k` (`in a tweet Sunday`, `at a rally`): an
    /// occasion preposition with an occasion noun within ``maxOccasionWords`` words, up to `end`.
    func opensOccasionAdjunct(at k: Int, end: Int) -> Bool {
        guard k <= end, Self.occasionPrepositions.contains(tokens[k].lower) else { return false }
        var n = k + 1
        // The noun phrase after the preposition only: "in efforts to address…" names no occasion.
        while n <= end, n - k <= Self.maxOccasionWords, tokens[n].isWord, tokens[n].quote == nil,
              tokens[n].tag != .part, tokens[n].tag != .verb, tokens[n].tag != .aux {
            if Self.occasionNouns.contains(tokens[n].lower) { return true }
            n += 1
        }
        return false
    }

    /// The token opening an occasion adjunct inside the noun-phrase object `c...end`, or nil when
    /// there is none or the object is a clause (a finite verb or a quotation in it).
    func occasionAdjunct(in c: Int, _ end: Int) -> Int? {
        // "declined to comment for this article": an infinitive's own verb is no clause's.
        let speechInfinitive = tokens[c].lower == "to" && c + 1 <= end && Self.speechInfinitives.contains(tokens[c + 1].lower)
        let object = tokens[c].lower == "to" ? c + 2 : c
        guard end - c >= 2, !holdsFiniteVerb(object, end), !holdsQuote(c, end) else { return nil }
        // Not inside a participle's or an infinitive's own phrase (`Obama endorsing Clinton
        // on Thursday`, `accused the mayor of funneling money through his lawyer`), unless
        // the infinitive is the speaking itself (`declined to comment through a spokesman`):
        // whether a verb stands in `c..<k`, kept as `k` moves (read anew at each `k`, it made a
        // long clause quadratic).
        func isOwnVerb(_ i: Int) -> Bool { tokens[i].tag == .verb && !(speechInfinitive && i == c + 1) }
        var ownVerb = isOwnVerb(c)
        var k = c + 1
        while k < end {
            if k - 1 > c, isOwnVerb(k - 1) { ownVerb = true }
            if isTimeOrMediumAdjunct(at: k, end: end), !ownVerb { return k }
            if opensOccasionAdjunct(at: k, end: end) { return k }
            if !ownVerb, opensChannelAdjunct(at: k, end: end) { return k }
            // "for this story" is the reporter's piece only after speaking (`criticized the
            // network for this documentary` gives the grounds).
            if speechInfinitive, opensThisPieceAdjunct(at: k, end: end) { return k }
            k += 1
        }
        return nil
    }
}

/// The go-between and the publication of a statement after its object: `denied the charges
/// through his lawyer`, `declined to comment for this article`. Neither is what was said.
extension Attributor {
    /// Nouns of whoever or whatever carries a statement for its speaker, after `through`.
    static let channelNouns: WordSet = [
        "spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen", "spokespeople", "lawyer", "lawyers",
        "attorney", "attorneys", "representative", "representatives", "aide", "aides", "publicist", "agent",
        "statement", "counsel", "press",
    ]
    /// Tags of the words of a go-between's phrase (`his longtime lawyer`).
    static let channelPhraseTags: Set<UPOS> = [.det, .adj, .noun, .propn, .pron]
    /// Nouns of the piece a reporter writes, after `for this` (`for this story`).
    static let pieceNouns: WordSet = ["story", "article", "report", "piece", "column", "profile", "book", "documentary", "series"]

    /// Whether a go-between adjunct opens at token `k`: `through` and a phrase of at most
    /// ``maxOccasionWords`` words up to `end` whose head is one of ``channelNouns``.
    func opensChannelAdjunct(at k: Int, end: Int) -> Bool {
        guard k < end, tokens[k].lower == "through", tokens[k].quote == nil else { return false }
        var n = k + 1
        while n <= end, n - k <= Self.maxOccasionWords, tokens[n].isWord, tokens[n].quote == nil,
              Self.channelPhraseTags.contains(tokens[n].tag) || tokens[n].lower.isPossessiveForm {
            if Self.channelNouns.contains(tokens[n].lower) { return true }
            n += 1
        }
        return false
    }

    /// Whether `for this story` (or another of ``pieceNouns``) opens at token `k`, up to `end`:
    /// the reporter's own piece, which the speaker commented for.
    func opensThisPieceAdjunct(at k: Int, end: Int) -> Bool {
        guard k + 2 <= end, tokens[k].lower == "for", tokens[k].quote == nil, tokens[k + 1].lower == "this" else { return false }
        return Self.pieceNouns.contains(tokens[k + 2].lower)
    }
}

extension Attributor {
    /// Media a statement is made on (`blamed local officials on Twitter`).
    static let statementMedia: WordSet = [
        "twitter", "facebook", "instagram", "tiktok", "youtube", "television", "tv", "radio", "air", "camera",
    ]
    /// Days and months that date a statement (`criticized the deal on Tuesday`, `in March`).
    static let calendarWords: WordSet = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "june", "july", "august", "september", "october", "november", "december",
    ]
    /// Prepositions that date a statement.
    static let datingPrepositions: WordSet = ["in", "on", "during", "before", "after", "since"]
    /// Nouns of a span of time after `last` or `this` (`last week`).
    static let deicticTimeNouns: WordSet = ["week", "month", "year", "night", "weekend", "spring", "summer", "fall", "winter"]

    /// Whether a time or medium adjunct of the cue opens at token `k`, inside a noun-phrase
    /// object ending at `end`: `on Twitter`, `on Tuesday`, `in 2011`, `in March`, `last week`
    /// (`Ruiz criticized fellow Democrats in 2011 for…`: the object is `fellow Democrats`).
    func isTimeOrMediumAdjunct(at k: Int, end: Int) -> Bool {
        let w = tokens[k].lower
        guard k + 1 <= end, tokens[k].quote == nil else { return false }
        let next = tokens[k + 1].lower
        if w == "on", Self.statementMedia.contains(next) { return true }
        if Self.datingPrepositions.contains(w) {
            if Self.calendarWords.contains(next) { return true }
            if tokens[k + 1].kind == .number, next.count == 4, next.hasPrefix("19") || next.hasPrefix("20") { return true }
        }
        if w == "last" || w == "this", Self.deicticTimeNouns.contains(next), tokens[k - 1].tag != .det { return true }
        return false
    }

    /// Whether a noun phrase of time starts at `c` (`the next day`, `the following morning`, `a
    /// day later`, `last week`): its head is a time word or a noun of time.
    func isTimeNounPhrase(from c: Int, last: Int) -> Bool {
        guard c <= last, let end = nounPhraseEnd(from: c, last: last) else { return false }
        let head = tokens[end]
        return head.is(.timeWord) || Self.timeUnitNouns.contains(head.lower) || Self.timeExpressionWords.contains(head.lower)
            || Self.adjunctTimeNouns.contains(head.lower)
    }

    /// Nouns of a point or stretch of time that an adjunct between a subject and its verb names
    /// (`Trump at the time said`, `Lowe in the past has said`).
    static let adjunctTimeNouns: WordSet = ["time", "point", "past", "moment", "outset", "weekend"]

    /// Occasion nouns that name what was said itself, which holds no person: after a common noun
    /// too they are the cue's adjunct (`The company in a statement said`, `Prosecutors in their
    /// filing argued`), while a video, a show or a meeting may be where the person is (`a
    /// narrator in the ad said`) and `the mayor at the time` is who was mayor then.
    static let utteranceNouns: WordSet = [
        "statement", "statements", "interview", "interviews", "speech", "speeches", "letter", "tweet", "tweets", "email",
        "e-mail", "op-ed", "memo", "editorial", "filing", "testimony", "message", "remarks", "column", "post",
    ]

    /// The token before an occasion or time adjunct that ends at `e`, between a subject and its
    /// verb, after a name or pronoun (`Cole in an interview said`, `Trump at the time said`), or
    /// `e` when none ends there: the adjunct is no part of the speaker's phrase. After a common
    /// noun the phrase may be its modifier (`a narrator in the ad said`) and stays, unless it
    /// names what was said (``utteranceNouns``: `The company in a statement said`).
    func beforeOccasionAdjunct(_ e: Int, floor: Int) -> Int {
        guard e > floor, tokens[e].quote == nil, tokens[e].tag == .noun,
              Self.occasionNouns.contains(tokens[e].lower) || Self.adjunctTimeNouns.contains(tokens[e].lower) else { return e }
        var k = e - 1
        while k > floor, e - k <= Self.maxOccasionWords, tokens[k].quote == nil,
              [.det, .adj, .noun, .propn, .num].contains(tokens[k].tag) || tokens[k].lower.isPossessiveForm
                || MentionFinder.possessivePronouns.contains(tokens[k].lower) {
            k -= 1
        }
        guard k > floor, Self.occasionPrepositions.contains(tokens[k].lower), tokens[k].quote == nil,
              tokens[k - 1].tag == .propn || tokens[k - 1].is(.personalPronoun)
                || tokens[k - 1].tag == .noun && Self.utteranceNouns.contains(tokens[e].lower),
              tokens[k - 1].quote == nil else { return e }
        return k - 1
    }

    /// Prepositions of a stretch of time before the verb (`over the last two weeks`).
    static let periodPrepositions: WordSet = ["over", "in", "during", "for", "within", "throughout", "across"]
    /// Words that place a stretch of time against now (`the past three days`, `the last month`).
    static let periodAnchors: WordSet = ["last", "past", "next", "previous", "coming", "following", "recent"]
    /// The most words between such a preposition and its time unit (`over the last couple of weeks`).
    static let maxPeriodWords = 5

    /// The token before a stretch of time ending at `e` between a subject and its verb (`Several
    /// voters over the last two weeks said`, `Dozens in the past few days said`), or `e` when none
    /// ends there: a preposition, then words of number and placing around `last`/`past`, then a
    /// unit of time. The time unit is never the speaker.
    func beforePeriodAdjunct(_ e: Int, floor: Int) -> Int {
        guard e > floor, tokens[e].quote == nil, Self.timeUnitNouns.contains(tokens[e].lower) else { return e }
        var k = e - 1
        var anchored = false
        while k > floor, e - k <= Self.maxPeriodWords, tokens[k].quote == nil, !tokens[k].isCapitalized,
              [.det, .adj, .num, .adv].contains(tokens[k].tag) || Self.periodAnchors.contains(tokens[k].lower)
                || tokens[k].lower == "of" || tokens[k].lower == "couple" {
            if Self.periodAnchors.contains(tokens[k].lower) { anchored = true }
            k -= 1
        }
        guard anchored, k > floor, Self.periodPrepositions.contains(tokens[k].lower), tokens[k].quote == nil else { return e }
        return k - 1
    }
}

/// How a statement reached the page, after its occasion noun: `said in a statement carried by
/// the official Xinhua news agency that…`, `wrote in a letter obtained by The Associated Press
/// that…`, `said in a video posted on its website that…`. The participle opens a reduced relative
/// clause on the occasion noun; its phrase (`by` and the carrier, or a place or time adjunct)
/// belongs to the cue's adjunct, and the clause after `that` is still what was said.
extension Attributor {
    /// Nouns of a statement's occasion or document that a participle of publication may follow.
    static let publishedOccasionNouns = WordSet(occasionNounList.union([
        "release", "releases", "note", "notes", "communique", "notice", "report", "document", "transcript", "posting",
        "article", "essay", "clip", "announcement", "letters", "messages", "videos", "documents",
    ]))
    /// Past participles that tell how a statement was published, carried or obtained.
    static let publicationParticiples: WordSet = [
        "carried", "posted", "released", "issued", "published", "broadcast", "aired", "televised", "sent", "delivered",
        "distributed", "circulated", "emailed", "e-mailed", "filed", "submitted", "obtained", "seen", "reviewed", "shared",
        "tweeted", "uploaded", "provided", "given", "read", "dated", "signed", "written", "shown", "relayed", "addressed",
        "reported", "quoted", "cited", "made", "prepared", "leaked",
    ]

    /// The last token of a publication participle's phrase at `c`, right after an occasion noun
    /// (``publishedOccasionNouns``): the participle (``publicationParticiples``) and up to
    /// ``maxCueAdjuncts`` phrases after it, each `by` with its noun phrase or another cue adjunct
    /// (``adjunctEnd(from:last:)``: `issued late Sunday by the county`); nil when none follows.
    func publicationParticipleEnd(at c: Int, last: Int) -> Int? {
        guard c > 0, c + 1 <= last, tokens[c].quote == nil, tokens[c - 1].quote == nil,
              Self.publicationParticiples.contains(tokens[c].lower), Self.publishedOccasionNouns.contains(tokens[c - 1].lower) else { return nil }
        var end: Int?
        var p = c + 1
        for _ in 0..<Self.maxCueAdjuncts where p <= last {
            let phraseEnd = tokens[p].lower == "by" && tokens[p].quote == nil && p + 1 <= last
                ? nounPhraseEnd(from: p + 1, last: last) : adjunctEnd(from: p, last: last)
            guard let e = phraseEnd else { break }
            end = e
            p = e + 1
        }
        return end
    }
}
