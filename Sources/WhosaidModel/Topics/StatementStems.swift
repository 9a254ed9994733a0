/// ``StemMatching/stems(of:)`` for many texts at speed: the same folding, word splitting,
/// stemming and acronym marks, with ASCII fast paths and each distinct word stemmed once (a
/// short ASCII word once for all documents: ``ShortStemCache``). Stems become ids; a word is
/// coded `stem id << 1 | 1` when written as an acronym, else `stem id << 1`.
struct StatementStems {
    /// Folded words by id, and each word's stem id.
    private var words: SequenceInterner<UInt8>
    private var wordStems: [Int32] = []
    /// Stems that do not pack (see ``packed(_:)``), and their ids by the interner's ids.
    private var stems: SequenceInterner<UInt8>
    private var stemIDs: [Int32] = []
    /// Ids of the stems that pack, by the packed stem. Every stem that packs is found here
    /// whichever word it came from, so that one stem has one id.
    private var packedStems: PackedMap<Int32>
    /// Packed stems of short ASCII words by the packed word, from ``ShortStemCache``: to give
    /// back to it when done.
    private(set) var shared: ShortStemCache.Table
    /// Folded bytes of non-ASCII scalars, by a direct-mapped cache on the scalar value: slot
    /// `v & 255` holds the last such `v` folded and where its bytes lie in `foldedBytes`, as
    /// `v << 43 | start << 11 | count` (0, never a non-ASCII scalar's, when empty or when the
    /// span does not fit). One flat byte array, not 256 arrays each made and released for
    /// every text set.
    private var cachedFolds = [UInt64](repeatElement(0, count: 256))
    /// The folds of every scalar the cache missed, back to back (a slot's old bytes stay).
    private var foldedBytes: [UInt8] = []
    /// Stem ids of words of at most 10 ASCII letters and digits, by the bytes packed 6 bits each.
    private var shortWords: PackedMap<Int32>
    /// The pending word: its first `wordLength` bytes, packed too while short and ASCII. While
    /// the word packs (``isSpelled`` false) its bytes are in `packed` alone, and are written out
    /// here (``spell()``) only when it stops packing or its stem must be worked out: most words
    /// are short and their stems known, and a byte written here for each checked the array's
    /// uniqueness.
    private var word: [UInt8] = []
    private var wordLength = 0
    private var packed: UInt64 = 0
    private var isASCIIWord = true
    /// Whether `word` holds the pending word's bytes; when not, the word is ASCII, at most
    /// ``maxPackedLength`` bytes, and `packed` holds them.
    private var isSpelled = false

    /// The most bytes a packed word holds (6 bits each in 64).
    static let maxPackedLength = 10

    /// The most distinct words the tables are first made for; they grow past it.
    static let maxInitialCapacity = 4096

    /// Tables first made for `capacity` distinct words (within 64...``maxInitialCapacity``):
    /// sized to the texts, so that a short article does not clear tables for thousands. The
    /// stems of short words are read from and added to `shared`.
    init(capacity: Int = maxInitialCapacity, shared: ShortStemCache.Table) {
        let capacity = min(Self.maxInitialCapacity, max(64, capacity))
        words = SequenceInterner(capacity: capacity)
        stems = SequenceInterner(capacity: Self.minimumCapacity)
        packedStems = PackedMap(capacity: capacity)
        shortWords = PackedMap(capacity: capacity)
        self.shared = shared
    }

    /// What the stems that do not pack (few) are first made for.
    static let minimumCapacity = 64

    /// How many distinct stems the texts had.
    private(set) var stemCount = 0

    /// Appends the codes of the words of `text`, read from its UTF-8 bytes: ASCII (most of
    /// any text) byte by byte, other scalars decoded where they stand. (Decoding every text
    /// into an array of scalars first cost a tenth of the stage.)
    mutating func append(_ text: String, to codes: inout [Int32]) {
        var text = text
        text.withUTF8 { appendWords(of: $0, to: &codes) }
    }

