import WhosaidSyntax

/// A span after its cue that holds only the time, place or occasion of the telling, a
/// preposition and its phrase with no verb, quotation or topic in it, says nothing: what was
/// said stands elsewhere or went before.
///
///     The change the party warned about in its 2013 report came early.         → none
///     As the columnist had written just a few years earlier, “We need him.”    → none (the quote is the statement)
///     Cole hinted at that in a news conference on Monday.                      → none
///
/// A topic keeps its statement (`spoke out in favor of the levy`, `warned of delays`), and so
/// does a clause (`said in a statement that the dam would hold`).
extension Attributor {
    /// Prepositions that open the time, place or occasion of a telling.
    static let tellingSceneOpeners: WordSet = ["in", "at", "on", "during", "within", "throughout", "among", "over"]
    /// Adverbs that may stand before such a preposition (`just a few years earlier`, `back in
    /// the summer`, `at least among her critics`).
    static let sceneLeadAdverbs: WordSet = ["just", "back", "only", "even", "also", "least"]
    /// Words that make a prepositional phrase the topic of what was said, not its scene
    /// (`in favor of`, `on behalf of`, `about`).
    static let sceneTopicWords: WordSet = ["about", "of", "against", "favor", "behalf", "regarding", "concerning"]
    /// Words of a time expression after a scene's `on` or alone (`on Monday`, `a few years earlier`).
    static let sceneTimeWords: WordSet = ["ago", "earlier", "later", "before", "since", "years", "months", "weeks", "days"]
    /// Most words of a scene adjunct read as no statement.
    static let maxSceneAdjunctWords = 10

    /// Whether the candidate `span`, after the cue at `v`, is only a scene adjunct (see above).
    func isSceneAdjunctOnlySpan(_ span: TextSpan, after v: Int, last: Int) -> Bool {
        guard span.start >= tokens[v].end else { return false }
        var a = firstToken(atOrAfter: span.start)
        guard a <= last else { return false }
        let end = lastToken(within: span, from: a, last: last)
        guard end >= a, end - a < Self.maxSceneAdjunctWords * 2 else { return false }
        // "at least among…": `at least` is an adverb before the preposition.
        if a + 1 <= end, tokens[a].lower == "at", tokens[a + 1].lower == "least" { a += 2 }
        while a <= end, Self.sceneLeadAdverbs.contains(tokens[a].lower) { a += 1 }
        guard a <= end else { return false }
        let opensScene = Self.tellingSceneOpeners.contains(tokens[a].lower) && tokens[a].quote == nil
        // "just a few years earlier": a time expression alone.
        let timeOnly = !opensScene && isSceneTimeWord(end) && tokens[end].quote == nil
        guard opensScene || timeOnly else { return false }
        var words = 0
        for k in a...end {
            let t = tokens[k]
            // A comma inside joins more than the adjunct (`that, among voters, Cole ranks fourth`),
            // where a verb the tagger misreads may stand.
            if t.quote != nil || isOpenMark(k) || t.tag == .verb || t.tag == .aux || t.lower == "," { return false }
            if k > a, Self.sceneTopicWords.contains(t.lower) { return false }
            // "a speech on the economy": `on` names a topic unless a time follows (`on Monday`).
            if k > a, t.lower == "on", !(k + 1 <= end && isSceneTimeWord(k + 1)) { return false }
            if timeOnly, t.isWord, !(isSceneTimeWord(k) || t.tag == .det || t.tag == .adj || t.tag == .num) { return false }
            if t.isWord { words += 1 }
        }
        return words <= Self.maxSceneAdjunctWords
    }

    /// Whether token `k` is a word of time (`Monday`, `week`, `earlier`, `ago`).
    func isSceneTimeWord(_ k: Int) -> Bool {
        tokens[k].is(.timeWord) || Self.sceneTimeWords.contains(tokens[k].lower) || Self.timeExpressionWords.contains(tokens[k].lower)
    }
}
