/// A definite description of a role that brings someone new into the story: `Senator Ruth Kell
/// said the plan was sound. The agriculture minister hit back. “Nonsense,” she said.` The
/// minister is the subject of the sentence before the pronoun and no one the article named
/// holds that role, so the description names another person than Kell, whom the narrative
/// has turned to. Such a description is scored with the people a pronoun may name
/// (``PronounSalience/newRoleSubject``), not kept as a fallback only
/// (``ActorBuilder/roleFallback(for:at:among:drafts:)``); a description of a role someone named
/// holds (`Sen. Ann Cole said… The senator hit back.`) stays a fallback, as it takes that person up.
extension ActorBuilder {
    /// Whether definite role description `m`, the subject of a sentence before a speaker
    /// pronoun (``Attributor/antecedentSubjects(for:)``), names a role that no person named before
    /// it holds (``RoleHolderTable``: titles and apposed roles): `the agriculture minister` after
    /// `Senator Ruth Kell`, not `the senator` after her.
    func bringsInUnheldRole(_ m: SpeakerMention, holders: RoleHolderTable) -> Bool {
        guard !RoleWords.tooGeneral.contains(m.head) else { return false }
        let description = key(m.text(in: document)).spaceSeparatedWords.map(String.init)
        guard description.count <= RoleWords.longestDescription else { return false }
        let proper = m.first < m.last
            ? (m.first + 1...m.last).filter { tokens[$0].isCapitalized && tokens[$0].isWord }.map { key(tokens[$0].lower) } : []
        switch holders.verdict(description: description, proper: proper) {
        case .none: return true
        case .one(_, let firstToken): return firstToken > m.first
        case .many: return false
        }
    }
}
