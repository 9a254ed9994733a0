extension Attributor {
    /// Whether the `-ed` cue at `v`, right after a noun, is a participle of a reduced relative
    /// clause that modifies the noun (`A plan announced Monday would cut…`, `The plan described
    /// above would cost…`, `The channel pointed out by the judge is narrow`, `All estimates reported
    /// here can be…`): after the participle come only what such a clause holds (a particle, a
    /// place or time adverb, a time word, a short agent phrase with `by`, a short prepositional
    /// phrase), then the noun's own verb, with no subject between. The noun phrase is that verb's
    /// subject, and nothing is reported. (`The company announced Monday it would…` has the
    /// clause's subject.) A relative clause's gap is not this shape: `the levy, which the mayor
    /// announced Monday would pass,` reports that it would pass.
    func isReducedRelativeParticiple(verb v: Int, first: Int, last: Int) -> Bool {
        guard v > first, v + 2 <= last, tokens[v].lower.endsWith("ed"),
              [.noun, .propn].contains(tokens[v - 1].tag), tokens[v - 1].quote == nil,
              !opensRelativeClauseSubject(endingAt: v - 1, first: first) else { return false }
        var k = v + 1
        if k <= last, tokens[k].tag == .adp, Lexicon.phrasalReporting[tokens[v].lower]?.contains(tokens[k].lower) == true { k += 1 }
        if k <= last, tokens[k].quote == nil, tokens[k].is(.timeWord) || Self.reducedRelativeAdverbs.contains(tokens[k].lower) {
            k += 1
        } else if k <= last, let end = reducedRelativePhraseEnd(at: k, last: last) {
            k = end + 1
        }
        guard k > v + 1, k <= last else { return false }
        let next = tokens[k]
        guard next.quote == nil, !next.isCapitalized else { return false }
        if next.tag == .aux { return finiteForm(at: k) != nil }
        return next.tag == .verb && !Lexicon.isGerund(next.lower) && !next.lower.endsWith("ed") && finiteForm(at: k) != .participle
    }

    /// Adverbs that place a reduced relative clause's participle in the text or in time (`the
    /// figures reported above`, `the plan described earlier`).
    static let reducedRelativeAdverbs: WordSet = ["above", "below", "here", "earlier", "previously", "elsewhere"]

    /// Most words of the phrase after a reduced relative clause's participle: `by` or another
    /// preposition, then a short noun phrase (`by the judge`, `in the survey`).
    static let maxReducedRelativePhraseWords = 5

    /// The last token of a short prepositional phrase at `k` (a preposition, then at most
    /// ``maxReducedRelativePhraseWords`` noun-phrase words, one determiner at most, no gerund),
    /// or nil.
    func reducedRelativePhraseEnd(at k: Int, last: Int) -> Int? {
        guard tokens[k].tag == .adp, tokens[k].quote == nil, !tokens[k].isCapitalized else { return nil }
        var e = k
        var determiners = 0
        while e + 1 <= last, e - k < Self.maxReducedRelativePhraseWords, tokens[e + 1].quote == nil,
              isReducedRelativePhraseWord(e + 1) {
            if tokens[e + 1].tag == .det {
                determiners += 1
                if determiners > 1 { break }
            }
            // "reported on Friday crime had fallen": a noun after the phrase's head opens a clause.
            if e > k, [.noun, .propn].contains(tokens[e].tag), tokens[e + 1].tag == .noun { break }
            e += 1
        }
        return e > k && tokens[e].tag != .det ? e : nil
    }

    /// Whether token `k` may stand in the noun phrase of a reduced relative clause's phrase: a
    /// determiner, adjective, noun, name, number or possessive ending, not a gerund (`responded
    /// to efforts to crack down` has an infinitive marker, no possessive).
    func isReducedRelativePhraseWord(_ k: Int) -> Bool {
        let t = tokens[k]
        if t.tag == .part { return t.lower == "'s" || t.lower == "\u{2019}s" }
        return [.det, .adj, .noun, .propn, .num].contains(t.tag) && !Lexicon.isGerund(t.lower)
    }

    /// Whether the noun phrase that ends at `e` follows a relative pronoun (`which the mayor`,
    /// `who officials`): it is then the subject of a relative clause. Not `that`, which as often
    /// opens a complement clause (`It is likely that the cuts announced Monday will…`).
    func opensRelativeClauseSubject(endingAt e: Int, first: Int) -> Bool {
        var k = e
        while k - 1 >= first, e - k < Self.maxClauseSubjectWords, tokens[k - 1].quote == nil,
              [.det, .adj, .noun, .propn, .num, .part].contains(tokens[k - 1].tag), tokens[k - 1].lower != "that" { k -= 1 }
        guard k - 1 >= first else { return false }
        return Self.relativePronouns.contains(tokens[k - 1].lower)
    }
}
