import Foundation

/// Applying corrections to an analysis: merges first, in order, then reassignments; actors
/// without statements are dropped, ids renumbered, topics' speakers recounted.
extension Corrections {
    /// `analysis` with these corrections applied. A correction whose statement or actor is no
    /// longer found (the engine changed) is skipped.
    public func applied(to analysis: Analysis) -> Analysis {
        guard !isEmpty else { return analysis }
        var actors = analysis.actors
        var statements = analysis.statements
        var removed = Set<Int>()
        func find(_ name: String) -> Int? { Self.actorIndex(named: name, in: actors, excluding: removed) }
        for m in merges {
            guard let a = find(m.actor), let b = find(m.into), a != b else { continue }
            for n in [actors[a].name] + actors[a].aliases where n != actors[b].name && !actors[b].aliases.contains(n) {
                actors[b].aliases.append(n)
            }
            for r in actors[a].roles where !actors[b].roles.contains(r) { actors[b].roles.append(r) }
            actors[b].mentions = Array(Set(actors[b].mentions + actors[a].mentions)).sorted()
            removed.insert(a)
            for i in statements.indices where statements[i].actorID == a { statements[i].actorID = b }
        }
        for r in reassignments {
            guard let si = statements.firstIndex(where: { $0.span.start == r.start && $0.span.end == r.end }) else { continue }
            let speaker = r.speaker.trimmingCharacters(in: .whitespaces)
            guard !speaker.isEmpty else { continue }
            let id = find(speaker) ?? {
                actors.append(Actor(id: actors.count, name: speaker, aliases: [], roles: [], kind: .person, mentions: [], statementIDs: []))
                return actors.count - 1
            }()
            statements[si].actorID = id
        }
        // Renumber: actors that still speak, in order of their first statement.
        var newID: [Int: Int] = [:]
        var order: [Int] = []
        for s in statements { if let a = s.actorID, newID[a] == nil { newID[a] = order.count; order.append(a) } }
        var renumbered = order.enumerated().map { n, old -> Actor in
            var a = actors[old]
            a.id = n
            a.statementIDs = []
            return a
        }
        for i in statements.indices {
            statements[i].actorID = statements[i].actorID.flatMap { newID[$0] }
            if let a = statements[i].actorID { renumbered[a].statementIDs.append(statements[i].id) }
        }
        let topics = analysis.topics.map { t -> Topic in
            var t = t
            var seen = Set<Int>()
            t.actorIDs = t.statementIDs.compactMap { statements[$0].actorID }.filter { seen.insert($0).inserted }
            return t
        }
        return Analysis(document: analysis.document, statements: statements, actors: renumbered, topics: topics)
    }

    /// The index of the actor a correction's `name` stands for: the first of `actors` (those in
    /// `removed` left out) with that name, else the first with that alias, ignoring case.
    static func actorIndex(named name: String, in actors: [Actor], excluding removed: Set<Int> = []) -> Int? {
        let key = name.lowercased()
        return actors.indices.first { !removed.contains($0) && actors[$0].name.lowercased() == key }
            ?? actors.indices.first { !removed.contains($0) && actors[$0].aliases.contains { $0.lowercased() == key } }
    }
}
