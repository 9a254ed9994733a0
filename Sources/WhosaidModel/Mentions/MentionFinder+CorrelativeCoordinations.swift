import WhosaidSyntax

/// `Neither Ortiz nor Kerr said…`, `Either the mayor or her deputy will say…`: a correlative
/// coordination is one phrase, from its opener to the second conjunct, as `Ortiz and Kerr` is;
/// read back from its last word alone it was the second conjunct (`Kerr`).
extension MentionFinder {
    /// The opener each correlative conjunction pairs with (`neither … nor`, `either … or`).
    static let correlativeOpeners: [String: String] = ["nor": "neither", "or": "either"]

    /// The whole correlative coordination whose second conjunct is `second`: a conjunction of
    /// ``correlativeOpeners`` right before it, a noun phrase before that, and the conjunction's
    /// opener right before or at the start of that phrase, opening its clause
    /// (``opensClause(_:floor:)``); else nil. The phrase is a group headed by the second conjunct.
    func correlativeCoordination(endingWith second: SpeakerMention, floor: Int) -> SpeakerMention? {
        let c = second.first - 1
        guard c - 2 >= floor else { return nil }
        let conjunction = tokens[c].lower
        guard conjunction == "nor" || conjunction == "or", tokens[c].quote == nil, let opener = Self.correlativeOpeners[conjunction],
              let firstConjunct = phrase(endingAt: c - 1, floor: floor), firstConjunct.last == c - 1 else { return nil }
        let o = tokens[firstConjunct.first].lower == opener ? firstConjunct.first : firstConjunct.first - 1
        guard o >= floor, o < firstConjunct.last, tokens[o].lower == opener, tokens[o].quote == nil, opensClause(o, floor: floor) else { return nil }
        var m = make(first: o, last: second.last, kind: .description)
        m.lastWithRole = second.lastWithRole
        m.head = second.head
        m.actorKind = .group
        return m
    }
}
