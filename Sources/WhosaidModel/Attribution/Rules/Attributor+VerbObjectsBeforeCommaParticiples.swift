import WhosaidSyntax

/// `Ann Lee attacked Bo Diaz, with whom she clashed at the debate, calling him “a loser.”`: read
/// back from a participle after a comma over an aside, the phrase found may be the object of the
/// clause's verb (the tagger may fold the verb into the phrase, `attacked Bo Diaz`, or read it as
/// an adjective, `attacked billionaire Bo Diaz`). A phrase that does not open its clause is never
/// the subject of a participle past the comma after it; the clause's subject is.
extension Attributor {
    /// Whether the phrase `m`, read back from a participle after a comma, stands inside a clause
    /// rather than opening one: its first word is a finite verb, or a word other than a
    /// coordinator or subordinator stands before it (adverbs skipped), as a verb's object does.
    func isVerbObjectBeforeCommaParticiple(_ m: SpeakerMention, first: Int) -> Bool {
        if isFiniteVerbToken(m.first) { return true }
        var k = m.first - 1
        while k > first, tokens[k].tag == .adv, tokens[k].quote == nil { k -= 1 }
        guard k >= first else { return false }
        let t = tokens[k]
        guard t.isWord, t.quote == nil, !isCloseMark(k) else { return false }
        return !Self.clauseCoordinators.contains(t.lower) && !Self.subordinators.contains(t.lower) && t.tag != .sconj
    }

    /// Whether token `k` is a verb outside quotes in no -ing form and not after `to`.
    private func isFiniteVerbToken(_ k: Int) -> Bool {
        let t = tokens[k]
        return t.quote == nil && t.tag == .verb && !t.isCapitalized && !Lexicon.isGerund(t.lower)
            && (k == 0 || tokens[k - 1].lower != "to")
    }
}
