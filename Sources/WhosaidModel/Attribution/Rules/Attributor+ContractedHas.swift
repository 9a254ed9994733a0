import WhosaidSyntax

/// `Obama's repeatedly said he would veto it.`: a person's name with `'s` fused to it, before
/// adverbs and a reporting verb's participle, is the name and `has`, in an article that also
/// writes the name bare (`Barack Obama spoke…`). Read as a possessive, the name was no subject
/// and the statement went unattributed. A word the article writes only with the ending is a
/// company's name (``isPossessiveShapedName(_:verb:)``), read as a whole.
extension Attributor {
    /// Participles that take `has` fused to a name in news (`Lowe's said`, `Lowe's long argued`).
    static let contractedHasParticiples: WordSet = [
        "said", "told", "claimed", "argued", "insisted", "maintained", "denied", "suggested",
        "warned", "promised", "vowed", "stated", "written", "spoken", "acknowledged", "admitted",
    ]

    /// The name `m` without its fused `has` (`Obama's` → `Obama`) when `m` is the subject of
    /// the participle `v` (``contractedHasParticiples``): `m` is a person's name whose last word
    /// the tagger reads as a proper noun ending in `'s`, only adverbs stand between it and `v`,
    /// it stands where a subject does (``opensClauseWithoutTitle(_:)``), and the document writes
    /// that word without the ending too (``bareCapitalisedWords()``). Nil for any other shape.
    func nameBeforeContractedHas(_ m: SpeakerMention, verb v: Int) -> SpeakerMention? {
        guard m.kind == .name, m.actorKind == .person, v > m.last, tokens[v].tag == .verb,
              Self.contractedHasParticiples.contains(tokens[v].lower),
              tokens[m.last].isCapitalized, tokens[m.last].tag == .propn, tokens[m.last].lower.isPossessiveForm,
              (m.last + 1..<v).allSatisfy({ tokens[$0].tag == .adv }), opensClauseWithoutTitle(m) else { return nil }
        let stem = String(tokens[m.last].lower.dropLast(2))
        guard !stem.isEmpty, bareCapitalisedWords().contains(stem) else { return nil }
        var bare = m
        bare.span.end -= 2
        bare.bareSpan.end -= 2
        if bare.head.isPossessiveForm { bare.head = String(bare.head.dropLast(2)) }
        return bare
    }
}
