import WhosaidSyntax

/// The verb group around a reporting verb, read from the tags: auxiliaries, negation and
/// adverbs before it (`has already warned`), catenatives (`tried to argue`), passives with `as`
/// (`was quoted as saying`), light verbs with a document (`issued a statement saying`), and a
/// participle opening the sentence (`Insisting the vote was fair, Pruett …`).
extension Attributor {
    /// Verbs after which `as` + a reporting participle reports their subject's words.
    static let asReportingVerbs: WordSet = ["quoted", "cited", "described", "portrayed"]
    /// Adjectives that take a reporting verb as their infinitive ("likely to say", "quick to point out").
    static let catenativeAdjectives = WordSet(Set([
        "likely", "unlikely", "quick", "eager", "willing", "unwilling", "ready", "reluctant", "careful", "keen", "loath",
        "prepared",
    ]).union(feelingCatenativeAdjectiveWords))

    /// Adjectives of a speaker's feeling about, or means for, the saying their infinitive names
    /// ("is pleased to announce that…", "I am proud to report…", "we are able to argue that…"):
    /// their subject speaks. Not those of an impersonal `it` ("it is fair to say"), whose saying
    /// is no one's.
    static let feelingCatenativeAdjectiveWords: Set<String> = [
        "pleased", "happy", "glad", "proud", "delighted", "thrilled", "honored", "honoured", "grateful", "gratified",
        "sorry", "able",
    ]
    static let feelingCatenativeAdjectives = WordSet(feelingCatenativeAdjectiveWords)

    /// Whether the verb at `v` is the infinitive of a feeling adjective (``feelingCatenativeAdjectives``)
    /// and `c` reports a thing rather than a clause: "thrilled to announce my running mate", "happy
    /// to note the enthusiasm" greet or name something; "pleased to note that the talks went well"
    /// reports.
    func isFeelingInfinitiveOnThing(verb v: Int, _ c: Candidate, last: Int) -> Bool {
        guard v >= 2, tokens[v - 1].lower == "to", Self.feelingCatenativeAdjectives.contains(tokens[v - 2].lower),
              c.span.start >= tokens[v].end else { return false }
        let a = firstToken(atOrAfter: c.span.start)
        guard a <= last else { return false }
        if a > v + 1, tokens[a - 1].lower == "that" { return false }
        if Self.reportedClauseOpeners.contains(tokens[a].lower) { return false }
        return !startsFiniteClause(at: a, last: last)
    }

    /// Words that open a reported clause of their own ("to note how much the town has grown"):
    /// an embedded question's openers, `that` and `if`.
    static let reportedClauseOpeners = WordSet(embeddedQuestionOpenerWords.union(["that", "if"]))
    /// Forms of `go` in `went on to say` and of `take` in `took to Twitter to say`.
    static let goForms: Set<String> = Set(["go", "goes", "going", "gone", "went"])
    static let takeForms: Set<String> = Set(["take", "takes", "taking", "taken", "took"])
    /// Nouns of documents and messages that a participle can follow (`a statement saying`).
    static let messageNouns: WordSet = [
        "statement", "release", "letter", "memo", "email", "e-mail", "note", "tweet", "post", "message", "report", "video", "ad",
        // Their plurals (`posted tweets saying…`), not `reports` (`reports saying…` are the press's).
        "statements", "releases", "letters", "memos", "emails", "e-mails", "notes", "tweets", "posts", "messages", "videos", "ads",
    ]

    /// Reporting verbs whose object is a statement only as a clause or a quotation: with a bare
    /// noun phrase they do something else ("added a week", "charged fees", "wrote a book"). So do
    /// verbs of signs, watching, informing and having: "the data indicate a shift", "observed the
    /// vote", "informed the board", "advises the mayor", "the town boasts a harbour" name a thing
    /// or an addressee, not a message.
    static let clauseOnlyVerbs: Set<String> = Set([
        "add", "agree", "charge", "write", "estimate", "respond", "reply", "counter", "decline", "maintain",
        "indicate", "inform", "observe", "boast", "advise",
    ].flatMap(Lexicon.inflections))

    /// Verbs of refusing: they report only a refusal to speak ("declined to comment").
    static let refusalVerbs: WordSet = WordSet(Set(Lexicon.inflections("decline")))
    /// Verbs of speaking that, as the infinitive of a refusal, make it a statement
    /// ("declined to comment", "refused to say"); "declined to spell out the details" is not one.
    static let speechInfinitives: WordSet = [
        "comment", "discuss", "elaborate", "say", "answer", "speculate", "respond", "specify", "confirm",
        "deny", "name", "identify", "detail", "disclose", "reveal", "explain", "address", "talk", "speak",
    ]

    /// Words of a time expression that may stand between a subject and its verb
    /// ("The bank just this month announced").
    static let timeExpressionWords: WordSet = [
        "just", "this", "last", "next", "earlier", "later", "month", "week", "year", "morning", "evening", "night",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
    ]

    /// The token before a time expression that ends at `e` (`just this month`), or `e`.
    func beforeTimeExpression(_ e: Int, floor: Int) -> Int {
        if let k = beforeAgoExpression(e, floor: floor) { return k }
        var k = e
        // "USA TODAY reported": a time word in capitals after a word in capitals ends a name.
        while k >= floor, e - k < 4, Self.timeExpressionWords.contains(tokens[k].lower) || isYearInTimePhrase(k, floor: floor), tokens[k].quote == nil,
              !(k > floor && finder.isAcronym(k) && finder.isAcronym(k - 1)) {
            k -= 1
        }
        // Only a whole expression counts: it must hold a time noun, not just "this".
        let holdsTimeNoun = k < e && ((k + 1)...e).contains { !["just", "this", "last", "next"].contains(tokens[$0].lower) }
        guard holdsTimeNoun else { return e }
        // "Ortiz on Tuesday said": the preposition of the time expression goes with it.
        if k > floor, Self.timePrepositions.contains(tokens[k].lower), tokens[k].quote == nil { return k - 1 }
        return k
    }

