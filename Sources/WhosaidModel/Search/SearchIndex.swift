/// An analysis with its searchable texts folded and stemmed once, so that each keystroke of a
/// search only compares bytes. Build one per analysis and reuse it for every query.
public struct SearchIndex: Sendable {
    /// The indexed analysis.
    public let analysis: Analysis
    /// Folded text of each statement, by statement id.
    let statementKeys: [[UInt8]]
    /// Stem ids of the words of each statement, by statement id.
    let statementStems: [[Int32]]
    /// Folded name, aliases and roles of each actor, by actor id.
    let actorKeys: [[[UInt8]]]
    /// Folded phrase of each topic, by topic id.
    let topicKeys: [[UInt8]]
    /// Stem -> id, for every stem of every statement.
    let vocabulary: [[UInt8]: Int32]

    /// Folds and stems the statements, actors and topics of `analysis`.
    public init(_ analysis: Analysis) {
        self.analysis = analysis
        var vocabulary: [[UInt8]: Int32] = [:]
        var keys: [[UInt8]] = []
        var stems: [[Int32]] = []
        keys.reserveCapacity(analysis.statements.count)
        stems.reserveCapacity(analysis.statements.count)
        for statement in analysis.statements {
            let (key, origins) = TextFolding.bytesWithOrigins(statement.text)
            keys.append(key)
            let words = StemMatching.stems(folded: key, origins: origins, scalars: Array(statement.text.unicodeScalars))
            stems.append(words.map { stem in
                if let id = vocabulary[stem] { return id }
                let id = Int32(vocabulary.count)
                vocabulary[stem] = id
                return id
            })
        }
        self.statementKeys = keys
        self.statementStems = stems
        self.vocabulary = vocabulary
        self.actorKeys = analysis.actors.map { $0.searchableTexts.map(TextFolding.bytes) }
        self.topicKeys = analysis.topics.map { TextFolding.bytes($0.phrase) }
    }

    /// Whether actor `id`'s name, an alias or a role matches `query`.
    public func actor(_ id: Int, matches query: SearchQuery) -> Bool {
        query.isEmpty || actorKeys[id].contains { query.matches(folded: $0) }
    }

    /// Ids of the actors whose name, an alias or a role matches `query`, in id order.
    public func actorIDs(matching query: SearchQuery) -> [Int] {
        actorKeys.indices.filter { actor($0, matches: query) }
    }

    /// Ids of the actors whose name, an alias or a role matches `query`, best first: a word of
    /// the name starting with the query, then of an alias, then a match inside a name or alias
    /// word, then a role; ties in id order. The order for "Enter selects the first match".
    /// With `candidates` (the hits of a query this one extends) only those are tested.
    public func rankedActorIDs(matching query: SearchQuery, among candidates: [Int]? = nil) -> [Int] {
        var ranked: [(rank: Int, id: Int)] = []
        for id in candidates ?? Array(actorKeys.indices) {
            let keys = actorKeys[id]
            let aliasCount = analysis.actors[id].aliases.count
            var best: Int?
            for (field, key) in keys.enumerated() {
                guard let quality = query.quality(folded: key) else { continue }
                let rank = field == 0 ? (quality == 0 ? 0 : 2) : field <= aliasCount ? (quality == 0 ? 1 : 2) : 3
                best = min(best ?? rank, rank)
            }
            if let best { ranked.append((best, id)) }
        }
        return ranked.sorted { $0.rank != $1.rank ? $0.rank < $1.rank : $0.id < $1.id }.map(\.id)
    }

    /// Ids of the topics whose phrase matches `query`, in rank order; with `candidates` (the hits
    /// of a query this one extends) only those are tested.
    public func topicIDs(matching query: SearchQuery, among candidates: [Int]? = nil) -> [Int] {
        (candidates ?? Array(topicKeys.indices)).filter { query.matches(folded: topicKeys[$0]) }
    }

    /// Ids of the statements whose text matches `query` (substring or word prefixes), in order;
    /// with `candidates` (the hits of a query this one extends) only those are tested.
    public func statementIDs(matchingText query: SearchQuery, among candidates: [Int]? = nil) -> [Int] {
        (candidates ?? Array(statementKeys.indices)).filter { query.matches(folded: statementKeys[$0]) }
    }

    /// The stem ids each word of `phrase` may match (see ``StemMatching/pattern(of:)``), or nil
    /// when a word matches no stem of any statement (nothing can mention the phrase).
    func stemIDs(of phrase: String) -> [[Int32]]? {
        var ids: [[Int32]] = []
        for alternatives in StemMatching.pattern(of: phrase) {
            let known = alternatives.compactMap { vocabulary[$0] }
            if known.isEmpty { return nil }
            ids.append(known)
        }
        return ids.isEmpty ? nil : ids
    }

    /// Whether statement `id` mentions the phrase whose stem ids are `stemIDs`.
    func statement(_ id: Int, mentions stemIDs: [[Int32]]) -> Bool {
        StemMatching.containsRun(stemIDs, in: statementStems[id])
    }
}
