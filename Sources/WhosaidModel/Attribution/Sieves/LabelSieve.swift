import WhosaidSyntax

/// Labels and characterisations that news annotation counts as statements although no clause is
/// reported: `Whitfield called the plan “a reckless gamble.”`, `Lee described the rules as
/// “a cage”`, `Reyes blasted the governor for his handling of the flood.` The statement is the
/// verb's object with its label or reason; it is mixed when it carries a quote. The sieve can be
/// switched off (``Engine/Options/labelStatements``); its statements carry the rule `label`.
extension Attributor {
    /// Verbs that label their object with a quotation (`called X “Y”`).
    static let labellingVerbs: Set<String> = Set(["call", "dub", "brand", "label", "term"].flatMap(Lexicon.inflections))
    /// Verbs that characterise their object with `as` (`described X as Y`).
    static let characterisingVerbs: Set<String> = Set(["describe", "characterize", "characterise", "portray", "denounce", "dismiss", "brand", "hail"].flatMap(Lexicon.inflections))
    /// Verbs of public criticism whose object and reason are the statement (`blasted X for Y`).
    static let criticisingVerbs: Set<String> = Set(["blast", "slam", "lambaste", "rebuke", "chide", "scold", "fault"].flatMap(Lexicon.inflections))
    /// Verbs that liken their object to a quotation (`likened the rules to “burning the Constitution”`).
    static let comparingVerbs: Set<String> = Set(["liken", "compare"].flatMap(Lexicon.inflections))
    /// Dashes that close a label's clause.
    static let labelClosingDashes: Set<String> = clauseDashes.union(["-"])
    /// Whether token `k` is a dash set off by a space before it (`– the president`, `- saying`),
    /// not a hyphen closing a word (`a ‘D-’ rating`).
    func isSpacedDash(_ k: Int) -> Bool {
        Self.labelClosingDashes.contains(tokens[k].lower) && k > 0 && tokens[k].start > tokens[k - 1].end
    }
    /// The most tokens a labelled object may have.
    static let maxLabelObject = 10

    /// Whether the verb at `v` is a participle right after a comma outside quotes (`…, calling`).
    func isCommaParticiple(_ v: Int, first: Int) -> Bool {
        v > first && tokens[v - 1].lower == "," && tokens[v - 1].quote == nil && Lexicon.isGerund(tokens[v].lower)
    }

    /// The speaker of a labelling participle after a comma (`Trump went after Bush, calling him
    /// “a total stiff.”`): the subject that participle shares.
    func commaLabelParticipleSubject(_ v: Int, first: Int) -> SpeakerMention? {
        guard isCommaParticiple(v, first: first) else { return nil }
        return commaParticipleSubject(v, first: first)
    }

    /// The subject of the label verb at `v`, unless `v` is a participle after a comma and the
    /// phrase read back from it is no subject: a name set off by commas (`wrote a letter to the
    /// college's president, Lee Ortiz, calling…`), apposed to an object, or a verb's object
    /// (``isVerbObjectBeforeCommaParticiple(_:first:)``: `attacked Bo Diaz, with whom she
    /// clashed, calling…`). The participle's subject is then the clause's
    /// (``commaLabelParticipleSubject(_:first:)``).
    func ownSubject(ofLabelVerb v: Int, first: Int) -> SpeakerMention? {
        guard let m = subject(ofVerb: v, floor: first) else { return nil }
        guard isCommaParticiple(v, first: first) else { return m }
        let apposed = m.first - 1 > first && tokens[m.first - 1].lower == "," && tokens[m.first - 1].quote == nil
        return apposed || isVerbObjectBeforeCommaParticiple(m, first: first) ? nil : m
    }

