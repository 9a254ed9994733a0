import PathologicalInputs

/// Random news-like documents for property tests: names, reporting verbs, clauses and quotation
/// marks of every kind (matched or not), in the sentence shapes attribution rules look for.
/// The same seed always gives the same documents.
struct NewsLikeDocuments: Sequence, IteratorProtocol {
    private var random: SplitMix64
    private var left: Int

    init(seed: UInt64, count: Int) {
        random = SplitMix64(state: seed)
        left = count
    }

    static let names = ["Ada Ng", "Bo Li", "Mr. Hale", "the minister", "he", "she", "officials", "Sen. Mira Holt",
                        "a spokesman", "Trump", "they"]
    static let verbs = ["said", "says", "told reporters", "added", "warned", "noted", "argued", "said that", "insisted"]
    static let clauses = ["the plan would work", "We will win", "it is a disaster", "nobody expected the vote",
                          "prices will fall next year", "the deal is dead", "this is crazy", "Yes", "it held"]
    static let openingMarks = ["“", "\"", "«", "``", "‘", "'", "„"]
    static let closingMarks = ["”", "\"", "»", "''", "’", "'", "“"]
    static let punctuation = [",", ".", ":", " —", "?", "!", ";", ""]

    mutating func next() -> String? {
        guard left > 0 else { return nil }
        left -= 1
        let paragraphs = (0..<Int.random(in: 1...4, using: &random)).map { _ in
            (0..<Int.random(in: 1...3, using: &random)).map { _ in sentence() }.joined(separator: " ")
        }
        return paragraphs.joined(separator: "\n\n")
    }

    private mutating func pick(_ words: [String]) -> String { words.randomElement(using: &random)! }

    /// A quotation; its closing mark is usually the partner of its opening one.
    private mutating func quote() -> String {
        let open = Int.random(in: 0..<Self.openingMarks.count, using: &random)
        let close = Bool.random(using: &random) ? open : Int.random(in: 0..<Self.closingMarks.count, using: &random)
        return Self.openingMarks[open] + pick(Self.clauses) + pick(Self.punctuation) + Self.closingMarks[close]
    }

    private mutating func sentence() -> String {
        switch Int.random(in: 0..<10, using: &random) {
        case 0: return "\(quote()) \(pick(Self.names)) \(pick(Self.verbs))."
        case 1: return "\(capitalized(pick(Self.names))) \(pick(Self.verbs))\(pick(Self.punctuation)) \(quote())"
        case 2: return "\(capitalized(pick(Self.names))) \(pick(Self.verbs)) \(pick(Self.clauses)), \(quote()) \(pick(Self.clauses))."
        case 3: return "\(quote()) \(pick(Self.verbs)) \(pick(Self.names))\(pick(Self.punctuation)) \(quote())"
        case 4: return "\(capitalized(pick(Self.clauses))), \(pick(Self.names)) \(pick(Self.verbs)), \(quote())."
        case 5: return "According to \(pick(Self.names)), \(quote()) \(pick(Self.clauses))."
        case 6: return "\(capitalized(pick(Self.names))) \(pick(Self.verbs)) \(quote())\(pick(Self.punctuation))"
        case 7: return "\(quote())\(pick(Self.punctuation)) \(pick(Self.names)) \(pick(Self.verbs)) \(pick(Self.clauses))."
        case 8: return "\(capitalized(pick(Self.clauses))) \(quote()), \(pick(Self.verbs)) \(pick(Self.names))."
        default: return "\(capitalized(pick(Self.names))) \(pick(Self.verbs)) \(pick(Self.clauses))."
        }
    }

    private func capitalized(_ s: String) -> String { s.prefix(1).uppercased() + s.dropFirst() }
}
