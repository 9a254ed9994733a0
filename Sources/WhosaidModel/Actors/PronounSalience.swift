/// How salient an earlier mention is as the antecedent of a speaker pronoun, in the manner of
/// Lappin and Leass (1994): candidates that agree with the pronoun are scored by recency,
/// grammatical role and, in news, whether they are the speaker of the surrounding quotes; the
/// highest score wins and the most recent breaks ties.
///
/// The numbers are tuning values (Lappin–Leass's own weights, scaled to what whosaid can see).
enum PronounSalience {
    /// Weight of a mention in the pronoun's own sentence; it halves with every sentence back.
    static let recency = 100.0
    /// Bonus for a mention that is the subject of its clause (followed by its verb, or
    /// opening the sentence).
    static let subject = 80.0
    /// Further bonus for the subject of the pronoun's own sentence, outside quotes (`Ban
    /// condemned what he called…`): it outweighs the previous speaker and a known gender.
    static let ownSentenceSubject = 110.0
    /// Bonus for the actor who spoke the statement just before (within ``speakerParagraphs``).
    static let previousSpeaker = 60.0
    /// Bonus for a person of the pronoun's gender (stated or by first name), or named in full with
    /// a first name of unknown gender (`Sergei Kesara`), who is the subject
    /// of an earlier sentence of the pronoun's own paragraph, outside quotes (`¶John Moon scored twice. “We were tired,” he said.`): a
    /// paragraph that brings in a new person before its quote is about that person, more than
    /// about the speaker before it.
    static let paragraphMention = 60.0
    /// Bonus for a definite description of a role no one named holds, the subject of a sentence
    /// after the previous statement (``ActorBuilder/bringsInUnheldRole(_:holders:)``: `Kell said…
    /// The agriculture minister hit back. “Nonsense,” she said.`): what a person of the pronoun's
    /// gender brought in by the paragraph earns (``paragraphMention`` and ``knownGender``), as
    /// the description shows no gender against the pronoun. It also lapses the previous
    /// speaker's bonus, as a newly named subject does.
    static let newRoleSubject = paragraphMention + knownGender
    /// Bonus for a person whose gender is known and agrees with he/she (unknown stays possible
    /// but ranks lower).
    static let knownGender = 40.0
    /// How many paragraphs back the previous speaker still counts.
    static let speakerParagraphs = 2
    /// How many paragraphs back a he/she antecedent may stand.
    static let personParagraphs = 6
    /// How many paragraphs back an it/they antecedent may stand.
    static let groupParagraphs = 2
    /// How many sentences back any antecedent may stand: bounds the search in a text without
    /// paragraph breaks, where the paragraph windows do not.
    static let farthestSentences = 40
    /// How many sentences back candidates are scored at all; beyond it only the nearest
    /// agreeing mention is taken, as before salience.
    static let sentenceWindow = 4

    /// Pronouns outside quotes that are resolved in a chain, each becoming a mention of its
    /// person for the pronouns after it.
    /// (All open with "h" or "s": ``ActorBuilder`` hashes no other word against them.)
    static let chainPronouns: WordSet = ["he", "she", "him", "his", "her", "himself", "herself"]

    /// Whether an earlier mention scored `score`, of an actor mentioned `mentions` times before the
    /// pronoun, outranks the best candidate so far (read from the pronoun back, so nearer): a higher
    /// score, or an equal one for an actor the text has mentioned more often when neither mention
    /// is a clause's subject (`eitherSubject` false). `¶Omar Haddad grew up in Leeds. … Letters to
    /// Haddad from a cousin, Peter Lund, survive. ¶In 1995 he wrote…`: the two objects tie, and
    /// the person the text is about (Lappin and Leass's salience of a whole chain of mentions)
    /// wins over the one named once; with equal counts, or between subjects, the nearer one does.
    static func outranks(score: Double, mentions: Int, best: Double, bestMentions: Int, eitherSubject: @autoclosure () -> Bool) -> Bool {
        // `eitherSubject` is asked only on a tie: it reads the tokens, and this runs for every
        // earlier mention of every pronoun.
        score > best || score == best && mentions > bestMentions && !eitherSubject()
    }

