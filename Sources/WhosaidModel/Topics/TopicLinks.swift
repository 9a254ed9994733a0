/// Which statements mention each topic phrase, as ``mentions(_:in:)`` decides: every statement
/// and phrase is stemmed once (each distinct word stemmed once, by one ``StatementStems``), and
/// a phrase is looked for only in the statements holding its rarest word.
struct TopicLinks {
    /// Ids of the statements mentioning each phrase, in statement order.
    private(set) var statementIDs: [[Int]] = []

    /// Statement text per distinct word the stem tables are first sized for (they grow as needed).
    static let bytesPerWord = 8

    init(statements: [String], phrases: [String]) {
        var stems = StatementStems(
            capacity: statements.reduce(0) { $0 + $1.utf8.count } / Self.bytesPerWord, shared: ShortStemCache.take())
        var codes: [Int32] = []
        var starts: [Int] = [0]
        for text in statements {
            stems.append(text, to: &codes)
            starts.append(codes.count)
        }
        // Each phrase's words as (stem id, acronym only), back to back: phrase `p`'s are
        // `words[wordStarts[p]..<wordStarts[p + 1]]`. The phrases are stemmed by the same
        // tables, after the statements: a stem no statement has gets an id no statement holds,
        // so its phrase finds none.
        var words: [(id: Int32, acronym: Bool)] = []
        var wordStarts: [Int] = [0]
        var phraseCodes: [Int32] = []
        for phrase in phrases {
            phraseCodes.removeAll(keepingCapacity: true)
            stems.append(phrase, to: &phraseCodes)
            for code in phraseCodes { words.append((code >> 1, code & 1 == 1)) }
            wordStarts.append(words.count)
        }
        ShortStemCache.putBack(stems.shared)
        // Statements holding each stem the phrases use, by slot, back to back: slot `h`'s are
        // `holders[holderStarts[h]..<holderStarts[h + 1]]`, in statement order.
        var slot = [Int32](repeatElement(-1, count: stems.stemCount))
        var slotCount = 0
        for w in words where slot[Int(w.id)] < 0 {
            slot[Int(w.id)] = Int32(slotCount)
            slotCount += 1
        }
        var holderStarts = [Int](repeatElement(0, count: slotCount + 1))
        var lastStatement = [Int](repeatElement(-1, count: slotCount))
        for s in statements.indices {
            for k in starts[s]..<starts[s + 1] {
                let h = Int(slot[Int(codes[k] >> 1)])
                if h >= 0, lastStatement[h] != s {
                    lastStatement[h] = s
                    holderStarts[h + 1] += 1
                }
            }
        }
        for h in 0..<slotCount { holderStarts[h + 1] += holderStarts[h] }
        var holders = [Int](repeatElement(0, count: holderStarts[slotCount]))
        var next = Array(holderStarts.dropLast())
        for h in 0..<slotCount { lastStatement[h] = -1 }
        for s in statements.indices {
            for k in starts[s]..<starts[s + 1] {
                let h = Int(slot[Int(codes[k] >> 1)])
                if h >= 0, lastStatement[h] != s {
                    lastStatement[h] = s
                    holders[next[h]] = s
                    next[h] += 1
                }
            }
        }
        statementIDs = phrases.indices.map { p in
            let phraseWords = words[wordStarts[p]..<wordStarts[p + 1]]
            guard !phraseWords.isEmpty else { return [] }
            // The first of the words held by the fewest statements.
            var rarest = Int(slot[Int(phraseWords.first!.id)])
            for w in phraseWords {
                let h = Int(slot[Int(w.id)])
                if holderStarts[h + 1] - holderStarts[h] < holderStarts[rarest + 1] - holderStarts[rarest] { rarest = h }
            }
            return holders[holderStarts[rarest]..<holderStarts[rarest + 1]].filter { s in
                Self.containsRun(phraseWords, in: codes[starts[s]..<starts[s + 1]])
            }
        }
    }

    /// Whether the statement's stem codes hold the phrase words contiguously; a word marked
    /// acronym-only matches only an acronym.
    private static func containsRun(_ words: ArraySlice<(id: Int32, acronym: Bool)>, in codes: ArraySlice<Int32>) -> Bool {
        let m = words.count
        let first = words.startIndex
        guard codes.count >= m else { return false }
        func matches(_ code: Int32, _ w: (id: Int32, acronym: Bool)) -> Bool {
            code >> 1 == w.id && (!w.acronym || code & 1 == 1)
        }
        for start in codes.startIndex...(codes.endIndex - m) where matches(codes[start], words[first]) {
            var k = 1
            while k < m, matches(codes[start + k], words[first + k]) { k += 1 }
            if k == m { return true }
        }
        return false
    }
}
