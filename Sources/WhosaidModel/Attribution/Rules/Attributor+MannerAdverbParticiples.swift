import WhosaidSyntax

/// A manner or stance adverb before a reporting participle leaves it a cue: `…, falsely
/// suggesting that Obama was born abroad`, `…, eventually saying he would be a disaster`,
/// `after initially saying he would not advertise`, `…and boldly claiming that…`. The speaker is
/// the one the participle would have without the adverb; a clause before the comma ends there.
/// Only a participle that reports a clause or a quotation: with an object alone (`…, wrongly
/// blaming the engineers`) the adverb is the reporter's judgement of a deed.
extension Attributor {
    /// Whether a manner or stance adverb stands at `k` before a reporting participle that
    /// reports a clause or a quotation (``opensReportedClause(at:last:)``): an `-ly` adverb or a
    /// hedge (``hedgeAdverbs``), not a negation.
    func isMannerAdverbBeforeCue(_ k: Int) -> Bool {
        let t = tokens[k]
        guard t.tag == .adv, t.quote == nil, !Self.cueNegations.contains(t.lower), k + 1 < tokens.count else { return false }
        let p = tokens[k + 1]
        guard (t.isLyAdverb || Self.hedgeAdverbs.contains(t.lower)), p.tag == .verb, p.is(.reporting), Lexicon.isGerund(p.lower) else { return false }
        return opensReportedClause(at: k + 2, last: sentenceLastToken(from: k))
    }
}

/// An infinitive split by an adverb is still the reported infinitive: `has repeatedly promised
/// to forcibly deport 11 million people`, `declined to publicly detail the inquiry`.
extension Attributor {
    /// Whether an `-ly` adverb at `k`, right after `to`, splits an infinitive before its verb.
    /// The tagger may read the verb after the adverb as an adjective (`to quickly deport`). A
    /// participle in -ed or -en, or an adjective before a noun, modifies the noun phrase of `to`
    /// the preposition instead (`promised to newly signed players more time`, `to chronically
    /// ill patients`).
    func splitsInfinitive(_ k: Int) -> Bool {
        guard k + 1 < tokens.count, tokens[k].isLyAdverb, tokens[k].quote == nil else { return false }
        let verb = tokens[k + 1]
        guard [.verb, .aux, .adj].contains(verb.tag), verb.isWord, verb.quote == nil, !verb.isCapitalized,
              !Lexicon.isGerund(verb.lower), !verb.lower.endsWith("ed"), !verb.lower.endsWith("en") else { return false }
        return !(verb.tag == .adj && k + 2 < tokens.count && [.noun, .propn].contains(tokens[k + 2].tag))
    }
}
