/// British-style outer quotations in single marks, curly (`‘We will not be intimidated,’ said
/// Priya Shah.`) or typewriter (`'It was wrong,' said Mr Smith.`), found after the double-quote
/// pass and only outside double quotes, so the nested quotes of American style (`“… ‘Hey,’ …”`)
/// stay inside theirs. A typewriter mark closes only after `,` `.` `!` or `?`.
///
/// An apostrophe is told from a closing mark as the double-quote scanner tells marks apart: a
/// mark between letters (`don’t`, `O’Brien`) is an apostrophe; `’` after an `s` and before a
/// lower-case word is a plural possessive (`the voters’ rights`); an opening `‘` follows a space,
/// an opening bracket or a dash and comes before a letter, a digit or a quotation mark.
enum SingleQuoteScanner {
    /// The fewest words a single-quoted passage needs to be a quotation, not a term or a title.
    static let minWords = 2

    /// Single-quoted passages outside `doubles` (sorted), each within one paragraph, the
    /// document's scalars read as `s`, whose quotation marks are `marks`.
    static func quotations(in document: Document, _ s: some ScalarReader, outside doubles: [Quotation], marks: QuoteMarks) -> [Quotation] {
        var result: [Quotation] = []
        // Typewriter-mark quotations, kept only when one of them stands inside a sentence: a
        // paragraph that is nothing but a short line in `'…'` is a subheading in papers that
        // write double marks as `''` (`'All Bets Are Off.'`).
        var plain: [Quotation] = []
        var plainInline = false
        var d = 0
        var nextMark = 0    // the scan's place in `marks`
        for p in document.paragraphs {
            var i = p.start
            var openAt: Int?
            while i < p.end {
                // Skip double quotes whole.
                while d < doubles.count, doubles[d].span.end <= i { d += 1 }
                if d < doubles.count, doubles[d].span.start <= i {
                    i = doubles[d].span.end
                    openAt = nil
                    continue
                }
                let c = s[i]
                // Neither branch takes any other scalar: the scan jumps to the next mark, or to
                // the next double quote (which starts after `i`), to skip it whole.
                if c != "'" && c != "\u{2018}" && c != "\u{2019}" {
                    let bound = d < doubles.count ? min(doubles[d].span.start, p.end) : p.end
                    i = marks.next(atLeast: i + 1, before: bound, from: &nextMark)
                    continue
                }
                if c == "\u{2018}" || isPlainMark(s, i, p), isOpening(s, i, p) {
                    openAt = i
                } else if c == "\u{2019}" || isPlainMark(s, i, p) && isPlainClosing(s, i, p), let o = openAt, isClosing(s, i, p) {
                    let content = TextSpan(start: o + 1, end: i)
                    if QuoteScanner.wordCount(s, content) >= minWords {
                        let q = Quotation(span: TextSpan(start: o, end: i + 1), content: content, isClosed: true)
                        if s[o] == "'" {
                            plain.append(q)
                            plainInline = plainInline || (p.start..<o).contains { !Characters.isSpace(s[$0]) }
                                || ((i + 1)..<p.end).contains { !Characters.isSpace(s[$0]) }
                        } else {
                            result.append(q)
                        }
                    }
                    openAt = nil
                }
                i += 1
            }
        }
        guard plainInline else { return result }
        return (result + plain).sorted { $0.span.start < $1.span.start }
    }

    static func isOpening(_ s: some ScalarReader, _ i: Int, _ p: TextSpan) -> Bool {
        // Where a double mark may open (the double-quote scanner's rule), or right after an opening “.
        let beforeOK = QuoteScanner.isOpeningContext(s, i, p) || s[i - 1] == "\u{201C}"
        guard beforeOK, i + 1 < p.end else { return false }
        let next = s[i + 1]
        return Characters.isLetter(next) || Characters.isNumeric(next) || next == "\u{201C}" || next == "\""
    }

    /// Whether `i` is a typewriter single mark `'` standing alone, not half of the doubled `''`
    /// some papers write for a double mark.
    @inline(__always) static func isPlainMark(_ s: some ScalarReader, _ i: Int, _ p: TextSpan) -> Bool {
        s[i] == "'" && (i == p.start || s[i - 1] != "'") && (i + 1 >= p.end || s[i + 1] != "'")
    }

    /// A typewriter `'` also ends words (`the players' union`, `goin'`), so it closes a quotation
    /// only after the punctuation that ends what was said (`'It was wrong,' said Mr Smith`).
    static func isPlainClosing(_ s: some ScalarReader, _ i: Int, _ p: TextSpan) -> Bool {
        i > p.start && ",.!?".unicodeScalars.contains(s[i - 1])
    }

    static func isClosing(_ s: some ScalarReader, _ i: Int, _ p: TextSpan) -> Bool {
        guard i > p.start, !Characters.isSpace(s[i - 1]) else { return false }
        let after: Unicode.Scalar? = i + 1 < p.end ? s[i + 1] : nil
        // Between letters: an apostrophe (don’t, O’Brien).
        if let a = after, Tokenizer.isWordScalar(a), Tokenizer.isWordScalar(s[i - 1]) { return false }
        guard after.map({ Characters.isSpace($0) || !Tokenizer.isWordScalar($0) }) ?? true else { return false }
        // "the voters’ rights": after an s and before a lower-case word, a possessive.
        if s[i - 1] == "s" || s[i - 1] == "S", let a = after, Characters.isSpace(a), i + 2 < p.end, s[i + 2].properties.isLowercase {
            return false
        }
        return true
    }
}
