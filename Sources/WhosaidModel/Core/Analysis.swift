/// Everything whosaid knows about one article: its text, statements, actors and topics.
public struct Analysis: Sendable {
    /// The article.
    public var document: Document
    /// Statements in article order; `statements[i].id == i`.
    public var statements: [Statement]
    /// Speakers; `actors[i].id == i`. Actors with no statement are not listed.
    public var actors: [Actor]
    /// Key phrases, most important first; `topics[i].id == i`.
    public var topics: [Topic]

    /// Creates an analysis.
    public init(document: Document, statements: [Statement], actors: [Actor], topics: [Topic] = []) {
        self.document = document
        self.statements = statements
        self.actors = actors
        self.topics = topics
    }

    /// The actor who made `statement`, if it was attributed.
    public func actor(of statement: Statement) -> Actor? {
        statement.actorID.map { actors[$0] }
    }

    /// The statements of `actor`, in article order.
    public func statements(of actor: Actor) -> [Statement] {
        actor.statementIDs.map { statements[$0] }
    }
}