    /// ``append(_:to:)`` on the bytes of the text. A word's `first` is the byte offset of its
    /// first scalar and `lastEnd` the end of its last one.
    private mutating func appendWords(of utf8: UnsafeBufferPointer<UInt8>, to codes: inout [Int32]) {
        resetWord()
        var first = 0
        var lastEnd = 0
        var pendingSeparator = false
        var wroteAny = false
        let n = utf8.count
        var i = 0
        while i < n {
            let b = utf8[i]
            let code = Self.asciiCode(UInt32(b))
            if code != 0 {
                // A run of ASCII letters and digits, most of any text, read in one go, and
                // packed as it is read (``addRun(_:packed:)``).
                if pendingSeparator {
                    finish(first: first, lastEnd: lastEnd, in: utf8, into: &codes)
                    pendingSeparator = false
                }
                if wordLength == 0 { first = i }
                var end = i + 1
                var runPacked = UInt64(code)
                while end < n {
                    let next = Self.asciiCode(UInt32(utf8[end]))
                    if next == 0 { break }
                    runPacked = runPacked << 6 | UInt64(next)
                    end += 1
                }
                addRun(UnsafeBufferPointer(rebasing: utf8[i..<end]), packed: runPacked)
                lastEnd = end
                wroteAny = true
                i = end
                continue
            }
            if b < 0x80 {
                // An apostrophe or the full stop of an initial vanishes; any other mark separates.
                if b != 0x27 && !(b == 0x2E && Self.isInitialStop(at: i, in: utf8)) { pendingSeparator = wroteAny }
                i += 1
                continue
            }
            let (v, next) = Self.scalar(at: i, in: utf8)
            defer { i = next }
            if v == 0x2019 || v == 0x02BC { continue }  // apostrophes, as TextFolding.isApostrophe
            let bytes = folds(ofScalar: v)
            if bytes.isEmpty {
                pendingSeparator = wroteAny
                continue
            }
            if pendingSeparator {
                finish(first: first, lastEnd: lastEnd, in: utf8, into: &codes)
                pendingSeparator = false
            }
            for k in bytes {
                let b = foldedBytes[k]
                if b == 0x20 {
                    finish(first: first, lastEnd: next, in: utf8, into: &codes)
                    continue
                }
                if wordLength == 0 { first = i }
                push(b)
            }
            lastEnd = next
            wroteAny = true
        }
        finish(first: first, lastEnd: lastEnd, in: utf8, into: &codes)
    }

    /// Where in ``foldedBytes`` the folded bytes of the non-ASCII scalar of value `v` are: folded
    /// once per value, by a direct-mapped cache (``cachedFolds``).
    private mutating func folds(ofScalar v: UInt32) -> Range<Int> {
        let slot = Int(v & 255)
        let entry = cachedFolds[slot]
        if entry >> 43 == UInt64(v) {
            let start = Int(entry >> 11 & 0xFFFF_FFFF)
            return start..<start + Int(entry & 0x7FF)
        }
        let start = foldedBytes.count
        TextFolding.foldScalar(Unicode.Scalar(v) ?? "\u{FFFD}", into: &foldedBytes)
        let bytes = start..<foldedBytes.count
        let fits = start <= 0xFFFF_FFFF && bytes.count <= 0x7FF
        cachedFolds[slot] = fits ? UInt64(v) << 43 | UInt64(start) << 11 | UInt64(bytes.count) : 0
        return bytes
    }

    /// The value of the scalar whose UTF-8 bytes start at `i`, and where the next one starts
    /// (a Swift string's bytes are valid UTF-8).
    @inline(__always) private static func scalar(at i: Int, in utf8: UnsafeBufferPointer<UInt8>) -> (value: UInt32, next: Int) {
        let b = UInt32(utf8[i])
        if b < 0x80 { return (b, i + 1) }
        if b < 0xE0 { return ((b & 0x1F) << 6 | UInt32(utf8[i + 1] & 0x3F), i + 2) }
        if b < 0xF0 {
            return ((b & 0x0F) << 12 | UInt32(utf8[i + 1] & 0x3F) << 6 | UInt32(utf8[i + 2] & 0x3F), i + 3)
        }
        return ((b & 0x07) << 18 | UInt32(utf8[i + 1] & 0x3F) << 12 | UInt32(utf8[i + 2] & 0x3F) << 6
            | UInt32(utf8[i + 3] & 0x3F), i + 4)
    }

    /// Where the scalar ending right before byte `i` (not 0) starts: back over continuation bytes.
    private static func scalarStart(before i: Int, in utf8: UnsafeBufferPointer<UInt8>) -> Int {
        var k = i - 1
        while k > 0, utf8[k] & 0xC0 == 0x80 { k -= 1 }
        return k
    }

