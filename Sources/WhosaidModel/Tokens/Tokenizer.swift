/// Splits a document into word and punctuation tokens.
///
/// Words keep internal apostrophes, hyphens and dots ("don't", "Richey-Allen", "U.S."), numbers
/// their commas and a clock time's colon ("6:40", "10:30pm": one number as UD English writes it;
/// split, the colon read as a clause's opening, ``isClockColon(_:at:end:)``); a dot
/// after an initial, a dotted acronym or a known abbreviation joins the word ("V.", "Mr.").
/// Every token lies inside a paragraph and a sentence of the document, so the sentence and
/// paragraph indexes it carries are always valid (a text of only byte-order marks has no tokens).
enum Tokenizer {
    static func tokens(of document: Document) -> Tokens { tokensAndForms(of: document).tokens }

    /// The token array is copied to its exact size when more than 1/this of it is unused.
    static let maxKeptSlackFraction = 32
    /// Only an array reserved for this many tokens (a 1 MB document) is worth copying: an article's
    /// slack is a few kilobytes, and the copy took 0.1% of the instructions of news.
    static let minShrunkTokenCount = 1 << 16
    /// Nor is an array reserved for this many tokens or more (32 MB, the most glibc ever serves from
    /// its heap): the allocator maps it alone, and its slack, never written, is never resident,
    /// while the copy held the array twice, the engine's resident peak on a large document once
    /// the later stages shrank (one 65.7 MB document: 196 MB of tokens copied at 534 MB max RSS,
    /// issue 12).
    static let maxShrunkTokenCount = 1 << 21

    /// The tokens and the table of their distinct written forms (``Token/form`` indexes it).
    static func tokensAndForms(of document: Document) -> (tokens: Tokens, forms: WordTable) {
        document.scalars.narrow.map { tokensAndForms(of: document, $0) } ?? tokensAndForms(of: document, document.scalars)
    }

