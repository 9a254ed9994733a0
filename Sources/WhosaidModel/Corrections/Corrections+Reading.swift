/// Corrections and the two readings of role descriptions (``Engine/Options/linkRoleDescriptions``).
///
/// Corrections name actors by name: linking "the mayor" to Ann Pruett makes one actor of two, so
/// a merge or reassignment that names either can mean something else on the other reading (a
/// merge of "Ann Pruett" into another actor made on the linked reading would leave the mayor's
/// statements behind on the literal one).
extension Corrections {
    /// Whether these corrections do the same to `analysis` as to `original`, the engine's analysis
    /// of the same article on the reading they were made on: every statement they reassign is in
    /// both or in neither, and every actor name they hold stands for the same statements in both
    /// (or for no actor in either).
    public func fit(_ analysis: Analysis, as original: Analysis) -> Bool {
        let names = Set(merges.flatMap { [$0.actor, $0.into] } + reassignments.map(\.speaker))
        for name in names where Self.spans(of: name, in: analysis) != Self.spans(of: name, in: original) {
            return false
        }
        return reassignments.allSatisfy { r in
            let found = { (a: Analysis) in a.statements.contains { $0.span.start == r.start && $0.span.end == r.end } }
            return found(analysis) == found(original)
        }
    }

    /// The spans of the statements of the actor `name` stands for in `analysis`; nil when none does.
    private static func spans(of name: String, in analysis: Analysis) -> Set<[Int]>? {
        guard let index = actorIndex(named: name, in: analysis.actors) else { return nil }
        return Set(analysis.actors[index].statementIDs.map { [analysis.statements[$0].span.start, analysis.statements[$0].span.end] })
    }
}
