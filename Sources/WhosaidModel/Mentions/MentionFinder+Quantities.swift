import WhosaidSyntax

/// Poll shares as speakers: `More than six in 10 said`, `About four out of 10 voters said`,
/// `Nearly two-thirds of Republicans say`, `Only a quarter said`.
extension MentionFinder {
    /// Words before a quantity that keep it a quantity (`about`, `nearly`), one or two words long:
    /// the two-word ones a reported clause's subject may open with (``Attributor/quantityOpeners``),
    /// and more.
    static let quantityOpeners: Set<String> = Attributor.quantityOpeners.union([
        "about", "nearly", "almost", "roughly", "around", "only", "just", "over", "under", "approximately", "some",
        "well over", "just over", "just under",
    ])
    /// ``quantityOpeners`` as a ``WordSet``, looked up without hashing a `String` for most words.
    static let quantityOpenerWords = WordSet(quantityOpeners)
    /// The first words of the two-word ``quantityOpeners`` (`well`, `just`, `at`, `more`): only
    /// after one of them are two tokens joined and looked up. Joined for every subject that opens
    /// its clause (`The mayor said`), the two words cost a new `String` and its hash each time.
    static let twoWordOpenerFirsts = WordSet(Set(quantityOpeners.compactMap { opener -> String? in
        let words = opener.split(separator: " ")
        return words.count == 2 ? String(words[0]) : nil
    }))
    /// Words that name a share without a digit.
    static let shareWords: WordSet = [
        "half", "third", "quarter", "majority", "plurality", "minority", "handful", "fifth", "tenth",
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ]
    /// Most tokens of a poll-share subject.
    static let maxQuantityTokens = 12

    /// The poll-share phrase that opens its clause and ends at `end`, or nil.
    func quantitySubject(endingAt end: Int, floor: Int) -> SpeakerMention? {
        guard end >= floor, end < tokens.count, isQuantityWord(end), tokens[end].lower != "of",
              !tokens[end].lower.isPossessiveForm else { return nil }
        var start = end
        while start > floor, end - start < Self.maxQuantityTokens, !isSentenceStart(start),
              isQuantityWord(start - 1), tokens[start - 1].quote == nil {
            start -= 1
        }
        // After a colon or semicolon a new clause opens (`…on taxes: 47% say`).
        guard start == floor || isSentenceStart(start) || tokens[start - 1].lower.isOne(of: ",", ":", ";") else { return nil }
        // "43 said", "60 pledged delegates": a bare number alone names no share.
        guard end > start else { return nil }
        var k = start
        // An opener holds one space at most: the joined words are one only when the first token
        // is a two-word opener's first word.
        if k + 1 <= end, Self.twoWordOpenerFirsts.contains(tokens[k].lower),
           Self.quantityOpenerWords.contains(tokens[k].lower + " " + tokens[k + 1].lower) {
            k += 2
        } else if Self.quantityOpenerWords.contains(tokens[k].lower) {
            k += 1
        }
        if k < end, tokens[k].lower == "a", Self.shareWords.contains(tokens[k + 1].lower) { k += 1 }  // "a quarter"
        guard k <= end, isShare(k) else { return nil }
        k += 1
        // "six in 10", "four out of 10".
        if k + 1 <= end, tokens[k].lower == "in", tokens[k + 1].kind == .number {
            k += 2
        } else if k + 2 <= end, tokens[k].lower == "out", tokens[k + 1].lower == "of", tokens[k + 2].kind == .number {
            k += 3
        }
        // The rest: "percent", nouns and their modifiers, an `of` phrase; no verb. `those`
        // may close the `of` phrase ("27 percent of those").
        while k <= end {
            let t = tokens[k]
            guard t.quote == nil, t.lower == "of" || t.lower == "percent" || t.lower == "%" || [.noun, .propn, .adj, .num, .det].contains(t.tag)
                    || k == end && t.lower == "those" && tokens[k - 1].lower == "of" else { return nil }
            k += 1
        }
        return make(first: start, last: end, kind: .description)
    }

    /// Whether token `k` may stand in a poll-share phrase: a word, a number, or `%` (`47% say`).
    func isQuantityWord(_ k: Int) -> Bool {
        tokens[k].isWord || tokens[k].kind == .number || tokens[k].lower == "%"
    }

    /// Whether token `k` names a quantity: a number, `half`, `two-thirds`, a number word.
    func isShare(_ k: Int) -> Bool {
        let w = tokens[k].lower
        if tokens[k].kind == .number || tokens[k].tag == .num { return true }
        if Self.shareWords.contains(w) { return true }
        return ["-thirds", "-quarters", "-fifths"].contains(where: w.hasSuffix)
    }
}
