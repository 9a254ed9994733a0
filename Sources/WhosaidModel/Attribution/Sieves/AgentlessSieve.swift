import WhosaidSyntax

/// Stage 2, at a cue with no speaker the text names: a question put to someone by a reporter or
/// an unnamed asker, or a charge made in the passive, as news annotation counts them, with no
/// speaker.
///
///     Asked whether she would run again, Lee said she had not decided.  → none: "whether she would run again"
///     When asked about the closure, the mayor declined to comment.      → none: "the closure"
///     Lee was asked to name a single bill she had passed.               → none: "to name a single bill she had passed"
///     The clerk was accused of hiding the ledger.                       → none: "hiding the ledger"
///     Reporters asked whether the council would vote.                   → nothing here (the reporting-verb sieve's)
///
/// Only the passive (`was asked`) and the participle with no subject of its own (sentence-first,
/// after `when`/`if`/`once`, or after a comma before `about`, `whether` or a wh-word) count; an
/// agent before a question speaks (`Asked by the host whether…`), any other agent (`was asked
/// by reporters to leave`) leaves the verb to the other sieves.
struct AgentlessSieve: CueWordSieve {
    var name: String { "agentless" }
    var rules: Set<AttributionRule> { [.agentless, .reportedSpeech] }
    var cueClasses: Lexicon.WordClass? { [.reporting, .agentlessCue] }
    func statements(at v: Int, sentence si: Int, first: Int, last: Int, in a: inout Attributor) -> CueWordFinding? {
        if let c = a.extraposedPassive(at: v, first: first, last: last) {
            a.usedCue[v] = true
            return a.finding(c, at: v, last: last)
        }
        // Most words are no such cue: settled before two statements are made room for and copied.
        guard a.tokens[v].is(.agentlessCue),
              let c = a.agentlessCharge(at: v, first: first, last: last) ?? a.agentlessQuestion(at: v, first: first, last: last) else { return nil }
        a.usedCue[v] = true
        return a.finding(c, at: v, last: last)
    }
}

extension Attributor {
    /// Passive participles of reporting verbs with the prepositions that open what was said
    /// (`was accused of`, `has been criticized for`, `was dismissed as`).
    static let passiveComplements: [String: Set<String>] = [
        "accused": ["of"], "charged": ["with"], "criticized": ["for", "as"], "criticised": ["for", "as"],
        "blamed": ["for"], "praised": ["for", "as"], "described": ["as"], "dismissed": ["as"],
    ]
    /// Forms of the verb whose subject-less uses put a question.
    static let questionVerbForms: WordSet = ["asked"]
    /// Words before a participle that leave it without a subject (`when asked`, `if asked`).
    static let participleSubordinators: WordSet = ["when", "if", "once", "after", "before", "while", "until", "unless"]
    /// Words that open an embedded question (`asked whether`, `asked who leads`).
    static let questionOpeners: WordSet = ["whether", "if", "who", "whom", "whose", "what", "which", "why", "how", "when", "where"]

    /// The statement of a passive charge at `v` (`was accused of X`, `has been criticized for X`)
    /// in the sentence `first...last`: the words after the preposition, or nil.
    func agentlessCharge(at v: Int, first: Int, last: Int) -> Candidate? {
        guard tokens[v].is(.agentlessCue), v + 2 <= last, let prepositions = Self.passiveComplements[tokens[v].lower], prepositions.contains(tokens[v + 1].lower),
              isPassive(v, first: first) else { return nil }
        // "has never been charged with any crime", "Neither … nor … has been charged": a charge
        // denied is no one's statement.
        guard !negatesCharge(before: v, first: first) else { return nil }
        let c = v + 2
        // "was criticized for saying X": the subject's own words, the gerund's statement.
        guard !(tokens[c].is(.reporting) && Lexicon.isGerund(tokens[c].lower)) else { return nil }
        guard tokens[c].quote == nil || isOpenMark(c), let span = clauseSpan(from: c, to: questionEnd(from: c, last: last), stopAtColon: true),
              wordCount(span, upTo: 2) >= 2 else { return nil }
        return agentlessCandidate(span, cue: v...(c - 1), speaker: nil, confidence: 0.5)
    }

    /// Most tokens of a verb group read back from a passive participle for its negation.
    static let maxChargeVerbGroupTokens = 4

    /// Whether the verb group before the participle at `v` is negated (`has not been`, `was never`,
    /// `hasn't been`) or its sentence opens with `Neither`.
    func negatesCharge(before v: Int, first: Int) -> Bool {
        if tokens[first].lower == "neither" { return true }
        var k = v - 1
        while k >= first, v - k <= Self.maxChargeVerbGroupTokens, tokens[k].isWord {
            let w = tokens[k].lower
            if w == "not" || w == "never" || w.endsWith("n't") || w.hasSuffix("n\u{2019}t") { return true }
            k -= 1
        }
        return false
    }

