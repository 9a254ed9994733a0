import WhosaidSyntax

/// Candidate key phrases: noun phrases (by the words' tags) of up to ``maxWords`` words inside
/// one block, split at stop words, that neither start with a number nor cut a name in two
/// ("Korean missile" is not taken from "North Korean missile tests"), nor end right before a
/// determiner (the last word then takes an object: a verb). Inflections merge:
/// candidates are keyed by their words' stems.
struct KeyphraseCandidates {
    /// One candidate phrase: plain integers, so that the ranker copies, sorts and keeps
    /// candidates without a retain and a release of a shared list each time (a slice of
    /// ``KeyphraseCandidates/terms`` cost both, about 230,000 copies on PolNeAR train).
    struct Candidate {
        /// Where the term key ids of its words (stop words included), the candidate's identity,
        /// are in ``KeyphraseCandidates/terms``.
        var terms: Range<Int32>
        /// Where its occurrences are in ``KeyphraseCandidates/occurrences``.
        var range: Range<Int>

        /// How many words (stop words included) it has.
        var termCount: Int { Int(terms.upperBound &- terms.lowerBound) }
    }

    /// One occurrence: the token indexes of its first and last words.
    struct Occurrence {
        var lower: Int32
        var upper: Int32
    }

    /// The most trie nodes the phrase table is first made for (it grows past them): a short
    /// article's table is sized to its words, a long one's no bigger than before.
    static let maxInitialNodes = 4096

    /// The longest phrase considered, in words.
    static let maxWords = 3

    /// Key components a phrase's text is first given room for, on average: most phrases are one
    /// or two words of one component each (more only grows the list once or twice).
    static let reservedComponents = 2

    /// A node of the phrase trie: one array of them, so that a new node is one append (and one
    /// check of the array's uniqueness), not one to each of three arrays.
    private struct Node {
        /// The node this one extends, or -1 at the root.
        var parent: Int32
        /// The term key id of the edge from the parent.
        var term: Int32
        /// The phrase the path to this node is, or -1 when none is yet.
        var phrase: Int32
    }

    /// A phrase found: its trie node and its length in tokens less one.
    private struct Phrase {
        var node: Int32
        var length: Int32
    }

    /// Candidates in order of first occurrence, each with at least one occurrence.
    private(set) var all: [Candidate] = []
    /// Every candidate's term key ids, back to back (``Candidate/terms`` says where).
    private(set) var terms: [Int32] = []
    /// Occurrences of every candidate, grouped by candidate, each group in text order.
    private(set) var occurrences: [Occurrence] = []

    /// The occurrences of `c`, in text order.
    func occurrences(of c: Candidate) -> ArraySlice<Occurrence> { occurrences[c.range] }

    /// The term key id of `c`'s word `k` (stop words included; `k < c.termCount`).
    @inline(__always) func term(_ k: Int, of c: Candidate) -> Int32 { terms[Int(c.terms.lowerBound) + k] }

    /// The term key ids of `c`'s words (a slice of ``terms``: for rare paths).
    func terms(of c: Candidate) -> ArraySlice<Int32> { terms[Int(c.terms.lowerBound)..<Int(c.terms.upperBound)] }

    /// Tags a word of a noun phrase may carry, and those that may end (head) one.
    static let nounPhraseTags: Set<UPOS> = [.noun, .propn, .adj, .num]
    static let nounPhraseHeadTags: Set<UPOS> = [.noun, .propn]
    /// The two sets as bits by raw value, read once per word without hashing.
    private static let nounPhraseTagBits = bits(of: nounPhraseTags)
    private static let nounPhraseHeadTagBits = bits(of: nounPhraseHeadTags)

    private static func bits(of tags: Set<UPOS>) -> UInt32 {
        tags.reduce(0) { $0 | 1 << UInt32($1.rawValue) }
    }

    private static func contains(_ bits: UInt32, _ tag: UPOS) -> Bool { bits >> UInt32(tag.rawValue) & 1 != 0 }

