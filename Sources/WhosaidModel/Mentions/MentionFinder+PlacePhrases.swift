import WhosaidSyntax

/// A place after a described person who speaks after the verb: `said one source in the room`,
/// `said a man in the crowd`. `in` joins the description like `at` or `on` do, unless what it opens is the
/// occasion, the medium or the time of a statement (`The company in a statement said`, `Lowe
/// in the past has said`), which is the cue's adjunct, not part of its speaker.
extension MentionFinder {
    /// Most words after `in` looked at for an occasion or a time.
    static let maxPlacePhraseWords = 4

    /// Whether the phrase at `start` follows its verb (`said one source in the room`): only there
    /// does a place join a description. Before the verb the phrase without it is the subject
    /// already (`One man in Manchester interrupted`), and its head names the person.
    func invertedAfterVerb(_ start: Int) -> Bool {
        start > 0 && tokens[start - 1].sentence == tokens[start].sentence && tokens[start - 1].tag == .verb
    }

    /// Whether the `in` at token `k` (after a lower-case head noun at `k - 1` that may name a
    /// speaker: no occasion or document) opens the place of the person described: a determiner
    /// or a capitalised word follows, and no occasion, medium, document or time noun stands in
    /// the phrase it opens.
    func opensPlaceOfPerson(at k: Int, ceiling: Int) -> Bool {
        // The bounds first: a phrase that closes the text (`…, said the GOP aide`) asks at `k`
        // one past its last token.
        guard k > 0, k + 1 <= ceiling, k + 1 < tokens.count, tokens[k].lower == "in", tokens[k - 1].tag == .noun,
              !tokens[k - 1].isCapitalized else { return false }
        // "a rally in Beaumont", "an article in Politico": an occasion or a document is in a place
        // that does not describe a speaker.
        let head = tokens[k - 1]
        // "the Saudis state in the white paper": a reporting word read as a noun is the cue.
        guard !head.is(.nonSpeakerHead), !head.is(.reporting), !Lexicon.clauseFinalCueForms.contains(head.lower), !Attributor.occasionNouns.contains(head.lower), !Self.documentNouns.contains(head.lower) else { return false }
        let first = tokens[k + 1]
        guard first.quote == nil, first.is(.determiner) || first.isCapitalized else { return false }
        var n = k + 1
        while n <= ceiling, n - k <= Self.maxPlacePhraseWords, tokens[n].isWord, tokens[n].quote == nil,
              tokens[n].tag != .verb, tokens[n].tag != .aux, !tokens[n].is(.preposition) {
            let w = tokens[n].lower
            if tokens[n].is(.timeWord) || Attributor.occasionNouns.contains(w) || Attributor.statementMedia.contains(w)
                || Attributor.calendarWords.contains(w) || Attributor.deicticTimeNouns.contains(w)
                || Attributor.adjunctTimeNouns.contains(w) || Self.documentNouns.contains(w) {
                return false
            }
            n += 1
        }
        return true
    }

    /// The last token of the place phrase the `in` at token `k` opens (`in the room`, `in New
    /// Hampshire`): its determiner, modifiers and nouns, or nil when it opens none.
    func placePhraseEnd(at k: Int, ceiling: Int) -> Int? {
        guard opensPlaceOfPerson(at: k, ceiling: ceiling) else { return nil }
        var e = k
        while e + 1 <= ceiling, e - k < Self.maxPlacePhraseWords, tokens[e + 1].isWord, tokens[e + 1].quote == nil,
              tokens[e + 1].is(.determiner) || [.adj, .noun, .propn].contains(tokens[e + 1].tag) {
            e += 1
        }
        return e > k ? e : nil
    }
}
