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
///
/// All tables are indexed by term key id (``TopicScan/keys``).
struct TermStatistics {
    /// Word importance by term key; higher is more important. Defined for keys with a frequency.
    private(set) var importance: [Double]
    /// Occurrences by term key (stop-word occurrences left out).
    private(set) var frequency: [Int32]
    /// Occurrences, by term key, right next to another content word of the same block (inside
    /// a longer phrase: "nuclear" in "nuclear program", "talks" in "official talks").
    private(set) var inPhrase: [Int32]
    /// Occurrences, by term key, right before another content word of the same block (a
    /// modifier: "nuclear" in "nuclear program", "presidential" in "presidential campaign").
    private(set) var modifying: [Int32]
    /// Term keys seen right after a determiner or possessive ("the shooting", "their meeting"):
    /// `-ing` forms among them are nouns.
    private(set) var determined: [Bool]
    /// Term keys mostly capitalised mid-sentence (names), which keep their capital at a sentence start.
    private(set) var proper: [Bool]
    /// The article's form flags (``TopicScan/flags``), where a word's key, capital and acronym
    /// mark are read.
    private let forms: [TopicScan.FormFlags]

    /// Whether `t` reads as (part of) a name: an acronym, or capitalised where a capital means
    /// something (mid-sentence, or at a sentence start for a word capitalised elsewhere).
    func isNameLike(_ t: TopicScan.Word) -> Bool {
        Self.isNameLike(t, form: forms[Int(t.form)], proper: proper)
    }

    /// ``isNameLike(_:)`` of `t`, whose form's flags are `form`, reading the mark of names from
    /// `proper` (``proper``, or its storage in place for a walk over many words).
    @inline(__always) static func isNameLike<Marks: RandomAccessCollection<Bool>>(
        _ t: TopicScan.Word, form: TopicScan.FormFlags, proper: Marks
    ) -> Bool where Marks.Index == Int {
        guard t.role == .content else { return false }
        return form.isAcronym || (form.isCapitalized && (!t.opensSentence || proper[Int(form.key)]))
    }

    /// Whether `t` can close a noun phrase: not an `-ing` form never seen after a determiner
    /// ("following", "killing"), nor a lower-case word that mostly modifies the next one
    /// ("presidential", "nuclear").
    func isNounLike(_ t: TopicScan.Word) -> Bool {
        let form = forms[Int(t.form)]
        let key = Int(form.key)
        if t.role == .weak && !determined[key] { return false }
        if t.role == .content && !isNameLike(t) && !form.isAcronym {
            return modifying[key] * 3 < frequency[key] * 2
        }
        return true
    }

    static let determiners = WordSet([
        "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my",
        "your", "no", "any", "each", "every", "some",
    ])

    /// Neighbours looked at on each side within a block.
    static let window = 2

    /// The most neighbour pairs the pair table is first made for (it grows past them): a short
    /// article's table is sized to its words (clearing one for thousands cost more than its use).
    static let maxInitialPairs = 4096

