import WhosaidSyntax

/// Cue words: whether a token is a reporting verb here (not a noun after an article, not a
/// capital outside a headline), the particle of a phrasal cue, and how far a cue runs
/// (`said in an email`, `told reporters`).
extension Attributor {
    func isCueVerb(_ i: Int, besideQuote: Bool) -> Bool {
        // Away from a quote only a reporting verb cues: asked first, as this runs at every word.
        guard i >= 0, i < tokens.count, besideQuote || tokens[i].is(.reporting), tokens[i].quote == nil,
              !tokens[i].isCapitalized || titleCase[tokens[i].sentence] else { return false }
        // Whether the word cues at all is read before the shapes that make it no verb: most words
        // beside a quote cue nothing, and those shapes cost more to read (all the tests are pure,
        // so the order changes no answer).
        guard hasCueForm(i, besideQuote: besideQuote) else { return false }
        return !followsDeterminer(i) && !followsModifiedDeterminer(i) && !modifiesRoleBeforeName(i) && !isGradedParticiple(i)
    }

    /// Whether the word at `i` has the form of a cue (``isCueVerb(_:besideQuote:)``), before the
    /// shapes around it that make it a noun or a modifier are read.
    private func hasCueForm(_ i: Int, besideQuote: Bool) -> Bool {
        if tokens[i].is(.reporting) || (besideQuote && tokens[i].is(.quoteOnly)) { return true }
        if besideQuote, isQuotativeLike(i) || isQuotativeGo(i) || quoteOnlyParticle(after: i) != nil { return true }
        // "“…,” Mr. Rubel pointed out.": a phrasal cue whose particle closes the clause.
        guard besideQuote, tokens[i].is(.phrasalReporting), i + 2 < tokens.count,
              let particle = particleAfter(i, last: i + 2), particle == i + 1 else { return false }
        return !tokens[particle + 1].isWord
    }

    /// The particle of a quote-only phrasal cue at `i` (``Lexicon/quoteOnlyPhrasals``: `went on`,
    /// `cut in`) when it closes the clause: punctuation, a quotation mark or the end follows it,
    /// or a clause of time or manner (`went on as the crowd cheered`). Nil otherwise.
    func quoteOnlyParticle(after i: Int) -> Int? {
        guard tokens[i].is(.quoteOnlyPhrasal), tokens[i].tag == .verb, i + 1 < tokens.count,
              let particle = Lexicon.quoteOnlyPhrasals[tokens[i].lower], tokens[i + 1].lower == particle,
              tokens[i + 1].quote == nil, tokens[i + 1].sentence == tokens[i].sentence else { return nil }
        let n = i + 2
        let closes = n >= tokens.count || tokens[n].sentence != tokens[i].sentence || !tokens[n].isWord
            || Self.adjunctClauseOpeners.contains(tokens[n].lower)
        return closes ? i + 1 : nil
    }

    /// Whether the participle at `i` is graded like an adjective (`the most cited scholar`, `a
    /// less quoted line`): a modifier, no cue.
    func isGradedParticiple(_ i: Int) -> Bool {
        i > 0 && Self.gradingAdverbs.contains(tokens[i - 1].lower) && tokens[i - 1].quote == nil && tokens[i].lower.endsWith("ed")
    }

    /// Adverbs that grade an adjective.
    static let gradingAdverbs: WordSet = ["most", "more", "least", "less"]

    /// Whether the word at `i`, in a base form, modifies the role noun or title after it, before a
    /// capitalised name (`press secretary Dana Lowe told`): a noun of the name's phrase, no cue.
    func modifiesRoleBeforeName(_ i: Int) -> Bool {
        guard i + 2 < tokens.count else { return false }
        let w = tokens[i].lower, role = tokens[i + 1], name = tokens[i + 2]
        return !Lexicon.isInflectedForm(w) && !Lexicon.isGerund(w) && role.quote == nil && !role.isCapitalized
            && (MentionFinder.roleNouns.contains(role.lower) || role.is(.title)) && name.isCapitalized && name.isWord && name.quote == nil
    }

    /// The words after a cue that take the short phrase they open into it (`said in an email`,
    /// `declined to comment`).
    static let cueExtendingPrepositions: WordSet = ["in", "on", "to", "via", "during", "at", "of", "about"]

    /// Whether the `that` at `k` is the subject of the clause after a cue, a demonstrative, not
    /// the complementizer: an auxiliary or a form of `be` follows it at once (`said that was a
    /// lie`, `said that would be a mistake`), which a clause opened by `that` never has.
    func isDemonstrativeSubject(_ k: Int) -> Bool {
        guard k + 1 < tokens.count, tokens[k].lower == "that", tokens[k + 1].quote == nil,
              !Lexicon.isGerund(tokens[k + 1].lower) else { return false }  // `argued that being American…`
        return tokens[k + 1].tag == .aux || Self.copulas.contains(tokens[k + 1].lower)
    }

