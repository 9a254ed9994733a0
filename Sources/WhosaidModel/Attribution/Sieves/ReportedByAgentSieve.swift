import WhosaidSyntax

/// Stage 2, at a participle of publishing (`reported`, `revealed`, `disclosed`) with its `by`
/// agent: the passive's subject is what the agent published.
///
///     The council's plan was first reported by the Herald.          → the Herald: "The council's plan"
///     The plan, first reported by the Herald on Monday, would cut…  → the Herald: "The plan", "would cut…"
///
/// News annotation (PolNeAR) marks the subject as the agent's statement (a scoop's source). A
/// passive with no agent (`was reported Monday`) names no one and is left alone, and so is a
/// subject that holds a verb or a quote, or a personal pronoun (`It was reported by…`). An agent
/// that is no name (`astronomers in Chile`) finds a thing or an event (`The meteor was first
/// reported by…`) unless the subject names what was told (``reportedContentNouns``).
struct ReportedByAgentSieve: CueWordSieve {
    var name: String { "reported-by-agent" }
    var rules: Set<AttributionRule> { [.accordingTo] }
    var cueClasses: Lexicon.WordClass? { [.reporting] }
    func statements(at v: Int, sentence si: Int, first: Int, last: Int, in a: inout Attributor) -> CueWordFinding? {
        a.reportedByAgentStatements(at: v, first: first, last: last)
    }
}

extension Attributor {
    /// Whether the source phrase `m` read after `by` runs on into a clause (`by the Herald in 2019
    /// and later confirmed by prosecutors`): a verb or a coordinator inside it.
    func runsOnPastAgent(_ m: SpeakerMention) -> Bool {
        (m.first...max(m.last, m.lastWithRole)).contains { tokens[$0].tag == .verb || tokens[$0].tag == .aux || tokens[$0].tag == .cconj }
    }

    /// Nouns of what is told or planned, whose finder tells it (`The plan was first reported by
    /// local reporters`); a thing or an event found (`The meteor was first reported by
    /// astronomers`) is seen, not told, unless a publication names it (data, checked by a test).
    static let reportedContentNouns: WordSet = [
        "news", "story", "stories", "report", "reports", "plan", "plans", "proposal", "proposals", "deal", "deals",
        "decision", "move", "remarks", "comments", "comment", "claim", "claims", "allegation", "allegations",
        "details", "findings", "memo", "letter", "email", "emails", "message", "messages", "statement", "agreement",
        "offer", "talks", "rumor", "rumors", "rumour", "rumours", "leak", "testimony", "idea", "policy",
    ]

    /// Whether the passive's subject `first...last` names what was told (``reportedContentNouns``)
    /// before any `of` phrase (`News of the move`, `The council's plan`).
    func namesReportedContent(_ first: Int, _ last: Int) -> Bool {
        var k = first
        while k <= last, tokens[k].lower != "of" {
            if tokens[k].tag == .noun, Self.reportedContentNouns.contains(tokens[k].lower) { return true }
            k += 1
        }
        return false
    }

    /// Most words of the passive's subject (`News of the PGA's move`).
    static let maxReportedSubjectWords = 12

    /// The statements of the passive publishing participle at `v` with its `by` agent, or nil.
    func reportedByAgentStatements(at v: Int, first: Int, last: Int) -> CueWordFinding? {
        guard Self.asReportedParticiples.contains(tokens[v].lower), v + 2 <= last, tokens[v + 1].lower == "by",
              tokens[v].quote == nil, v > first else { return nil }
        var b = v - 1
        if Self.asReportedAdverbs.contains(tokens[b].lower) { b -= 1 }
        guard b > first else { return nil }
        // `SUBJECT was (first) reported by` or the reduced `SUBJECT, first reported by SOURCE, PREDICATE`.
        let reduced = tokens[b].lower == "," && tokens[b].quote == nil
        var subjectEnd = b - 1
        if !reduced {
            guard Self.passiveAuxiliaries.contains(tokens[b].lower), tokens[b].lower != "get", tokens[b].lower != "got", tokens[b].lower != "gets" else { return nil }
            // "has been reported", "had been first reported".
            if tokens[b].lower == "been", b - 1 > first, tokens[b - 1].lower.isOne(of: "has", "had", "have") { b -= 1 }
            subjectEnd = b - 1
        }
        let subjectStart = afterColon(first, before: subjectEnd)
        guard subjectStart <= subjectEnd, subjectEnd - subjectStart < Self.maxReportedSubjectWords,
              !holdsFiniteVerb(subjectStart, subjectEnd), !holdsQuote(subjectStart, subjectEnd),
              (subjectStart...subjectEnd).allSatisfy({ tokens[$0].lower != "," }),
              !(subjectStart == subjectEnd && tokens[subjectStart].tag == .pron),
              // "As was reported by the Herald, …": a subject names something (a noun).
              (subjectStart...subjectEnd).contains(where: { tokens[$0].tag == .noun || tokens[$0].tag == .propn }),
              let m = accordingToSource(startingAt: v + 2, ceiling: last), !runsOnPastAgent(m),
              m.kind == .name || namesReportedContent(subjectStart, subjectEnd),
              let subject = clauseSpan(from: subjectStart, to: subjectEnd) else { return nil }
        var e = m.lastWithRole + 1
        while e <= last, isTimeExpressionWord(e) { e += 1 }
        let cue = (reduced ? v - (v - 1 > b ? 1 : 0) : b)...(v + 1)
        if reduced {
            // The predicate after the closing comma is the agent's too.
            guard e + 1 <= last, tokens[e].lower == ",", tokens[e].quote == nil, holdsFiniteVerb(e + 1, last),
                  let predicate = clauseSpan(from: e + 1, to: last, stopAtColon: true) else { return nil }
            return CueWordFinding(statements: [make(subject, cue: cue, m, .accordingTo, 0.75), make(predicate, cue: cue, m, .accordingTo, 0.7)],
                                  coveredUpTo: last)
        }
        guard e > last || e == last && tokens[e].lower.isOne(of: ".", "!", "?") else { return nil }
        return CueWordFinding(statements: [make(subject, cue: cue, m, .accordingTo, 0.75)], coveredUpTo: last)
    }
}