    init(scan: TopicScan, sentenceCount: Int) {
        let keyCount = scan.keys.count
        let words = scan.words
        let forms = scan.flags
        self.forms = forms
        importance = Array(repeatElement(0, count: keyCount))
        // Counted in the temporary block below, then copied out: counted in place, each count at
        // each word checked its array's uniqueness.
        frequency = []
        inPhrase = []
        modifying = []
        determined = []
        proper = Array(repeatElement(false, count: keyCount))
        // The working counts by key, one run of `keyCount` each in one temporary block: fifteen
        // arrays a document cost an allocation, a metadata look-up and a release each.
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: max(1, Self.countRuns * keyCount)) { block in
            block.initialize(repeating: 0)
            let upper = block.baseAddress!
            let acronym = upper + keyCount
            let midSentence = acronym + keyCount
            let lastSentence = midSentence + keyCount
            let sentencesSeen = lastSentence + keyCount
            let leftDistinct = sentencesSeen + keyCount
            let leftTotal = leftDistinct + keyCount
            let rightDistinct = leftTotal + keyCount
            let rightTotal = rightDistinct + keyCount
            let median = rightTotal + keyCount
            let seen = median + keyCount
            let frequencies = seen + keyCount
            let inPhrases = frequencies + keyCount
            let modifiers = inPhrases + keyCount
            let afterDeterminer = modifiers + keyCount
            lastSentence.update(repeating: -1, count: keyCount)
            // Distinct neighbours: bit 1 on (a, b) says a was seen left of a counted b, bit 2 that
            // b was seen right of a counted a.
            let n = words.count
            var pairs = NeighbourPairs(capacity: min(Self.maxInitialPairs, n + n / 2))

            var sentences = BlockSentences.Cursor(scan.blockSentences)
            // The words and forms read in place: through the arrays, each word's own reads and
            // its neighbours' were bounds-checked one by one.
            words.withUnsafeBufferPointer { words in
                forms.withUnsafeBufferPointer { forms in
                    for k in 0..<n {
                        let t = words[k]
                        let form = forms[Int(t.form)]
                        let key = Int(form.key)
                        let counted = t.role != .stop
                        // Neighbour pairs (k, k + d): counted for the left side of k + d and the right side of k.
                        for d in 1...Self.window where k + d < n && words[k + d].block == t.block {
                            let other = words[k + d]
                            var bits: UInt8 = 0
                            let otherKey = forms[Int(other.form)].key
                            if other.role != .stop { bits |= 1; leftTotal[Int(otherKey)] += 1 }
                            if counted { bits |= 2; rightTotal[key] += 1 }
                            guard bits != 0 else { continue }
                            let new = pairs.insert(form.key, otherKey, bits: bits)
                            if new & 1 != 0 { leftDistinct[Int(otherKey)] += 1 }
                            if new & 2 != 0 { rightDistinct[key] += 1 }
                        }
                        guard counted else { continue }
                        frequencies[key] += 1
                        let sentence = sentences.sentence(ofBlock: t.block)
                        if lastSentence[key] != sentence {
                            lastSentence[key] = sentence
                            sentencesSeen[key] += 1
                        }
                        if !t.opensSentence {
                            midSentence[key] += 1
                            if form.isCapitalized { upper[key] += 1 }
                        }
                        if form.isAcronym { acronym[key] += 1 }
                        let before = k > 0 && words[k - 1].block == t.block
                        let after = k + 1 < n && words[k + 1].block == t.block
                        if before, forms[Int(words[k - 1].form)].isDeterminer { afterDeterminer[key] = 1 }
                        let contentBefore = before && words[k - 1].role != .stop
                        let contentAfter = after && words[k + 1].role != .stop
                        if contentBefore || contentAfter { inPhrases[key] += 1 }
                        if contentAfter { modifiers[key] += 1 }
                    }
                }
            }
            frequency = Array(UnsafeBufferPointer(start: frequencies, count: keyCount))
            inPhrase = Array(UnsafeBufferPointer(start: inPhrases, count: keyCount))
            modifying = Array(UnsafeBufferPointer(start: modifiers, count: keyCount))
            // Read from the counts in place (closures over the copied-out lists cost more than the work).
            var isDetermined = [Bool](repeatElement(false, count: keyCount))
            var present: [Int] = []
            present.reserveCapacity(keyCount)
            for key in 0..<keyCount {
                if afterDeterminer[key] != 0 { isDetermined[key] = true }
                if frequencies[key] > 0 { present.append(key) }
            }
            determined = isDetermined
            guard !present.isEmpty else { return }

            // The median sentence of each key: its occurrences come in sentence order.
            var medianSentences = BlockSentences.Cursor(scan.blockSentences)
            words.withUnsafeBufferPointer { words in
                forms.withUnsafeBufferPointer { forms in
                    for t in words where t.role != .stop {
                        let key = Int(forms[Int(t.form)].key)
                        let sentence = medianSentences.sentence(ofBlock: t.block)
                        if seen[key] == frequencies[key] / 2 { median[key] = sentence }
                        seen[key] += 1
                    }
                }
            }

            let counts = present.map { Double(frequencies[$0]) }
            let mean = counts.reduce(0, +) / Double(counts.count)
            let deviation = (counts.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(counts.count)).squareRoot()
            let maxTF = counts.max() ?? 1
            let sentenceCount = Double(max(1, sentenceCount))

            for key in present {
                let tf = Double(frequency[key])
                let casing = min(1, Double(max(upper[key], acronym[key])) / tf)
                let position = 1.5 - 0.5 * Double(median[key]) / sentenceCount
                let normalizedTF = tf / (mean + deviation)
                let l = leftTotal[key] > 0 ? Double(leftDistinct[key]) / Double(leftTotal[key]) : 0
                let r = rightTotal[key] > 0 ? Double(rightDistinct[key]) / Double(rightTotal[key]) : 0
                let relatedness = 1 + (l + r) * tf / maxTF
                let spread = Double(sentencesSeen[key]) / sentenceCount
                importance[key] = (normalizedTF + spread) * (1 + 0.5 * casing) * position / relatedness
                let mid = midSentence[key]
                if mid > 0, Double(upper[key]) * 2 >= Double(mid) { proper[key] = true }
            }
        }
    }

    /// How many runs of per-key counts ``init(scan:sentenceCount:)`` works with.
    private static let countRuns = 15
}
