/// Token indices of a document's capitalised words, by lower-cased word, in text order: where a
/// person is named by a first name ("Ana said", "Ana Reyes"), or a bare surname stands inside a
/// sentence. Built on first use, for ``PersonNameIndex``.
///
/// Each distinct written form's lower-cased text is hashed once (a form's word is kept by form
/// id), the table is made for all the words at the start, and the positions lie in one array,
/// word after word: hashing every capitalised token's text, growing the table and an array per
/// word cost about 1.5% of the engine on real news. A word's positions are copied out on its
/// first query and kept, so the kept arrays hold each position once: linear in the tokens.
final class CapitalisedWords {
    /// Each capitalised word's id, by lower-cased text.
    private var ids: [String: Int32] = [:]
    /// The positions of each word's tokens, word after word (by id), each word's in text order:
    /// those of word `w` are `positions[starts[w]..<starts[w + 1]]`.
    private var starts: [Int32] = []
    private var positions: [Int32] = []
    /// The positions of each word asked for, by id.
    private var asked: [[Int32]?] = []
    /// Whether the table is built.
    private(set) var isBuilt = false
    /// Questions answered by reading the tokens in place (``mayScanInPlace()``).
    private var scansInPlace = 0
    /// Most questions of a text answered by reading its tokens in place before the table is
    /// built: a few cost less than building it, one for each of thousands of words (bare
    /// surnames, each never written again) cost time quadratic in the text.
    static let maxScansInPlace = 4

    /// Whether a caller with a cheaper way than the table for a few questions (reading the tokens
    /// in place) may answer one more so: until the table is built and for at most
    /// ``maxScansInPlace`` questions, after which the caller builds it.
    func mayScanInPlace() -> Bool {
        guard !isBuilt, scansInPlace < Self.maxScansInPlace else { return false }
        scansInPlace += 1
        return true
    }

    /// The token indices of the capitalised words of `tokens` written `word` (lower-cased), in
    /// text order; nil when there is none.
    func positions(of word: String, in tokens: Tokens) -> [Int32]? {
        if !isBuilt { build(tokens) }
        guard let id = ids[word] else { return nil }
        let w = Int(id)
        if let known = asked[w] { return known }
        let found = Array(positions[Int(starts[w])..<Int(starts[w + 1])])
        asked[w] = found
        return found
    }

    /// Numbers the capitalised words of `tokens` and lists where each stands, in one pass over
    /// the tokens.
    private func build(_ tokens: Tokens) {
        isBuilt = true
        // A document has fewer distinct capitalised words than forms: the table never grows.
        var ids: [String: Int32] = [:]
        ids.reserveCapacity(tokens.formCount)
        // Each form's word, or -1 before the form is met; each word's count at `w + 1`.
        var wordOfForm = [Int32](repeating: -1, count: tokens.formCount)
        var next: [Int32] = [0]
        // The capitalised tokens' positions, and their words.
        var at: [Int32] = [], words: [Int32] = []
        for (k, t) in tokens.enumerated() where t.isCapitalized && t.isWord {
            let f = Int(t.form)
            var w = wordOfForm[f]
            if w < 0 {
                // A second hash only for a new word (an in-out access that inserts the default
                // makes one, but costs more than that second hash).
                if let known = ids[t.lower] {
                    w = known
                } else {
                    w = Int32(truncatingIfNeeded: ids.count)
                    ids[t.lower] = w
                    next.append(0)
                }
                wordOfForm[f] = w
            }
            next[Int(w) + 1] += 1
            at.append(Int32(truncatingIfNeeded: k))
            words.append(w)
        }
        let wordCount = ids.count
        for w in 0..<wordCount { next[w + 1] += next[w] }
        starts = next
        var positions = [Int32](repeating: 0, count: at.count)
        for (k, w) in zip(at, words) {
            positions[Int(next[Int(w)])] = k
            next[Int(w)] += 1
        }
        self.positions = positions
        self.ids = ids
        asked = [[Int32]?](repeating: nil, count: wordCount)
    }
}