    /// Whether a person named as a main clause's subject after the previous statement agrees
    /// enough with the pronoun `wanted` to turn the narrative to them, so the previous speaker's
    /// bonus (``previousSpeaker``) lapses (`“We will rebuild,” Brooks said. Greg Hunt disagreed.
    /// “It will take a decade,” he said.`): a person of the pronoun's `gender`; a first name most of
    /// whose bearers share it (`Bernie`), or one the table lacks (`Ange Postecoglou`), though it
    /// earns no agreement bonus (that made more wrong speakers than right); or a bare surname
    /// whose gender nothing shows, a title such as `Dr` aside (`Osei said… Professor Sorensen
    /// disagreed. “…,” he said.`): nothing speaks against it, and a previous speaker of known
    /// gender still keeps ``knownGender`` over it (`Mr Osei said… Dr Sorensen disagreed.` stays
    /// Osei's).
    static func mayTurnToNewSubject(gender: Gender?, given: [String]?, wanted: Gender?) -> Bool {
        if gender == wanted { return true }
        guard gender == nil, let given else { return false }
        guard let first = given.first else { return true }  // a bare surname
        return FirstNameGender.leaning(of: first) == wanted || !first.hasSuffix(".") && !FirstNameGender.isFirstName(first)
    }

    /// The recency weight of a mention `distance` sentences before the pronoun.
    static func recencyWeight(sentences distance: Int) -> Double {
        recency / Double(1 << min(max(distance, 0), 30))
    }

    /// Whether the mention whose last word is token `index` is the subject of its clause: its
    /// verb follows it, or it opens the sentence.
    static func isSubject(_ index: Int, tokens: Tokens) -> Bool {
        let t = tokens[index]
        if t.lower.isPossessiveForm { return false }  // a possessive
        if index + 1 < tokens.count, tokens[index + 1].sentence == t.sentence {
            let next = tokens[index + 1].tag
            if next == .verb || next == .aux { return true }
            if next == .adv, isVerbAfterAdverb(index + 1, tokens: tokens), !followsVerbInClause(index, tokens: tokens) { return true }
        }
        var k = index
        while k > 0, tokens[k - 1].sentence == t.sentence,
              tokens[k - 1].tag == .propn || tokens[k - 1].tag == .det || tokens[k - 1].is(.title) {
            k -= 1
        }
        if k == 0 || tokens[k - 1].sentence != t.sentence { return true }
        // "The attorney, Nathaniel Greer, said", "His deputy, Raul Ortega, said": a name set off
        // by commas after the noun phrase that opens the sentence (or follows a fronted adverb),
        // with the verb after the closing comma, is the subject as that phrase is (not one
        // apposed to a prepositional object: "a study by a sociologist, NAME,").
        guard tokens[k - 1].lower == ",", index + 2 < tokens.count, tokens[index + 1].lower == ",",
              tokens[index + 2].sentence == t.sentence, tokens[index + 2].tag == .verb || tokens[index + 2].tag == .aux else { return false }
        var p = k - 2
        var preposition: Int?
        while p >= 0, k - 2 - p < maxOpeningPhraseWords, tokens[p].sentence == t.sentence,
              [.det, .adj, .noun, .propn, .num].contains(tokens[p].tag) || tokens[p].lower.isPossessiveForm || tokens[p].is(.title)
                || MentionFinder.possessivePronouns.contains(tokens[p].lower)
                || isPersonQualifyingPreposition(p, tokens: tokens) || isPartitiveOf(p, tokens: tokens) {
            if tokens[p].tag == .adp { preposition = p }
            p -= 1
        }
        guard p < k - 2, preposition.map({ $0 - 1 > p }) ?? true else { return false }
        return p < 0 || tokens[p].sentence != t.sentence || opensAfterFrontedAdverb(comma: p, tokens: tokens)
    }

    /// The most words looked back from a name for a verb before it in its sentence.
    static let maxWordsBeforeSubject = 12

    /// Whether a verb or an auxiliary stands before the name ending at `index` in its sentence,
    /// within ``maxWordsBeforeSubject`` words (`Voters who know Tom Reed well say`: the name is an
    /// object), or the sentence starts further back than that: either way the name is not read as
    /// the subject before an adverb.
    static func followsVerbInClause(_ index: Int, tokens: Tokens) -> Bool {
        var k = index
        while k > 0, tokens[k - 1].sentence == tokens[index].sentence {
            k -= 1
            if index - k > maxWordsBeforeSubject { return true }
            if tokens[k].tag == .verb || tokens[k].tag == .aux { return true }
        }
        return false
    }