    /// Whether token `k` is a year (1900–2099) after `in` or a time word (`Ortiz in 2010 said`,
    /// `who in March 2015 said`): part of a time expression, not of a name or a place.
    func isYearInTimePhrase(_ k: Int, floor: Int) -> Bool {
        let t = tokens[k]
        guard k > floor, t.kind == .number, t.lower.count == 4, t.lower.hasPrefix("19") || t.lower.hasPrefix("20"),
              t.lower.allSatisfy(\.isNumber) else { return false }
        return tokens[k - 1].lower == "in" || Self.timeExpressionWords.contains(tokens[k - 1].lower)
    }

    /// Nouns of a span of time that `ago` counts back (`two weeks ago`).
    static let timeUnitNouns: WordSet = [
        "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months",
        "year", "years", "decade", "decades", "century", "centuries",
    ]

    /// The most tokens of an `ago` expression (`less than two weeks ago`).
    static let maxAgoExpressionTokens = 6

    /// The token before an expression in `ago` that ends at `e`, at `ago` or at its time unit
    /// ("The board less than two weeks ago said"), or nil when none ends there. It holds a time unit, and before it only
    /// numbers, determiners, adjectives, adverbs and `than`.
    func beforeAgoExpression(_ e: Int, floor: Int) -> Int? {
        // The verb group may have taken `ago`, an adverb, already.
        let unit = e > floor && tokens[e].lower == "ago" ? e - 1 : e
        guard unit > floor, unit + 1 < tokens.count, tokens[unit + 1].lower == "ago", tokens[unit + 1].quote == nil,
              Self.timeUnitNouns.contains(tokens[unit].lower) else { return nil }
        var k = unit - 1
        while k >= floor, e - k <= Self.maxAgoExpressionTokens, tokens[k].quote == nil, tokens[k].isWord, !tokens[k].isCapitalized,
              [.num, .det, .adj, .adv].contains(tokens[k].tag) || tokens[k].lower == "than" {
            k -= 1
        }
        return k
    }

    /// The most tokens of an aside between a subject and its verb.
    static let maxSubjectAsideTokens = 14

    /// The token before an aside that ends at `e` between a subject and its verb: between dashes
    /// (`Democratic leaders — and, in particular, Senator Reid — insisted`), or between commas
    /// when it opens with a preposition or an adverb (`Sexton, after previous rallies, wrote`);
    /// `e` itself when no such aside ends there. (`NAME, ROLE,` is an apposition, not an aside.)
    func beforeAside(_ e: Int, floor: Int) -> Int {
        guard e > floor, tokens[e].quote == nil else { return e }
        if isCloseMark(e) { return beforeQuotedAside(closingAt: e, floor: floor) }
        let mark = tokens[e].lower
        if Self.isAsideDash(mark) { return beforeDashAside(closingAt: e, floor: floor) }
        guard mark == "," else { return e }
        var k = e - 1
        var segmentEnd = e  // the comma after the segment the scan is in
        while k > floor, e - k <= Self.maxSubjectAsideTokens {
            if tokens[k].quote != nil || tokens[k].lower.isOne(of: ".", ";", ":") { return e }
            if tokens[k].lower == "," {
                // "Ortiz, during a meeting in Dayton, Ohio, said": a state after its town's comma
                // belongs to the aside.
                guard isPlaceAfterTownComma(k, segmentEnd: segmentEnd) else { break }
                segmentEnd = k
            }
            k -= 1
        }
        guard k > floor, k < e - 1, tokens[k].lower == ",", isCommaAside(k + 1, through: e - 1, participle: true) else { return e }
        return k - 1
    }

    /// Whether the comma at `k` stands between a town and its state or country (`Dayton, Ohio`,
    /// `Naples, Fla.`): a capitalised word before it and only a place up to `segmentEnd` after it.
    func isPlaceAfterTownComma(_ k: Int, segmentEnd: Int) -> Bool {
        k > 0 && k + 1 < segmentEnd && tokens[k - 1].isWord && tokens[k - 1].isCapitalized && tokens[k - 1].quote == nil
            && tokens[k + 1].lower != "of" && tokens[k + 1].lower != "from" && finder.isAgeOrPlace(k + 1, segmentEnd - 1)
            && tokens[k + 1].kind != .number
    }

    /// The most tokens of an aside between dashes, which mark both its ends and so may hold a
    /// relative clause and a quote (`Pruett - who once vowed to "fight the plan" - said`).
    static let maxSubjectDashAsideTokens = 32

    /// The token before an aside between dashes whose closing dash is at `e`; `e` when no
    /// opening dash stands within ``maxSubjectDashAsideTokens`` in the sentence.
    func beforeDashAside(closingAt e: Int, floor: Int) -> Int {
        var k = e - 1
        while k > floor, e - k <= Self.maxSubjectDashAsideTokens, !(Self.isAsideDash(tokens[k].lower) && tokens[k].quote == nil) {
            if tokens[k].quote == nil, tokens[k].lower.isOne(of: ".", ";", ":") { return e }
            k -= 1
        }
        guard k > floor, k < e - 1, Self.isAsideDash(tokens[k].lower), tokens[k].quote == nil else { return e }
        return k - 1
    }

    /// Whether tokens `a...end` after a comma make an aside between a subject and its verb: a
    /// subordinate clause whatever verbs it holds (`Demante, when asked if he knew the cause,
    /// mentioned`), or a phrase without a finite verb opened by a preposition, an adverb, a
    /// listing word (`Critics of the plan, including several owners, say`) or, when
    /// `participle`, a participle (`Lander, citing “the magic of the race,” said`).
    func isCommaAside(_ a: Int, through end: Int, participle: Bool) -> Bool {
        let opener = tokens[a]
        if Self.subordinators.contains(opener.lower) { return true }
        if participle, opensPastParticipleAside(a, through: end) { return !holdsFiniteVerb(a + 1, end) }
        let opens = opener.tag == .adp || opener.tag == .adv || Self.listingAsideOpeners.contains(opener.lower)
            || participle && opener.tag == .verb && Lexicon.isGerund(opener.lower)
        return opens && !holdsFiniteVerb(a, end)
    }

