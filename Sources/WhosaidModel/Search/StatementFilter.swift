/// Which statements to show: by speaker and by topic, with the same matching as the search.
///
/// Speakers combine with OR (a statement passes when its actor matches one speaker query, see
/// ``Actor/matches(_:)``), topics combine with OR (a statement passes when one of its topics'
/// phrases matches a topic query, or its text mentions the query with inflections tolerated,
/// see ``mentions(_:in:)``), and the two kinds combine with AND. Queries that fold to nothing
/// are ignored; a filter with none left passes everything.
public struct StatementFilter: Sendable, Equatable {
    /// Speaker queries (any of them).
    public var speakers: [String]
    /// Topic queries (any of them).
    public var topics: [String]

    /// Creates a filter.
    public init(speakers: [String] = [], topics: [String] = []) {
        self.speakers = speakers
        self.topics = topics
    }

    /// Whether the filter passes every statement.
    public var isEmpty: Bool { speakerQueries.isEmpty && topicQueries.isEmpty }

    var speakerQueries: [SearchQuery] { speakers.map(SearchQuery.init).filter { !$0.isEmpty } }
    var topicQueries: [SearchQuery] { topics.map(SearchQuery.init).filter { !$0.isEmpty } }

    /// Whether `s`, a statement of `a`, passes the filter. To filter many statements use
    /// ``apply(to:)-(SearchIndex)``, which folds each text once.
    public func matches(_ s: Statement, in a: Analysis) -> Bool {
        let speakerQueries = self.speakerQueries
        if !speakerQueries.isEmpty {
            guard let actor = a.actor(of: s), speakerQueries.contains(where: actor.matches) else { return false }
        }
        let topicQueries = self.topicQueries
        if !topicQueries.isEmpty {
            let phrases = s.topicIDs.filter { a.topics.indices.contains($0) }.map { a.topics[$0].phrase }
            let textStems = StemMatching.stems(of: s.text)
            let passes = topicQueries.contains { q in
                phrases.contains(where: q.matches)
                    || StemMatching.matches(StemMatching.pattern(of: q.text), in: textStems)
            }
            if !passes { return false }
        }
        return true
    }

    /// The statements of `a` that pass, in article order.
    public func apply(to a: Analysis) -> [Statement] {
        if isEmpty { return a.statements }
        let speakerQueries = self.speakerQueries
        if topicQueries.isEmpty {
            // Speakers only: no statement text to fold.
            let passes = a.actors.map { actor in speakerQueries.contains(where: actor.matches) }
            return a.statements.filter { s in s.actorID.map { passes.indices.contains($0) && passes[$0] } ?? false }
        }
        return apply(to: SearchIndex(a))
    }

    /// The statements of `index`'s analysis that pass, in article order.
    public func apply(to index: SearchIndex) -> [Statement] {
        statementIDs(in: index).map { index.analysis.statements[$0] }
    }

    /// Ids of the statements of `index`'s analysis that pass, in article order.
    public func statementIDs(in index: SearchIndex) -> [Int] {
        let statements = index.analysis.statements
        let speakerQueries = self.speakerQueries
        let topicQueries = self.topicQueries
        if speakerQueries.isEmpty && topicQueries.isEmpty { return Array(statements.indices) }

        // Per actor and per topic, decided once for all statements.
        let actorPasses: [Bool]? = speakerQueries.isEmpty ? nil : index.analysis.actors.indices.map { id in
            speakerQueries.contains { index.actor(id, matches: $0) }
        }
        var topicPasses = [Bool](repeating: false, count: index.analysis.topics.count)
        for q in topicQueries {
            for id in index.topicIDs(matching: q) { topicPasses[id] = true }
        }
        let phraseStems = topicQueries.compactMap { index.stemIDs(of: $0.text) }

        return statements.indices.filter { id in
            let s = statements[id]
            if let actorPasses {
                guard let actor = s.actorID, actorPasses.indices.contains(actor), actorPasses[actor] else {
                    return false
                }
            }
            if !topicQueries.isEmpty {
                let viaTopic = s.topicIDs.contains { topicPasses.indices.contains($0) && topicPasses[$0] }
                if !viaTopic && !phraseStems.contains(where: { index.statement(id, mentions: $0) }) {
                    return false
                }
            }
            return true
        }
    }
}