    /// Subject before an adverb: whether the adverb at `k` (`still`, `also`, `later`) stands between
    /// a name and its finite verb, outside quotes (`At 71, Hamish Grant still rows every day.`,
    /// `On Monday, Ana Ruiz also visited the farm.`): the name is the clause's subject as it is
    /// with the verb right after it. A gerund is no finite verb (`Grant, now living in Leeds`
    /// has its comma first anyway).
    static func isVerbAfterAdverb(_ k: Int, tokens: Tokens) -> Bool {
        guard k + 1 < tokens.count, tokens[k + 1].sentence == tokens[k].sentence, tokens[k].quote == nil,
              tokens[k + 1].quote == nil else { return false }
        let verb = tokens[k + 1]
        return (verb.tag == .verb || verb.tag == .aux) && !Lexicon.isGerund(verb.lower)
    }

    /// Prepositions that qualify a noun of a person by a place or body (`her colleague at the firm`,
    /// `a spokeswoman for the agency`, `his deputy on the council`).
    static let personQualifyingPrepositions: WordSet = ["at", "on", "for", "of", "in", "from", "with"]

    /// Whether token `p` is a preposition that qualifies a noun of one person right before it
    /// (``PersonNameIndex/isPersonNoun(_:)``): `Her colleague at the firm, Maria Park, disagreed`
    /// opens with a noun phrase that the apposed name is the subject as, while `A study by a
    /// sociologist, NAME,` (a thing's noun before the preposition) does not.
    static func isPersonQualifyingPreposition(_ p: Int, tokens: Tokens) -> Bool {
        guard p >= 1, tokens[p].tag == .adp, personQualifyingPrepositions.contains(tokens[p].lower),
              tokens[p - 1].sentence == tokens[p].sentence, tokens[p - 1].tag == .noun else { return false }
        return PersonNameIndex.isPersonNoun(tokens[p - 1].lower)
    }

    /// Words of number or quantity that take a partitive `of` inside a noun phrase of people
    /// (`one of the workers`, `two of the victims`, `some of the parents`).
    static let partitiveQuantifiers: WordSet = [
        "one", "two", "three", "four", "five", "some", "many", "several", "each", "both", "all", "most", "none", "either", "neither",
    ]

    /// Partitive `of` inside an opening noun phrase: whether token `p` is an `of` after a number
    /// or quantifier (``partitiveQuantifiers``), so that `The widow of one of the workers, Carla
    /// Dean, sat…` opens with one noun phrase that the apposed name is the subject as, as `The
    /// widow of a worker, Carla Dean, sat…` does. The phrase must still reach back to a noun of
    /// a person (``isPersonQualifyingPreposition(_:tokens:)``) or the sentence's start (`One of
    /// the workers, Carla Dean, said`); `A study by one of the workers, NAME,` stops at `by`.
    static func isPartitiveOf(_ p: Int, tokens: Tokens) -> Bool {
        guard p >= 1, tokens[p].lower == "of", tokens[p - 1].sentence == tokens[p].sentence else { return false }
        let before = tokens[p - 1]
        return partitiveQuantifiers.contains(before.lower) || before.tag == .num
    }

    /// Most words of a verbless phrase fronted before a sentence's subject (`On Tuesday,`).
    static let maxFrontedPhraseWords = 4
    /// Coordinators that may open a sentence before its subject (`But his deputy, …`).
    static let openingCoordinators: WordSet = ["but", "and", "yet", "so"]

    /// Whether token `p`, right before a sentence's opening noun phrase, leaves that phrase
    /// opening the clause: a coordinator opening the sentence (`But his deputy, Raul Ortega,
    /// testified`), or the comma closing a short verbless phrase that opens it (`Later, the
    /// minister's deputy, …`, `On Tuesday, his deputy, …`).
    static func opensAfterFrontedAdverb(comma p: Int, tokens: Tokens) -> Bool {
        let sentence = tokens[p].sentence
        let opensSentence = { (k: Int) in k == 0 || tokens[k - 1].sentence != sentence }
        if openingCoordinators.contains(tokens[p].lower), opensSentence(p) { return true }
        guard tokens[p].lower == ",", tokens[p].quote == nil else { return false }
        var k = p - 1
        while k >= 0, p - k <= maxFrontedPhraseWords, tokens[k].sentence == sentence, tokens[k].isWord, tokens[k].quote == nil,
              tokens[k].tag != .verb, tokens[k].tag != .aux {
            if opensSentence(k) { return true }
            k -= 1
        }
        return false
    }