    /// A label statement around the verb at `v` in the sentence `first...last`, if it is one.
    func labelStatement(verb v: Int, first: Int, last: Int) -> Candidate? {
        // This runs at every word outside quotes; only a lower-case verb can cue, so the three
        // set lookups (each hashing the word) wait for the cheap tests.
        guard tokens[v].tag == .verb, !tokens[v].isCapitalized, tokens[v].is(.labelCue) else { return nil }
        let w = tokens[v].lower
        let labels = Self.labellingVerbs.contains(w), characterises = Self.characterisingVerbs.contains(w)
        let criticises = Self.criticisingVerbs.contains(w)
        let compares = Self.comparingVerbs.contains(w)
        // "a microbe called Veillonella minor": a reduced relative names a thing (``isNamingParticiple(_:first:last:)``).
        if labels, isNamingParticiple(v, first: first, last: last) { return nil }
        if labels, let gap = relativeGapLabel(verb: v, first: first, last: last) { return gap }
        if characterises, !labels, v + 1 <= last, tokens[v + 1].tag == .adp || tokens[v + 1].lower == "as", let passive = passiveCharacterisation(verb: v, first: first, last: last) {
            return passive
        }
        guard labels || characterises || criticises || compares, v + 2 <= last, tokens[v + 1].isWord, tokens[v + 1].quote == nil, !isOpenMark(v + 1),
              tokens[v + 1].tag != .adp, tokens[v + 1].tag != .part,
              // "issued a statement calling X Y": the statement's sender labels.
              let m = followsMessageNoun(v, first: first) ? messageSender(v, first: first)
                : occasionObjectHost(v, first: first) ?? ownSubject(ofLabelVerb: v, first: first) ?? commaLabelParticipleSubject(v, first: first)
                    ?? coordinatedStatementParticipleSpeaker(v, first: first) else { return nil }
        // The object: a noun phrase of a few words, then the label ("“…”", "as …", "for …").
        var k = v + 1
        while k <= last, k - v <= Self.maxLabelObject, tokens[k].quote == nil, !isOpenMark(k), tokens[k].isWord,
              !(characterises && tokens[k].lower == "as"), !(criticises && tokens[k].lower.isOne(of: "for", "as", "over")),
              !(compares && tokens[k].lower == "to") {
            k += 1
        }
        if labels, let label = unquotedLabel(verb: v, last: last) {
            return isPassive(v, first: first) ? passiveLabel(label, verb: v, last: last) : make(label, cue: v...v, m, .label, 0.65)
        }
        guard k <= last, k > v + 1 else { return nil }
        let labelled = labels && isOpenMark(k)
        let characterised = (characterises || criticises) && tokens[k].lower == "as"
        let reason = criticises && tokens[k].lower.isOne(of: "for", "over")
        // "likened the rules to “burning the Constitution”": only a quoted comparison labels
        // (`compared the figures to last year's` reports nothing).
        let likened = compares && tokens[k].lower == "to" && k + 1 <= last && isOpenMark(k + 1)
        guard labelled || characterised || reason || likened else { return nil }
        // The comparison ends with its quote.
        if likened {
            let qi = firstQuote(endingAfter: tokens[k + 1].start)
            guard qi < quotes.count, openToken[qi] == k + 1, let span = clauseSpan(from: v + 1, to: closeToken[qi]) else { return nil }
            return make(span, cue: v...v, m, .label, 0.65)
        }
        var end = k
        // The quote opening at `k`, found by binary search over the quotes in text order.
        let qi = firstQuote(endingAfter: tokens[k].start)
        if labelled, qi < quotes.count, openToken[qi] == k {
            end = closeToken[qi]
        }
        // The label's clause goes on after a quote that does not close with its own punctuation
        // (`called the deal “a historic step” in the fight against…`), up to a comma or the end.
        if !labelled || qi < quotes.count && openToken[qi] == k && !endsWithOwnPunctuation(qi) {
            // Bounded like the other sentence searches, so one endless sentence stays linear.
            let limit = min(last, k + maxSentenceCueDistance)
            // "called the system “rigged” in a tweet Tuesday": the occasion or time of the label
            // is the cue's adjunct, not more of the label.
            let afterQuote = end + 1
            // A dash after the label opens the reporter's aside (`called him “the next Lincoln” –
            // the president he admires most`), as a comma does, and so does a bracket (`called
            // them “rapists” (although he allowed that…)`).
            while end + 1 <= limit, !clauseEnds(at: end + 1, last: last),
                  !tokens[end + 1].lower.isOne(of: ",", ".", ";", "!", "?", "(") && !isSpacedDash(end + 1)
                    || tokens[end + 1].quote != nil {
                if labelled, end + 1 == afterQuote, opensOccasionAdjunct(at: end + 1, end: limit) { break }
                end += 1
            }
        }
        if let cut = coordinatedPredicateCut(from: v + 1, to: end, participleCue: Lexicon.isGerund(tokens[v].lower)) { end = cut }
        guard let span = clauseSpan(from: v + 1, to: end) else { return nil }
        if labels, isPassive(v, first: first) { return passiveLabel(span, verb: v, last: last) }
        return make(span, cue: v...v, m, .label, 0.7)
    }

    /// `Ruiz has been called “the Iron Lady” by her rivals`, `The plan will be dubbed the
    /// “Fair Deal”`: a passive labelling verb's subject is the one labelled, never the one who
    /// labels. The label `span` stays a statement; its speaker is the agent of a `by` phrase in or
    /// right after it (`called a fraud by his critics`), else none.
    func passiveLabel(_ span: TextSpan, verb v: Int, last: Int) -> Candidate {
        var k = v + 1
        var agent: SpeakerMention?
        while k < last, tokens[k].start < span.end + 2 {
            if tokens[k].lower == "by", tokens[k].quote == nil, let m = finder.phrase(startingAt: k + 1, ceiling: last), m.kind != .pronoun {
                agent = m
                break
            }
            k += 1
        }
        let q = firstQuote(endingAfter: span.start)
        let mixed = q < quotes.count && quotes[q].span.start < span.end
        return Candidate(span: span, kind: mixed ? .mixed : .indirect, cue: v...v, speaker: agent, rule: .label, confidence: 0.6, quote: nil)
    }
}