    /// Candidates of `scan`; with `tags` (one per word), only noun phrases: no verb, adverb or
    /// pronoun inside, a noun or proper noun at the end (or a number after a name: "Track 2").
    init(scan: TopicScan, statistics: TermStatistics, tags: [UPOS]? = nil) {
        let n = scan.words.count
        let tagList = tags ?? []
        let hasTags = tags != nil
        precondition(!hasTags || tagList.count >= n, "one tag a word")
        let of = scan.keyID("of") ?? -1

        // Phrases as nodes of a trie over term ids, found by (parent node, term id); each
        // occurrence logged as phrase id and first token.
        var children = PackedMap(capacity: min(Self.maxInitialNodes, n))
        var nodes: [Node] = []
        var phrases: [Phrase] = []
        var log: [UInt64] = []
        // Room for the nodes, phrases and occurrences of a short article, as the table has: each
        // list grew from empty, a copy at every doubling, in every article.
        let initialNodes = min(Self.maxInitialNodes, n)
        nodes.reserveCapacity(initialNodes)
        phrases.reserveCapacity(initialNodes)
        log.reserveCapacity(initialNodes)
        // The words, their forms and tags and the marks of names read in place: through the
        // arrays, every word a walk reached was bounds-checked in each of them, several times.
        scan.words.withUnsafeBufferPointer { tokens in
        scan.flags.withUnsafeBufferPointer { flags in
        tagList.withUnsafeBufferPointer { tagList in
        statistics.proper.withUnsafeBufferPointer { proper in
            // Whether a word may stand in a noun phrase, may head one, reads as a name: asked of the
            // words a phrase walk reaches, not worked out into three lists of every word first (a
            // quarter of this stage's own instructions).
            let nominalBits = Self.nounPhraseTagBits, headBits = Self.nounPhraseHeadTagBits
            func nominal(_ k: Int) -> Bool { !hasTags || Self.contains(nominalBits, tagList[k]) }
            func head(_ k: Int) -> Bool { !hasTags || Self.contains(headBits, tagList[k]) }
            func nameLike(_ k: Int) -> Bool {
                TermStatistics.isNameLike(tokens[k], form: flags[Int(tokens[k].form)], proper: proper)
            }
            func sameBlock(_ a: Int, _ b: Int) -> Bool {
                a >= 0 && b < n && tokens[a].block == tokens[b].block
            }
            /// `of` between two name-like words stays inside a name ("Bank of Korea").
            func linksNames(_ k: Int) -> Bool {
                flags[Int(tokens[k].form)].key == of && sameBlock(k - 1, k + 1) && nameLike(k - 1) && nameLike(k + 1)
            }

            for i in 0..<n where tokens[i].role == .content || tokens[i].role == .weak {
                if sameBlock(i - 1, i), nameLike(i - 1), nameLike(i) { continue }
                var j = i
                var words = 0
                var node: Int32 = -1
                while j < n, sameBlock(i, j) {
                    let t = tokens[j]
                    if t.role == .stop && !linksNames(j) { break }
                    if t.role != .stop && !nominal(j) { break }
                    if t.role != .stop { words += 1 }
                    if words > Self.maxWords { break }
                    let key = flags[Int(t.form)].key
                    let edge = UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: key))
                    // A new node is stored in the slot where its look-up ended (a look-up, then a
                    // store, probed the table twice for each new node).
                    var (child, slot) = children.find(edge)
                    if child < 0 {
                        child = Int32(nodes.count)
                        children.insert(edge, child, at: slot)
                        nodes.append(Node(parent: node, term: key, phrase: -1))
                    }
                    node = child
                    let cutsName = sameBlock(j, j + 1) && nameLike(j) && nameLike(j + 1)
                    let single = i == j
                    // A word right before a determiner takes an object: a verb ("rules face a test").
                    let takesObject = sameBlock(j, j + 1) && flags[Int(tokens[j + 1].form)].isDeterminer
                    if t.role != .stop && !cutsName && !takesObject && !(single && t.role == .number)
                        && (head(j) || !single && t.role == .number) {
                        var phrase = nodes[Int(node)].phrase
                        if phrase < 0 {
                            phrase = Int32(phrases.count)
                            nodes[Int(node)].phrase = phrase
                            phrases.append(Phrase(node: node, length: Int32(j - i)))
                        }
                        log.append(UInt64(UInt32(phrase)) << 32 | UInt64(UInt32(i)))
                    }
                    j += 1
                }
            }
        }
        }
        }
        }

        // Phrases whose keys join to the same text are one candidate (a key may hold spaces:
        // "north korea" from "North-Korea"); the first one seen gives the terms.
        // Texts are interned as their keys' component ids, in order, so a text's id is its candidate's.
        var merged = [Int32](repeatElement(0, count: phrases.count))
        var texts = SequenceInterner<Int32>(capacity: phrases.count)
        texts.reserveCapacity(sequences: phrases.count, elements: Self.reservedComponents * phrases.count)
        // A phrase's term keys (its first `depth`) and their component ids (the first `length`),
        // in reused buffers written by index (emptying and appending cost more than the work).
        var keys = [Int32](repeatElement(0, count: 8))
        var text = [Int32](repeatElement(0, count: 16))
        // Every candidate's terms back to back.
        var allTerms: [Int32] = []
        var termEnds: [Int32] = []
        allTerms.reserveCapacity(phrases.count)
        termEnds.reserveCapacity(phrases.count)
        for p in phrases.indices {
            var depth = 0
            var node = phrases[p].node
            while node >= 0 {
                depth += 1
                node = nodes[Int(node)].parent
            }
            if keys.count < depth { keys = Array(repeatElement(0, count: 2 * depth)) }
            // Both buffers written in place, made large enough first: written through the
            // arrays, every term and part checked their uniqueness.
            node = phrases[p].node
            var needed = 0
            keys.withUnsafeMutableBufferPointer { keys in
                var k = depth
                while node >= 0 {
                    k -= 1
                    keys[k] = nodes[Int(node)].term
                    needed += scan.keyComponentCount(keys[k])
                    node = nodes[Int(node)].parent
                }
            }
            if text.count < needed { text = Array(repeatElement(0, count: max(needed, 2 * text.count))) }
            var length = 0
            keys.withUnsafeBufferPointer { keys in
                text.withUnsafeMutableBufferPointer { text in
                    for k in 0..<depth {
                        scan.forEachKeyComponent(of: keys[k]) { part in
                            text[length] = part
                            length += 1
                        }
                    }
                }
            }
            let (c, isNew) = text.withUnsafeBufferPointer { texts.intern(UnsafeBufferPointer(rebasing: $0[0..<length])) }
            merged[p] = c
            if isNew {
                for k in 0..<depth { allTerms.append(keys[k]) }
                termEnds.append(Int32(allTerms.count))
            }
        }
        // Group the log by candidate, keeping text order within each group. The lists are read
        // and written in place: through the arrays, every occurrence's steps checked the counts'
        // and the occurrences' uniqueness.
        var counts = [Int](repeatElement(0, count: termEnds.count + 1))
        var grouped = Array(repeatElement(Occurrence(lower: 0, upper: 0), count: log.count))
        log.withUnsafeBufferPointer { log in
            merged.withUnsafeBufferPointer { merged in
                counts.withUnsafeMutableBufferPointer { counts in
                    for entry in log { counts[Int(merged[Int(entry >> 32)]) + 1] += 1 }
                    for c in 0..<(counts.count - 1) { counts[c + 1] += counts[c] }
                }
            }
        }
        // The candidates made with their ranges (set after, each cost a second write).
        all.reserveCapacity(termEnds.count)
        var termStart: Int32 = 0
        for (c, end) in termEnds.enumerated() {
            all.append(Candidate(terms: termStart..<end, range: counts[c]..<counts[c + 1]))
            termStart = end
        }
        terms = allTerms
        log.withUnsafeBufferPointer { log in
            merged.withUnsafeBufferPointer { merged in
                counts.withUnsafeMutableBufferPointer { counts in
                    phrases.withUnsafeBufferPointer { phrases in
                        grouped.withUnsafeMutableBufferPointer { grouped in
                            for entry in log {
                                let p = Int(entry >> 32)
                                let lower = Int32(truncatingIfNeeded: entry & 0xFFFF_FFFF)
                                let c = Int(merged[p])
                                grouped[counts[c]] = Occurrence(lower: lower, upper: lower + phrases[p].length)
                                counts[c] += 1
                            }
                        }
                    }
                }
            }
        }
        occurrences = grouped
    }
}
