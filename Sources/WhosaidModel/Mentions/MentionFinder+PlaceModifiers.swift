/// A description whose modifier names the place it is in, with the state set off by commas as
/// wire copy writes it: `The Stamford, Conn., company said`, `A Portland, Ore., man told`, `the
/// Omaha, Nebraska-based chain said`, `The Kansas City, Mo.-based company said`. Read back from
/// the head, the phrase would stop at the comma after the state and lose its article, so no
/// speaker was found at all.
extension MentionFinder {
    /// The most capitalised words of the city before the state (`Kansas City`, `Salt Lake City`).
    static let maxPlaceModifierCityWords = 4

    /// The article that opens a place modifier ending right before the phrase that starts at
    /// `start` (`The` in `The Stamford, Conn., company`), or nil when no `ARTICLE City, State,`
    /// or `ARTICLE City, State-based` stands there.
    func placeModifierStart(before start: Int, floor: Int) -> Int? {
        guard start - 3 >= floor, start < tokens.count, !tokens[start].is(.determiner),
              let state = placeModifierStateStart(phraseStart: start, floor: floor),
              state - 2 >= floor, tokens[state - 1].lower == ",", tokens[state - 1].quote == nil else { return nil }
        var city = state - 1
        while city - 1 >= floor, state - 1 - (city - 1) <= Self.maxPlaceModifierCityWords, isPlaceNameWord(city - 1) {
            city -= 1
        }
        guard city < state - 1, city - 1 >= floor, Self.placeModifierArticles.contains(tokens[city - 1].lower),
              tokens[city - 1].quote == nil else { return nil }
        return city - 1
    }

    /// `“…,” the Stamford, Conn., company said`, `said the Omaha, Nebraska-based chain`: the
    /// description with a place modifier read forward from its article at `start`, up to the end
    /// of the phrase that follows the state; nil when no `ARTICLE City, State,` or `ARTICLE City,
    /// State-based` opens there.
    func placeModifiedPhrase(startingAt start: Int, ceiling: Int) -> SpeakerMention? {
        guard start + 3 <= ceiling, Self.placeModifierArticles.contains(tokens[start].lower), tokens[start].quote == nil else { return nil }
        var comma = start + 1
        while comma <= ceiling, comma - start <= Self.maxPlaceModifierCityWords, isPlaceNameWord(comma) { comma += 1 }
        guard comma > start + 1, comma + 1 <= ceiling, tokens[comma].lower == ",", tokens[comma].quote == nil else { return nil }
        var state = comma + 1
        let rest: Int
        let w = tokens[state].lower
        if w.hasSuffix("-based"), isStateWord(String(w.dropLast(6))) {
            rest = state
        } else {
            if state + 1 <= ceiling, NonPersonNames.isTwoWordPlace(tokens[state].lower, tokens[state + 1].lower) { state += 1 }
            guard isStateWord(tokens[state].lower) else { return nil }
            if state + 2 <= ceiling, tokens[state + 1].lower == "-", tokens[state + 1].start == tokens[state].end, tokens[state + 2].lower == "based" {
                rest = state + 2
            } else if state + 2 <= ceiling, tokens[state + 1].lower == ",", tokens[state + 1].quote == nil {
                rest = state + 2
            } else {
                return nil
            }
        }
        guard isPlaceModifiedHeadWord(rest) else { return nil }
        var end = rest
        while end + 1 <= ceiling, end - rest < Self.maxPlaceModifiedHeadWords, isPlaceModifiedHeadWord(end + 1) { end += 1 }
        return classify(first: start, last: end)
    }

    /// The most words of the phrase after a place modifier's state (`company`, `-based chain`,
    /// `Police Bureau`, `health care company`).
    static let maxPlaceModifiedHeadWords = 5

    /// Whether token `k` may belong to the phrase after a place modifier: an adjective, noun or
    /// name outside quotes, no reporting verb the tagger took for a noun.
    private func isPlaceModifiedHeadWord(_ k: Int) -> Bool {
        let t = tokens[k]
        return t.isWord && t.quote == nil && [.adj, .noun, .propn].contains(t.tag) && !(t.is(.reporting) && !t.isCapitalized && k > 0 && tokens[k - 1].tag == .noun)
    }

    /// Articles that open a described person or body with a place modifier.
    static let placeModifierArticles: WordSet = ["the", "a", "an"]

    /// The first token of the state in a place modifier before the phrase at `start`: the state
    /// and its comma (`Conn., company`), a state joined to `-based` (`Nebraska-based company`,
    /// the phrase's own first word) or a state, a hyphen and `based` (`Mo.-based`); else nil.
    private func placeModifierStateStart(phraseStart start: Int, floor: Int) -> Int? {
        let first = tokens[start].lower
        if first.hasSuffix("-based"), isStateWord(String(first.dropLast(6))) { return start }
        if first == "based", start - 2 >= floor, tokens[start - 1].lower == "-", tokens[start - 1].start == tokens[start - 2].end,
           isStateWord(tokens[start - 2].lower) {
            return stateStart(endingAt: start - 2, floor: floor)
        }
        guard tokens[start - 1].lower == ",", tokens[start - 1].quote == nil, isStateWord(tokens[start - 2].lower) else { return nil }
        return stateStart(endingAt: start - 2, floor: floor)
    }

    /// The first token of a state whose last token is `end`: one token back for a two-word state
    /// (`New Mexico`).
    private func stateStart(endingAt end: Int, floor: Int) -> Int {
        if end - 1 >= floor, NonPersonNames.isTwoWordPlace(tokens[end - 1].lower, tokens[end].lower) { return end - 1 }
        return end
    }

    /// Whether the lower-cased word names a US state, in full or abbreviated AP style (`conn.`),
    /// or a country (`Ontario, Canada,`), or ends a two-word state (`mexico` of `New Mexico`).
    func isStateWord(_ word: String) -> Bool {
        if word.hasSuffix("."), SentenceSplitter.stateAbbreviations.contains(String(word.dropLast())) { return true }
        return NonPersonNames.places.contains(word) || Self.twoWordPlaceLastWords.contains(word)
    }

    /// Last words of ``NonPersonNames/twoWordPlaceList`` (`mexico` of `New Mexico`).
    static let twoWordPlaceLastWords = WordSet(Set(NonPersonNames.twoWordPlaceList.map { String($0.split(separator: " ")[1]) }))

    /// Whether token `k` may be a word of a city's name: capitalised, no function word, no quote.
    private func isPlaceNameWord(_ k: Int) -> Bool {
        let t = tokens[k]
        return t.isWord && t.isCapitalized && t.quote == nil && !t.is(.stopWord) && !t.is(.determiner)
    }
}
