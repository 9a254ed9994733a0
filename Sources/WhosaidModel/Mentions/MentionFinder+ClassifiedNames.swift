import WhosaidSyntax

/// `Members of the group Parents United said…`, `Advocates with the group Riders First
/// called…`, `A lawyer with the nonprofit Border Watch said…`: a name after a determiner and a
/// common noun that classifies it (`the group`, `the charity`, `the advocacy group`) is the
/// object of the preposition before them, and the people phrase before the preposition speaks,
/// as `Lawyers for the group` would without the name. The name alone names only whom they
/// work for.
extension MentionFinder {
    /// Most words of the classifying phrase between the determiner and the name (`the
    /// nonprofit advocacy group`).
    static let maxClassifierWords = 3

    /// The phrase a people noun heads before a preposition whose object is `the CLASSIFIER
    /// NAME` ending with `name`; nil when the words before the name are no determiner and
    /// lower-case classifier, no preposition opens them, or no people phrase (a plural, or a
    /// job word: ``isJobNoun(_:)``) stands before it.
    func classifiedNameHost(_ name: SpeakerMention, floor: Int) -> SpeakerMention? {
        guard name.kind == .name, name.first - 3 >= floor else { return nil }
        var d = name.first - 1
        while d > floor, name.first - d <= Self.maxClassifierWords, tokens[d].quote == nil, tokens[d].isWord,
              !tokens[d].isCapitalized, [.noun, .adj].contains(tokens[d].tag) { d -= 1 }
        guard d < name.first - 1, tokens[name.first - 1].tag == .noun, !Self.isJobNoun(tokens[name.first - 1].lower),
              !tokens[name.first - 1].is(.title), tokens[d].lower == "the" || tokens[d].lower == "a", tokens[d].quote == nil,
              d - 2 >= floor, tokens[d - 1].is(.preposition), !tokens[d - 1].isCapitalized, tokens[d - 1].quote == nil else { return nil }
        var classified = make(first: d, last: name.last, kind: .description)
        classified.head = tokens[name.first - 1].lower
        guard let whole = phrase(withPrepositionalObject: classified, floor: floor), whole.first < d,
              Lexicon.isGroupHead(whole.head) || Self.isJobNoun(whole.head),
              !Self.documentNouns.contains(whole.head) else { return nil }
        return whole
    }
}
