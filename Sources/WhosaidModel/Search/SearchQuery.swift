/// A search query, folded once so that it can be tested against many texts quickly.
///
/// A text matches when the folded query occurs in the folded text (a substring, mid-word
/// included: "delu" finds "Délury", "state dep" finds "State Department"), or, for a query of
/// several words, when every query word starts a word of the text in any order ("dep state",
/// "richey allen"). The empty query matches everything. Folding ignores case, accents and
/// punctuation (see ``Swift/String/folded``).
public struct SearchQuery: Sendable, Hashable {
    /// The query as typed.
    public let text: String
    /// The folded query.
    let key: [UInt8]
    /// The folded words of the query.
    let words: [[UInt8]]

    /// Folds `text` into a query.
    public init(_ text: String) {
        self.text = text
        let key = TextFolding.bytes(text)
        self.key = key
        self.words = key.split(separator: 0x20).map(Array.init)
    }

    /// Whether the query is empty once folded (it then matches everything).
    public var isEmpty: Bool { key.isEmpty }

    /// Whether `text` matches the query.
    public func matches(_ text: String) -> Bool {
        isEmpty || matches(folded: TextFolding.bytes(text))
    }

    /// Whether a text whose folded bytes are `folded` matches the query.
    func matches(folded: [UInt8]) -> Bool {
        if key.isEmpty || ByteSearch.contains(key, in: folded) { return true }
        guard words.count > 1 else { return false }
        return words.allSatisfy { ByteSearch.contains($0, in: folded, atWordStart: true) }
    }

    /// How well a folded text matches: 0 when the query starts a word of the text (or, for
    /// several words, when they all do), 1 for a match inside a word, nil for no match.
    func quality(folded: [UInt8]) -> Int? {
        if key.isEmpty || ByteSearch.contains(key, in: folded, atWordStart: true) { return 0 }
        if words.count > 1, words.allSatisfy({ ByteSearch.contains($0, in: folded, atWordStart: true) }) { return 0 }
        return ByteSearch.contains(key, in: folded) ? 1 : nil
    }

    /// The parts of `text` the query matches, as Unicode scalar offsets into `text` (end
    /// exclusive), in text order, for highlighting. Empty when the query is empty or does not match.
    public func matchRanges(in text: String) -> [Range<Int>] {
        guard !isEmpty else { return [] }
        let (folded, origins) = TextFolding.bytesWithOrigins(text)
        var byteRanges = occurrences(of: key, in: folded, atWordStart: false)
        if byteRanges.isEmpty, words.count > 1, matches(folded: folded) {
            byteRanges = words.flatMap { occurrences(of: $0, in: folded, atWordStart: true) }
                .sorted { $0.lowerBound < $1.lowerBound }
        }
        var result: [Range<Int>] = []
        for r in byteRanges {
            let scalarRange = origins[r.lowerBound]..<(origins[r.upperBound - 1] + 1)
            if let last = result.last, last.upperBound >= scalarRange.lowerBound {
                result[result.count - 1] = last.lowerBound..<max(last.upperBound, scalarRange.upperBound)
            } else {
                result.append(scalarRange)
            }
        }
        return result
    }

    private func occurrences(of needle: [UInt8], in folded: [UInt8], atWordStart: Bool) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var from = 0
        while let i = ByteSearch.firstIndex(of: needle, in: folded, from: from, atWordStart: atWordStart) {
            found.append(i..<(i + needle.count))
            from = i + needle.count
        }
        return found
    }
}

/// Whether `text` matches `query`, ignoring case, accents and punctuation: the query occurs as a
/// substring, or every word of a multi-word query starts a word of the text. The empty query
/// matches everything. To test many texts, build one ``SearchQuery`` and reuse it.
public func matches(query: String, in text: String) -> Bool {
    SearchQuery(query).matches(text)
}
