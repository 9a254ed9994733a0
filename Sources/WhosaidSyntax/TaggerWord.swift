/// What the tagger reads of one word, computed once per distinct written form: hashes of the
/// normalised form, its affixes and its shape, and what the model's lexicon knows of it.
public struct TaggerWord: Sendable {
    var word: UInt64
    var suffix1: UInt64
    var suffix2: UInt64
    var suffix3: UInt64
    var suffix4: UInt64
    var prefix1: UInt64
    var prefix2: UInt64
    var prefix3: UInt64
    var shape: UInt64
    /// The tags the training data gave this form (bit per ``UPOS``), 0 when unknown.
    var ambiguity: UInt32
    /// The one tag of a frequent, unambiguous form, or ``TaggerWord/noTag``.
    var sureTag: UInt8
    /// The summed weights of the word's own features in each pass (see
    /// ``TaggerFeatures/extractOwn(_:into:)``), filled in by ``PartOfSpeechTagger/word(_:)``.
    var ownFirst = TagScores()
    var ownSecond = TagScores()

    static let noTag: UInt8 = 255

    /// Whether the tagger's lexicon knows the form (saw it lower-cased a few times in training).
    public var isKnown: Bool { ambiguity != 0 }

    /// Padding before the first and after the last word of a sentence.
    static let start = TaggerWord(pad: 0x5354_4152_54)
    static let end = TaggerWord(pad: 0x454E_44)

    private init(pad: UInt64) {
        let h = FeatureHash.mix(pad, 0x7061_64)
        word = h; suffix1 = h; suffix2 = h; suffix3 = h; suffix4 = h
        prefix1 = h; prefix2 = h; prefix3 = h; shape = h
        ambiguity = 1 << 31
        sureTag = Self.noTag
    }

    /// The features of `form` as written, before the lexicon is consulted.
    init(form: String) { self.init(form: form, normalized: Self.normalized(form)) }

    /// The features of `form`, whose ``normalized(_:)`` text is `normal`.
    init(form: String, normalized normal: String) {
        var key: UInt64 = 0
        self.init(form: form, normalized: normal, lexiconKey: &key)
    }

    /// The features of `form`, whose ``normalized(_:)`` text is `normal`; sets `lexiconKey` to
    /// ``lexiconKey(normalized:)`` of it, hashed in the same pass.
    init(form: String, normalized normal: String, lexiconKey: inout UInt64) {
        // Hashed from the string's own UTF-8 storage: no copy of the bytes is made.
        var normal = normal
        let h = normal.withUTF8 { Self.textHashes($0) }
        lexiconKey = h.lexiconKey
        word = h.word
        suffix1 = h.suffixes.0
        suffix2 = h.suffixes.1
        suffix3 = h.suffixes.2
        suffix4 = h.suffixes.3
        prefix1 = h.prefixes.0
        prefix2 = h.prefixes.1
        prefix3 = h.prefixes.2
        shape = Self.shapeHash(form)
        ambiguity = 0
        sureTag = Self.noTag
    }

    /// The hashes of a normalised form's word class, its last one to four bytes and its first
    /// one to three, and the FNV-1a hash of all its bytes (the lexicon's key,
    /// ``lexiconKey(normalized:)``, which is also the word class's hash of a form that does not
    /// start with a digit): one pass over the bytes, the prefixes' hashes its states after one,
    /// two and three of them (a new form hashed its text three times more, ~110 instructions).
    private static func textHashes(_ bytes: UnsafeBufferPointer<UInt8>) -> (
        word: UInt64, suffixes: (UInt64, UInt64, UInt64, UInt64), prefixes: (UInt64, UInt64, UInt64), lexiconKey: UInt64
    ) {
        let n = bytes.count
        @inline(__always) func suffix(_ k: Int) -> UInt64 { FeatureHash.mix(UInt64(k), FeatureHash.bytes(bytes[max(0, n - k)...])) }
        // FNV-1a over all the bytes, keeping its state after the first one, two and three (with
        // fewer bytes, a longer prefix is the whole form: the final state).
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var after: (UInt64, UInt64, UInt64) = (0, 0, 0)
        for k in 0..<n {
            h = (h ^ UInt64(bytes[k])) &* 0x0000_0100_0000_01B3
            if k == 0 { after.0 = h } else if k == 1 { after.1 = h } else if k == 2 { after.2 = h }
        }
        let p1 = n >= 1 ? after.0 : h, p2 = n >= 2 ? after.1 : h, p3 = n >= 3 ? after.2 : h
        let word = isDigitLed(bytes) ? wordClassHash(bytes) : h
        return (word, (suffix(1), suffix(2), suffix(3), suffix(4)),
                (FeatureHash.mix(5, p1), FeatureHash.mix(6, p2), FeatureHash.mix(7, p3)), h)
    }

    /// Whether the form starts with a digit (``wordClassHash(_:)`` reads it by its class).
    @inline(__always) private static func isDigitLed(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first else { return false }
        return first >= 0x30 && first <= 0x39
    }

    /// The key under which the lexicon stores a form: its normalised lower-case text.
    static func lexiconKey(_ form: String) -> UInt64 { lexiconKey(normalized: normalized(form)) }

