import WhosaidSyntax

/// The subject of the sentence right before a speaker pronoun, when it is no person's name (names
/// are read as mentions anyway; a definite description of a role is read as a fallback only) or a full name whose first name the gender table lacks
/// (``Attributor/isUnknownGivenFullName(_:)``): a description of a person, an organisation or a group. One a cue
/// already made a speaker is read again, as the whole phrase (`Donald Trump’s campaign`), which the
/// why-this-speaker chain then shows where the cue's mention is shorter. Pronoun resolution reads these as mentions (``ActorBuilder``), so
/// that the pronoun may take the one the narrative just turned to.
///
///     “We are leaving,” said Ana Lopez. Her husband shook his head. “We are not,” he said.   → Her husband
///     The Water Board released figures on Monday. It said reserves were low.                → The Water Board
extension Attributor {
    /// Most tokens from a sentence's first to the verb after its subject.
    static let maxAntecedentSubjectTokens = 12

    /// The subjects of the sentences right before the speaker pronouns of `candidates` (outside
    /// quotes) that are descriptions of a person (``isPersonDescription(_:)``), organisations or
    /// groups, each sentence's once, in text order.
    func antecedentSubjects(for candidates: [Candidate]) -> [SpeakerMention] {
        var result: [SpeakerMention] = []
        var read = Set<Int>()
        var readOwn = Set<Int>()
        for c in candidates {
            guard let p = c.speaker, p.kind == .pronoun, tokens[p.first].quote == nil else { continue }
            let own = tokens[p.first].sentence
            if p.head == "they", readOwn.insert(own).inserted, let m = ownSentenceGroupSubject(ofSentence: own, before: p.first) {
                result.append(m)
            }
            let si = own - 1
            guard si >= 0, read.insert(si).inserted, let m = antecedentSubject(ofSentence: si, before: p.first) else { continue }
            result.append(m)
        }
        result.sort { $0.first < $1.first }
        return result
    }

    /// The subject of sentence `si`, when it opens the sentence before its verb, the sentence is
    /// outside quotes (up to that verb) and in the paragraph of token `pronoun` or the one
    /// before, and it is a description of a person, an organisation or a group. Else nil.
    func antecedentSubject(ofSentence si: Int, before pronoun: Int, verbBefore limit: Int? = nil) -> SpeakerMention? {
        let first = sentenceFirst[si], last = min(sentenceLast[si], limit.map { $0 - 1 } ?? Int.max)
        guard first >= 0, !titleCase[si], paragraphOf(pronoun) - paragraphOf(first) <= 1 else { return nil }
        // "Asked whether the race was over, Guardiola laughed.": the verbs of a fronted participle
        // phrase and the clause it takes are not the main clause's; its verb is read after the comma.
        let opening = frontedParticipleComma(first: first, last: last).map { $0 + 1 } ?? first
        var v = opening + 1
        while v <= last, v - opening <= Self.maxAntecedentSubjectTokens, tokens[v].tag != .verb && tokens[v].tag != .aux {
            v += 1
        }
        guard v <= last, v - opening <= Self.maxAntecedentSubjectTokens, !holdsQuote(first, v), !isOpenMark(first),
              var m = sentenceSubject(first: subjectSearchStart(first, before: v), before: v), m.kind != .pronoun, m.last < v else { return nil }
        if let group = peopleNounPluralBeforePluralVerb(m, verb: v) { m = group }
        guard !(m.kind == .name && m.actorKind == .person) || isUnknownGivenFullName(m) else { return nil }
        if m.kind == .name, m.actorKind == .person { return m }
        // "Two Americans were killed": a plural verb shows a group, never an "it"; "they" still
        // takes a body its verb treats as plural (``takesPluralAgreeingBody(_:)``). "Her statement
        // was brief. It said…": what a person put out under a possessive pronoun is that
        // person's word, no speaker of its own.
        if m.actorKind == .organisation, Self.pluralVerbForms.contains(tokens[v].lower) && !Self.takesPluralAgreeingBody(tokens[pronoun].lower)
            || m.kind == .description && MentionFinder.possessivePronouns.contains(tokens[m.first].lower) { return nil }
        // A definite description of a role (`The judge was blunt.`) is read too: the actor builder
        // keeps it as a fallback only (``ActorBuilder/roleFallback(for:at:among:drafts:)``).
        guard m.actorKind == .organisation || isPeopleGroup(m) || isPersonDescription(m) else { return nil }
        return m
    }

    /// `Nurses have complained for years.`: a capitalised plural noun of people opening the
    /// sentence alone (``MentionFinder/isPeopleNounPluralOpeningSentence(_:)``), before a verb
    /// that agrees with a plural only (``pluralVerbForms``), is a group however the tagger and the
    /// name finder read its capital (a name of a person or of an organisation, which `they`
    /// never takes). The mention as that group; nil for any other subject.
    func peopleNounPluralBeforePluralVerb(_ m: SpeakerMention, verb v: Int) -> SpeakerMention? {
        guard m.kind == .name, m.first == m.last, m.last + 1 == v, Self.pluralVerbForms.contains(tokens[v].lower),
              finder.isPeopleNounPluralOpeningSentence(m.first) else { return nil }
        var group = m
        group.kind = .description
        group.actorKind = .group
        group.head = tokens[m.first].lower
        group.title = nil
        return group
    }

    /// Where the subject of a sentence opening at `first` is looked for before its verb `v`: past
    /// a coordinator that opens it without a comma (`But residents are not convinced.`, `And
    /// the nurses agree.`, ``PronounSalience/openingCoordinators``), which belongs to no phrase.
    func subjectSearchStart(_ first: Int, before v: Int) -> Int {
        guard first + 1 < v, PronounSalience.openingCoordinators.contains(tokens[first].lower), tokens[first].quote == nil,
              tokens[first + 1].lower != "," else { return first }
        return first + 1
    }