    /// The token before an aside that a quote's last comma closes (`Lander, citing “the magic of
    /// the race,” said`): an aside (``isCommaAside(_:through:participle:)``, participles too)
    /// opened by a comma; `e` (the closing mark) for any other shape.
    func beforeQuotedAside(closingAt e: Int, floor: Int) -> Int {
        guard e - 1 > floor, tokens[e - 1].lower == "," else { return e }
        var k = e - 2
        while k > floor, e - k <= Self.maxSubjectAsideTokens, tokens[k].lower != "," || tokens[k].quote != nil {
            if tokens[k].quote == nil, tokens[k].lower.isOne(of: ".", ";", ":") { return e }
            k -= 1
        }
        guard k > floor, k + 1 < e - 1, tokens[k].lower == ",", tokens[k].quote == nil,
              isCommaAside(k + 1, through: e - 1, participle: true) else { return e }
        return k - 1
    }

    /// Whether a past participle and its preposition open the aside `a...end` (`Verdant, based
    /// in Oakland, California, said`, `The coalition, led by farmers, said`, `The group, founded
    /// in 1990, said`): the participle is no finite verb of the aside, though tagged as a verb.
    func opensPastParticipleAside(_ a: Int, through end: Int) -> Bool {
        guard a < end, tokens[a].tag == .verb, tokens[a].quote == nil, tokens[a + 1].tag == .adp else { return false }
        let word = tokens[a].lower
        return word.endsWith("ed") || Self.irregularAsideParticiples.contains(word)
    }

    /// Irregular past participles that open an aside with a preposition (`born in`, `led by`).
    static let irregularAsideParticiples: WordSet = [
        "born", "brought", "built", "chosen", "drawn", "given", "held", "known", "led", "made", "paid", "run", "seen",
        "sent", "sworn", "taken", "written",
    ]

    /// Words that open an aside naming some of the subject's members (`, including several
    /// owners,`), which the tagger may read as a participle.
    static let listingAsideOpeners: WordSet = ["including", "especially", "notably", "particularly"]

    /// Prepositions that open a time expression between a subject and its verb ("on Tuesday").
    static let timePrepositions: WordSet = ["on", "in", "at", "during", "late", "early", "earlier"]

    /// Whether the place adverb at `e` (``SubjectTagRepair/locativeAdverbs``: `there`, `inside`)
    /// ends a clause before the verb group, as a verb's own adverb (`Anyone who was there said`,
    /// `Those who live here say`): a verb or an auxiliary stands right before it. After a noun it
    /// stays the verb's (`Officials there said`).
    func closesClauseBeforeVerbGroup(_ e: Int, floor: Int) -> Bool {
        e - 1 >= floor && SubjectTagRepair.locativeAdverbs.contains(tokens[e].lower)
            && (tokens[e - 1].tag == .verb || tokens[e - 1].tag == .aux) && tokens[e - 1].quote == nil
    }

    /// The token before the verb group that ends with the verb at `v`: auxiliaries, negation,
    /// adverbs, catenative `VERB to` and passive `VERB as` are stepped over, not below `floor`.
    func beforeVerbGroup(_ v: Int, floor: Int) -> Int {
        var e = v - 1
        while e >= floor {
            let t = tokens[e]
            guard t.quote == nil, t.isWord else { break }
            // Compared once: most words are none of those below, and each failed comparison of
            // two strings is a call into the runtime.
            let isTo = t.lower == "to"
            if t.tag == .adv && closesClauseBeforeVerbGroup(e, floor: floor) {
                break
            } else if t.tag == .aux || t.tag == .adv && !t.isCapitalized || t.tag == .part && (t.lower == "not" || t.lower == "n't") {
                e -= 1
            } else if (isTo || t.lower == "as" && e - 1 >= floor && Self.asReportingVerbs.contains(tokens[e - 1].lower)),
                      e - 1 >= floor, tokens[e - 1].tag == .verb {
                e -= 2
            } else if let p = perceptionPassiveStart(endingAt: e, floor: floor) {
                e = p - 1  // "was heard saying", "was caught on camera telling"
            } else if isTo, e - 2 >= floor, tokens[e - 1].lower == "on", Self.goForms.contains(tokens[e - 2].lower) {
                e -= 3  // "went on to say"
            } else if isTo, e - 3 >= floor, tokens[e - 2].lower == "to", tokens[e - 1].isCapitalized,
                      Self.takeForms.contains(tokens[e - 3].lower) {
                e -= 4  // "took to Twitter to say"
            } else if isTo, let occasion = occasionVerb(beforePurposeTo: e, floor: floor) {
                e = occasion - 1  // "used the speech to warn", "went on television to argue"
            } else if isTo, e - 1 >= floor, Self.catenativeAdjectives.contains(tokens[e - 1].lower) {
                // "were slightly more likely to say", "was quick to point out": the adjective and
                // its degree words belong to the verb group.
                e -= 2
                while e >= floor, tokens[e].tag == .adv, !tokens[e].isCapitalized { e -= 1 }
            } else {
                break
            }
        }
        return e
    }

    /// Participles of perceiving or recording that, passive, take a reporting participle whose
    /// speaker is their subject (`was heard saying`, `can be seen telling`, `was caught on tape
    /// boasting`).
    static let perceptionParticiples: WordSet = [
        "heard", "overheard", "seen", "filmed", "recorded", "caught", "captured", "videotaped", "taped", "spotted",
    ]

    /// Media a perception passive may name before its participle (`caught on tape`, `captured on camera`).
    static let recordingMediumWords: WordSet = ["tape", "camera", "video", "film", "audio", "microphone", "mic", "record"]

    /// Most words between `on` and a recording medium (`on a hot mic`).
    static let maxRecordingMediumModifiers = 3

    /// The first token of a perception passive that ends at `e`, right before a reporting
    /// participle: the participle (``perceptionParticiples``) after a passive auxiliary (`was`, `got`), with `on` and
    /// a recording medium perhaps between (`caught on tape`, `on a hot mic`). The auxiliary itself
    /// and any before it are left to the caller. Nil for any other shape.
    func perceptionPassiveStart(endingAt e: Int, floor: Int) -> Int? {
        var p = e
        if Self.recordingMediumWords.contains(tokens[p].lower) {
            var k = p - 1
            while k > floor, p - k <= Self.maxRecordingMediumModifiers, tokens[k].lower != "on", tokens[k].isWord, tokens[k].quote == nil { k -= 1 }
            guard k > floor, tokens[k].lower == "on" else { return nil }
            p = k - 1
        }
        guard p - 1 >= floor, Self.perceptionParticiples.contains(tokens[p].lower), tokens[p].quote == nil,
              Self.passiveAuxiliaries.contains(tokens[p - 1].lower) else { return nil }
        return p
    }

