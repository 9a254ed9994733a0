import WhosaidSyntax

/// A subject named, then taken up again by a pronoun: `The head of the union, Carl Brandt, he has
/// explained that…`. Speech puts the described and named person in front and repeats them as "he"
/// or "she"; the pronoun is that person, whoever was salient before. A name alone before the
/// pronoun (`Vance, he said, will win`) is no such subject: there "he said" is an aside, and
/// neither is a name apposed to the object closing an introductory phrase (`In a letter read by
/// her lawyer, Mark Ruiz, she said`).
extension Attributor {
    /// The person named right before the subject pronoun `pronoun`, in apposition to a
    /// description before it: `DESCRIPTION, NAME, he`.
    func dislocatedSubject(before pronoun: SpeakerMention, floor: Int) -> SpeakerMention? {
        guard pronoun.kind == .pronoun, pronoun.head.isOne(of: "he", "she"), pronoun.first - 1 > floor,
              tokens[pronoun.first - 1].lower == ",",
              let name = finder.subject(endingAt: pronoun.first - 1, floor: floor),
              name.kind == .name, name.actorKind == .person, name.last == pronoun.first - 2,
              tokens[name.first - 1].lower == ",", name.first - 2 >= floor,
              let described = finder.phrase(endingAt: name.first - 2, floor: floor), described.kind == .description,
              // "In a letter read by her attorney, Mark Feinberg, she said": a description that is
              // a preposition's or verb's object closes an introductory phrase; it is no subject.
              !finder.isSentenceInternalObject(described.first, floor: floor) else { return nil }
        return name
    }
}
