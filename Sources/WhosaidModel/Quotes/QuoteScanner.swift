/// Finds double-quoted passages, scanning quotation marks as characters (the CoreNLP way).
///
/// - Curly `“ ”`, straight `"`, guillemets `« »`, and NYT-style ``` `` ''``` marks; a straight mark
///   opens after space or opening punctuation and closes before space or punctuation.
/// - Single quotes never take part in this scan, so apostrophes (don’t, O’Brien, Jones’) and
///   nested quotes (`‘Hey,’`, `this?'”`) cannot unbalance it; curly single quotes outside any
///   double quote are read afterwards as British-style quotations (``SingleQuoteScanner``), and a
///   double quote inside one of those is nested in it, no quotation of its own.
/// - A paragraph that ends inside an open quote and a next paragraph that reopens it form one
///   multi-paragraph quotation, unless the reopened quote closes on a comma before a cue of its
///   own (`“A.¶“B,” Vance said.`: two quotations). A quote that no paragraph reopens goes on over
///   the next few paragraphs when they hold no double mark and the first mark after them closes
///   it (``unmarkedRunClose(_:_:_:after:openedAt:cursor:)``); otherwise an unclosed quote ends
///   with its paragraph.
enum QuoteScanner {
    enum Mark { case open, close, either }

    /// Quotations in text order.
    static func quotations(in document: Document) -> [Quotation] {
        document.scalars.narrow.map { quotations(in: document, $0) } ?? quotations(in: document, document.scalars)
    }