    /// Verbs of sending a message, whose subject a participle after their object shares
    /// (`emailed supporters saying`).
    static let sendingVerbs: WordSet = ["sent", "emailed", "e-mailed", "mailed", "texted", "messaged", "wrote", "tweeted", "posted"]

    /// The speaker of a participle cue (`saying`, `adding`) that is not set off by a comma: after
    /// `quoted as` its passive subject, after a message noun the subject of the sentence.
    func participleSpeaker(_ v: Int, first: Int) -> SpeakerMention? {
        guard v > first else { return nil }
        let before = tokens[v - 1].lower
        if before == "as", v - 2 >= first, Self.asReportingVerbs.contains(tokens[v - 2].lower) {
            return subject(ofVerb: v, floor: first)
        }
        // "Lavrov was quoted by state media as saying": the passive's agent between the verb and
        // `as` quotes; its subject speaks.
        if before == "as", let by = agentPhraseStart(before: v - 1, first: first), by - 1 >= first,
           Self.asReportingVerbs.contains(tokens[by - 1].lower), tokens[by - 1].tag == .verb {
            return subject(ofVerb: by - 1, floor: first)
        }
        // "State media quoted her as saying": an object pronoun speaks (the actors resolve it).
        if before == "as", v - 3 >= first, Self.objectPronouns.contains(tokens[v - 2].lower),
           Self.asReportingVerbs.contains(tokens[v - 3].lower), tokens[v - 3].tag == .verb {
            return finder.make(first: v - 2, last: v - 2, kind: .pronoun)
        }
        // "State media quoted Voronov as saying": the active verb's object speaks.
        if before == "as", v - 2 >= first, let object = finder.phrase(endingAt: v - 2, floor: first), object.kind != .pronoun,
           object.first - 1 >= first, Self.asReportingVerbs.contains(tokens[object.first - 1].lower), tokens[object.first - 1].tag == .verb {
            return object
        }
        // "Reyes was heard telling supporters…": a perception passive's subject speaks.
        if let p = perceptionPassiveStart(endingAt: v - 1, floor: first), Lexicon.isGerund(tokens[v].lower) {
            return subject(ofVerb: p, floor: first)
        }
        if followsMessageNoun(v, first: first) { return messageSender(v, first: first) }
        // "The senator emailed supporters saying…": after a verb's object, the verb's subject.
        // Only after a verb of sending or saying: elsewhere the participle is the object's
        // ("had artists writing songs", "depicts a contractor asking").
        if let object = finder.phrase(endingAt: v - 1, floor: first), object.first - 1 > first,
           tokens[object.first - 1].tag == .verb, !Lexicon.isGerund(tokens[object.first - 1].lower),
           tokens[object.first - 1].is(.reporting) || Self.sendingVerbs.contains(tokens[object.first - 1].lower) {
            return subject(ofVerb: object.first - 1, floor: first)
        }
        // "Residents began saying…": the aspectual verb's subject.
        if let m = aspectualGerundSpeaker(v, first: first) { return m }
        if let host = occasionObjectHost(v, first: first) { return host }
        if let perceived = perceivedParticipleSpeaker(v, first: first) { return perceived }
        return gerundSpeaker(v, first: first)
    }

    /// Most tokens of a passive's agent phrase (`by the state news agency`).
    static let maxAgentPhraseTokens = 6

    /// The `by` that opens a passive's agent phrase ending right before token `end`, or nil.
    func agentPhraseStart(before end: Int, first: Int) -> Int? {
        var k = end - 1
        while k > first, end - k <= Self.maxAgentPhraseTokens, tokens[k].isWord, tokens[k].quote == nil {
            if tokens[k].lower == "by" { return k < end - 1 ? k : nil }
            k -= 1
        }
        return nil
    }

    /// Nouns of a stretch of time an object may name (`spent the day calling…`).
    static let timeSpanNouns: WordSet = ["day", "days", "morning", "afternoon", "evening", "night", "week", "weekend", "hours"]

    /// The speaker of the participle at `v` right after a verb's object that names an occasion
    /// or a stretch of time (`opened a rally blasting the governor`, `spent the day calling him a
    /// fraud`): an occasion does not speak, so the participle tells what the verb's subject did.
    func occasionObjectHost(_ v: Int, first: Int) -> SpeakerMention? {
        guard v - 1 > first, Lexicon.isGerund(tokens[v].lower), tokens[v - 1].quote == nil,
              Self.occasionNouns.contains(tokens[v - 1].lower) || Self.timeSpanNouns.contains(tokens[v - 1].lower),
              let object = finder.phrase(endingAt: v - 1, floor: first), object.kind == .description, object.first - 1 > first,
              tokens[object.first - 1].tag == .verb, !Lexicon.isGerund(tokens[object.first - 1].lower) else { return nil }
        return subject(ofVerb: object.first - 1, floor: first)
    }

    /// Whether a message noun stands right before the participle at `v`, or before a short time
    /// adjunct or addressee before it (`issued a statement calling`, `released a statement
    /// Wednesday saying`, `sent a text message to supporters saying`).
    func followsMessageNoun(_ v: Int, first: Int) -> Bool {
        v > first && Self.messageNouns.contains(tokens[beforeAddressee(beforeTimeAdjunct(v - 1, first: first), first: first)].lower)
    }

    /// Most words of the addressee between a message noun and its participle (`to its donors`).
    static let maxMessageAddresseeWords = 2

