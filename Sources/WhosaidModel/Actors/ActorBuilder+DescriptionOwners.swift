extension ActorBuilder {
    /// Whether a definite description names whose office or thing it is, so that it takes up no
    /// earlier description by its head word alone, only one with the same words: a capitalised
    /// word between the article and the head ("the Trump campaign" is not "the Clinton
    /// campaign"), or words after the head ("the mayor of Springfield" is not "the mayor of
    /// Shelbyville"; "the director of research" is not "the director of marketing"). A bare
    /// description ("the mayor", "the campaign") still takes up the last one with its head.
    func namesItsOwner(_ m: SpeakerMention) -> Bool {
        guard m.last > m.first else { return false }
        if m.last > m.first + 1, (m.first + 1..<m.last).contains(where: { tokens[$0].isCapitalized }) { return true }
        // The head's first token after the determiner; any word after it is its complement.
        guard let head = (m.first + 1...m.last).first(where: { tokens[$0].lower == m.head }) else { return false }
        return head < m.last && (head + 1...m.last).contains { tokens[$0].isWord }
    }

    /// Whether description key `short` is the first words of `long` ("the secretary of state"
    /// after "the secretary of state and candidate for the Senate"): a shorter mention of the
    /// same description, which takes it up though it names an owner.
    static func shortens(_ short: String, _ long: String) -> Bool {
        guard long.count > short.count, long.hasPrefix(short) else { return false }
        return long[long.index(long.startIndex, offsetBy: short.count)] == " "
    }

    /// The figures (words with a digit) of a description's key, space-separated: `the 30
    /// percent` counts other people than an earlier `50 percent` and does not take it up, though
    /// the head is the same; `the 50 percent` and a description with no figure may.
    static func figures(ofKey key: String) -> String {
        key.split(separator: " ").filter { $0.contains(where: \.isNumber) }.joined(separator: " ")
    }
}
