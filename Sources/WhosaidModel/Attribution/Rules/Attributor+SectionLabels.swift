/// A headline's section label before a colon (`Exclusive: 'We cannot keep building here'`,
/// `Analysis: “The map changes everything”`): a kind of article, never the quote's speaker.
extension Attributor {
    /// Whether the sentence from `first` to the colon at `colon` is one ``headlineKickers`` word,
    /// capitalised (or in capitals), alone before the colon.
    func isSectionLabel(first: Int, colon: Int) -> Bool {
        colon == first + 1 && tokens[first].isCapitalized && tokens[first].quote == nil
            && Self.headlineKickers.contains(tokens[first].lower)
    }
}