    /// The token before a short `to` phrase naming whom a message went to that ends at `k` (`to
    /// supporters`, `to its donors`), or `k` itself.
    func beforeAddressee(_ k: Int, first: Int) -> Int {
        var t = k
        while t > first, k - t < Self.maxMessageAddresseeWords, tokens[t].quote == nil, tokens[t].isWord,
              [.det, .adj, .noun, .propn, .pron].contains(tokens[t].tag), tokens[t].lower != "to" { t -= 1 }
        guard t < k, t - 1 >= first, tokens[t].lower == "to", tokens[t].quote == nil,
              Self.messageNouns.contains(tokens[t - 1].lower) else { return k }
        return t - 1
    }

    /// The sender of the message noun before the participle at `v`: the sentence's subject, which
    /// must be a noun phrase with no verb when a time adjunct stands between.
    func messageSender(_ v: Int, first: Int) -> SpeakerMention? {
        // "Ruiz spoke after Hale posted a series of tweets saying…": the subject of the verb
        // whose object the message is sent it, whatever clause that verb stands in.
        let noun = beforeAddressee(beforeTimeAdjunct(v - 1, first: first), first: first)
        // "…, with one of her ads asking, “…?”": in an absolute `with` clause the message is the
        // participle's own subject, and it speaks, as a document does.
        if let message = withClauseMessage(endingAt: noun, first: first) { return message }
        if let verb = verbOfMessage(endingAt: noun, first: first) {
            // "The Post obtained a memo saying…": who got or read the message did not write it;
            // the message itself speaks, as a document does.
            if Self.receivingVerbs.contains(tokens[verb].lower) {
                return finder.phrase(endingAt: noun, floor: verb + 1)
            }
            if let sender = subject(ofVerb: verb, floor: first) { return sender }
        }
        guard let m = sentenceSubject(first: first, before: v) else { return nil }
        if Self.messageNouns.contains(tokens[v - 1].lower) { return m }
        return (m.first...m.last).allSatisfy({ tokens[$0].tag != .verb }) ? m : nil
    }

    /// The message noun phrase ending with the noun at `n` when `with` opens it (`with one of her
    /// ads`, `with a new video`): an absolute clause's subject. Nil otherwise.
    func withClauseMessage(endingAt n: Int, first: Int) -> SpeakerMention? {
        var k = n - 1
        while k > first, n - k <= Self.maxMessagePhraseWords, tokens[k].quote == nil, tokens[k].lower != "with",
              [.det, .adj, .noun, .propn, .num, .pron].contains(tokens[k].tag) || tokens[k].lower == "of" { k -= 1 }
        guard k >= first, tokens[k].lower == "with", tokens[k].quote == nil,
              let m = finder.phrase(endingAt: n, floor: k + 1), m.last == n else { return nil }
        // "one of her ads": the whole phrase, its quantity too.
        return m.first == k + 1 ? m : finder.make(first: k + 1, last: n, kind: .description)
    }

    /// Verbs of getting, finding or passing on a message someone else wrote (`obtained a memo`,
    /// `cited a letter`): their subject is no sender.
    /// (`see` and `get` are written out: ``Lexicon/inflections(_:)`` knows no irregular forms of theirs.)
    static let receivingVerbs = WordSet(Set(["obtain", "receive", "read", "review", "find", "discover",
                                             "cite", "publish", "leak", "acquire"].flatMap(Lexicon.inflections))
        .union(["see", "sees", "saw", "seen", "seeing", "get", "gets", "got", "gotten", "getting"]))

    /// Most words of a message's noun phrase before its noun (`a series of angry tweets`).
    static let maxMessagePhraseWords = 6

    /// The finite verb whose object is the message noun phrase that ends with the noun at `n`
    /// (`posted a series of tweets`, `sent letters`), or nil.
    func verbOfMessage(endingAt n: Int, first: Int) -> Int? {
        var k = n - 1
        while k > first, n - k <= Self.maxMessagePhraseWords, tokens[k].quote == nil,
              [.det, .adj, .noun, .propn, .num, .pron].contains(tokens[k].tag) || tokens[k].lower == "of" { k -= 1 }
        guard k >= first, k < n, tokens[k].tag == .verb, tokens[k].quote == nil, !Lexicon.isGerund(tokens[k].lower) else { return nil }
        return k
    }

    /// Words of a short time adjunct between a message noun and its participle (`a statement
    /// late Wednesday saying`, `a letter this week urging`).
    static let timeAdjunctWords: WordSet = ["this", "last", "next", "on", "late", "early", "earlier", "week", "month", "year", "morning", "night"]

    /// The token before a time adjunct that ends at `k` (`Wednesday`, `this week`), or `k` itself.
    func beforeTimeAdjunct(_ k: Int, first: Int) -> Int {
        var b = k
        while b > first, k - b < 3, tokens[b].quote == nil, tokens[b].is(.timeWord) || Self.timeAdjunctWords.contains(tokens[b].lower) { b -= 1 }
        return b
    }

    /// `Insisting the vote was fair, Pruett invited…`: a participle cue opening the sentence, its
    /// clause up to the first comma, and the main clause's subject as the speaker.
    func openingParticipleClause(verb v: Int, first: Int, last: Int) -> Candidate? {
        guard v == first, tokens[v].tag == .verb, tokens[v].isCapitalized || v == first,
              let (c, m) = frontedClauseEnd(after: v, last: last),
              holdsFiniteVerb(v + 1, c - 1), tokens[v + 1].tag != .adp,
              let span = clauseSpan(from: v + 1, to: c - 1), wordCount(span) >= 2 else { return nil }
        return make(span, cue: v...v, m, .reportedSpeech, 0.7)
    }

    /// The comma that ends a fronted participle clause whose cue is `v`, and the subject of the
    /// main clause after it (a name, or a description with its determiner, before its verb).
    func frontedClauseEnd(after v: Int, last: Int) -> (comma: Int, speaker: SpeakerMention)? {
        var c = v + 1
        while c <= last, tokens[c].lower != ",", tokens[c].quote == nil, c - v <= 30 { c += 1 }
        guard c + 1 <= last, tokens[c].lower == ",",
              let m = finder.phrase(startingAt: c + 1, ceiling: last), m.kind != .description || tokens[m.first].is(.determiner),
              m.lastWithRole + 1 <= last, tokens[m.lastWithRole + 1].tag == .verb || tokens[m.lastWithRole + 1].tag == .aux
        else { return nil }
        return (c, m)
    }