    /// The tokens and forms of `document`, its scalars read as `s`.
    private static func tokensAndForms(of document: Document, _ s: some ScalarReader) -> (tokens: Tokens, forms: WordTable) {
        var tokens: [Token.Record] = []
        tokens.reserveCapacity(s.count / 5)
        var paragraph = 0
        var sentence = 0
        let paragraphs = document.paragraphs
        let sentences = document.sentences
        let formCapacity = min(1 << 16, s.count / 20 + 16)
        var words = WordTable(capacity: formCapacity)
        var infos: [Token.FormInfo] = []
        infos.reserveCapacity(formCapacity)
        /// The id of the form `s[start..<end]` of kind `kind`, noting what it decides when new.
        func intern(_ start: Int, _ end: Int, _ kind: Token.Kind) -> Int {
            let id = words.intern(s, start, end)
            // A new form's info is worked out aside: most tokens repeat a form.
            if id == infos.count { infos.append(formInfo(s, start, end, kind, classes: words.classes[id])) }
            assert(infos.count == words.count, "form ids are given in order")
            return id
        }
        // Where the next paragraph and sentence start, and the current paragraph: a token tests
        // its offset against these alone, and the indexes move on only when it passes one.
        var nextParagraphStart = Self.start(of: 1, in: paragraphs)
        var nextSentenceStart = Self.start(of: 1, in: sentences)
        var current = paragraphs.first ?? TextSpan(start: 0, end: 0)
        var i = 0
        let n = s.count
        while i < n {
            let c = s[i]
            if Characters.isSpace(c) { i += 1; continue }
            if nextParagraphStart <= i {
                nextParagraphStart = Self.advance(&paragraph, to: i, in: paragraphs)
                current = paragraphs[paragraph]
            }
            if nextSentenceStart <= i { nextSentenceStart = Self.advance(&sentence, to: i, in: sentences) }
            // Only paragraphs hold tokens: what lies outside them (a byte-order mark opening a line)
            // belongs to no sentence, and a token there would point at a sentence that does not exist.
            guard current.contains(i) else { i += 1; continue }
            let start = i
            var kind = Token.Kind.punctuation
            if isWordScalar(c) {
                kind = Characters.isNumeric(c) ? .number : .word
                // Whether a dot joined the word ("U.S."): the only way one gets into it.
                var dotted = false
                i += 1
                while i < n {
                    // The word's ASCII letters and digits at once, then one scalar read and tested.
                    i = s.asciiAlphanumericEnd(from: i, to: n)
                    if i == n { break }
                    // A space, what most words end at, joins nothing.
                    if s[i] == " " { break }
                    if isWordScalar(s[i]) { i += 1; continue }
                    let joiner = s[i] == "'" || s[i] == "\u{2019}" || s[i] == "-" || s[i] == "." || s[i] == "&"
                        || s[i] == "," && kind == .number
                        || s[i] == ":" && kind == .number && isClockColon(s, at: i, end: n)
                    if joiner, i + 1 < n, isWordScalar(s[i + 1]), s[i] != "." || !SentenceSplitter.isGluedSentenceEnd(s, dot: i, end: n) {
                        if s[i] == "." { dotted = true }
                        i += 2
                        continue
                    }
                    break
                }
                if i < n, s[i] == "." {
                    let wordID = intern(start, i, kind)
                    let word = words.lowers[wordID]
                    let singleInitial = i - start == 1 && Characters.isUpper(c)
                    // "voted no." ends with a full stop; "No. 5" and "no. 5" are abbreviations (as the splitter reads them).
                    // Asked only of a title: the set lookup hashes the word.
                    func everydayWord() -> Bool {
                        !Characters.isUpper(c) && SentenceSplitter.everydayWordAbbreviations.contains(word)
                            && !(i + 2 < n && Characters.isNumeric(s[i + 2]))
                    }
                    // A decimal ("10.30pm.", "$27.16.") leaves the full stop to the sentence, as the
                    // splitter reads it (``SentenceSplitter/endsSentence(_:dot:next:paragraph:)``).
                    // The word holds a dot only where one joined it (lower-casing adds none).
                    let dottedAcronym = kind == .word && dotted
                    if singleInitial || dottedAcronym || SentenceSplitter.titles.contains(word) && !everydayWord() { i += 1 }
                }
            } else if (c == "`" || c == "'") && i + 1 < n && s[i + 1] == c {
                i += 2
            } else {
                i += 1
            }
            // A token keeps only its sentence and reads its paragraph from it.
            assert(document.paragraph(ofSentence: sentence) == paragraph, "sentence \(sentence) crosses paragraph \(paragraph)")
            let id = intern(start, i, kind)
            assert(words.length(id) == i - start && infos[id].kind == kind, "a form is the text as written")
            tokens.append(Token.Record(start: start, sentence: sentence, form: id))
        }
        // Reserved for the most tokens news has: kept, the slack lived as long as the tokens
        // (7% of their array on a large document, issue 12).
        let slack = tokens.capacity - tokens.count
        let large = tokens.capacity >= minShrunkTokenCount && tokens.capacity < maxShrunkTokenCount
        let exact = large && slack > tokens.capacity / maxKeptSlackFraction ? tokens.withUnsafeBufferPointer { [Token.Record]($0) } : tokens
        _ = consume tokens
        words.putBackShared()
        return (Tokens(records: exact, lowers: words.lowers, infos: infos), words)
    }

    /// What the form `s[start..<end]` of kind `kind` and classes `classes` decides of its tokens;
    /// out of line, for the first token of each form only.
    @inline(never)
    private static func formInfo(_ s: some ScalarReader, _ start: Int, _ end: Int, _ kind: Token.Kind, classes: Lexicon.WordClass) -> Token.FormInfo {
        let c = s[start]
        let capital = Characters.isUpper(c) || ArticlePrefixedNames.opensWith(c) && ArticlePrefixedNames.isName(s, start: start, end: end)
        return Token.FormInfo(length: end - start, kind: kind, isCapitalized: capital, classes: classes)
    }

