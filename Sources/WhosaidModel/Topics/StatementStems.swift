/// ``StemMatching/stems(of:)`` for many texts at speed: the same folding, word splitting,
/// stemming and acronym marks, with ASCII fast paths and each distinct word stemmed once.
/// Stems become ids; a word is coded `stem id << 1 | 1` when written as an acronym, else
/// `stem id << 1`.
struct StatementStems {
    /// Folded words by id, and each word's stem id.
    private var words: SequenceInterner<UInt8>
    private var wordStems: [Int32] = []
    /// Stems by id.
    private var stems: SequenceInterner<UInt8>
    /// Folded bytes of non-ASCII scalars, by a direct-mapped cache on the scalar value.
    private var cachedValues = [UInt32](repeating: 0, count: 256)
    private var cachedFolds = [[UInt8]](repeating: [], count: 256)
    /// Stem ids of words of at most 10 ASCII letters and digits, by the bytes packed 6 bits each.
    private var shortWords: PackedMap<Int32>
    /// The scalars of the current text: the first `scalarCount` (valid UTF-8 decodes to valid scalars).
    private var scalars: [Unicode.Scalar] = []
    private var scalarCount = 0
    /// The pending word: its first `wordLength` bytes, packed too while short and ASCII.
    private var word: [UInt8] = []
    private var wordLength = 0
    private var packed: UInt64 = 0
    private var isASCIIWord = true

    /// The most distinct words the tables are first made for; they grow past it.
    static let maxInitialCapacity = 4096

    /// Tables first made for `capacity` distinct words (within 64...``maxInitialCapacity``):
    /// sized to the texts, so that a short article does not clear tables for thousands.
    init(capacity: Int = maxInitialCapacity) {
        let capacity = min(Self.maxInitialCapacity, max(64, capacity))
        words = SequenceInterner(capacity: capacity)
        stems = SequenceInterner(capacity: capacity)
        shortWords = PackedMap(capacity: capacity)
    }

    /// How many distinct stems the texts had.
    var stemCount: Int { stems.count }

    /// Appends the codes of the words of `text`.
    mutating func append(_ text: String, to codes: inout [Int32]) {
        decode(text)
        resetWord()
        var first = 0
        var last = 0
        var pendingSeparator = false
        var wroteAny = false
        let n = scalarCount
        for i in 0..<n {
            let s = scalars[i]
            let v = s.value
            var folded: UInt8 = 0
            if v &- 0x61 < 26 || v &- 0x30 < 10 {
                folded = UInt8(v)
            } else if v &- 0x41 < 26 {
                folded = UInt8(v + 0x20)
            } else {
                if TextFolding.isApostrophe(s) { continue }
                if s == ".", i >= 1, isLetter(scalars[i - 1]), i == 1 || !isLetter(scalars[i - 2]) { continue }
                if v < 0x80 {
                    pendingSeparator = wroteAny
                    continue
                }
            }
            if folded == 0 {
                // A non-ASCII scalar: fold it once per value.
                let slot = Int(v & 255)
                if cachedValues[slot] != v {
                    var out: [UInt8] = []
                    TextFolding.foldScalar(s, into: &out)
                    cachedValues[slot] = v
                    cachedFolds[slot] = out
                }
                let bytes = cachedFolds[slot]
                if bytes.isEmpty {
                    pendingSeparator = wroteAny
                    continue
                }
                if pendingSeparator {
                    finish(first: first, last: last, into: &codes)
                    pendingSeparator = false
                }
                for b in bytes {
                    if b == 0x20 {
                        finish(first: first, last: i, into: &codes)
                        continue
                    }
                    if wordLength == 0 { first = i }
                    push(b)
                }
                last = i
                wroteAny = true
                continue
            }
            if pendingSeparator {
                finish(first: first, last: last, into: &codes)
                pendingSeparator = false
            }
            if wordLength == 0 { first = i }
            push(folded)
            last = i
            wroteAny = true
        }
        finish(first: first, last: last, into: &codes)
    }

    @inline(__always) private mutating func push(_ b: UInt8) {
        if wordLength < word.count { word[wordLength] = b } else { word.append(b) }
        wordLength += 1
        let code: UInt8 = b &- 0x30 < 10 ? b - 0x30 + 1 : b &- 0x61 < 26 ? b - 0x61 + 11 : 0
        packed = packed << 6 | UInt64(code)
        if code == 0 { isASCIIWord = false }
    }

    private mutating func resetWord() {
        wordLength = 0
        packed = 0
        isASCIIWord = true
    }

    /// Codes the pending word, whose first and last bytes came from scalars `first` and `last`.
    private mutating func finish(first: Int, last: Int, into codes: inout [Int32]) {
        guard wordLength > 0 else { return }
        var stem: Int32
        if wordLength <= 10 && isASCIIWord {
            stem = shortWords.get(packed)
            if stem < 0 {
                stem = internStem()
                shortWords.set(packed, stem)
            }
        } else {
            let (id, isNew) = word.withUnsafeBufferPointer {
                words.intern(UnsafeBufferPointer(rebasing: $0[0..<wordLength]))
            }
            if isNew { wordStems.append(internStem()) }
            stem = wordStems[Int(id)]
        }
        // A word opening with a lower-case letter or a digit is no acronym.
        let opener = scalars[first].value
        let acronym = opener &- 0x61 < 26 || opener &- 0x30 < 10 ? false : StemMatching.isAcronym(scalars[first...last])
        codes.append(stem << 1 | (acronym ? 1 : 0))
        resetWord()
    }

    /// The stem id of the pending word: the word itself when no stemming rule can touch it (no
    /// array made of it), else its stem.
    private mutating func internStem() -> Int32 {
        let own = word.withUnsafeBufferPointer { all -> Int32? in
            let w = UnsafeBufferPointer(rebasing: all[0..<wordLength])
            return Stemmer.isOwnStem(folded: w) ? stems.intern(w).id : nil
        }
        return own ?? stems.intern(Stemmer.stem(folded: Array(word[0..<wordLength]))).id
    }

    /// Sets ``scalars`` to the scalars of `text`.
    private mutating func decode(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            let n = utf8.count
            if scalars.count < n { scalars = Array(repeating: " ", count: max(n, 2 * scalars.count)) }
            scalarCount = scalars.withUnsafeMutableBufferPointer { out in
                out.withMemoryRebound(to: UInt32.self) { out in
                    var i = 0
                    var k = 0
                    while i < n {
                        let b = UInt32(utf8[i])
                        if b < 0x80 {
                            out[k] = b
                            i += 1
                        } else if b < 0xE0 {
                            out[k] = (b & 0x1F) << 6 | UInt32(utf8[i + 1] & 0x3F)
                            i += 2
                        } else if b < 0xF0 {
                            out[k] = (b & 0x0F) << 12 | UInt32(utf8[i + 1] & 0x3F) << 6 | UInt32(utf8[i + 2] & 0x3F)
                            i += 3
                        } else {
                            out[k] = (b & 0x07) << 18 | UInt32(utf8[i + 1] & 0x3F) << 12
                                | UInt32(utf8[i + 2] & 0x3F) << 6 | UInt32(utf8[i + 3] & 0x3F)
                            i += 4
                        }
                        k += 1
                    }
                    return k
                }
            }
        }
    }

    private func isLetter(_ s: Unicode.Scalar) -> Bool {
        s.isASCII ? (s >= "a" && s <= "z") || (s >= "A" && s <= "Z") : s.properties.isAlphabetic
    }
}
