/// A speech act that a modal only allows, asks for or wishes (`you can always ask the driver to wait`,
/// `I should mention this now`, `let me mention a study`), done by the speaker, the one
/// addressed or anyone, with a thing after it rather than a clause: nothing was said.
///
///     You can always ask the driver to wait.         → none
///     We should reject the council's reading.        → none
///     I want to stress three points.                 → none
///     I can't say the vote was fair.                 → "the vote was fair" (a clause is said)
///     The vote, we might recall, was a rout.         → "was a rout" (a parenthetical cue)
extension Attributor {
    /// Modals of ability, permission, obligation and wish before a verb (`can`, `should`, `would`).
    static let speechActModals: WordSet = [
        "can", "could", "might", "may", "should", "must", "would", "cannot",
        "can't", "couldn't", "shouldn't", "mustn't", "wouldn't",
    ]
    /// Verbs of wanting before `to` and the verb (`want to stress`, `hate to ask`).
    static let speechActWishVerbs: WordSet = ["want", "wants", "wanted", "wish", "wishes", "wished", "hate", "hates"]
    /// Subjects that speak for themselves, the one addressed or anyone (`I`, `we`, `you`, `one`).
    static let speechActSubjects: WordSet = ["i", "we", "you", "one"]
    /// Objects of `let` that make the speaker's own request to speak (`let me mention`).
    static let letObjects: WordSet = ["me", "us"]
    /// Most adverbs between a modal and the verb (`can always ask`, `should also mention`).
    static let maxAdverbsAfterModal = 2

    /// Whether the reporting verb at `v` is a modal's or a wish's act of ``speechActSubjects``, or
    /// follows `let me`, and `c`, what it reports, is a thing, not a clause, a question or a quotation.
    func isModalSpeechActOnThing(verb v: Int, _ c: Candidate, first: Int, last: Int) -> Bool {
        hasModalSpeechActFrame(verb: v, first: first) && reportsThing(c, verb: v, last: last)
    }

    /// Whether `c`, what the verb at `v` reports, opens right after it with a thing: no `that` in
    /// the cue, no clause, question or quotation, and no comma before it (a parenthetical cue's
    /// clause goes on after its comma: `The vote, we might recall, was a rout`).
    func reportsThing(_ c: Candidate, verb v: Int, last: Int) -> Bool {
        if let cue = c.cue, cue.upperBound > v { return false }
        let k = firstToken(atOrAfter: c.span.start)
        guard k <= last, k > v, tokens[k - 1].lower != "," else { return false }
        let t = tokens[k]
        // "I tell my staff and students that…": a coordinator opens no object; the words go on
        // from the verb's addressee.
        return t.quote == nil && !isOpenMark(k) && t.lower != "that" && !Self.questionOpeners.contains(t.lower)
            && !Self.listCoordinators.contains(t.lower) && !startsFiniteClause(at: k, last: last, verbMayEndSentence: true)
    }

    /// Whether a modal or a verb of wanting with a ``speechActSubjects`` subject, or `let me`,
    /// stands before the verb at `v` (`you can always ask`, `I want to stress`, `let us mention`).
    func hasModalSpeechActFrame(verb v: Int, first: Int) -> Bool {
        var b = v - 1
        while b > first, v - 1 - b < Self.maxAdverbsAfterModal, tokens[b].tag == .adv || Self.negationParticles.contains(tokens[b].lower) { b -= 1 }
        guard b >= first, tokens[b].quote == nil else { return false }
        if tokens[b].lower == "let's" { return true }
        guard b > first else { return false }
        let w = tokens[b].lower
        if Self.speechActModals.contains(w) { return Self.speechActSubjects.contains(tokens[b - 1].lower) }
        if Self.letObjects.contains(w) { return tokens[b - 1].lower == "let" }
        guard w == "to", b - 2 >= first, Self.speechActWishVerbs.contains(tokens[b - 1].lower) else { return false }
        return Self.speechActSubjects.contains(tokens[b - 2].lower)
    }
}
