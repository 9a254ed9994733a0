import WhosaidSyntax

/// Noun cues: `Trump’s claim that the vote was rigged`, `his warning that costs would rise`.
/// The possessor speaks, and the `that` clause is the statement. The sieve can be switched off
/// with the label sieve (``Engine/Options/labelStatements``: both are statements news annotation
/// counts without a reporting verb); its statements carry the rule `noun-cue`.
extension Attributor {
    /// Nouns of saying that take a `that` clause.
    static let nounCues: WordSet = [
        "claim", "claims", "assertion", "suggestion", "insistence", "argument", "warning", "promise", "pledge",
        "comment", "remark", "accusation", "charge", "allegation", "admission", "announcement", "contention",
        "boast", "vow", "assurance", "prediction", "statement", "declaration",
    ]
    /// Tags of a word that can end a predicate (`was rigged`, `is false`, `rose sharply`).
    static let predicateEndTags: Set<UPOS> = [.verb, .adj, .adv]
    /// Finite auxiliaries that can open a main clause's predicate after a subject's clause.
    static let finiteAuxiliaries: WordSet = ["is", "was", "were", "are", "will", "would", "has", "had", "could", "should", "may", "might", "must", "did", "does"]
    /// Possessive pronouns and the pronoun each stands for.
    static let possessivePronouns: [String: String] = ["his": "he", "her": "she", "their": "they", "its": "it"]

    /// The noun-cue statement of the noun at `n` in the sentence `first...last`, if it is one.
    func nounCueStatement(noun n: Int, first: Int, last: Int) -> Candidate? {
        let t = tokens[n]
        // The cheap tests first: this runs at every word outside quotes, and the set lookup hashes it.
        guard t.tag == .noun, t.quote == nil, n > first, n + 2 <= last, isNounCue(t.lower),
              let that = nounCueThat(after: n, last: last),
              let speaker = possessor(before: n, floor: first) ?? nounCueAgent(after: n, that: that) else { return nil }
        // The clause ends at punctuation, or where the main clause's verb follows its own verb
        // group ("Trump's claim that the vote was rigged drew scorn").
        // Bounded like the other sentence searches, so one endless sentence stays linear.
        let limit = min(last, that + 1 + maxSentenceCueDistance)
        var end = limit
        var k = that + 1
        var hasPredicate = false
        while k <= limit {
            let t = tokens[k]
            if t.quote == nil, clauseEnds(at: k, last: last) || t.lower == "," && k > that + 2 { end = k - 1; break }
            let predicateEnd = Self.predicateEndTags.contains(tokens[k - 1].tag)
            // "Ortiz's claim that the wells were dry was false": a finite auxiliary right after an
            // adjective or verb that ends the clause's predicate is the main clause's.
            let mainAuxiliary = t.tag == .aux && Self.finiteAuxiliaries.contains(t.lower)
                && (tokens[k - 1].tag == .adj || tokens[k - 1].tag == .verb || closesObjectBeforeMainVerb(k - 1, that: that))
            if hasPredicate, t.tag == .verb && !Lexicon.isGerund(t.lower) && predicateEnd || mainAuxiliary {
                end = k - 1
                break
            }
            if t.tag == .verb || t.tag == .aux { hasPredicate = true }
            k += 1
        }
        guard let span = clauseSpan(from: that + 1, to: end), wordCount(span) >= 3, holdsFiniteVerb(that + 1, end) else { return nil }
        return make(span, cue: n...that, speaker, .nounCue, 0.65)
    }

    /// Whether token `k` modifies a noun of saying between its owner and it: a participle in
    /// `-ed` (`continued`, `repeated`) or a time adverb (`earlier`, `latest`).
    func isNounCueModifier(_ k: Int) -> Bool {
        let t = tokens[k]
        return t.quote == nil && (t.tag == .verb && t.lower.hasSuffix("ed") || Self.nounCueTimeModifiers.contains(t.lower))
    }

    /// Time words that may modify a noun of saying (`his earlier statements`).
    static let nounCueTimeModifiers: WordSet = ["earlier", "latest", "recent", "previous", "past", "repeated", "frequent"]

    /// Most words between a possessive and its noun of saying (`Bush's new Facebook post`).
    static let maxPossessedNounModifiers = 3

    /// The speaker owning the noun at `n`: `Trump’s claim`, `the mayor's warning`, `his remark`.
    func possessor(before n: Int, floor: Int, nounModifiers: Bool = false) -> SpeakerMention? {
        var k = n - 1
        // "his repeated claim"; with `nounModifiers`, "Bush's Facebook post": words between the owner and the noun.
        let modifierTags: [UPOS] = nounModifiers ? [.adj, .noun, .propn] : [.adj]
        // "Santilli's continued insistence", "his earlier statements": a participle or a time
        // adverb modifies the noun too.
        while k >= floor, modifierTags.contains(tokens[k].tag) || isNounCueModifier(k), !tokens[k].lower.hasSuffix("'s"),
              tokens[k].quote == nil, n - k <= Self.maxPossessedNounModifiers { k -= 1 }
        guard k >= floor else { return nil }
        let owner = tokens[k]
        if let pronoun = Self.possessivePronouns[owner.lower] {
            var m = finder.make(first: k, last: k, kind: .pronoun)
            m.head = pronoun
            return m
        }
        // "the hawks' warnings": a plural owner's bare apostrophe (``pluralPossessor(apostrophe:floor:)``).
        if let m = pluralPossessor(apostrophe: k, floor: floor) { return m }
        guard owner.lower.hasSuffix("'s"), var m = finder.phrase(endingAt: k, floor: floor), m.kind != .pronoun else { return nil }
        if m.head.hasSuffix("'s") { m.head = String(m.head.dropLast(2)) }
        // The owner's name without its possessive ending.
        let name = m.bareName(in: document)
        m.bareOverride = String(name.dropLast(2))
        return m
    }
}

/// Stage 2, at a noun of saying with a `that` clause: its possessor speaks (switched off with
/// ``Engine/Options/labelStatements``).
///
///     Vance’s warning that the dam would fail went unheeded.   → Vance: "the dam would fail"
///     Her claim that the count was rigged drew scorn.          → she: "the count was rigged"
struct NounCueSieve: CueWordSieve {
    var name: String { "noun-cue" }
    var rules: Set<AttributionRule> { [.nounCue] }
    var cueClasses: Lexicon.WordClass? { [.nounCue] }
    func isOn(_ options: Engine.Options) -> Bool { options.labelStatements }
    func statements(at v: Int, sentence si: Int, first: Int, last: Int, in a: inout Attributor) -> CueWordFinding? {
        // Most words are no noun: settled before a statement is made room for and copied.
        guard a.tokens[v].tag == .noun else { return nil }
        return a.nounCueStatement(noun: v, first: first, last: last).map { a.finding($0, at: v, last: last) }
    }
}
