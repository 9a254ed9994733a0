import WhosaidSyntax

/// A cue in a fronted `as` clause: `As the Herald reported on Friday, the county raised the fee.`
/// The clause after the comma is what the source reported; the source is the `as` clause's subject.
extension Attributor {
    /// Most tokens of time words, adverbs and a prepositional phrase between the cue and the comma
    /// (`reported just today,`, `noted in a column on Yahoo News,`).
    static let maxAsClauseAdjunctTokens = 8

    /// Only an `as` clause opening the sentence counts (`But as Vance noted,` too): mid-sentence
    /// (`It is, as Vance said, a long time`) the words around it are often not what was said.
    /// The reported clause after the fronted `as` clause whose reporting verb is `v` and subject
    /// `m`, with the last token of the cue; nil when the sentence is not that shape.
    func asClauseReport(verb v: Int, subject m: SpeakerMention, first: Int, last: Int) -> (span: TextSpan, cueEnd: Int)? {
        let a = m.first - 1
        guard a >= first, tokens[a].lower == "as", tokens[a].quote == nil,
              a == first || a - 1 == first && tokens[a - 1].tag == .cconj || opensAfterSentenceAdverb(a, first: first),
              !coordinatesVerbs(after: m, verb: v) else { return nil }
        let k = asClauseEnd(verb: v, last: last)
        guard k + 1 <= last, tokens[k].lower == ",", let span = clauseSpan(from: k + 1, to: last, stopAtColon: true),
              wordCount(span, upTo: 3) >= 3 else { return nil }
        return (span, k - 1)
    }

    /// Whether a coordinator stands between the subject `m` and the verb `v`: `as Yellen speaks
    /// to the club and testifies on Thursday` tells of two deeds in time (`as` is `while`); a
    /// reporting `as` clause has one verb.
    func coordinatesVerbs(after m: SpeakerMention, verb v: Int) -> Bool {
        m.lastWithRole + 1 < v && (m.lastWithRole + 1..<v).contains { tokens[$0].tag == .cconj && tokens[$0].quote == nil }
    }

    /// Whether the `as` at `a` follows a sentence adverb and its comma that open the sentence
    /// (`However, as the Herald reported,`).
    func opensAfterSentenceAdverb(_ a: Int, first: Int) -> Bool {
        a - 2 == first && tokens[a - 1].lower == "," && tokens[first].tag == .adv && tokens[first].quote == nil
    }

    /// The token after the cue of the `as` clause whose verb is `v` and its adjuncts (time words,
    /// adverbs, a prepositional phrase): the comma or stop that closes the clause, if it is one.
    func asClauseEnd(verb v: Int, last: Int) -> Int {
        var k = cueRange(v, upTo: last).upperBound + 1
        // "As one analyst put it,": the manner verb's `it` is the cue's (``mannerItCues``).
        if k <= last, tokens[k].lower == "it", tokens[v].is(.mannerItCue) { k += 1 }
        let adjunctStart = k
        var sawPreposition = false
        while k <= last, k - adjunctStart < Self.maxAsClauseAdjunctTokens, tokens[k].quote == nil,
              tokens[k].is(.timeWord) || tokens[k].tag == .adv || tokens[k].tag == .adp || tokens[k].tag == .det
                || tokens[k].tag == .num || tokens[k].tag == .propn && k > adjunctStart
                // "points out in a column on Yahoo News,": a prepositional phrase's nouns.
                || sawPreposition && (tokens[k].tag == .noun || tokens[k].tag == .adj) {
            if tokens[k].tag == .adp { sawPreposition = true }
            k += 1
        }
        return k
    }

    /// Whether the reporting verb `v`, subject `m`, stands in an `as` clause inside the sentence
    /// with nothing reported after it (`…, as the Herald reported,`): its report is the main
    /// clause, never the words after it.
    /// A clause of its own after the cue (`…, as the four said trade deals were needed`) makes
    /// `as` mean `while`: not this shape.
    func isMidSentenceAsClause(verb v: Int, subject m: SpeakerMention, first: Int, last: Int) -> Bool {
        let a = m.first - 1
        guard a - 1 > first, tokens[a].lower == "as", tokens[a].quote == nil, tokens[a - 1].lower == ",",
              !coordinatesVerbs(after: m, verb: v) else { return false }
        let k = asClauseEnd(verb: v, last: last)
        return k > last || tokens[k].lower.isOne(of: ",", ".", "!", "?", ";")
    }

