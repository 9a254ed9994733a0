import WhosaidSyntax

/// Stage 2, at `asked` with no asker: a question put to someone by a reporter or an unnamed
/// asker, as news annotation counts it, with no speaker.
///
///     Asked whether she would run again, Lee said she had not decided.  → none: "whether she would run again"
///     When asked about the closure, the mayor declined to comment.      → none: "the closure"
///     Lee was asked to name a single bill she had passed.               → none: "to name a single bill she had passed"
///     Reporters asked whether the council would vote.                   → nothing here (the reporting-verb sieve's)
///
/// Only the passive (`was asked`) and the participle with no subject of its own (sentence-first,
/// after `when`/`if`/`once`, or after a comma before `about`, `whether` or a wh-word) count; an
/// agent (`was asked by reporters`) leaves the verb to the other sieves.
struct AgentlessQuestionSieve: CueWordSieve {
    var name: String { "agentless-question" }
    var rules: Set<AttributionRule> { [.agentlessQuestion] }
    func statements(at v: Int, sentence si: Int, first: Int, last: Int, in a: inout Attributor) -> CueWordFinding? {
        guard let c = a.agentlessQuestion(at: v, first: first, last: last) else { return nil }
        a.usedCue[v] = true
        return a.finding(c, at: v, last: last)
    }
}

extension Attributor {
    /// Forms of the verb whose subject-less uses put a question.
    static let questionVerbForms: Set<String> = ["asked"]
    /// Words before a participle that leave it without a subject (`when asked`, `if asked`).
    static let participleSubordinators: Set<String> = ["when", "if", "once", "after", "before", "while", "until", "unless"]
    /// Words that open an embedded question (`asked whether`, `asked who leads`).
    static let questionOpeners: Set<String> = ["whether", "if", "who", "whom", "whose", "what", "which", "why", "how", "when", "where"]

    /// The statement of an agentless `asked` at `v` in the sentence `first...last`, or nil.
    func agentlessQuestion(at v: Int, first: Int, last: Int) -> Candidate? {
        guard Self.questionVerbForms.contains(tokens[v].lower), tokens[v].quote == nil, v + 1 <= last else { return nil }
        var k = v - 1
        while k >= first, tokens[k].tag == .adv, tokens[k].quote == nil { k -= 1 }
        let passive = k >= first && Self.passiveAuxiliaries.contains(tokens[k].lower)
        let afterComma = v > first && tokens[v - 1].lower == "," && tokens[v - 1].quote == nil
        let subjectless = v == first || v > first && Self.participleSubordinators.contains(tokens[v - 1].lower)
        guard passive || afterComma || subjectless else { return nil }
        // The question: after `about` (part of the cue) or the cue's adjuncts (`asked on Fox News who…`).
        var c = v + 1
        if tokens[c].lower == "about" { c += 1 }
        var adjuncts = 0
        while c <= last, adjuncts < Self.maxCueAdjuncts, !Self.questionOpeners.contains(tokens[c].lower),
              let end = adjunctEnd(from: c, last: last) {
            adjuncts += 1
            c = end + 1
        }
        guard c <= last, tokens[c].quote == nil, !isOpenMark(c), tokens[c].lower != "by" else { return nil }
        let opener = tokens[c]
        let question = Self.questionOpeners.contains(opener.lower) || tokens[v + 1].lower == "about"
            || opener.lower == "to" && c + 1 <= last && tokens[c + 1].tag == .verb
        // After a comma only a question says it is one: `…, asked Lee.` is an inverted cue.
        let nounPhrase = !afterComma && [.det, .noun, .adj, .num].contains(opener.tag)
        guard question || nounPhrase else { return nil }
        guard let span = clauseSpan(from: c, to: questionEnd(from: c, last: last), stopAtColon: true),
              wordCount(span, upTo: 2) >= 1 else { return nil }
        let q = firstQuote(endingAfter: span.start)
        let mixed = q < quotes.count && quotes[q].span.start < span.end
        // "Lee told the Herald on Monday when asked about…": the one told is the one who asked.
        let asker = subjectless && v > first ? addresseeBefore(v - 1, first: first) : nil
        return Candidate(span: span, kind: mixed ? .mixed : .indirect, cue: v...(c - 1), speaker: asker,
                         rule: .agentlessQuestion, confidence: 0.6, quote: nil)
    }

    /// The most tokens between an addressee verb and the `when` of `when asked`.
    static let maxTokensBeforeWhenAsked = 10

    /// The object of `told` (or another addressee verb) shortly before the subordinator at `s`
    /// (`told MSNBC on Monday when asked`), or nil.
    func addresseeBefore(_ s: Int, first: Int) -> SpeakerMention? {
        var t = s - 1
        while t >= first, s - t <= Self.maxTokensBeforeWhenAsked, tokens[t].quote == nil, tokens[t].isWord {
            if Self.addresseeVerbs.contains(tokens[t].lower), tokens[t].lower != "asked" {
                // The object without the time or place after it ("MSNBC Monday", "the Herald in Ohio").
                var ceiling = t + 1
                while ceiling + 1 < s, !tokens[ceiling + 1].is(.timeWord), tokens[ceiling + 1].tag != .adp { ceiling += 1 }
                guard let m = finder.phrase(startingAt: t + 1, ceiling: ceiling), m.kind != .pronoun else { return nil }
                return m
            }
            t -= 1
        }
        return nil
    }

    /// The last token of an embedded question starting at `c`: before the first comma outside
    /// quotation marks, or a quotation that closes on a comma (`Asked if he is “ready,” Lee…`).
    func questionEnd(from c: Int, last: Int) -> Int {
        var k = c
        while k <= last {
            if tokens[k].lower == ",", tokens[k].quote == nil { return k - 1 }
            if k > c, k + 1 <= last, tokens[k].lower == ",", isCloseMark(k + 1) { return k + 1 }
            k += 1
        }
        return last
    }
}