    /// Whether the full stop at byte `i` ends an initial ("U." in "U.S.", "V." in "Leon V. Sigal"):
    /// a letter before it that is the text's first scalar or follows no letter, as
    /// ``TextFolding`` drops such a stop.
    private static func isInitialStop(at i: Int, in utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        guard i > 0 else { return false }
        let previous = scalarStart(before: i, in: utf8)
        guard isLetter(scalar(at: previous, in: utf8).value) else { return false }
        guard previous > 0 else { return true }
        return !isLetter(scalar(at: scalarStart(before: previous, in: utf8), in: utf8).value)
    }

    /// The 6-bit code of the ASCII letter or digit of value `v` folded (1...36, as ``code(_:)``
    /// gives it), 0 for any other scalar.
    @inline(__always) private static func asciiCode(_ v: UInt32) -> UInt8 {
        v &- 0x30 < 10 ? UInt8(truncatingIfNeeded: v &- 0x30 &+ 1)
            : (v | 0x20) &- 0x61 < 26 ? UInt8(truncatingIfNeeded: (v | 0x20) &- 0x61 &+ 11) : 0
    }

    /// Adds the ASCII letters and digits `run` to the pending word: at once while the word
    /// packs and stays within ``maxPackedLength`` (most words), from `runPacked`, the run's codes
    /// packed 6 bits each as they were read (its low bits, all of them for such a run); else
    /// byte by byte.
    private mutating func addRun(_ run: UnsafeBufferPointer<UInt8>, packed runPacked: UInt64) {
        if !isSpelled && wordLength + run.count <= Self.maxPackedLength {
            packed = packed << UInt64(6 * run.count) | runPacked
            wordLength += run.count
            return
        }
        for b in run { push(b &- 0x41 < 26 ? b + 0x20 : b) }
    }

    @inline(__always) private mutating func push(_ b: UInt8) {
        let code = Self.code(b)
        if !isSpelled {
            if code != 0 && wordLength < Self.maxPackedLength {
                wordLength += 1
                packed = packed << 6 | UInt64(code)
                return
            }
            spell()
        }
        if wordLength < word.count { word[wordLength] = b } else { word.append(b) }
        wordLength += 1
        packed = packed << 6 | UInt64(code)
        if code == 0 { isASCIIWord = false }
    }

    /// Writes the pending word's bytes out of `packed` into `word`, if not yet there.
    private mutating func spell() {
        guard !isSpelled else { return }
        isSpelled = true
        for k in 0..<wordLength {
            let code = UInt8(truncatingIfNeeded: packed >> UInt64(6 * (wordLength - 1 - k))) & 0x3F
            let b = code <= 10 ? 0x30 + code - 1 : 0x61 + code - 11
            if k < word.count { word[k] = b } else { word.append(b) }
        }
    }

    /// The 6-bit code of a folded byte in a packed word: 1...36 for a digit or lower-case
    /// letter, 0 for any other byte (a word with one does not pack).
    @inline(__always) private static func code(_ b: UInt8) -> UInt8 {
        b &- 0x30 < 10 ? b - 0x30 + 1 : b &- 0x61 < 26 ? b - 0x61 + 11 : 0
    }

    private mutating func resetWord() {
        wordLength = 0
        packed = 0
        isASCIIWord = true
        isSpelled = false
    }

    /// Codes the pending word, whose scalars are `utf8[first..<lastEnd]`.
    private mutating func finish(first: Int, lastEnd: Int, in utf8: UnsafeBufferPointer<UInt8>, into codes: inout [Int32]) {
        guard wordLength > 0 else { return }
        var stem: Int32
        if wordLength <= Self.maxPackedLength && isASCIIWord {
            // A new word is stored in the slot where its look-up ended (a look-up, then a store,
            // probed the table twice for each of the texts' distinct words); ``internStem()``
            // leaves `shortWords` alone, so the slot still holds.
            let (known, slot) = shortWords.find(packed)
            stem = known
            if stem < 0 {
                stem = internStem()
                shortWords.insert(packed, stem, at: slot)
            }
        } else {
            spell()
            let (id, isNew) = word.withUnsafeBufferPointer {
                words.intern(UnsafeBufferPointer(rebasing: $0[0..<wordLength]))
            }
            if isNew { wordStems.append(internStem()) }
            stem = wordStems[Int(id)]
        }
        // A word opening with a lower-case letter or a digit is no acronym, nor one of a single
        // byte, nor one whose capital is followed by a small letter ("Obama": one capital, then
        // a letter that neither counts nor ends it), as ``StemMatching/isAcronym(_:)`` reads them.
        let opener = utf8[first]
        let acronym: Bool
        if opener &- 0x61 < 26 || opener &- 0x30 < 10 || lastEnd - first < 2 {
            acronym = false
        } else if opener &- 0x41 < 26 && utf8[first + 1] &- 0x61 < 26 {
            acronym = false
        } else {
            acronym = Self.isAcronym(UnsafeBufferPointer(rebasing: utf8[first..<lastEnd]))
        }
        codes.append(stem << 1 | (acronym ? 1 : 0))
        resetWord()
    }