    /// The main clause before a mid-sentence `as` clause that closes it: `The bridge will close,
    /// as the Herald reported on Tuesday.` and `…, as the Herald reported, and the ferry…` report
    /// the bridge. An `as` clause inside the main clause (`It is, as Vance said, a long time`)
    /// is left to the ordinary reading of the cue: nil.
    func asClauseMainClause(verb v: Int, subject m: SpeakerMention, first: Int, last: Int) -> (span: TextSpan, cueEnd: Int)? {
        let comma = m.first - 2
        let k = asClauseEnd(verb: v, last: last)
        let closesSentence = k > last || tokens[k].lower.isOne(of: ".", "!", "?", ";")
        let closesClause = k + 1 <= last && tokens[k].lower == "," && tokens[k + 1].tag == .cconj
        guard closesSentence || closesClause, !holdsQuote(first, comma - 1),
              let span = clauseSpan(from: first, to: comma - 1), wordCount(span, upTo: 3) >= 3 else { return nil }
        return (span, k - 1)
    }

    /// The clause a mid-sentence `as` clause interrupts (`Rents, as Ruiz said last week, have
    /// doubled since 2019.`): the words after the `as` clause's closing comma, up to a colon or
    /// the sentence's end, with the last token of the cue (its adjuncts too). News annotation
    /// (PolNeAR) splits such a statement around the aside, as it splits quotes around a cue: the
    /// words before the opening comma are a statement of their own when they are the clause's
    /// subject or fronted adjunct (`Rents`, `the result`, `Just a few weeks ago`), not when
    /// they only link or set the scene (``isLinkingOrSceneSetting(_:)``: `given that`, `Of
    /// course`). After a fronted subordinator (`If, as I have said, A, B`) the statement is the
    /// subordinate clause, to its comma.
    /// Nil when the words before the `as` clause hold a finite verb or a quote (`It is, as Vance
    /// said, a long road`, `We were, as you recall, interrupted`: the aside sits inside a
    /// predicate, left to the ordinary reading), when it closes the sentence or a clause
    /// (``asClauseMainClause(verb:subject:first:last:)``), or when no clause of two words
    /// follows it (a participle there is the reporter's adjunct).
    func asClauseInterruptedClause(verb v: Int, subject m: SpeakerMention, first: Int, last: Int) -> (after: TextSpan, before: TextSpan?, cueEnd: Int)? {
        let comma = m.first - 2
        let k = asClauseEnd(verb: v, last: last)
        guard k + 1 <= last, tokens[k].lower == ",", tokens[k].quote == nil, tokens[k + 1].tag != .cconj, !isGerundVerb(k + 1),
              !holdsFiniteVerb(first, comma - 1), !holdsQuote(first, comma - 1), !holdsCliticAuxiliary(first, comma - 1) else { return nil }
        var leadFirst = first
        while leadFirst < comma - 1, tokens[leadFirst].lower == "," || Self.clauseCoordinators.contains(tokens[leadFirst].lower) { leadFirst += 1 }
        let lead = (leadFirst..<comma).filter { tokens[$0].isWord }
        var end = last
        if let opener = lead.first, Self.subordinators.contains(tokens[opener].lower),
           let close = (k + 1...last).first(where: { tokens[$0].lower == "," && tokens[$0].quote == nil }) {
            end = close - 1
        }
        guard let after = clauseSpan(from: k + 1, to: end, stopAtColon: true), wordCount(after, upTo: 2) >= 2 else { return nil }
        let before = lead.isEmpty || isLinkingOrSceneSetting(lead) ? nil : clauseSpan(from: leadFirst, to: comma - 1)
        return (after, before, k - 1)
    }

    /// Whether the words `lead` only link or set the scene: all stop words, prepositions,
    /// determiners or -ly adverbs (`given that`, `If`), or at most three words opened by a
    /// preposition (`Of course`, `in the end`).
    func isLinkingOrSceneSetting(_ lead: [Int]) -> Bool {
        lead.allSatisfy { tokens[$0].is(.stopWord) || tokens[$0].is(.preposition) || tokens[$0].is(.determiner) || tokens[$0].isLyAdverb }
            || lead.count <= 3 && lead.first.map { tokens[$0].is(.preposition) } == true
    }

    /// Whether tokens `a...b` hold a pronoun fused with its auxiliary (`It's`, `we're`), a
    /// finite verb the verb counts do not see.
    func holdsCliticAuxiliary(_ a: Int, _ b: Int) -> Bool {
        a <= b && (a...b).contains { k in
            tokens[k].tag == .pron && Self.auxiliaryClitics.contains(where: { tokens[k].lower.hasSuffix($0) })
        }
    }
}
