/// British-style outer quotations in single marks, curly (`‘We will not be intimidated,’ said
/// Priya Shah.`) or typewriter (`'It was wrong,' said Mr Smith.`), found after the double-quote
/// pass. Which marks are the outer ones is settled quote by quote: a single quote opened outside
/// any double quote holds the double quotes that open inside it (`'They told us "no",' he
/// said.`), while the nested quotes of American style (`“… ‘Hey,’ …”`) stay inside theirs.
/// A typewriter mark closes only after `,` `.` `!` or `?`, or after the last word of a quote
/// introduced by a comma or colon (`I say, 'Hey John, my name is Frank' and they laugh.`).
///
/// An apostrophe is told from a closing mark as the double-quote scanner tells marks apart: a
/// mark between letters (`don’t`, `O’Brien`) is an apostrophe; `’` after an `s` and before a
/// lower-case word is a plural possessive (`the voters’ rights`); an opening `‘` follows a space,
/// an opening bracket or a dash and comes before a letter, a digit or a quotation mark, and
/// does not stand for left-out letters or digits (`rock 'n' roll`, `'em`, the `'90s`).
enum SingleQuoteScanner {
    /// The fewest words a single-quoted passage needs to be a quotation, not a term or a title.
    static let minWords = 2

    /// Single-quoted passages, the document's scalars read as `s`, whose quotation marks are
    /// `marks`. A double quote in `doubles` (sorted) that opens inside an open single quote and
    /// ends in its paragraph is nested in it and read past whole, with its own apostrophes
    /// (`'My son told me, "Mum, I'm scared," and then…'`); one that opens outside any single
    /// quote is skipped whole, so American nested quotes (`“… ‘Hey,’ …”`) stay inside theirs.
    /// A quote still open at the end of a paragraph goes on when the next paragraph opens with a
    /// mark of its kind (`'…our home.¶'Nobody is going to move us out.'`), unless that paragraph
    /// closes its quote on a comma before a cue of its own (`'A.¶'B,' Vance said.`: two).
    static func quotations(in document: Document, _ s: some ScalarReader, outside doubles: [Quotation], marks: QuoteMarks) -> [Quotation] {
        var result: [Quotation] = []
        // Typewriter-mark quotations, kept only when one of them stands inside a sentence: a
        // paragraph that is nothing but a short line in `'…'` is a subheading in papers that
        // write double marks as `''` (`'All Bets Are Off.'`).
        var plain: [Quotation] = []
        var plainInline = false
        var d = 0
        var nextMark = 0    // the scan's place in `marks`
        var openAt: Int?
        var openParagraphStart = 0  // the start of the paragraph where `openAt` stands
        var reopened: (at: Int, previousEnd: Int)? = nil   // the latest paragraph that reopened it
        var previousEnd = 0
        for p in document.paragraphs {
            var i = p.start
            reopened = nil
            if let o = openAt {
                if reopens(s, p, openedAt: o) {
                    reopened = (p.start, previousEnd)
                    i += 1
                } else {
                    openAt = nil
                }
            }
            previousEnd = p.end
            while i < p.end {
                // Skip double quotes whole; one that leaves its paragraph also ends a single quote.
                while d < doubles.count, doubles[d].span.end <= i { d += 1 }
                if d < doubles.count, doubles[d].span.start <= i {
                    if doubles[d].span.end > p.end { openAt = nil }
                    i = doubles[d].span.end
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
                if c == "\u{2018}" || isPlainMark(s, i, p), isOpening(s, i, p), !isElision(s, i, p) {
                    openAt = i
                    openParagraphStart = p.start
                    reopened = nil
                } else if c == "\u{2019}" || isPlainMark(s, i, p) && (isPlainClosing(s, i, p) || openAt.map { closesIntroducedQuote(s, i, p, openedAt: $0) } == true),
                          var o = openAt, isClosing(s, i, p) {
                    if let r = reopened, QuoteScanner.closesBeforeCue(s, closeAt: i, width: 1, p) {
                        // The paragraph that reopened the quote has a cue of its own: the part
                        // before it is a quotation left open, as the double-quote scanner has it.
                        let head = TextSpan(start: o + 1, end: r.previousEnd)
                        if QuoteScanner.wordCount(s, head) >= minWords {
                            let q = Quotation(span: TextSpan(start: o, end: r.previousEnd), content: head, isClosed: false)
                            keep(q, s, in: TextSpan(start: openParagraphStart, end: r.previousEnd), &result, &plain, &plainInline)
                        }
                        o = r.at
                        openParagraphStart = p.start
                    }
                    let content = TextSpan(start: o + 1, end: i)
                    if QuoteScanner.wordCount(s, content) >= minWords {
                        let q = Quotation(span: TextSpan(start: o, end: i + 1), content: content, isClosed: true)
                        keep(q, s, in: TextSpan(start: openParagraphStart, end: p.end), &result, &plain, &plainInline)
                    }
                    openAt = nil
                }
                i += 1
            }
        }
        guard plainInline else { return result }
        return (result + plain).sorted { $0.span.start < $1.span.start }
    }

    /// Files the quotation `q`, which stands in the paragraphs `around`, with the curly-mark ones
    /// (`result`) or the typewriter-mark ones (`plain`), and notes whether a typewriter-mark one
    /// stands inside a sentence (`Jones said: 'We will fight.'`, not a bare `'All Bets Are Off.'`).
    private static func keep(_ q: Quotation, _ s: some ScalarReader, in around: TextSpan,
                             _ result: inout [Quotation], _ plain: inout [Quotation], _ plainInline: inout Bool) {
        guard s[q.span.start] == "'" else { result.append(q); return }
        plain.append(q)
        plainInline = plainInline || (around.start..<q.span.start).contains { !Characters.isSpace(s[$0]) }
            || (q.span.end..<around.end).contains { !Characters.isSpace(s[$0]) }
    }

    /// Whether the paragraph `p` reopens the single quote left open at `o`, as English typography
    /// continues a quotation over a paragraph break: it starts with an opening mark of the same
    /// kind (`'We have been here since 1975.¶'Nobody is going to move us out.'`).
    static func reopens(_ s: some ScalarReader, _ p: TextSpan, openedAt o: Int) -> Bool {
        guard p.start < p.end, isOpening(s, p.start, p), !isElision(s, p.start, p) else { return false }
        let c = s[p.start]
        return s[o] == "'" ? isPlainMark(s, p.start, p) : c == "\u{2018}"
    }

    /// Lower-case words whose first letters an apostrophe stands for (`rock 'n' roll`, `'em`).
    static let elidedWords: WordSet = ["n", "em", "til", "cause", "bout", "tis", "twas"]

    /// How many digits an elided year or decade keeps (`'90s`, `class of '08`).
    static let elidedYearDigits = 2

    /// The length of the longest of ``elidedWords``: a longer word is read no further.
    static let longestElidedWord = 5

    /// Whether the mark at `i`, shaped like an opening one, is an apostrophe that stands for
    /// left-out letters or digits: `rock 'n' roll`, `'em`, `'til`, the `'90s`, `class of '08`.
    static func isElision(_ s: some ScalarReader, _ i: Int, _ p: TextSpan) -> Bool {
        var k = i + 1
        while k < p.end, Characters.isNumeric(s[k]) { k += 1 }
        let digits = k - i - 1
        if digits > 0 {
            if digits != elidedYearDigits { return false }
            if k < p.end, s[k] == "s" { k += 1 }
            return k >= p.end || !Tokenizer.isWordScalar(s[k])
        }
        var word = ""
        while k < p.end, Characters.isLetter(s[k]) {
            guard word.unicodeScalars.count < longestElidedWord else { return false }
            word.unicodeScalars.append(s[k])
            k += 1
        }
        return elidedWords.contains(word)
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
    /// only after the punctuation that ends what was said (`'It was wrong,' said Mr Smith`), or
    /// after a nested double quote that closes on it (`'He told me, "Go home,"' she said`).
    static func isPlainClosing(_ s: some ScalarReader, _ i: Int, _ p: TextSpan) -> Bool {
        guard i > p.start else { return false }
        if ",.!?".unicodeScalars.contains(s[i - 1]) { return true }
        return i - 1 > p.start && (s[i - 1] == "\"" || s[i - 1] == "\u{201D}") && ",.!?".unicodeScalars.contains(s[i - 2])
    }

    /// Letters a dropped `g` leaves before a word-final apostrophe (`goin'`, `nothin'`).
    static let droppedGEnding: [Unicode.Scalar] = ["i", "n"]

    /// Whether the typewriter `'` at `i`, after a letter, closes the typewriter quote opened at
    /// `o` after a comma or colon (`I say, 'Hey John, my name is Frank' and they laugh.`): words
    /// introduced as speech end on their last word as often as on punctuation. Not after `in`
    /// (`goin'`, `nothin'`), a clipped word; ``isClosing(_:_:_:)`` still rules out a plural
    /// possessive (`the players' union`) and a mark between letters.
    static func closesIntroducedQuote(_ s: some ScalarReader, _ i: Int, _ p: TextSpan, openedAt o: Int) -> Bool {
        guard s[o] == "'", o - 2 >= p.start, Characters.isSpace(s[o - 1]), s[o - 2] == "," || s[o - 2] == ":" else { return false }
        guard i - 2 > o, Characters.isLetter(s[i - 1]) else { return false }
        return !(s[i - 2] == droppedGEnding[0] && s[i - 1] == droppedGEnding[1])
    }

    static func isClosing(_ s: some ScalarReader, _ i: Int, _ p: TextSpan) -> Bool {
        guard i > p.start, !Characters.isSpace(s[i - 1]) else { return false }
        let after: Unicode.Scalar? = i + 1 < p.end ? s[i + 1] : nil
        // Between letters: an apostrophe (don’t, O’Brien).
        if let a = after, Tokenizer.isWordScalar(a), Tokenizer.isWordScalar(s[i - 1]) { return false }
        if endsElidedAnd(s, i, p) { return false }
        guard after.map({ Characters.isSpace($0) || !Tokenizer.isWordScalar($0) }) ?? true else { return false }
        // "the voters’ rights": after an s and before a lower-case word, a possessive.
        if s[i - 1] == "s" || s[i - 1] == "S", let a = after, Characters.isSpace(a), i + 2 < p.end, s[i + 2].properties.isLowercase {
            return false
        }
        return true
    }

    /// Whether the mark at `i` is the second apostrophe of an elided `and` (`rock ‘n’ roll`,
    /// `rock 'n' roll`), which closes no quotation.
    static func endsElidedAnd(_ s: some ScalarReader, _ i: Int, _ p: TextSpan) -> Bool {
        guard i - 2 >= p.start, s[i - 1] == "n" else { return false }
        let m = s[i - 2]
        guard m == "'" || m == "\u{2018}" || m == "\u{2019}" else { return false }
        return i - 3 < p.start || Characters.isSpace(s[i - 3])
    }
}