    /// Quotations in text order, the document's scalars read as `s`.
    private static func quotations(in document: Document, _ s: some ScalarReader) -> [Quotation] {
        let marks = QuoteMarks(s)
        var nextMark = 0                // the scan's place in `marks`
        let curly = CurlyMarkPositions(s, marks: marks)
        var result: [Quotation] = []
        var openAt: Int? = nil          // offset of the opening mark of the current quote
        var openWidth = 1
        var reopened: (at: Int, width: Int, previousEnd: Int)? = nil  // the latest paragraph that reopened it
        var carriedUntil = -1           // the paragraph that closes a quote carried over unmarked ones
        for (pi, p) in document.paragraphs.enumerated() {
            var i = p.start
            reopened = nil
            // A paragraph inside a quote carried on without reopening marks holds no double mark.
            if openAt != nil, pi < carriedUntil { continue }
            if openAt != nil, pi == carriedUntil {
                // The paragraph that closes it: scanned from its start with the quote still open.
            } else if let o = openAt {
                // Continue only if this paragraph reopens the quote with an opening mark.
                if let (mark, width) = markAt(s, i, p), mark != .close {
                    reopened = (i, width, document.paragraphs[pi - 1].end)
                    i += width
                } else {
                    closeUnclosed(&result, s, openAt: o, width: openWidth, end: document.paragraphs[pi - 1].end)
                    openAt = nil
                }
            }
            while i < p.end {
                // Most scalars are none of the marks ``markAt(_:_:_:)`` knows: the scan jumps past them.
                i = marks.next(atLeast: i, before: p.end, from: &nextMark)
                guard i < p.end else { break }
                guard let (mark, width) = markAt(s, i, p) else { i += 1; continue }
                if let o = openAt {
                    // “He said "no" to me.”: a quote in straight marks nested in curly ones.
                    if mark == .either, s[i] == "\"", s[o] == "\u{201C}", isOpeningContext(s, i, p),
                       let after = curly.straightQuoteInCurlyEnd(from: i + width, before: p.end) {
                        i = after
                        continue
                    }
                    if mark == .open && isOpeningContext(s, i, p) {
                        if let after = curly.nestedQuoteEnd(from: i + width, before: p.end) {
                            // “… what he calls “hell” than …”: a quote nested in the same marks.
                            i = after
                            continue
                        }
                        // "The poll asked: “Do you trust her?” Most said no.": curly marks nested in straight ones.
                        if s[o] == "\"", s[i] == "\u{201C}", let after = curly.curlyQuoteInStraightEnd(from: i + width, before: p.end) {
                            i = after
                            continue
                        }
                        // A second opening mark: the first one was stray. Start again here.
                        openAt = i
                        openWidth = width
                    } else {
                        if let r = reopened, r.at > o, closesBeforeCue(s, closeAt: i, width: width, p) {
                            // “A.¶“B,” Vance said.: the paragraph that reopened the quote has a cue of
                            // its own, so it starts a quotation of its own.
                            closeUnclosed(&result, s, openAt: o, width: openWidth, end: r.previousEnd)
                            openAt = r.at
                            openWidth = r.width
                        }
                        let o = openAt ?? o
                        let content = TextSpan(start: o + openWidth, end: i)
                        if !content.isEmpty {
                            result.append(Quotation(span: TextSpan(start: o, end: i + width), content: content, isClosed: true))
                        }
                        openAt = nil
                    }
                } else if mark != .close {
                    if mark == .open || isOpeningContext(s, i, p) {
                        openAt = i
                        openWidth = width
                    }
                } else if i == p.start || isOpeningContext(s, i, p) && i + width < p.end && !Characters.isSpace(s[i + width]) {
                    // A closing mark where a quote must open (`”Fortunately, …”`) is a typo for an opening one.
                    openAt = i
                    openWidth = width
                }
                i += width
            }
            if let o = openAt {
                let next = pi + 1 < document.paragraphs.count ? document.paragraphs[pi + 1] : nil
                // The next paragraph must reopen with the same kind of mark: a stray straight `"` at the
                // start of one paragraph does not swallow a curly-quoted next one.
                let reopens = next.map { n in markAt(s, n.start, n).map { $0.0 != .close && sameFamily(s[o], s[n.start]) } ?? false } ?? false
                if !reopens, let closing = unmarkedRunClose(document, s, marks, after: pi, openedAt: o, cursor: nextMark) {
                    carriedUntil = closing
                } else if !reopens {
                    closeUnclosed(&result, s, openAt: o, width: openWidth, end: p.end)
                    openAt = nil
                }
            }
        }
        // British style: outer quotations in single marks, outside the double ones.
        let singles = SingleQuoteScanner.quotations(in: document, s, outside: result, marks: marks)
        guard !singles.isEmpty else { return result }
        return (notNested(result, in: singles) + singles).sorted { $0.span.start < $1.span.start }
    }

    /// Most paragraphs without a double mark a quote is carried over when no paragraph reopens it.
    static let maxUnmarkedParagraphs = 4

    /// The paragraph that closes a quote opened at `o` and still open at the end of paragraph
    /// `pi`, when the paragraphs after it hold no double mark (at most ``maxUnmarkedParagraphs``
    /// of them) and the next paragraph that holds one opens with a closing mark of the opener's
    /// style (`“Our home is lost.¶We still owe on the mortgage.¶We cannot start over.”`): a letter
    /// or speech quoted over paragraphs that a page does not reopen. Nil otherwise: the quote
    /// ends with its paragraph, as one left unclosed does.
    /// `cursor` is the scan's place in `marks` (at or before paragraph `pi`'s end).
    static func unmarkedRunClose(_ document: Document, _ s: some ScalarReader, _ marks: QuoteMarks, after pi: Int, openedAt o: Int,
                                 cursor: Int) -> Int? {
        let paragraphs = document.paragraphs
        var k = cursor
        var q = pi + 1
        while q < paragraphs.count, q - pi <= maxUnmarkedParagraphs + 1 {
            let p = paragraphs[q]
            var i = marks.next(atLeast: p.start, before: p.end, from: &k)
            while i < p.end, markAt(s, i, p) == nil { i = marks.next(atLeast: i + 1, before: p.end, from: &k) }
            if i < p.end {
                guard let (mark, _) = markAt(s, i, p), mark != .open, i > p.start, !Characters.isSpace(s[i - 1]),
                      mark == .close || !isOpeningContext(s, i, p), sameFamily(s[o], s[i]) else { return nil }
                return q
            }
            q += 1
        }
        return nil
    }

