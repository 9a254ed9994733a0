/// How kept phrases are shown: for each, its most frequent written form (the earliest on a
/// tie), with the capitals of sentence openers and headline words dropped unless they belong to
/// names (or have other capitals: "PACs", "McKinley"), and without a final possessive
/// ("Chelsea Clinton’s" -> "Chelsea Clinton").
///
/// The occurrences of all phrases are visited together in text order, so the article's words
/// are read front to back once; occurrences written alike share a signature (forms, capitals,
/// gaps) and are rendered once.
struct DisplayForms {
    /// The written forms of every phrase and how often each was seen: one list of forms for all
    /// phrases (two lists a phrase cost their allocations and releases), each phrase's chained
    /// in order of first sight.
    struct Tallies {
        /// Each form's text, how often it was seen, and the next form of its phrase (-1: none).
        private var texts: [String] = []
        private var counts: [Int] = []
        private var next: [Int32] = []
        /// Each phrase's first and last form (-1: none yet).
        private var first: [Int32]
        private var last: [Int32]

        /// Tallies of `phrases` phrases, with room for `forms` forms in all.
        init(phrases: Int, forms: Int) {
            first = Array(repeatElement(-1, count: phrases))
            last = Array(repeatElement(-1, count: phrases))
            texts.reserveCapacity(forms)
            counts.reserveCapacity(forms)
            next.reserveCapacity(forms)
        }

        /// The form of phrase `p` written `text`, added (seen no time yet) when new: found by a
        /// scan of the phrase's forms, as a phrase is written in few ways.
        mutating func form(_ text: String, of p: Int) -> Int {
            var f = Int(first[p])
            while f >= 0 {
                if texts[f] == text { return f }
                f = Int(next[f])
            }
            let added = texts.count
            texts.append(text)
            counts.append(0)
            next.append(-1)
            if last[p] >= 0 { next[Int(last[p])] = Int32(added) } else { first[p] = Int32(added) }
            last[p] = Int32(added)
            return added
        }

        /// Counts one more sight of form `f`.
        mutating func saw(_ f: Int) { counts[f] += 1 }

        /// Phrase `p`'s most frequent form (the earliest seen on a tie), "" when it has none.
        func best(of p: Int) -> String {
            var best = -1
            var f = Int(first[p])
            while f >= 0 {
                if best < 0 || counts[f] > counts[best] { best = f }
                f = Int(next[f])
            }
            return best < 0 ? "" : texts[best]
        }
    }

    /// The most signatures the table is first made for (it grows past them).
    static let maxInitialSignatures = 1024

    /// Entries a signature is first given room for, on average: its phrase, and a form and a
    /// capital for each of its words (mostly one or two), with a gap between them.
    static let reservedSignatureLength = 6

    private let scan: TopicScan
    private let document: Document
    private let statistics: TermStatistics
    /// Whether each form has no capital after its first letter (0 no, 1 yes, -1 not known yet).
    private var restLower: [Int8]
    private var gaps: [String: Int32] = [:]

    /// The display form of each phrase, given by its occurrences in text order.
    static func forms(
        of phrases: [ArraySlice<KeyphraseCandidates.Occurrence>], scan: TopicScan, document: Document,
        statistics: TermStatistics
    ) -> [String] {
        var forms = DisplayForms(
            scan: scan, document: document, statistics: statistics,
            restLower: Array(repeatElement(-1, count: scan.forms.count)))
        // Every occurrence as first word, length and phrase, sorted into text order.
        var entries: [UInt64] = []
        entries.reserveCapacity(phrases.reduce(0) { $0 + $1.count })
        for (p, occurrences) in phrases.enumerated() {
            for o in occurrences {
                entries.append(UInt64(UInt32(o.lower)) << 32 | UInt64(UInt32(o.upper - o.lower)) << 8 | UInt64(p))
            }
        }
        entries.sort()
        // The words of every occurrence, gathered in a tight loop so that the reads overlap.
        var words: [TopicScan.Word] = []
        words.reserveCapacity(entries.count * 3)
        scan.words.withUnsafeBufferPointer { all in
            for entry in entries {
                let lower = Int(truncatingIfNeeded: entry >> 32)
                for k in lower...lower + Int(truncatingIfNeeded: (entry >> 8) & 0xFF_FFFF) { words.append(all[k]) }
            }
        }
        let initialSignatures = min(Self.maxInitialSignatures, entries.count)
        var tallies = Tallies(phrases: phrases.count, forms: initialSignatures)
        // The signatures of all phrases in one table, each led by its phrase's index (a table per
        // phrase cost its allocations and their release for a handful of signatures), and the
        // form in `tallies` of each signature's rendering, by signature id.
        var signatures = SequenceInterner<Int32>(capacity: initialSignatures)
        signatures.reserveCapacity(sequences: initialSignatures, elements: Self.reservedSignatureLength * initialSignatures)
        var rendered: [Int] = []
        rendered.reserveCapacity(initialSignatures)
        var signature: [Int32] = []
        var next = 0
        for entry in entries {
            let lower = Int32(truncatingIfNeeded: entry >> 32)
            let upper = lower + Int32(truncatingIfNeeded: (entry >> 8) & 0xFF_FFFF)
            let o = KeyphraseCandidates.Occurrence(lower: lower, upper: upper)
            let count = Int(upper - lower) + 1
            let p = Int(entry & 0xFF)
            signature.removeAll(keepingCapacity: true)
            signature.append(Int32(p))
            forms.sign(words[next..<next + count], into: &signature)
            next += count
            let (id, isNew) = signatures.intern(signature)
            let form: Int
            if !isNew {
                form = rendered[Int(id)]
            } else {
                form = tallies.form(forms.render(o), of: p)
                rendered.append(form)
            }
            tallies.saw(form)
        }
        return phrases.indices.map { tallies.best(of: $0) }
    }