extension Attributor {
    /// Object pronouns a label without quotation marks follows (`called him a liar`).
    static let labelledPronouns: WordSet = ["him", "her", "it", "them", "himself", "herself", "itself", "themselves"]
    /// Determiners that open such a label.
    static let labelDeterminers: WordSet = ["a", "an", "the", "his", "her", "their", "its", "my", "our"]

    /// `The editors called him a political opportunist, and…`: a labelling verb, an object
    /// pronoun and a lower-case noun phrase (`called him The Birdman` is a name); the span from the pronoun to the end of the label's clause (a
    /// comma goes on only into a list of modifiers: `a kind, loving and generous neighbor`).
    func unquotedLabel(verb v: Int, last: Int) -> TextSpan? {
        guard v + 3 <= last, tokens[v + 1].quote == nil else { return nil }
        func opensLabel(_ k: Int) -> Bool {
            k <= last && (Self.labelDeterminers.contains(tokens[k].lower) || isLabelAdjective(k))
        }
        // "called his vote an irresponsible one": a possessive opens a noun phrase object.
        let possessive = tokens[v + 1].tag == .pron && MentionFinder.possessivePronouns.contains(tokens[v + 1].lower)
        var opener: Int
        if Self.labelledPronouns.contains(tokens[v + 1].lower) {
            // "called him a liar", "called himself pro-choice".
            opener = v + 2
            // "called herself pro-choice": a reflexive's label may be a noun that ends the clause.
            let reflexive = tokens[v + 1].lower.endsWith("self") || tokens[v + 1].lower.endsWith("selves")
            if reflexive, tokens[opener].tag == .noun, opener + 1 > last || !tokens[opener + 1].isWord { return clauseSpan(from: v + 1, to: opener) }
            // "called her son her hero": "her" may open the object instead.
            if !opensLabel(opener), tokens[v + 1].lower == "her", let object = nounPhraseEnd(from: v + 1, last: last), object + 2 <= last {
                opener = object + 1
            }
        } else if tokens[v + 1].tag != .pron || possessive, let object = nounPhraseEnd(from: v + 1, last: last), object + 2 <= last {
            // "called climate change a hoax", "called the charges unfounded".
            opener = object + 1
        } else {
            return nil
        }
        // After the object, a noun phrase or an adjective. "calling themselves the National
        // Congress" names; "called him the Birdman" too.
        // "called her mother the next day": a time phrase after the object is no label.
        guard opensLabel(opener), !isTimeNounPhrase(from: opener, last: last),
              tokens[opener].quote == nil, !tokens[opener].isCapitalized,
              !(opener + 1 <= last && (tokens[opener + 1].is(.timeWord) || tokens[opener + 1].isCapitalized)) else { return nil }
        var end = opener
        let limit = min(last, v + maxSentenceCueDistance)
        while end + 1 <= limit {
            let t = tokens[end + 1]
            if clauseEnds(at: end + 1, last: last) || [".", ";", "!", "?", ":", "-", "--", "\u{2014}", "\u{2013}"].contains(t.lower) { break }
            if Self.subordinators.contains(t.lower) || Self.clauseOpeners.contains(t.lower) { break }
            if t.lower == ",", end + 2 > last || ![.adj, .noun, .propn].contains(tokens[end + 2].tag) { break }
            end += 1
        }
        // A quotation in a noun phrase object's label makes it the quoted label's statement.
        if !Self.labelledPronouns.contains(tokens[v + 1].lower), holdsQuote(opener, min(last, end + 1)) { return nil }
        return clauseSpan(from: v + 1, to: end)
    }
}

/// Stage 2, at a labelling, characterising or criticising verb: its object with the label or
/// reason is the statement (switched off with ``Engine/Options/labelStatements``).
///
///     Vance called the levy “a tax on renters.”             → Vance: "the levy “a tax on renters.”" (mixed)
///     Vance described the spillway as too small.           → Vance: "the spillway as too small"
///     Vance slammed the board for its delays.              → Vance: "the board for its delays"
struct LabelSieve: CueWordSieve {
    var name: String { "label" }
    var rules: Set<AttributionRule> { [.label] }
    var cueClasses: Lexicon.WordClass? { [.labelCue] }
    func isOn(_ options: Engine.Options) -> Bool { options.labelStatements }
    func statements(at v: Int, sentence si: Int, first: Int, last: Int, in a: inout Attributor) -> CueWordFinding? {
        guard a.tokens[v].is(.labelCue), let c = a.labelStatement(verb: v, first: first, last: last) else { return nil }
        a.usedCue[v] = true
        return a.finding(c, at: v, last: last)
    }
}

extension Attributor {
    /// Whether token `k` is an adjective that can label an object (`called the charges
    /// unfounded`, `called himself pro-choice`): no time word (`called him last week`).
    func isLabelAdjective(_ k: Int) -> Bool {
        tokens[k].tag == .adj && !tokens[k].is(.timeWord) && !tokens[k].is(.stopWord)
    }
}
