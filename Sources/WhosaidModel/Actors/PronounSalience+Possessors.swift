import WhosaidSyntax

extension PronounSalience {
    /// Bonus for a person's possessive that determines its sentence's subject, a thing's noun
    /// (`Castellar's next project is a song cycle.`): the sentence is about that person (Hobbs's
    /// search proposes the possessor of the subject's noun phrase right after the subject
    /// itself), though less than about a subject: as much as a subordinate clause's subject
    /// earns (``subordinateSubject``). News names its famous people's campaigns and positions
    /// (`Clinton's position was supported by Sen. Feinstein, who said…`) without turning to them,
    /// so as much as a subject's bonus made the owner outrank the speaker.
    static let subjectPossessor = subordinateSubject

    /// Most words between a possessive and the verb of the noun phrase it determines (`next
    /// full-length project`).
    static let maxPossessedWords = 5

    /// Whether the mention whose last word is token `index` is a possessive (`Castellar's`) that
    /// determines the subject of its sentence's main clause (``opensMainClause(_:tokens:)``): only
    /// adjectives, numbers and common nouns stand between it and a finite verb or auxiliary, all
    /// outside quotes, and the noun phrase they make is a thing's, not a person's (`Castellar's
    /// agent said` makes the agent the subject, ``PersonNameIndex/isPersonNoun(_:)``). The
    /// sentence is the narrative's own (``isNarrativeSentence(_:tokens:)``), not what someone said
    /// (`Trump's misinformation may be “strategic,” said Hemsley.`).
    static func ownsSubject(_ index: Int, tokens: Tokens) -> Bool {
        let t = tokens[index]
        guard t.quote == nil, t.lower.isPossessiveForm else { return false }
        var j = index + 1
        while j < tokens.count, j - index <= maxPossessedWords, tokens[j].sentence == t.sentence, tokens[j].quote == nil,
              [.adj, .noun, .num].contains(tokens[j].tag), tokens[j].kind == .word {
            j += 1
        }
        guard j > index + 1, j < tokens.count, tokens[j].sentence == t.sentence, tokens[j].quote == nil,
              tokens[j].tag == .verb || tokens[j].tag == .aux, !Lexicon.isGerund(tokens[j].lower) else { return false }
        let head = tokens[j - 1]
        // `Castellar's aides said`: people of the owner's, in the plural too.
        let singular = head.lower.endsWith("s") ? String(head.lower.dropLast()) : head.lower
        guard head.tag == .noun, !PersonNameIndex.isPersonNoun(head.lower), !PersonNameIndex.isPersonNoun(singular),
              !Lexicon.groupHeads.contains(head.lower) else { return false }
        return opensMainClause(index, tokens: tokens) && isNarrativeSentence(index, tokens: tokens)
    }

    /// Most tokens of a sentence read for a quote or a reporting verb; a longer one is taken for
    /// a report.
    static let maxNarrativeSentenceTokens = 60

    /// Whether the sentence of token `index` holds no quoted word and no reporting verb (within
    /// ``maxNarrativeSentenceTokens``): the reporter's narrative, not a statement's content.
    static func isNarrativeSentence(_ index: Int, tokens: Tokens) -> Bool {
        let sentence = tokens[index].sentence
        var k = index
        while k > 0, tokens[k - 1].sentence == sentence {
            k -= 1
            if index - k > maxNarrativeSentenceTokens { return false }
        }
        var read = 0
        while k < tokens.count, tokens[k].sentence == sentence {
            if tokens[k].quote != nil || tokens[k].tag == .verb && tokens[k].is(.reporting) { return false }
            read += 1
            if read > maxNarrativeSentenceTokens { return false }
            k += 1
        }
        return true
    }
}
