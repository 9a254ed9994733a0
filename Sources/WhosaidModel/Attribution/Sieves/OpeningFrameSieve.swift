import WhosaidSyntax

/// Stage 2, a frame over the whole sentence: `To NAME, CLAUSE` (a person's opinion),
/// `According to SOURCE, CLAUSE`, the source running to the first comma, `As reported by SOURCE,
/// CLAUSE` and `CLAUSE, as first reported by SOURCE.` (``Attributor/trailingAsReportedBy(first:last:)``),
/// and a words frame (`In NAME's words, …`, ``Attributor/wordsFrame(first:last:)``).
///
///     To Nora Vance, the levy is a tax on the poor.                     → Nora Vance, opinion-frame
///     According to a survey by the county, most wells are dry.          → a survey by the county, according-to
///
/// A frame takes the whole sentence: no cue inside it starts a statement of its own.
struct OpeningFrameSieve: SentenceSieve {
    var name: String { "opening-frame" }
    var rules: Set<AttributionRule> { [.opinionFrame, .accordingTo] }
    func statement(sentence si: Int, first: Int, last: Int, in a: inout Attributor) -> Candidate? {
        a.openingFrame(first: first, last: last) ?? a.trailingAsReportedBy(first: first, last: last)
    }
}

extension Attributor {
    /// Most tokens of a relative clause or apposition after a fronted `according to` source.
    static let maxSourceAsideTokens = 15
    /// Coordinators that may open a sentence before its frame (`But according to…`, `And to Vance…`).
    static let frameCoordinators: WordSet = ["but", "and", "yet", "so"]

    /// `To NAME, CLAUSE` / `According to NAME, CLAUSE` at the start of a sentence.
    func openingFrame(first: Int, last: Int) -> Candidate? {
        if let words = wordsFrameStatement(first: first, last: last) { return words }
        // "But according to the police, …": a coordinator may open the sentence before the frame.
        let opener = first < last && Self.frameCoordinators.contains(tokens[first].lower) ? first + 1 : first
        var k = opener
        var rule = AttributionRule.opinionFrame
        if tokens[k].lower == "according", k + 1 <= last, tokens[k + 1].lower == "to" {
            k += 2
            rule = .accordingTo
        } else if let source = asReportedBySourceStart(at: k, last: last) {
            // "As first reported by the Herald, …" (``asReportedBySourceStart(at:last:)``).
            k = source
            rule = .accordingTo
        } else if tokens[k].lower == "to", tokens[k].isCapitalized {
            k += 1
        } else {
            return nil
        }
        guard var m = rule == .accordingTo ? accordingToSource(startingAt: k, ceiling: last) : finder.phrase(startingAt: k, ceiling: last),
              m.kind == .name || rule == .accordingTo,
              m.kind != .pronoun || rule == .accordingTo else { return nil }
        // `To Sigal, the talks…`: what follows the comma is the statement, not a role. A role
        // before the name stays (`According to the economist Jane Roe, …`).
        if m.lastWithRole > m.last {
            m.role = nil
            m.lastWithRole = m.last
        }
        if rule == .opinionFrame && m.actorKind != .person { return nil }
        // "To understand the real Dred Scott, …" is a purpose clause: the name follows "To" at once.
        if rule == .opinionFrame && (m.first != k || !tokens[k].isCapitalized) { return nil }
        let cueFirst = opener
        // "According to the company the plant will close": no comma after the source
        // (``commalessAccordingToClause(after:last:)``).
        if rule == .accordingTo, let start = commalessAccordingToClause(after: &m, last: last) {
            guard let span = clauseSpan(from: start, to: last, stopAtColon: true), wordCount(span, upTo: 3) >= 3 else { return nil }
            return make(span, cue: cueFirst...(k - 1), m, rule, 0.8)
        }
        var comma = m.last + 1
        if rule == .accordingTo {
            // "According to early results of exit polls conducted by Edison Research, …": the
            // source runs to the first comma.
            while comma <= last, comma - k <= 25, tokens[comma].lower != ",", tokens[comma].quote == nil { comma += 1 }
            if m.kind == .description, comma - 1 > m.last, comma <= last {
                var whole = finder.make(first: m.first, last: comma - 1, kind: .description)
                whole.head = m.head
                whole.actorKind = m.actorKind
                m = withoutTrailingDay(whole)
            }
        }
        // "According to Ann Lee, who chairs the panel, the plan is dead", "…, a professor at
        // Yale, …": the source's relative clause or a named source's apposition, then the
        // statement (not "…, majorities of voters in Ohio, Iowa and Utah want…").
        if rule == .accordingTo, comma + 1 <= last, let next = counts.firstFreeComma(comma + 1, last),
           next - comma <= Self.maxSourceAsideTokens,
           Self.relativePronouns.contains(tokens[comma + 1].lower)
            || m.kind == .name && tokens[comma + 1].lower.isOne(of: "a", "an", "the") && !holdsFiniteVerb(comma + 1, next - 1),
           holdsFiniteVerb(next + 1, last) {
            if !Self.relativePronouns.contains(tokens[comma + 1].lower) { m.role = finder.text(comma + 1, next - 1) }
            comma = next
        }
        guard comma <= last, tokens[comma].lower == ",",
              let span = clauseSpan(from: comma + 1, to: last, stopAtColon: true), wordCount(span, upTo: 3) >= 3 else { return nil }
        return make(span, cue: cueFirst...(k - 1), m, rule, rule == .accordingTo ? 0.85 : 0.7)
    }
}