    /// A statement of this sieve: mixed when a quotation stands in `span`.
    func agentlessCandidate(_ span: TextSpan, cue: ClosedRange<Int>, speaker: SpeakerMention?, confidence: Double) -> Candidate {
        let q = firstQuote(endingAfter: span.start)
        let mixed = q < quotes.count && quotes[q].span.start < span.end
        // A question whose asker the text names after all (`asked by the host`) is reported speech.
        return Candidate(span: span, kind: mixed ? .mixed : .indirect, cue: cue, speaker: speaker, rule: speaker == nil ? .agentless : .reportedSpeech,
                         confidence: confidence, quote: nil)
    }

    /// The statement of an agentless `asked` at `v` in the sentence `first...last`, or nil.
    func agentlessQuestion(at v: Int, first: Int, last: Int) -> Candidate? {
        guard tokens[v].is(.agentlessCue), Self.questionVerbForms.contains(tokens[v].lower), tokens[v].quote == nil, v + 1 <= last else { return nil }
        var k = v - 1
        while k >= first, tokens[k].tag == .adv, tokens[k].quote == nil { k -= 1 }
        let passive = k >= first && Self.passiveAuxiliaries.contains(tokens[k].lower)
        // "Ruiz, the council's chair, asked whether…": a comma that closes an apposition or a
        // relative clause after the subject leaves the verb its subject; the reporting-verb sieve's.
        let afterComma = v > first && tokens[v - 1].lower == "," && tokens[v - 1].quote == nil && !closesSubjectAside(comma: v - 1, first: first)
        let subjectless = v == first || v > first && Self.participleSubordinators.contains(tokens[v - 1].lower)
        guard passive || afterComma || subjectless else { return nil }
        // The question: after `about` (part of the cue) or the cue's adjuncts (`asked on Fox News who…`).
        var c = v + 1
        // "Asked by the host whether…": the agent asked; only a question follows it.
        var agent: SpeakerMention?
        if tokens[c].lower == "by", let end = nounPhraseEnd(from: c + 1, last: last), end + 1 <= last,
           Self.questionOpeners.contains(tokens[end + 1].lower),
           let m = finder.phrase(startingAt: c + 1, ceiling: end) ?? finder.subject(endingAt: end, floor: c + 1), m.kind != .pronoun {
            agent = m
            c = end + 1
        }
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
        // "Asked about it after the debate, …": a pronoun names what was asked before.
        let end = questionEnd(from: c, last: last)
        guard let span = clauseSpan(from: c, to: end, stopAtColon: true),
              wordCount(span, upTo: 2) >= 1, !isPronounOnlyComplement(c, end) else { return nil }
        // "Lee told the Herald on Monday when asked about…": the one told is the one who asked.
        let asker = agent ?? (subjectless && v > first ? addresseeBefore(v - 1, first: first) : nil)
        return agentlessCandidate(span, cue: v...(c - 1), speaker: asker, confidence: 0.6)
    }

    /// Whether the comma at `comma` closes an apposition or a relative clause after a subject that
    /// opens its clause (`Ruiz, the council's chair,`, `Ruiz, who chairs the council,`), so that the
    /// verb after it is finite with that subject, not a participle (`Ruiz, asked whether…, said`).
    func closesSubjectAside(comma: Int, first: Int) -> Bool {
        guard comma - 1 > first, let m = finder.subject(endingAt: comma, floor: first), m.kind != .pronoun,
              (m.first..<comma).contains(where: { tokens[$0].lower == "," }) else { return false }
        return m.first == first || tokens[m.first - 1].lower.isOne(of: ",", ";", ":") || tokens[m.first - 1].tag == .cconj
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
    /// Bounded like the other sentence searches, so a sentence of endless `asked`s stays linear.
    func questionEnd(from c: Int, last: Int) -> Int {
        let limit = min(last, c + maxSentenceCueDistance)
        var k = c
        while k <= limit {
            if tokens[k].lower == ",", tokens[k].quote == nil {
                // "whether his plan, which would cost $170 billion, would raise…": a relative clause
                // set off by commas inside the question; it goes on after the closing comma when a
                // verb follows there.
                if k > c, k + 2 <= limit, Self.relativePronouns.contains(tokens[k + 1].lower),
                   let close = (k + 2...limit).first(where: { tokens[$0].lower == "," && tokens[$0].quote == nil }),
                   close + 1 <= limit, tokens[close + 1].tag == .aux || tokens[close + 1].tag == .verb {
                    k = close + 1
                    continue
                }
                return k - 1
            }
            if k > c, k + 1 <= last, tokens[k].lower == ",", isCloseMark(k + 1) { return k + 1 }
            k += 1
        }
        return limit
    }
}
