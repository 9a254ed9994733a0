import WhosaidSyntax

extension Token {
    /// Whether the token reads as an adverb in -ly (`reportedly`, `openly`), not a noun
    /// that ends so (`family`, `ally`, `rally`, `assembly`): the tagger's noun reading wins.
    var isLyAdverb: Bool {
        lower.endsWith("ly") && tag != .noun && tag != .propn
    }
}