    /// `China, its only ally, said A and warned B`, `Merrill says Lee promised A and said B`: the
    /// subject of the sentence's first finite reporting verb before `end`, which a coordinated
    /// reporting verb shares (the first, not the nearest: a nearer one may sit inside its clause).
    func firstCueSubject(first: Int, before end: Int) -> SpeakerMention? {
        var k = first
        while k < end, k - first <= maxSentenceCueDistance {
            let t = tokens[k]
            if t.quote == nil, t.is(.reporting), t.tag == .verb, !Lexicon.isGerund(t.lower), !isPassive(k, first: first) {
                return subject(ofVerb: k, floor: first)
            }
            k += 1
        }
        return nil
    }

    /// `…, when protesters interrupted her speech, shouting “…”`: the subject of the finite verb
    /// of the clause the participle closes (the nearest one before `end`, not inside a quote),
    /// when one is found there.
    func precedingClauseSubject(before end: Int, first: Int) -> SpeakerMention? {
        var k = end
        var verbs: [Int] = []
        while k > first, end - k <= maxSentenceCueDistance {
            let t = tokens[k]
            if t.quote != nil || isOpenMark(k) || isCloseMark(k) { break }
            if t.tag == .verb, !Lexicon.isGerund(t.lower), tokens[k - 1].lower != "to", !isPassive(k, first: first) {
                verbs.append(k)
            }
            k -= 1
        }
        guard let nearest = verbs.first else { return nil }
        // "Prosecutors charged the officer and Mayor Ruiz fired his chief, acknowledging…": a
        // clause coordinated after the first has its own subject, and the participle is its.
        if verbs.count > 1, isCoordinatedClause(verb: nearest, first: first) { return subject(ofVerb: nearest, floor: first) }
        // "Huckabee rounded out the list of candidates interviewed, citing…", "Petrilli tied the
        // scores to improved rates, saying…": the clause's first verb with a subject is its main
        // verb; later ones are participles inside its object. A fronted subordinate clause's verb
        // ("When the mayor arrived, Ruiz spoke…, saying") is not the clause's.
        for v in verbs.reversed() where v != nearest {
            if let comma = frontedClauseEnd(verb: v, first: first, last: end), comma < end { continue }
            // "Ruiz spoke until students interrupted her, shouting…": after a subordinate clause
            // the participle is that clause's.
            // "…blocked the agency from deporting migrants held at a camp, saying…": a
            // preposition before a gerund opens no clause with a subject of its own.
            // "Hale hopes that the plan could help the city, pointing to…": the `that` opening the
            // verb's own complement clause is no subordinate clause taking the participle
            // (``opensComplementClause(of:at:)``).
            if ((v + 1)..<end).contains(where: { (tokens[$0].tag == .sconj || Self.subordinators.contains(tokens[$0].lower)
                || Self.participleSubordinators.contains(tokens[$0].lower)) && !opensGerundClause(at: $0, before: end)
                && !opensComplementClause(of: v, at: $0) }) { break }
            // Only a subject opening the clause (at its start or after an introduction's comma)
            // is the main clause's; a verb inside a relative clause has its own.
            // A phrase a preposition opens is no subject ("Amid calls to…", however "Amid" is tagged).
            if let m = subject(ofVerb: v, floor: first), m.first == first || tokens[m.first - 1].lower == ",",
               tokens[m.first].tag != .adp, !tokens[m.first].is(.preposition) { return m }
        }
        // "As they met in Ottawa, Ruiz was in Bangor, promising…": a verb in a fronted clause is
        // not the participle's; the sentence's subject after the clause is.
        if let comma = frontedClauseEnd(verb: nearest, first: first, last: end), comma < end { return nil }
        return subject(ofVerb: nearest, floor: first)
    }

    /// The subject a participle after a comma at `v - 1` shares (`Vance spoke for an hour,
    /// saying…`, `Trump went after Bush, calling him…`): after a reported clause the one who
    /// reports goes on speaking (`Cruz said the deal could fail, arguing…`), else the subject of
    /// a trailing relative or subordinate clause (``trailingClauseSubject(before:first:)``), of
    /// the clause before the comma, of the sentence, or of the cue before it.
    func commaParticipleSubject(_ v: Int, first: Int) -> SpeakerMention? {
        postposedCueSubject(before: v - 1, first: first) ?? invertedCueSubject(before: v - 1, first: first)
            ?? reportedClauseCueSubject(before: v - 1, first: first) ?? trailingClauseSubject(before: v - 1, first: first)
            ?? precedingClauseSubject(before: v - 1, first: first) ?? sentenceSubject(first: first, before: v)
            ?? precedingCueSubject(before: v - 1, first: first)
    }

    /// Whether the verb at `v` has a subject of its own right after a coordinator (`… and
    /// Ruiz fired`): the verb heads a coordinated clause.
    func isCoordinatedClause(verb v: Int, first: Int) -> Bool {
        guard let m = subject(ofVerb: v, floor: first), m.first - 1 > first else { return false }
        return Self.clauseCoordinators.contains(tokens[m.first - 1].lower) && tokens[m.first - 1].quote == nil
    }

    /// Coordinators that join two clauses, each with its subject (`…, and Ruiz fired…`).
    static let clauseCoordinators: WordSet = ["and", "but"]

    /// `Tenants say the rent is unfair, and the league sued the city, saying…`: whether the verb
    /// at `v` heads a clause coordinated after `, and` / `, but` where the reported clause before
    /// it ends by grammar (``clauseEndsByGrammar(at:last:)``: a subject of its own, no backshift).
    /// The report closed at that comma, so a participle after the coordinated clause is that
    /// clause's subject's, not the earlier reporter's.
    /// Not when the coordinated clause has an auxiliary or a modal (`…, and the city cannot afford
    /// it, adding…`: a present report shows no backshift, and such a clause is as often the
    /// report's second half), nor before a participle that goes on with what was said (``continuingParticiples``).
    func closesReportBeforeCoordinatedClause(verb v: Int, participle p: Int, first: Int, last: Int) -> Bool {
        guard !Self.continuingParticiples.contains(tokens[p].lower),
              let m = subject(ofVerb: v, floor: first), m.first - 2 > first, m.last < v,
              Self.clauseCoordinators.contains(tokens[m.first - 1].lower), tokens[m.first - 1].quote == nil,
              tokens[m.first - 2].lower == ",", tokens[m.first - 2].quote == nil,
              !(m.last + 1..<v).contains(where: { tokens[$0].tag == .aux }) else { return false }
        return clauseEndsByGrammar(at: m.first - 2, last: last)
    }