    /// The quotations of `doubles` that stand outside every one of `singles` (both sorted): a
    /// double quote inside a single-quoted one is nested in it (`'My son told me, "Mum, I'm
    /// scared," and then…'`), part of that quotation and no quotation of its own.
    static func notNested(_ doubles: [Quotation], in singles: [Quotation]) -> [Quotation] {
        var k = 0
        return doubles.filter { q in
            while k < singles.count, singles[k].span.end <= q.span.start { k += 1 }
            guard k < singles.count else { return true }
            let c = singles[k].content
            return !(c.start <= q.span.start && q.span.end <= c.end)
        }
    }

    /// Whether the closing mark at `closeAt` ends a quote on a comma and a word follows in its
    /// paragraph (`…,” Vance said`): the shape of a quote with its own trailing cue.
    static func closesBeforeCue(_ s: some ScalarReader, closeAt i: Int, width: Int, _ p: TextSpan) -> Bool {
        guard i > p.start, s[i - 1] == ",", i + width + 1 < p.end, Characters.isSpace(s[i + width]) else { return false }
        return s[i + width + 1].properties.isAlphabetic
    }

    static func closeUnclosed(_ result: inout [Quotation], _ s: some ScalarReader, openAt o: Int, width: Int, end: Int) {
        let content = TextSpan(start: o + width, end: end)
        // A lone mark before a few words is more likely stray (5'10", a typo) than a quote.
        if wordCount(s, content) >= 4 {
            result.append(Quotation(span: TextSpan(start: o, end: end), content: content, isClosed: false))
        }
    }

    /// The number of words (runs of word characters) in `span`.
    static func wordCount(_ s: some ScalarReader, _ span: TextSpan) -> Int {
        var words = 0
        var inWord = false
        for k in span.start..<span.end {
            let w = Tokenizer.isWordScalar(s[k])
            if w && !inWord { words += 1 }
            inWord = w
        }
        return words
    }

    /// Whether two opening marks are of one style (curly, straight, guillemet, backtick).
    static func sameFamily(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Bool {
        func family(_ c: Unicode.Scalar) -> Int {
            switch c {
            case "\u{201C}", "\u{201D}", "\u{201E}": return 0
            case "\"": return 1
            case "\u{00AB}", "\u{00BB}": return 2
            default: return 3
            }
        }
        return family(a) == family(b)
    }

    @inline(__always) static func markAt(_ s: some ScalarReader, _ i: Int, _ p: TextSpan) -> (Mark, Int)? {
        switch s[i] {
        case "\u{201C}", "\u{201E}", "\u{00AB}": return (.open, 1)
        case "\u{201D}", "\u{00BB}": return (.close, 1)
        case "\"": return (.either, 1)
        case "`": return i + 1 < p.end && s[i + 1] == "`" ? (.open, 2) : nil
        case "'":
            guard i + 1 < p.end, s[i + 1] == "'" else { return nil }
            // "…the word 'old-school,''' said": after a word, three marks close an inner single quote
            // and then the double one, so the double mark is the last two.
            if i + 2 < p.end, s[i + 2] == "'", i > p.start, !Characters.isSpace(s[i - 1]) { return nil }
            return (.either, 2)
        default: return nil
        }
    }

    /// A mark at `i` opens when what stands before it is a boundary and a word follows.
    static func isOpeningContext(_ s: some ScalarReader, _ i: Int, _ p: TextSpan) -> Bool {
        let before: Unicode.Scalar? = i > p.start ? s[i - 1] : nil
        let okBefore = before.map { Characters.isSpace($0) || "([{—–-:/".unicodeScalars.contains($0) } ?? true
        return okBefore
    }
}
