/// Hard-wrapped text: wire copy and mail break every line near one width and separate paragraphs
/// with blank lines (issue 11, item 3). Read line by line, each line would be a paragraph, so a
/// quote would be cut at every line end. When the layout is recognised, the lines of a paragraph
/// are joined into one paragraph span; the line ends stay in the text (they are white space to
/// the sentence splitter and the scanners), so every offset still indexes the text as given.
///
/// The layout is recognised when (1) at least three lines are *full*: the next line's first word
/// would not have fitted after them within the width (the longest line with a space in it that
/// another line follows or precedes), as a greedy wrapper leaves every line it breaks, or they
/// reach 90% of it; (2) at least 60% of the lines followed by another line are full, and at least
/// a third of all non-blank lines; (3) fewer than half of the full lines end a sentence (a wrapper
/// breaks lines mid-sentence; short one-line paragraphs of one length all end one); and (4) the
/// width is 30 to 100 characters. An article written one paragraph per line has lines of every
/// length, mostly longer than 100 characters, and so keeps one paragraph per line.
enum HardWrap {
    /// One line of the text: scalar offsets, line end excluded.
    struct Line {
        /// Where the line starts.
        var start: Int
        /// Where its first non-space scalar is (`end` when the line is blank).
        var contentStart: Int
        /// Where it ends, trailing white space dropped.
        var end: Int
        /// Scalars in the first word.
        var firstWord: Int
        /// Whether a space stands inside the line (a line without one could not have been wrapped).
        var hasInnerSpace: Bool
        /// Whether a U+2029 paragraph separator ends the line: a paragraph ends there in any layout.
        var endsParagraph: Bool
        /// Whether the line ends as a sentence does (`.`, `!`, `?` or `…`, closing marks after it).
        var endsSentence: Bool

        var isBlank: Bool { contentStart >= end }
        /// Columns up to the line's last non-space scalar.
        var length: Int { end - start }
        /// Columns of indentation.
        var indent: Int { contentStart - start }
    }

    /// Widths outside this range are not read as wrapped text.
    static let widths = 30...100
    /// A line this share of the width long is full even if the next word would have fitted
    /// (`fmt` balances its lines instead of filling them).
    static let fullShare = 0.9
    /// When the layout is recognised, a line this share of the width long continues its paragraph.
    static let continuingShare = 0.7

    /// The paragraph spans of `scalars` when it is hard-wrapped text, nil otherwise.
    static func paragraphSpans(in scalars: some ScalarReader) -> [TextSpan]? {
        let lines = self.lines(in: scalars)
        guard let width = width(of: lines) else { return nil }
        var spans: [TextSpan] = []
        var open = false
        for (k, line) in lines.enumerated() where !line.isBlank {
            if open {
                spans[spans.count - 1].end = line.end
            } else {
                spans.append(TextSpan(start: line.contentStart, end: line.end))
            }
            open = k + 1 < lines.count && continues(line, into: lines[k + 1], width: width)
        }
        return spans
    }

    /// Whether `line` runs on into `next` in text wrapped at `width`: both hold text, no paragraph
    /// separator stands between them, `next` is not indented deeper (an indented first line opens a
    /// paragraph), and `line` is long enough to have been broken by the wrapper.
    static func continues(_ line: Line, into next: Line, width: Int) -> Bool {
        guard !line.isBlank, !next.isBlank, !line.endsParagraph, next.indent <= line.indent else { return false }
        return isFull(line, before: next, width: width) || Double(line.length) >= continuingShare * Double(width)
    }

    /// Whether the wrapper would have put `next`'s first word on `line` had it fitted.
    static func isFull(_ line: Line, before next: Line, width: Int) -> Bool {
        line.length + 1 + next.firstWord > width || Double(line.length) >= fullShare * Double(width)
    }

    /// The width the text is wrapped at, or nil when it does not look hard-wrapped.
    static func width(of lines: [Line]) -> Int? {
        var width = 0
        var pairs = 0
        var nonBlank = 0
        for (k, line) in lines.enumerated() where !line.isBlank {
            nonBlank += 1
            let paired = (k + 1 < lines.count && !lines[k + 1].isBlank) || (k > 0 && !lines[k - 1].isBlank)
            if paired, line.hasInnerSpace { width = max(width, line.length) }
            if k + 1 < lines.count, !lines[k + 1].isBlank { pairs += 1 }
        }
        guard pairs >= 3, widths.contains(width) else { return nil }
        var full = 0
        var fullSentences = 0
        for k in lines.indices.dropLast() where !lines[k].isBlank && !lines[k + 1].isBlank {
            guard isFull(lines[k], before: lines[k + 1], width: width) else { continue }
            full += 1
            if lines[k].endsSentence { fullSentences += 1 }
        }
        guard full >= 3, full * 10 >= pairs * 6, full * 3 >= nonBlank, fullSentences * 2 < full else { return nil }
        return width
    }

    /// The lines of `scalars`: LF, CR, CRLF and U+2029 end a line, as they end a paragraph in
    /// ``Document/paragraphSpans(in:)``.
    static func lines(in scalars: some ScalarReader) -> [Line] {
        var lines: [Line] = []
        var start = 0
        var i = 0
        while i <= scalars.count {
            // Straight to the next line end (or non-ASCII scalar, read to tell).
            i = scalars.nextCandidate(from: i, to: scalars.count, 0x0A, 0x0D, 0x0D)
            let atEnd = i == scalars.count
            let c: Unicode.Scalar = atEnd ? "\n" : scalars[i]
            guard c == "\n" || c == "\r" || c == "\u{2029}" else { i += 1; continue }
            lines.append(line(scalars, from: start, to: i, endsParagraph: c == "\u{2029}"))
            if c == "\r", i + 1 < scalars.count, scalars[i + 1] == "\n" { i += 1 }
            i += 1
            start = i
        }
        return lines
    }

    /// The line `scalars[start..<end]`.
    static func line(_ scalars: some ScalarReader, from start: Int, to end: Int, endsParagraph: Bool) -> Line {
        var b = end
        while b > start, Characters.isSpace(scalars[b - 1]) { b -= 1 }
        var a = start
        while a < b, Characters.isSpace(scalars[a]) || scalars[a] == "\u{FEFF}" { a += 1 }
        var w = a
        while w < b, !Characters.isSpace(scalars[w]) { w += 1 }
        var last = b
        while last > a, Characters.isClosingPunctuation(scalars[last - 1]) { last -= 1 }
        let endsSentence = last > a && scalars[last - 1].isOne(of: ".", "!", "?", "\u{2026}")
        // The first word stops at a space before the (trimmed) end, or at the end.
        return Line(
            start: start, contentStart: a, end: b, firstWord: w - a, hasInnerSpace: w < b,
            endsParagraph: endsParagraph, endsSentence: endsSentence)
    }
}