    /// Whether the colon at `i` (after digits) joins a clock time: two digits after it, then no
    /// more of the word, or `am`/`pm` ending it (`6:40`, `10:30pm`). A verse or a ratio (`45:1`)
    /// and a time glued to a word (`9:12PMTrump`, a scraped page's byline) stay split.
    static func isClockColon(_ s: some ScalarReader, at i: Int, end n: Int) -> Bool {
        guard i + 2 < n, Characters.isNumeric(s[i + 1]), Characters.isNumeric(s[i + 2]) else { return false }
        let k = i + 3
        if k >= n || !isWordScalar(s[k]) { return true }
        guard k + 1 < n, "aApP".unicodeScalars.contains(s[k]), s[k + 1] == "m" || s[k + 1] == "M" else { return false }
        return k + 2 >= n || !isWordScalar(s[k + 2])
    }

    /// Moves `k` on to the last span of `spans` that starts by `offset`; returns where the next
    /// one starts (``start(of:in:)``). Called only when `offset` reached it, out of line, so that
    /// the token loop stays small.
    @inline(never) private static func advance(_ k: inout Int, to offset: Int, in spans: [TextSpan]) -> Int {
        while k + 1 < spans.count, spans[k + 1].start <= offset { k += 1 }
        return start(of: k + 1, in: spans)
    }

    /// The start of span `k` of `spans`, or `Int.max` past the last.
    @inline(__always) private static func start(of k: Int, in spans: [TextSpan]) -> Int {
        k < spans.count ? spans[k].start : Int.max
    }

    @inline(__always) static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII {
            // ASCII letters and digits as one bit a value, read with one shift instead of three
            // range tests (the tokenizer asks at every scalar of a word: 0.6% of the engine).
            let v = c.value
            let bits: UInt64 = v < 64 ? asciiWordBitsBelow64 : asciiWordBitsFrom64
            return bits >> UInt64(v & 63) & 1 != 0
        }
        return Characters.isLetter(c) || Characters.isNumeric(c) || isCombiningMark(c)
    }

    /// The ASCII digits 0x30–0x39, as bits by value.
    private static let asciiWordBitsBelow64: UInt64 = 0x03FF_0000_0000_0000
    /// The ASCII capitals 0x41–0x5A and small letters 0x61–0x7A, as bits by value less 64.
    private static let asciiWordBitsFrom64: UInt64 = 0x07FF_FFFE_07FF_FFFE

    /// A combining mark belongs to the letter before it: `François` may be written with a
    /// separate cedilla (U+0327) and must stay one word.
    static func isCombiningMark(_ c: Unicode.Scalar) -> Bool {
        switch c.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    static func lowered(_ s: some ScalarReader, _ a: Int, _ b: Int) -> String {
        // Fast path: ASCII words are lower-cased byte by byte into the string's own storage.
        var ascii = true
        for k in a..<b where !s[k].isASCII { ascii = false; break }
        if ascii {
            return String(unsafeUninitializedCapacity: b - a) { buffer in
                for k in a..<b {
                    let v = UInt8(truncatingIfNeeded: s[k].value)
                    buffer[k - a] = v >= 0x41 && v <= 0x5A ? v + 32 : v
                }
                return b - a
            }
        }
        // Scalar by scalar: appending a whole `String` to the view copies all of it each time,
        // in release builds, which made a long word of non-ASCII letters (CJK without spaces) take
        // quadratic time (800 KB of `中`: 24 s; now 0.7 s).
        var view = String.UnicodeScalarView()
        for k in a..<b {
            let c = s[k]
            if c.isASCII {
                let v = c.value
                view.append(v >= 0x41 && v <= 0x5A ? Unicode.Scalar(v + 32)! : c)
            } else if c == "\u{2019}" || c == "\u{2018}" {
                view.append("'")
            } else {
                for m in c.properties.lowercaseMapping.unicodeScalars { view.append(m) }
            }
        }
        return String(view)
    }
}
