/// A light English stemmer for inflections only: plurals and possessives (`negotiations`,
/// `Korea’s`), `-ed` forms (`talked`), and a final `e` so that `negotiate` and `negotiated`
/// meet. Derivations (`negotiation` / `negotiate`) stay apart, and so do `-ing` forms, which in
/// news are as often nouns (`meetings`, `briefing`) as verb forms.
///
/// It works on folded words (see ``Swift/String/folded``); stems are keys to compare, not words
/// to show.
enum Stemmer {
    /// The stem of one word; the word is folded first.
    static func stem(_ word: String) -> String {
        String(decoding: stem(folded: TextFolding.bytes(word)), as: UTF8.self)
    }

    /// The stems of the words of `text`, in order.
    static func stems(of text: String) -> [String] {
        TextFolding.bytes(text).split(separator: 0x20).map {
            String(decoding: stem(folded: Array($0)), as: UTF8.self)
        }
    }

    /// The stem of a folded word given as UTF-8 bytes.
    static func stem(folded word: [UInt8]) -> [UInt8] {
        guard word.count > 3, word.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return word }
        if isInvariant(word) { return word }
        var w = word
        // Plurals and possessives (apostrophes were dropped by folding: "korea's" -> "koreas").
        if w.hasSuffix("ies"), w.count > 4 {
            w.removeLast(3)
            w.append(0x79)  // y
        } else if w.hasSuffix("s"), !w.hasSuffix("ss"), !w.hasSuffix("us"), !w.hasSuffix("is") {
            w.removeLast()
        }
        if isInvariant(w) { return w }
        // Past forms.
        if w.hasSuffix("ied"), w.count > 4 {
            w.removeLast(3)
            w.append(0x79)
        } else if w.hasSuffix("eed") {
            if w.count > 4 { w.removeLast() }
        } else if w.hasSuffix("ed"), w.count - 2 >= 3, hasVowel(w.dropLast(2)) {
            w.removeLast(2)
            undouble(&w)
        }
        if w.hasSuffix("e"), w.count - 1 >= 3 { w.removeLast() }
        return w
    }

    /// Whether `word` (folded UTF-8) is its own stem because no rule of ``stem(folded:)`` can
    /// touch it: every rule takes a final `s`, `d` or `e`, so a word ending otherwise is kept
    /// whole (most words), and asking that needs no array of it.
    static func isOwnStem(folded word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let last = word.last else { return true }
        return last != 0x73 && last != 0x64 && last != 0x65
    }

    /// Words whose final letters are not inflections.
    private static let invariant: Set<[UInt8]> = Set(
        [
            "news", "series", "species", "politics", "economics", "physics", "ethics", "always",
            "perhaps", "whereas", "various", "during", "nothing", "something", "anything",
            "everything", "bed", "red", "hundred", "kindred",
        ].map { Array($0.utf8) })

    /// For each pair of final letters (`26 × first + second`, a = 0) of the ``invariant`` words, a
    /// bit for each length one of them has.
    private static let invariantShapes: [UInt64] = invariant.reduce(into: [UInt64](repeating: 0, count: 26 * 26)) { shapes, w in
        shapes[Int(w[w.count - 2] - 0x61) * 26 + Int(w[w.count - 1] - 0x61)] |= 1 << UInt64(w.count)
    }

    /// Whether `w` (lower-case ASCII letters) is an ``invariant`` word; hashes it only when some
    /// invariant word has its last two letters and its length (most words stemmed end in `s`, `d`
    /// or `e`, so the last letter alone let most of them through to the set).
    private static func isInvariant(_ w: [UInt8]) -> Bool {
        let n = w.count
        guard n >= 2, n < 64 else { return false }
        let first = w[n - 2] &- 0x61, second = w[n - 1] &- 0x61
        guard first < 26, second < 26, invariantShapes[Int(first) * 26 + Int(second)] & 1 << UInt64(n) != 0 else { return false }
        return invariant.contains(w)
    }

    private static func hasVowel(_ w: ArraySlice<UInt8>) -> Bool {
        w.contains { "aeiouy".utf8.contains($0) }
    }

    /// `stopp` -> `stop`, `plann` -> `plan`; `ll`, `ss`, `zz` stay (`call`, `pass`).
    private static func undouble(_ w: inout [UInt8]) {
        guard w.count >= 3, let last = w.last, w[w.count - 2] == last,
            !"aeioulsz".utf8.contains(last)
        else { return }
        w.removeLast()
    }
}

extension Array where Element == UInt8 {
    fileprivate func hasSuffix(_ s: StaticString) -> Bool {
        let n = s.utf8CodeUnitCount
        guard count >= n else { return false }
        return s.withUTF8Buffer { buf in
            var i = 0
            while i < n {
                if self[count - n + i] != buf[i] { return false }
                i += 1
            }
            return true
        }
    }
}