    /// Whether the word loses its capital.
    private mutating func lowered(_ t: TopicScan.Word) -> Bool {
        guard t.opensSentence, !statistics.isNameLike(t), t.role != .number, !scan.isAcronym(t) else { return false }
        let f = Int(t.form)
        if restLower[f] < 0 {
            let rest = scan.scalars(of: t.form).dropFirst().allSatisfy { !$0.properties.isUppercase }
            restLower[f] = rest ? 1 : 0
        }
        return restLower[f] == 1
    }

    /// Appends to `signature` what decides how an occurrence, of words `words`, is written: each
    /// word's form and capital, and the gaps between.
    private mutating func sign(_ words: ArraySlice<TopicScan.Word>, into signature: inout [Int32]) {
        for k in words.indices {
            let t = words[k]
            if k > words.startIndex {
                if t.followsSpace {
                    signature.append(-1)
                } else {
                    let gap = document.text(in: TextSpan(start: Int(scan.end(of: words[k - 1])), end: Int(t.start)))
                    if let id = gaps[gap] {
                        signature.append(id)
                    } else {
                        signature.append(Int32(gaps.count))
                        gaps[gap] = Int32(gaps.count)
                    }
                }
            }
            signature.append(t.form)
            signature.append(lowered(t) ? 1 : 0)
        }
    }

    /// The text of `o` as shown.
    private mutating func render(_ o: KeyphraseCandidates.Occurrence) -> String {
        if let text = renderASCII(o) { return text }
        var text = ""
        for k in Int(o.lower)...Int(o.upper) {
            let t = scan.words[k]
            if k > o.lower {
                // Most gaps are one space, appended as it is: no string is made of the gap's
                // scalars to be appended.
                let gap = TextSpan(start: Int(scan.end(of: scan.words[k - 1])), end: Int(t.start))
                let range = document.scalarRange(of: gap)
                if range.count == 1, document.scalars[range.lowerBound] == " " { text += " " } else { text += document.text(in: gap) }
            }
            var word = scan.surface(of: t.form)
            if lowered(t) {
                word = word.prefix(1).lowercased() + word.dropFirst()
            }
            // The ending first, from the last byte: counting Characters walks the word's
            // grapheme breaks, and `hasSuffix` compares Characters.
            if k == o.upper, word.endsWith("s"), word.count > 2,
                let apostrophe = Self.scalarBeforeLast(word), TextFolding.isApostrophe(apostrophe)
            {
                word.removeLast(2)
            }
            text += word
        }
        return text
    }

    /// ``render(_:)`` of an occurrence whose words are all ASCII, one space apart (most): written
    /// as bytes, each scalar one byte and one Character, and made a string once (a string per
    /// word, each appended, cost some 1,500 instructions an occurrence); nil for any other.
    private mutating func renderASCII(_ o: KeyphraseCandidates.Occurrence) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Self.reservedRenderBytes)
        for k in Int(o.lower)...Int(o.upper) {
            let t = scan.words[k]
            // A single space before the word, and nothing else, right after the word before it.
            if k > o.lower {
                guard t.followsSpace else { return nil }
                bytes.append(0x20)
            }
            let start = bytes.count
            for c in scan.scalars(of: t.form) {
                guard c.value < 0x80 else { return nil }
                bytes.append(UInt8(truncatingIfNeeded: c.value))
            }
            let count = bytes.count - start
            guard count > 0 else { return nil }
            if lowered(t), bytes[start] &- 0x41 < 26 { bytes[start] += 0x20 }
            // A final possessive `'s` goes, as in ``render(_:)``: the word must be longer than it.
            if k == o.upper, count > 2, bytes[bytes.count - 1] == 0x73, bytes[bytes.count - 2] == 0x27 {
                bytes.removeLast(2)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Bytes first reserved for a rendered occurrence: most are a few short words.
    private static let reservedRenderBytes = 32

    /// The scalar before the last of `word`, read from its end (`unicodeScalars.dropLast().last`
    /// walked the whole word to count it); nil when the word has fewer than two.
    private static func scalarBeforeLast(_ word: String) -> Unicode.Scalar? {
        let scalars = word.unicodeScalars
        guard scalars.startIndex != scalars.endIndex else { return nil }
        let last = scalars.index(before: scalars.endIndex)
        guard last != scalars.startIndex else { return nil }
        return scalars[scalars.index(before: last)]
    }
}