    /// Participles that go on with a statement already made (`…, adding that…`), whose subject
    /// is the reporter's, whatever clause stands between.
    static let continuingParticiples: WordSet = ["adding", "noting", "continuing", "concluding"]

    /// Most tokens between two coordinated participles (`calling them rapists and vowing`).
    static let maxCoordinatedParticipleDistance = 12

    /// The participle after a comma that the participle after the coordinator at `and` is
    /// coordinated with (`…, calling them rapists and vowing…`), or nil: only words of its
    /// object stand between, no finite verb, no clause break.
    func coordinatedParticiple(before and: Int, first: Int) -> Int? {
        var k = and - 1
        while k > first, and - k <= Self.maxCoordinatedParticipleDistance {
            let t = tokens[k]
            if t.tag == .verb, Lexicon.isGerund(t.lower) { return tokens[k - 1].lower == "," && tokens[k - 1].quote == nil ? k : nil }
            if t.tag == .aux || t.tag == .verb || t.tag == .sconj || t.lower.isOne(of: ";", ":") { return nil }
            k -= 1
        }
        return nil
    }

    /// `Cruz said the deal could fail, arguing that…`: when the finite verb nearest before the
    /// comma at `end` stands in the clause a reporting verb reports, that verb's subject (the
    /// participle shares the subject of the main clause, not of the reported one); else nil.
    func reportedClauseCueSubject(before end: Int, first: Int) -> SpeakerMention? {
        var k = end
        var clauseVerb: Int?
        while k > first, end - k <= maxSentenceCueDistance {
            let t = tokens[k]
            if t.quote != nil || isOpenMark(k) || isCloseMark(k) { return nil }
            if t.tag == .verb || t.tag == .aux, !Lexicon.isGerund(t.lower), tokens[k - 1].lower != "to" {
                if let c = clauseVerb, t.is(.reporting), t.tag == .verb {
                    // "Prosecutors charged the officer with murder and Ruiz fired his chief,
                    // acknowledging…": a clause coordinated after the verb's object is no clause
                    // it reports.
                    if isCoordinatedClause(verb: c, first: first), tokens[k + 1].lower != "that",
                       !startsFiniteClause(at: k + 1, last: end) {
                        return nil
                    }
                    if end + 1 < tokens.count, closesReportBeforeCoordinatedClause(verb: c, participle: end + 1, first: first, last: end) { return nil }
                    return subject(ofVerb: k, floor: first)
                }
                if clauseVerb == nil { clauseVerb = k }
            }
            k -= 1
        }
        return nil
    }

    /// Most tokens between a postposed cue's verb and the comma before a participle
    /// (`…, the ministry told reporters in Jakarta, adding…`).
    static let maxPostposedCueTail = 8

    /// `Prices will rise, the ministry told reporters, adding that…`: the subject of a postposed
    /// cue (a subject opening after a comma, a finite reporting verb, its addressee or adjuncts)
    /// that closes right before the participle's comma at `end`; nil for any other shape.
    func postposedCueSubject(before end: Int, first: Int) -> SpeakerMention? {
        guard end > first, tokens[end].lower == ",", tokens[end].quote == nil else { return nil }
        var k = end - 1
        while k > first, end - k <= Self.maxPostposedCueTail, tokens[k].isWord, tokens[k].quote == nil,
              !(tokens[k].tag == .verb && tokens[k].is(.reporting)) {
            if tokens[k].tag == .verb || tokens[k].tag == .aux { return nil }
            k -= 1
        }
        guard k > first, tokens[k].tag == .verb, tokens[k].is(.reporting), !Lexicon.isGerund(tokens[k].lower),
              let m = subject(ofVerb: k, floor: first), m.first - 1 > first, tokens[m.first - 1].lower == ",",
              tokens[m.first - 1].quote == nil, holdsFiniteVerb(first, m.first - 2) else { return nil }
        return m
    }

    /// `“We are ready,” the coach said, adding that…`: the speaker of the reporting verb before
    /// the participle in the same sentence (its subject, or the subject set after it).
    func precedingCueSubject(before end: Int, first: Int) -> SpeakerMention? {
        var k = end
        while k >= first {
            let t = tokens[k]
            if t.quote == nil, t.is(.reporting), t.tag == .verb, !Lexicon.isGerund(t.lower) {
                if let m = subject(ofVerb: k, floor: first) { return m }
                if let m = finder.phrase(startingAt: k + 1, ceiling: end), m.kind != .description || tokens[m.first].is(.determiner) {
                    return m
                }
                return nil
            }
            k -= 1
        }
        return nil
    }
}

extension Attributor {
    /// The subject of a verb coordinated with an earlier finite verb (`Johnson railed against the
    /// plan and explained how…`, `Ubben called him “driven” and asserted that…`): the subject of
    /// the sentence's first clause, not the object of the first verb.
    /// `verbGroupStart`: ``beforeVerbGroup(_:floor:)`` of `v`, when the caller has read it.
    func coordinatedVerbSubject(ofVerb v: Int, floor: Int, verbGroupStart: Int? = nil) -> SpeakerMention? {
        // "has voted to strike and is demanding that…": a progressive's participle heads a finite
        // group after its `be` (``followsProgressiveAuxiliary(_:floor:)``).
        guard !Lexicon.isGerund(tokens[v].lower) || followsProgressiveAuxiliary(v, floor: floor) else { return nil }
        var g = verbGroupStart ?? beforeVerbGroup(v, floor: floor)
        // "Hunter represents San Diego, and like Trump has spoken about…": a comparison between
        // the coordinator and the verb is no subject.
        if let like = comparisonPhraseStart(endingAt: g, floor: floor) { g = like - 1 }
        guard g - 1 > floor, tokens[g].lower == "and" || tokens[g].lower == "but" else { return nil }
        // "Farmers called for a boycott, and the Farm Bureau denounced the plan and said…": the
        // subject of the clause that the verbs close, after its own `, and`.
        if let clause = coordinatedClauseStart(before: g, first: floor), let m = coordinatedVerbSubject(group: g, floor: clause) {
            return m
        }
        // "When people come up to me and say, “…,” I smile": the verbs of a subordinate clause
        // share that clause's subject, after its subordinator, which may follow an earlier clause
        // (`Though I'm not famous, when people come up and introduce themselves and say…`).
        // The clause must still be open: no comma closes it before the coordinator.
        if let sub = openSubordinateClause(before: g, floor: floor), let m = coordinatedVerbSubject(group: g, floor: sub + 1) {
            return m
        }
        // "The crowd cheered when the mayor spotted a banner and asked…": the same in a clause
        // that a subordinator opens in mid-sentence (``embeddedSubordinateClause(before:floor:)``).
        if let sub = embeddedSubordinateClause(before: g, floor: floor), let m = coordinatedVerbSubject(group: g, floor: sub + 1),
           canSpeakInEmbeddedClause(m) {
            return m
        }
        return coordinatedVerbSubject(group: g, floor: floor)
    }

