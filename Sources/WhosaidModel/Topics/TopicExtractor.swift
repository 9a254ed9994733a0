/// Ranks an article's key phrases and links them to the statements and actors that mention them.
public enum TopicExtractor {
    /// Topics of `analysis`, most important first. Not yet implemented: returns no topics.
    public static func topics(for analysis: Analysis) -> [Topic] {
        []
    }
}
