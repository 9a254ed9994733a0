import Foundation

/// Per-word features after YAKE (Campos et al., 2020), computed over one article, and the word
/// importance they give: `(frequency + spread) × casing × position / relatedness`, where
/// - frequency: occurrences over the article's mean plus one standard deviation;
/// - spread: the share of sentences the word appears in;
/// - casing: up to 1.5 for a word always capitalised mid-sentence or written as an acronym;
/// - position: from 1.5 for a word whose median occurrence opens the article down to 1 at its end;
/// - relatedness: 1 plus how many different words stand next to it, weighted by frequency
///   (stop-word-like words have many).
///
/// YAKE's own casing and position terms let names and the first sentences swamp an article's
/// subject matter; these are gentler.
struct TermStatistics {
    /// Word importance by term key; higher is more important.
    private(set) var importance: [String: Double] = [:]
    /// Occurrences by term key.
    private(set) var frequency: [String: Int] = [:]
    /// Occurrences, by term key, right next to another content word of the same block (inside
    /// a longer phrase: "nuclear" in "nuclear program", "talks" in "official talks").
    private(set) var inPhrase: [String: Int] = [:]
    /// Occurrences, by term key, right before another content word of the same block (a
    /// modifier: "nuclear" in "nuclear program", "presidential" in "presidential campaign").
    private(set) var modifying: [String: Int] = [:]
    /// Term keys seen right after a determiner or possessive ("the shooting", "their meeting"):
    /// `-ing` forms among them are nouns.
    private(set) var determined: Set<String> = []
    /// Term keys mostly capitalised mid-sentence (names), which keep their capital at a sentence start.
    private(set) var proper: Set<String> = []

    /// Whether `t` reads as (part of) a name: an acronym, or capitalised where a capital means
    /// something (mid-sentence, or at a sentence start for a word capitalised elsewhere).
    func isNameLike(_ t: TopicToken) -> Bool {
        guard t.role == .content else { return false }
        return t.isAcronym || (t.isCapitalized && (!t.opensSentence || proper.contains(t.key)))
    }

    /// Whether `t` can close a noun phrase: not an `-ing` form never seen after a determiner
    /// ("following", "killing"), nor a lower-case word that mostly modifies the next one
    /// ("presidential", "nuclear").
    func isNounLike(_ t: TopicToken) -> Bool {
        if t.role == .weak && !determined.contains(t.key) { return false }
        if t.role == .content && !isNameLike(t) && !t.isAcronym {
            return modifying[t.key, default: 0] * 3 < frequency[t.key, default: 0] * 2
        }
        return true
    }

    static let determiners: Set<String> = [
        "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my",
        "your", "no", "any", "each", "every", "some",
    ]

    /// Neighbours looked at on each side within a block.
    static let window = 2

    init(tokens: [TopicToken], sentenceCount: Int) {
        var upper: [String: Int] = [:]
        var acronym: [String: Int] = [:]
        var midSentence: [String: Int] = [:]
        var sentences: [String: [Int]] = [:]
        var left: [String: (distinct: Set<String>, total: Int)] = [:]
        var right: [String: (distinct: Set<String>, total: Int)] = [:]

        for (k, t) in tokens.enumerated() where t.role != .stop {
            frequency[t.key, default: 0] += 1
            sentences[t.key, default: []].append(t.sentence)
            if !t.opensSentence {
                midSentence[t.key, default: 0] += 1
                if t.isCapitalized { upper[t.key, default: 0] += 1 }
            }
            if t.isAcronym { acronym[t.key, default: 0] += 1 }
            if k > 0, tokens[k - 1].block == t.block, Self.determiners.contains(tokens[k - 1].folded) {
                determined.insert(t.key)
            }
            let before = k > 0 && tokens[k - 1].block == t.block && tokens[k - 1].role != .stop
            let after = k + 1 < tokens.count && tokens[k + 1].block == t.block && tokens[k + 1].role != .stop
            if before || after { inPhrase[t.key, default: 0] += 1 }
            if after { modifying[t.key, default: 0] += 1 }
            for d in 1...Self.window {
                if k - d >= 0, tokens[k - d].block == t.block {
                    left[t.key, default: ([], 0)].distinct.insert(tokens[k - d].key)
                    left[t.key, default: ([], 0)].total += 1
                }
                if k + d < tokens.count, tokens[k + d].block == t.block {
                    right[t.key, default: ([], 0)].distinct.insert(tokens[k + d].key)
                    right[t.key, default: ([], 0)].total += 1
                }
            }
        }
        guard !frequency.isEmpty else { return }

        let counts = frequency.values.map(Double.init)
        let mean = counts.reduce(0, +) / Double(counts.count)
        let deviation = (counts.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(counts.count)).squareRoot()
        let maxTF = counts.max() ?? 1
        let sentenceCount = Double(max(1, sentenceCount))

        for (key, tfInt) in frequency {
            let tf = Double(tfInt)
            let casing = min(1, Double(max(upper[key, default: 0], acronym[key, default: 0])) / tf)
            let positions = sentences[key, default: [0]].sorted()
            let median = Double(positions[positions.count / 2])
            let position = 1.5 - 0.5 * median / sentenceCount
            let normalizedTF = tf / (mean + deviation)
            let l = left[key].map { Double($0.distinct.count) / Double(max(1, $0.total)) } ?? 0
            let r = right[key].map { Double($0.distinct.count) / Double(max(1, $0.total)) } ?? 0
            let relatedness = 1 + (l + r) * tf / maxTF
            let spread = Double(Set(positions).count) / sentenceCount
            importance[key] = (normalizedTF + spread) * (1 + 0.5 * casing) * position / relatedness
            if let mid = midSentence[key], mid > 0, Double(upper[key, default: 0]) * 2 >= Double(mid) {
                proper.insert(key)
            }
        }
    }
}