    /// Prepositions of comparison whose phrase may stand between a coordinator and its verb.
    static let comparisonPrepositions: WordSet = ["like", "unlike"]
    /// Most words of a noun phrase after a preposition of comparison.
    static let maxComparisonPhraseWords = 4

    /// The token of `like` or `unlike` opening a phrase of comparison that ends at `end`, a noun
    /// phrase after it (`like Trump`, `unlike the mayor`); nil for any other shape.
    func comparisonPhraseStart(endingAt end: Int, floor: Int) -> Int? {
        var k = end
        while k > floor, end - k < Self.maxComparisonPhraseWords, tokens[k].quote == nil,
              [.propn, .noun, .det, .adj].contains(tokens[k].tag) {
            k -= 1
        }
        guard k < end, k > floor, Self.comparisonPrepositions.contains(tokens[k].lower), tokens[k].quote == nil else { return nil }
        return k
    }

    /// The subordinator (``adjunctClauseSubordinators``) of the adverbial clause still open at
    /// `end`: the sentence's first word or the word after a comma, with no comma after it before
    /// `end`; nil when none is.
    func openSubordinateClause(before end: Int, floor: Int) -> Int? {
        var k = end - 1
        while k >= floor, end - k <= maxSentenceCueDistance, tokens[k].lower != "," || tokens[k].quote != nil { k -= 1 }
        let opener = k + 1
        guard opener < end, Self.adjunctClauseSubordinators.contains(tokens[opener].lower), tokens[opener].quote == nil else { return nil }
        return opener
    }

    /// The first token of the last clause joined by `, and`, `, but` or `;` before token `end`
    /// (outside quotes), or nil when none is.
    func coordinatedClauseStart(before end: Int, first: Int) -> Int? {
        var k = end - 1
        while k > first, end - k <= maxSentenceCueDistance {
            let t = tokens[k]
            if t.quote == nil, t.lower == ";" || t.lower.isOne(of: "and", "but") && tokens[k - 1].lower == "," && tokens[k - 1].quote == nil {
                return k + 1 < end ? k + 1 : nil
            }
            k -= 1
        }
        return nil
    }

    /// The subject of the clause from `floor` whose verb the coordinator at `g` follows.
    private func coordinatedVerbSubject(group g: Int, floor: Int) -> SpeakerMention? {
        guard g - 1 > floor else { return nil }
        var c = g - 1
        if tokens[c].lower == "," { c -= 1 }
        // The first conjunct must be a clause with its own verb ("Trump and Ryan said" joins subjects).
        guard c > floor, holdsFiniteVerb(floor, c), let m = sentenceSubject(first: floor, before: g),
              m.lastWithRole < c else { return nil }
        // The subject stands right before the first conjunct's verb group.
        var k = m.lastWithRole + 1
        // "Ruiz, like Ortiz, has encouraged …": a short aside between commas first.
        if k < c, tokens[k].lower == ",", let close = (k + 1...min(c, k + Self.maxSubjectAsideTokens)).first(where: { tokens[$0].lower == "," }) {
            k = close + 1
        }
        while k < c, tokens[k].tag == .adv || tokens[k].tag == .aux || tokens[k].tag == .part { k += 1 }
        return tokens[k].tag == .verb && !tokens[k].isCapitalized ? m : nil
    }
}

extension Attributor {
    /// Whether the cue word at `v`, in its bare form, is a noun heading the subject of the verb
    /// right after it (`The October report exceeded forecasts`, `the rejection report ends on a
    /// hopeful note`): a word of a noun phrase stands before it, and a present or past tense
    /// (`-s`, `-ed`) after it, which a reporting verb never takes as its complement.
    func headsSubjectOfNextVerb(_ v: Int, first: Int, last: Int) -> Bool {
        guard v > first, v + 1 <= last else { return false }
        let w = tokens[v].lower
        guard !Lexicon.isInflectedForm(w), !Lexicon.isGerund(w) else { return false }
        let before = tokens[v - 1], after = tokens[v + 1]
        guard before.isWord, before.quote == nil, Self.subjectNounTags.contains(before.tag) else { return false }
        guard after.tag == .verb && after.quote == nil && !Lexicon.isGerund(after.lower)
            && Lexicon.isInflectedForm(after.lower) else { return false }
        // A word that is mostly a noun of a document (`report`, `statement`) heads the subject
        // even after a plural-looking word (`the jobs report cheered`).
        if MentionFinder.documentNouns.contains(w) || Self.nounCues.contains(w) { return true }
        // "Police say masked gunmen…", "Residents say flooded roads…": a bare cue agrees with a
        // plural noun, or a bare noun opening the sentence; only after a singular one is it a noun.
        let plural = before.lower.endsWith("s") && !before.lower.endsWith("ss") && [.noun, .propn].contains(before.tag)
        return !plural && v - 1 > first
    }

    /// Tags of the words of a noun phrase before its head.
    static let subjectNounTags: Set<UPOS> = [.det, .adj, .noun, .propn, .num]
}
