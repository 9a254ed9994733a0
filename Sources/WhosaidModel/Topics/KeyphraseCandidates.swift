/// Candidate key phrases: runs of up to ``maxWords`` words inside one block, split at stop
/// words, that neither start with a number nor cut a name in two
/// ("Korean missile" is not taken from "North Korean missile tests"), nor end right before a
/// determiner (the last word then takes an object: a verb). Inflections merge:
/// candidates are keyed by their words' stems.
struct KeyphraseCandidates {
    /// One candidate phrase and where it occurs.
    struct Candidate {
        /// Term keys of its words (stop words included), the candidate's identity.
        var terms: [String]
        /// Token ranges of its occurrences, in text order.
        var occurrences: [ClosedRange<Int>] = []
    }

    /// The longest phrase considered, in words.
    static let maxWords = 3

    /// Candidates by identity (term keys joined by spaces), each with at least one occurrence.
    private(set) var byKey: [String: Candidate] = [:]

    init(tokens: [TopicToken], statistics: TermStatistics) {
        let nameLike = statistics.isNameLike
        func sameBlock(_ a: Int, _ b: Int) -> Bool {
            a >= 0 && b < tokens.count && tokens[a].block == tokens[b].block
        }
        /// `of` between two name-like words stays inside a name ("Bank of Korea").
        func linksNames(_ k: Int) -> Bool {
            tokens[k].key == "of" && sameBlock(k - 1, k + 1) && nameLike(tokens[k - 1]) && nameLike(tokens[k + 1])
        }

        for i in tokens.indices where tokens[i].role == .content || tokens[i].role == .weak {
            if sameBlock(i - 1, i), nameLike(tokens[i - 1]), nameLike(tokens[i]) { continue }
            var j = i
            var words = 0
            while j < tokens.count, sameBlock(i, j) {
                let t = tokens[j]
                if t.role == .stop && !linksNames(j) { break }
                if t.role != .stop { words += 1 }
                if words > Self.maxWords { break }
                let cutsName = sameBlock(j, j + 1) && nameLike(t) && nameLike(tokens[j + 1])
                let single = i == j
                // A word right before a determiner takes an object: a verb ("rules face a test").
                let takesObject = sameBlock(j, j + 1) && TermStatistics.determiners.contains(tokens[j + 1].folded)
                if t.role != .stop && !cutsName && !takesObject && !(single && t.role == .number) {
                    let terms = tokens[i...j].map(\.key)
                    byKey[terms.joined(separator: " "), default: Candidate(terms: terms)].occurrences.append(i...j)
                }
                j += 1
            }
        }
    }
}