    /// ``StemMatching/isAcronym(_:)`` of the word whose UTF-8 bytes are `word`: an ASCII word's
    /// bytes are its scalars (a string made of every capitalised word cost more than the test).
    private static func isAcronym(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        if word.allSatisfy({ $0 < 0x80 }) { return StemMatching.isAcronym(word.lazy.map { Unicode.Scalar($0) }) }
        return StemMatching.isAcronym(String(decoding: word, as: UTF8.self).unicodeScalars)
    }

    /// The stem id of the pending word: the word itself when no stemming rule can touch it (no
    /// array made of it), else its stem; a short ASCII word's stem is looked up in ``shared``
    /// first.
    private mutating func internStem() -> Int32 {
        if wordLength <= Self.maxPackedLength && isASCIIWord {
            var stem = shared.get(packed)
            if stem == 0 {
                spell()
                // A stem is never longer than its word, and has the same kinds of bytes.
                stem = word.withUnsafeBufferPointer { all in
                    let w = UnsafeBufferPointer(rebasing: all[0..<wordLength])
                    return Stemmer.isOwnStem(folded: w) ? packed : Self.packed(Stemmer.stem(folded: Array(w)))!
                }
                shared.set(packed, stem)
            }
            return id(ofPacked: stem)
        }
        // A longer word, or one with other bytes: no stem of its own packs.
        spell()
        let own = word.withUnsafeBufferPointer { all -> Int32? in
            let w = UnsafeBufferPointer(rebasing: all[0..<wordLength])
            return Stemmer.isOwnStem(folded: w) ? id(ofUnpacked: w) : nil
        }
        if let own { return own }
        let stem = Stemmer.stem(folded: Array(word[0..<wordLength]))
        if let p = Self.packed(stem) { return id(ofPacked: p) }
        return stem.withUnsafeBufferPointer { id(ofUnpacked: $0) }
    }

    /// The id of the stem packed as `p`, new if none had it.
    private mutating func id(ofPacked p: UInt64) -> Int32 {
        // One probe: a new stem is numbered in the slot where its look-up ended.
        var (id, slot) = packedStems.find(p)
        if id < 0 {
            id = Int32(stemCount)
            stemCount += 1
            packedStems.insert(p, id, at: slot)
        }
        return id
    }

    /// The id of the stem `stem`, which does not pack, new if none had it.
    private mutating func id(ofUnpacked stem: UnsafeBufferPointer<UInt8>) -> Int32 {
        let (known, isNew) = stems.intern(stem)
        if isNew {
            stemIDs.append(Int32(stemCount))
            stemCount += 1
        }
        return stemIDs[Int(known)]
    }

    /// `bytes` packed 6 bits a byte as ``push(_:)`` packs them, or nil when they are more than
    /// 10 or not all lower-case ASCII letters and digits (or none).
    private static func packed(_ bytes: [UInt8]) -> UInt64? {
        guard !bytes.isEmpty, bytes.count <= 10 else { return nil }
        var p: UInt64 = 0
        for b in bytes {
            let code = Self.code(b)
            if code == 0 { return nil }
            p = p << 6 | UInt64(code)
        }
        return p
    }

    /// Whether the scalar of value `v` is a letter, as ``TextFolding`` tells initials.
    private static func isLetter(_ v: UInt32) -> Bool {
        v < 0x80 ? (v | 0x20) &- 0x61 < 26 : Unicode.Scalar(v)?.properties.isAlphabetic ?? false
    }
}