    /// Bonus for the subject of an adverbial clause (`…, a day after Donald Trump praised him`)
    /// in place of ``subject``: Lappin and Leass's non-adverbial emphasis, which the main
    /// clause's subject has and a subordinate clause's lacks.
    static let subordinateSubject = 30.0

    /// Subordinators that open an adverbial clause.
    static let adverbialSubordinators: WordSet = [
        "after", "before", "when", "because", "since", "although", "though", "until", "unless", "once", "if",
    ]

    /// Whether the subject whose last word is token `index` opens an adverbial clause or a
    /// verb's complement clause: the word before its phrase is a subordinator (`after Donald
    /// Trump praised him`) or a complementiser `that` after the verb or its object (`told me
    /// that Harry Truman denied…`, ``isComplementThat(_:tokens:)``).
    static func opensSubordinateClause(_ index: Int, tokens: Tokens) -> Bool {
        let sentence = tokens[index].sentence
        let k = namePhraseStart(index, tokens: tokens)
        guard k > 0, tokens[k - 1].sentence == sentence, tokens[k - 1].quote == nil else { return false }
        // "He told me that Truman denied…": the subject of a clause a verb reports is embedded
        // too (not after `so … that`, whose clause tells a result).
        return adverbialSubordinators.contains(tokens[k - 1].lower) || isComplementThat(k - 1, tokens: tokens)
    }

    /// Words of degree whose `that` clause tells a result (`so subdued that…`).
    static let resultDegreeWords: WordSet = ["so", "such"]

    /// Whether the `that` at `k` opens a verb's complement clause: a complementiser right after
    /// the verb (`said that`) or after the verb's object (`told him that`, `told reporters that`).
    static func isComplementThat(_ k: Int, tokens: Tokens) -> Bool {
        guard tokens[k].lower == "that", tokens[k].tag == .sconj, k >= 1 else { return false }
        let before = tokens[k - 1]
        guard before.sentence == tokens[k].sentence, before.quote == nil else { return false }
        // "was so subdued that…": a participle after `so` or `such` is no reporting verb.
        if k >= 2, resultDegreeWords.contains(tokens[k - 2].lower) { return false }
        if before.tag == .verb { return true }
        return k >= 2 && [.pron, .noun, .propn].contains(before.tag) && tokens[k - 2].tag == .verb
            && tokens[k - 2].sentence == tokens[k].sentence && tokens[k - 2].quote == nil
    }

    /// The first token of the name phrase whose last word is token `index`: its first name,
    /// titles, determiner and a possessive before it (`the mayor's deputy Greg Hunt` → `the`),
    /// within ``maxOpeningPhraseWords``.
    static func namePhraseStart(_ index: Int, tokens: Tokens) -> Int {
        let sentence = tokens[index].sentence
        var k = index
        while k > 0, index - k < maxOpeningPhraseWords, tokens[k - 1].sentence == sentence,
              tokens[k - 1].tag == .propn || tokens[k - 1].tag == .det || tokens[k - 1].is(.title) || tokens[k - 1].lower.isPossessiveForm {
            k -= 1
        }
        return k
    }

    /// Most tokens before a sentence's subject read for a verb or subordinator (`On Thursday,`).
    static let maxMainClauseOpeningTokens = 12

    /// Whether the name whose last word is token `index` is the subject of its sentence's main
    /// clause as the sentence opens: nothing before its phrase but words with no verb or
    /// subordinator among them (`Greg Hunt disagreed.`, `On Thursday, Sanders complained…`),
    /// not a clause's subject after its verb (`Reid raised the example, just as Lincoln did.`).
    static func opensMainClause(_ index: Int, tokens: Tokens) -> Bool {
        let sentence = tokens[index].sentence
        let k = namePhraseStart(index, tokens: tokens)
        var p = k - 1
        // "Asked about the remarks, Kessler smiled.": a participle phrase fronted before the
        // subject's comma holds a verb but no clause of its own.
        // The phrase is read whole, the clause it may take included (`Asked whether the race was over,`).
        if p >= 0, tokens[p].lower == ",", opensWithParticiplePhrase(comma: p, tokens: tokens) { return true }
        while p >= 0, tokens[p].sentence == sentence {
            guard k - p <= maxMainClauseOpeningTokens, tokens[p].quote == nil,
                  ![.verb, .aux, .sconj].contains(tokens[p].tag) else { return false }
            p -= 1
        }
        return true
    }

