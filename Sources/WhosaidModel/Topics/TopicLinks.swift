/// Which statements mention each topic phrase, as ``mentions(_:in:)`` decides: every statement
/// is stemmed once (each distinct word stemmed once), and a phrase is looked for only in the
/// statements holding its rarest word.
struct TopicLinks {
    /// Ids of the statements mentioning each phrase, in statement order.
    private(set) var statementIDs: [[Int]] = []

    /// Statement text per distinct word the stem tables are first sized for (they grow as needed).
    static let bytesPerWord = 8

    init(statements: [String], phrases: [String]) {
        var stems = StatementStems(capacity: statements.reduce(0) { $0 + $1.utf8.count } / Self.bytesPerWord)
        var codes: [Int32] = []
        var starts: [Int] = [0]
        for text in statements {
            stems.append(text, to: &codes)
            starts.append(codes.count)
        }
        // Each phrase word as (stem id, acronym only); nil when no statement has the stem.
        let patterns: [[(id: Int32, acronym: Bool)]?] = phrases.map { phrase in
            var words: [(id: Int32, acronym: Bool)] = []
            for stem in StemMatching.stems(of: phrase) {
                let acronym = stem.first == 0x5E
                guard let id = stems.stemID(acronym ? Array(stem.dropFirst()) : stem) else { return nil }
                words.append((id, acronym))
            }
            return words
        }
        // Statements holding each stem the phrases use.
        var slot = [Int32](repeating: -1, count: stems.stemCount)
        var slotCount: Int32 = 0
        for case let words? in patterns {
            for w in words where slot[Int(w.id)] < 0 {
                slot[Int(w.id)] = slotCount
                slotCount += 1
            }
        }
        var holders = [[Int]](repeating: [], count: Int(slotCount))
        for s in statements.indices {
            for k in starts[s]..<starts[s + 1] {
                let h = Int(slot[Int(codes[k] >> 1)])
                if h >= 0, holders[h].last != s { holders[h].append(s) }
            }
        }
        statementIDs = patterns.map { words in
            guard let words, !words.isEmpty else { return [] }
            let rarest = words.map { holders[Int(slot[Int($0.id)])] }.min { $0.count < $1.count }!
            return rarest.filter { s in
                Self.containsRun(words, in: codes[starts[s]..<starts[s + 1]])
            }
        }
    }

    /// Whether the statement's stem codes hold the phrase words contiguously; a word marked
    /// acronym-only matches only an acronym.
    private static func containsRun(_ words: [(id: Int32, acronym: Bool)], in codes: ArraySlice<Int32>) -> Bool {
        let m = words.count
        guard codes.count >= m else { return false }
        func matches(_ code: Int32, _ w: (id: Int32, acronym: Bool)) -> Bool {
            code >> 1 == w.id && (!w.acronym || code & 1 == 1)
        }
        for start in codes.startIndex...(codes.endIndex - m) where matches(codes[start], words[0]) {
            var k = 1
            while k < m, matches(codes[start + k], words[k]) { k += 1 }
            if k == m { return true }
        }
        return false
    }
}