    /// The lexicon's key of a form whose ``normalized(_:)`` text is `normal`.
    static func lexiconKey(normalized normal: String) -> UInt64 {
        // Hashed from the string's own UTF-8 storage (iterating its UTF-8 view cost ~250 instructions a form).
        var normal = normal
        return normal.withUTF8 { FeatureHash.bytes($0) }
    }

    /// Lower case, with typographic quotes, apostrophes and dashes folded to one form each, so
    /// that news typography reads like the treebank's.
    static func normalized(_ form: String) -> String {
        // Every mark folded below is a backtick or not ASCII: most forms have neither, and
        // skip building a copy scalar by scalar.
        let plain = form.utf8.withContiguousStorageIfAvailable { !$0.contains(where: { $0 == 0x60 || $0 >= 0x80 }) }
            ?? !form.utf8.contains(where: { $0 == 0x60 || $0 >= 0x80 })
        if plain {
            if form == "''" { return "\"" }
            // A form with no capital is its own lower case (most words): no copy is made.
            let hasCapital = form.utf8.withContiguousStorageIfAvailable { $0.contains { $0 &- 0x41 < 26 } } ?? true
            return hasCapital ? form.lowercased() : form
        }
        var out = String.UnicodeScalarView()
        var changed = false
        for c in form.unicodeScalars {
            switch c {
            case "\u{2019}", "\u{2018}", "\u{201B}", "\u{2032}", "`": out.append("'"); changed = true
            case "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{00AB}", "\u{00BB}", "\u{2033}": out.append("\""); changed = true
            case "\u{2014}", "\u{2013}", "\u{2015}", "\u{2012}": out.append("-"); out.append("-"); changed = true
            default: out.append(c)
            }
        }
        var s = changed ? String(out) : form
        if s == "''" { s = "\"" }
        return s.lowercased()
    }

    /// One form for each kind of quotation mark and dash, for shapes.
    static func foldedPunctuation(_ c: Unicode.Scalar) -> Unicode.Scalar {
        switch c {
        case "\u{2019}", "\u{2018}", "\u{201B}", "\u{2032}", "`": return "'"
        case "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{00AB}", "\u{00BB}", "\u{2033}": return "\""
        case "\u{2014}", "\u{2013}", "\u{2015}", "\u{2012}": return "-"
        default: return c
        }
    }

    /// The hash of a normalised form's word class. Numbers are read by their class, not their
    /// digits: `!YEAR` for four digits, `!DIGITS` for anything else that starts with a digit.
    static func wordClassHash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard let first = bytes.first, first >= 0x30, first <= 0x39 else { return FeatureHash.bytes(bytes) }
        if bytes.count == 4, bytes.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) { return FeatureHash.bytes("!YEAR".utf8) }
        return FeatureHash.bytes("!DIGITS".utf8)
    }

    /// The hash of ``shape(of:)``, computed from the bytes when `form` is printable ASCII (most
    /// words: one byte, one scalar, one Character each, so the result is the same).
    static func shapeHash(_ form: String) -> UInt64 {
        let ascii = form.utf8.withContiguousStorageIfAvailable { bytes -> UInt64? in
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            var last: UInt8 = 0, marks = 0
            for b in bytes {
                guard b >= 0x21, b <= 0x7E else { return nil }
                let mark: UInt8 = switch b {
                case 0x41...0x5A: 0x58  // X
                case 0x61...0x7A: 0x78  // x
                case 0x30...0x39: 0x64  // d
                case 0x60: 0x27  // ` folds to '
                default: b
                }
                if mark != last {
                    h = (h ^ UInt64(mark)) &* 0x0000_0100_0000_01B3
                    last = mark
                    marks += 1
                    if marks >= 8 { break }
                }
            }
            return h
        }
        if let hash = ascii ?? nil { return hash }
        return FeatureHash.bytes(Array(shape(of: form).utf8))
    }

    /// The written shape, runs collapsed: `Sigal` → `Xx`, `U.S.` → `X.X.`, `$5.5` → `$d.d`,
    /// `iPhone` → `xXx`; at most eight marks.
    static func shape(of form: String) -> String {
        var out = ""
        var last: Character = "\0"
        for c in form.unicodeScalars {
            let mark: Character
            if c.properties.isUppercase { mark = "X" }
            else if c.properties.isLowercase { mark = "x" }
            else if c.properties.numericType != nil { mark = "d" }
            else if c.properties.isAlphabetic { mark = "a" }
            else { mark = Character(foldedPunctuation(c)) }
            if mark != last {
                out.append(mark)
                last = mark
                if out.count >= 8 { break }
            }
        }
        return out
    }
}

/// One score per ``UPOS`` tag (17 of them: sixteen in a vector and one beside it).
struct TagScores: Sendable {
    var low = SIMD16<Int32>(repeating: 0)
    var high: Int32 = 0

    /// Scores from a buffer of ``UPOS/count`` values (one vector load, not sixteen lane inserts).
    @inline(__always) init(_ p: UnsafePointer<Int32>) {
        low = UnsafeRawPointer(p).loadUnaligned(as: SIMD16<Int32>.self)
        high = p[16]
    }

    init() {}

    /// Writes the scores into a buffer of ``UPOS/count`` values.
    @inline(__always) func store(into p: UnsafeMutablePointer<Int32>) {
        UnsafeMutableRawPointer(p).storeBytes(of: low, as: SIMD16<Int32>.self)
        p[16] = high
    }
}