    /// Whether the sentence of the comma at `comma` opens with a participle phrase that the comma
    /// closes (`Asked about the remarks,`, `Speaking to reporters on Monday,`): a past or -ing
    /// participle first, then no auxiliary, subordinator or other comma before any clause the
    /// participle takes (``participleClauseOpeners``).
    static func opensWithParticiplePhrase(comma: Int, tokens: Tokens) -> Bool {
        let sentence = tokens[comma].sentence
        var f = comma
        while f > 0, comma - f < maxMainClauseOpeningTokens, tokens[f - 1].sentence == sentence { f -= 1 }
        guard f < comma, f == 0 || tokens[f - 1].sentence != sentence else { return false }
        let opener = tokens[f]
        guard opener.tag == .verb, opener.lower.endsWith("ed") || Lexicon.isGerund(opener.lower) else { return false }
        if (f + 1..<comma).contains(where: { tokens[$0].lower == "," || tokens[$0].quote != nil }) { return false }
        let clause = (f + 1..<comma).first { participleClauseOpeners.contains(tokens[$0].lower) } ?? comma
        return !(f + 1..<clause).contains { tokens[$0].tag == .aux || tokens[$0].tag == .sconj }
    }

    /// Words that open a clause a fronted participle takes as its complement (`Asked whether the
    /// title race was over,`, `Asked by reporters how the money was spent,`): the clause may hold
    /// its own auxiliary and subordinator, and the phrase is still no main clause
    /// (``opensWithParticiplePhrase(comma:tokens:)``).
    static let participleClauseOpeners: WordSet = ["whether", "if", "how", "what", "why", "when", "where", "who", "which", "that"]

    /// Most words of the noun phrase opening a sentence that a name is apposed to.
    static let maxOpeningPhraseWords = 8

    /// Bonus for the owner of the noun phrase whose relative clause holds the pronoun
    /// (`Dunmore's critique of a trade policy that he said has hurt farmers`): as much as a
    /// subject earns (``subject``), so that a subject sentences back, of the pronoun's gender,
    /// does not outrank it (Hobbs's search proposes the possessor first, from the noun phrase
    /// that dominates the pronoun's clause), while the subject of the pronoun's own sentence,
    /// with ``ownSentenceSubject``, still does (`Reyes dismissed Bell's report that he said…`).
    static let relativeHeadOwner = subject

    /// Words that open a relative clause on a noun (`a policy that he said…`).
    static let relativisers: WordSet = ["that", "which", "whom"]

    /// Most tokens between a possessor and the relativiser after its noun phrase
    /// (`critique of an economic system` is five).
    static let maxRelativeHeadWords = 8

    /// Whether the mention whose last word is token `index` is a possessive (`Dunmore's`) that
    /// owns the noun phrase a relative clause opened by the pronoun at `pronoun` modifies:
    /// `Dunmore's critique of a trade policy that he said…`. Between the two only the words of
    /// that noun phrase may stand (determiners, adjectives, common nouns, numbers and
    /// prepositions, ``relativisers`` last), outside quotes; no verb, comma or other name, so
    /// `Ortiz's letter to Hale that he signed` (a second person between) is left to the scores.
    static func ownsRelativeHead(_ index: Int, pronoun: Int, tokens: Tokens) -> Bool {
        guard index < pronoun - 1, pronoun - 1 - index <= maxRelativeHeadWords + 1,
              tokens[index].lower.isPossessiveForm, tokens[index].quote == nil, tokens[pronoun].quote == nil,
              tokens[index].sentence == tokens[pronoun].sentence,
              relativisers.contains(tokens[pronoun - 1].lower), index + 1 < pronoun - 1 else { return false }
        return (index + 1..<pronoun - 1).allSatisfy { k in
            tokens[k].quote == nil && [.det, .adj, .noun, .num, .adp].contains(tokens[k].tag)
        }
    }
}