    /// Group subject of the pronoun's own sentence: the subject of sentence `si` before `they`
    /// at token `pronoun`, when its verb too comes before the pronoun and it is a group of
    /// people or an organisation (`Residents are not convinced, and they say the water still
    /// smells.`): the first clause's subject is what the coordinated clause's `they` takes up.
    /// Nil for a person (`Ana Ruiz met the residents, and they said…`: names are read anyway,
    /// and "they" never takes one) and for a subject after the pronoun.
    func ownSentenceGroupSubject(ofSentence si: Int, before pronoun: Int) -> SpeakerMention? {
        guard let m = antecedentSubject(ofSentence: si, before: pronoun, verbBefore: pronoun), m.last < pronoun,
              m.actorKind == .group || m.actorKind == .organisation else { return nil }
        return m
    }

    /// The comma closing a participle phrase that opens the sentence from `first` to `last`
    /// (``PronounSalience/opensWithParticiplePhrase(comma:tokens:)``: `Asked whether the title race
    /// was over,`), within ``PronounSalience/maxMainClauseOpeningTokens``. Nil for any other opening.
    func frontedParticipleComma(first: Int, last: Int) -> Int? {
        guard tokens[first].tag == .verb else { return nil }
        let end = min(last, first + PronounSalience.maxMainClauseOpeningTokens)
        guard let comma = (first + 1...max(first + 1, end)).first(where: { tokens[$0].lower == "," }), comma < last,
              PronounSalience.opensWithParticiplePhrase(comma: comma, tokens: tokens) else { return nil }
        return comma
    }

    /// Whether name `m` is a person's full name whose first word is no first name the gender table
    /// knows (`Ange Postecoglou`, `Recep Erdogan`): the name index takes such a name for a person
    /// only on other evidence, so, unread as a mention, the subject of the sentence before
    /// `“…,” he said` would leave the pronoun to someone named earlier. Not a name that an
    /// apposition describes (`Halden Key, an atoll…,`): the name index reads that one itself.
    func isUnknownGivenFullName(_ m: SpeakerMention) -> Bool {
        guard m.kind == .name, m.actorKind == .person else { return false }
        if m.last + 2 < tokens.count, tokens[m.last + 1].lower == ",", Self.appositionOpeners.contains(tokens[m.last + 2].lower) { return false }
        let bare = m.bareName(in: document)
        // An initial (`J. Smith`) is no first name the table could know.
        guard let given = bare.firstSpaceSeparatedWord, bare.hasSpace, !given.hasSuffix(".") else { return false }
        return !FirstNameGender.isFirstName(String(given))
    }

    /// Words that open an apposition describing a name (`Halden Key, an atoll…`).
    static let appositionOpeners: WordSet = ["a", "an", "the"]

    /// Verb forms that agree with a plural subject only.
    static let pluralVerbForms: WordSet = ["are", "were", "have"]

    /// Whether group `m` is people by its head: a noun of people in the plural (`Workers`, `some
    /// mainstream Republicans`, `The groups`), not any plural (`Opinions`, `Elias's efforts`,
    /// `The focus`).
    func isPeopleGroup(_ m: SpeakerMention) -> Bool {
        guard m.actorKind == .group else { return false }
        let head = m.head
        if Lexicon.groupHeads.contains(head) || Lexicon.relationalPlurals.contains(head) { return true }
        guard head.utf8.count > 3, head.endsWith("s"), !head.endsWith("ss") else { return false }
        let singular = String(head.dropLast())
        return MentionFinder.isJobNoun(singular) || Self.personHeads.contains(singular) || Lexicon.organisationHeads.contains(singular)
    }

    /// Words that open a definite description.
    static let definiteOpeners: WordSet = ["the", "this", "that"]

    /// Whether description `m` is a definite one headed by a job (`The Vermont senator`, `the
    /// candidate`): it takes up a person the article has named, whom the pronoun reaches as
    /// well, rather than bringing in someone new (`Her husband`, `A neighbor`, `the woman`).
    func opensDefiniteRole(_ m: SpeakerMention) -> Bool {
        Self.opensDefiniteRole(m, tokens: tokens)
    }

    /// ``opensDefiniteRole(_:)`` of mention `m` in `tokens`.
    static func opensDefiniteRole(_ m: SpeakerMention, tokens: Tokens) -> Bool {
        definiteOpeners.contains(tokens[m.first].lower) && MentionFinder.isJobNoun(m.head)
    }

    /// Heads of descriptions of one person besides job nouns and nouns that show a gender
    /// (``isPersonDescription(_:)``).
    static let personHeads: WordSet = [
        "friend", "colleague", "partner", "spouse", "cousin", "relative", "child", "parent", "person", "visitor",
        "guest", "customer", "passenger", "stranger", "driver", "officer", "worker", "employee", "volunteer", "fan",
        "caller", "viewer", "reader", "listener", "patient", "victim", "survivor", "teenager", "neighbor", "neighbour",
        "rival", "opponent", "ally", "mentor", "boss", "aide", "counterpart", "predecessor", "successor", "heir",
    ]

    /// Whether description `m` names one person by its head: a noun that shows a gender
    /// (`husband`, ``GenderedNouns``), a job (`the mayor`, ``MentionFinder/isJobNoun(_:)``) or
    /// another noun of a person (``personHeads``). Not a group, a thing or an organisation.
    func isPersonDescription(_ m: SpeakerMention) -> Bool {
        m.kind == .description && m.actorKind == .description
            && (GenderedNouns.nounGender(of: m.head) != nil || MentionFinder.isJobNoun(m.head) || Self.personHeads.contains(m.head))
    }
}