    /// The cue from the verb at `v`: `said`, `said that`, `said in an email`, `told reporters`.
    func cueRange(_ v: Int, upTo ceiling: Int) -> ClosedRange<Int> {
        var e = v
        if e + 1 <= ceiling, tokens[e + 1].lower == "that", !isDemonstrativeSubject(e + 1) { return v...(e + 1) }
        // "went on", "cut in": a quote-only phrasal cue ends at its particle.
        if let p = quoteOnlyParticle(after: v), p <= ceiling { return v...p }
        // "pointed out": the particle of a phrasal cue that closes its clause.
        if tokens[v].is(.phrasalReporting), !tokens[v].is(.reporting), let p = particleAfter(v, last: ceiling), p == v + 1,
           p == ceiling || !tokens[p + 1].isWord {
            return v...p
        }
        // "declined to comment": an infinitive is the statement, not an adjunct of the cue.
        if e + 1 <= ceiling, Self.cueExtendingPrepositions.contains(tokens[e + 1].lower),
           tokens[e + 1].lower != "to" || e + 2 > ceiling || tokens[e + 2].tag != .verb {
            var k = e + 2
            while k <= ceiling, k - e <= 5, tokens[k].isWord, tokens[k].quote == nil, tokens[k].lower != "that" { k += 1 }
            if k > ceiling || [",", ".", ":", ";", "-", "--", "\u{2014}", "\u{2013}"].contains(tokens[k].lower) || isOpenMark(k) { e = k - 1 }
        }
        return v...e
    }

    /// The particle of the phrasal cue at `v` (`called for`, `spoke briefly about`, `called
    /// Wednesday for`: one adverb or day may stand between), or nil when none follows.
    func particleAfter(_ v: Int, last: Int) -> Int? {
        // The word's class says whether it is a key of the table (``Lexicon/WordClass/phrasalReporting``
        // is given to exactly those): most words are not, and are turned away without hashing them.
        guard tokens[v].is(.phrasalReporting), let particles = Lexicon.phrasalReporting[tokens[v].lower] else { return nil }
        var k = v + 1
        // "called Wednesday for": a day may stand there too.
        if k + 1 <= last, tokens[k].tag == .adv || tokens[k].is(.timeWord) && tokens[k].isCapitalized, !particles.contains(tokens[k].lower) { k += 1 }
        guard k <= last, particles.contains(tokens[k].lower) else { return nil }
        // "talked about how…": some verbs report only an embedded question, not a topic.
        if Lexicon.questionOnlyPhrasals.contains(tokens[v].lower) {
            guard k + 1 <= last, Self.embeddedQuestionOpeners.contains(tokens[k + 1].lower) else { return nil }
        }
        return k
    }

    /// Words that open an embedded question after a phrasal cue (`talked about how`).
    static let embeddedQuestionOpenerWords: Set<String> = ["how", "what", "why", "whether", "who", "where", "when"]
    static let embeddedQuestionOpeners = WordSet(embeddedQuestionOpenerWords)

    /// Whether token `n` is a cue verb of any class: reporting, phrasal before its particle, or a
    /// labelling verb (`called it a common ailment`).
    func isCueWord(_ n: Int) -> Bool {
        let t = tokens[n]
        if t.is(.reporting) || Self.labellingVerbs.contains(t.lower) { return true }
        guard t.is(.phrasalReporting), n + 1 < tokens.count else { return false }
        return particleAfter(n, last: tokens.count - 1) != nil
    }

    /// Whether token `i` follows an article or possessive ("the report", "his claims"): a noun then.
    func followsDeterminer(_ i: Int) -> Bool {
        guard i > 0, Self.articles.contains(tokens[i - 1].lower) else { return false }
        // "A person close to her said": after a preposition, "her" is the object pronoun.
        return !(tokens[i - 1].lower == "her" && i - 2 >= 0 && tokens[i - 2].tag == .adp && tokens[i].tag == .verb)
    }

    /// Whether token `i`, read as a noun, heads a noun phrase an article opens with one modifier
    /// between (`a passing promise that…`, `the latest report`): a noun then, not a verb.
    func followsModifiedDeterminer(_ i: Int) -> Bool {
        let w = tokens[i].lower
        guard i >= 2, tokens[i].tag == .noun, Self.articles.contains(tokens[i - 2].lower),
              !w.endsWith("s"), !w.endsWith("ed"), !Lexicon.isGerund(w) else { return false }
        let modifier = tokens[i - 1]
        guard modifier.isWord, !modifier.isCapitalized, modifier.quote == nil, !modifier.is(.reporting) else { return false }
        // "the latest report": an adjective; "a passing promise": a noun only after "a", since
        // "the nomination acknowledge" may be a clause's subject and verb.
        return modifier.tag == .adj || modifier.tag == .noun && tokens[i - 2].lower.isOne(of: "a", "an")
    }

    /// Whether the verb at `v` is an infinitive coordinated with an earlier one (`to explain and
    /// defend her decision`): it has no subject of its own to find. A past or third-person form
    /// (`tried to apologise and admitted that…`) is coordinated with the finite verb before `to`.
    func isCoordinatedInfinitive(_ v: Int, first: Int) -> Bool {
        v - 3 >= first && tokens[v - 1].lower.isOne(of: "and", "or") && tokens[v - 3].lower == "to" && tokens[v - 2].tag == .verb
            && !Lexicon.isInflectedForm(tokens[v].lower)
    }

    /// Whether an auxiliary follows token `i` ("The original tweet was deleted"): a noun then.
    func precedesAuxiliary(_ i: Int, last: Int) -> Bool {
        i + 1 <= last && Self.auxiliaries.contains(tokens[i + 1].lower)
    }

    static let auxiliaries: WordSet = ["is", "was", "were", "are", "has", "had", "have", "will", "would", "could", "can", "should", "may", "might", "must"]
}
