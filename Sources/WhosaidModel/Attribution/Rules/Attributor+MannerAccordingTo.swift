import WhosaidSyntax

/// `organised the army according to the West European system`, `weighted according to the survey
/// weight`: `according to` straight after the clause's words, with no comma, before a noun for a
/// standard, measure or arrangement (``Lexicon/standardNouns``) tells how a thing was done, not
/// who says so: no statement. A source of words (`Rents rose according to Ortiz Realty`), a
/// comma before `according` (`…, according to the rules committee`) or a sentence it opens keep
/// the statement.
extension Attributor {
    /// Whether `according to` at `v` (its `according`) before the phrase `source` is such a
    /// phrase of manner.
    func isMannerAccordingTo(at v: Int, source: SpeakerMention) -> Bool {
        guard v > 0, tokens[v - 1].isWord, tokens[v - 1].quote == nil, source.first <= source.last else { return false }
        // The head closes the phrase's first run of nouns and modifiers (`the survey weight`
        // before `provided by the city`).
        var head = source.first
        while head + 1 <= source.last, Self.standardPhraseTags.contains(tokens[head + 1].tag), tokens[head + 1].isWord { head += 1 }
        return tokens[head].tag == .noun && Lexicon.standardNouns.contains(tokens[head].lower)
    }

    /// Tags of the words of a noun phrase up to its head.
    static let standardPhraseTags: Set<UPOS> = [.det, .adj, .noun, .propn, .num, .pron]
}
