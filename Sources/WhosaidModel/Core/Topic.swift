/// A key phrase of an article and the statements that mention it.
public struct Topic: Identifiable, Hashable, Sendable {
    /// Index of the topic in ``Analysis/topics``; topics are ranked, most important first.
    public var id: Int
    /// The phrase as it is best written in the article ("Track 2 talks").
    public var phrase: String
    /// Importance, higher is more important (comparable within one article only).
    public var score: Double
    /// Ids of the statements that mention the topic, in article order.
    public var statementIDs: [Int]
    /// Ids of the actors whose statements mention the topic.
    public var actorIDs: [Int]

    /// Creates a topic.
    public init(id: Int, phrase: String, score: Double, statementIDs: [Int] = [], actorIDs: [Int] = []) {
        self.id = id
        self.phrase = phrase
        self.score = score
        self.statementIDs = statementIDs
        self.actorIDs = actorIDs
    }
}
