/// An article's text, split into paragraphs and sentences, addressed by Unicode scalar offsets.
public struct Document: Sendable {
    /// A name for the article: the file path, a JSONL id, or "seed".
    public var name: String
    /// The text exactly as given (a byte-order mark and CR line ends included), encoded anew from
    /// its scalars at each read: the document keeps one copy of its text, its scalars, and not the
    /// string it was given besides (issue 12: 1 byte of resident memory a byte of text, through
    /// every stage of a large document).
    public var text: String { writtenScalars.string(0..<writtenScalars.count) }
    /// The length of ``text`` in UTF-8 bytes, without encoding it.
    public let utf8Count: Int
    /// The text as Unicode scalars (one byte each, ``TextScalars``); all offsets index them. (In the engine's reading copy of
    /// a hard-wrapped text, ``readingLineBreaksAsSpaces()``, line breaks inside paragraphs are spaces.)
    public private(set) var scalars: TextScalars
    /// The scalars as written, only in the engine's reading copy of a hard-wrapped text, whose
    /// ``scalars`` read line breaks as spaces; nil when ``scalars`` are the text as written.
    private var scalarsAsWritten: TextScalars?
    /// The text's scalars as written (``text``'s).
    var writtenScalars: TextScalars { scalarsAsWritten ?? scalars }
    /// Paragraph spans in text order; a line break separates paragraphs and blank lines are
    /// skipped, except in hard-wrapped text, where the lines of a paragraph are one span (``HardWrap``).
    public let paragraphs: [TextSpan]
    /// Sentence spans in text order; no sentence crosses a paragraph boundary.
    public let sentences: [TextSpan]
    /// The paragraph of each sentence, by sentence index (no sentence crosses a paragraph
    /// boundary): tokens keep only their sentence, and read their paragraph here.
    let sentenceParagraphs: [Int32]
    /// The headline, when the first paragraph is one (short, no final full stop).
    public let headline: String?
    /// Whether the text is hard-wrapped, so that its paragraphs hold line breaks (``HardWrap``).
    let isHardWrapped: Bool

    /// Splits `text` into paragraphs and sentences. The text is kept exactly as given, so offsets
    /// match what other tools compute on the same string; CR, LF and CRLF all end a line.
    public init(name: String, text: String) {
        self.name = name
        self.utf8Count = text.utf8.count
        self.scalars = Document.decodeScalars(text)
        let scalars = self.scalars
        let narrow = scalars.narrow
        let wrapped = narrow.map { HardWrap.paragraphSpans(in: $0) } ?? HardWrap.paragraphSpans(in: scalars)
        let paragraphs = wrapped ?? narrow.map { Document.paragraphSpans(in: $0) } ?? Document.paragraphSpans(in: scalars)
        self.paragraphs = paragraphs
        self.isHardWrapped = wrapped != nil
        self.sentences = narrow.map { SentenceSplitter.sentences(in: $0, paragraphs: paragraphs) }
            ?? SentenceSplitter.sentences(in: scalars, paragraphs: paragraphs)
        self.sentenceParagraphs = Document.paragraphIndexes(of: sentences, in: paragraphs)
        let read = wrapped == nil ? scalars : Document.lineBreaksAsSpaces(scalars, paragraphs: paragraphs)
        self.headline = Document.headline(in: read, paragraphs: paragraphs)
    }

    /// A copy whose scalars read each line break inside a paragraph as a space, for the engine:
    /// the names, cues and topics it cuts out of a hard-wrapped text then hold no line breaks.
    /// The text, paragraphs and sentences are the same, and so is every offset.
    func readingLineBreaksAsSpaces() -> Document {
        var copy = self
        copy.scalarsAsWritten = writtenScalars
        copy.scalars = Document.lineBreaksAsSpaces(scalars, paragraphs: paragraphs)
        return copy
    }

    /// `scalars` with every CR, LF and line separator inside `paragraphs` made a space.
    static func lineBreaksAsSpaces(_ scalars: TextScalars, paragraphs: [TextSpan]) -> TextScalars {
        var read = scalars
        for p in paragraphs {
            for k in p.start..<p.end where read[k] == "\n" || read[k] == "\r" || read[k] == "\u{2028}" { read.replaceNarrow(at: k, with: " ") }
        }
        return read
    }

    /// The text's Unicode scalars, decoded straight from its UTF-8 (the string is valid UTF-8).
    static func decodeScalars(_ text: String) -> TextScalars {
        var text = text
        return text.withUTF8 { TextScalars(decodingUTF8: $0) }
    }

    /// The text of `span`, in a string of exactly its UTF-8 length: statements and names keep these
    /// strings to the end of the analysis, and room for four bytes a scalar made them take 4 times
    /// the memory of their text on news (a large document's peak, issue 12).
    public func text(in span: TextSpan) -> String {
        let range = scalarRange(of: span)
        guard !range.isEmpty else { return "" }
        return Document.string(of: scalars[range])
    }

    /// The scalars of `span` that lie in the text: those ``text(in:)`` reads.
    func scalarRange(of span: TextSpan) -> Range<Int> {
        let lo = max(0, min(span.start, scalars.count))
        return lo..<max(lo, min(span.end, scalars.count))
    }

    /// `scalars` as a string of exactly their UTF-8 length, encoded straight into its storage.
    static func string(of scalars: Slice<TextScalars>) -> String {
        scalars.base.string(scalars.startIndex..<scalars.endIndex)
    }

    /// Index of the paragraph holding `offset` (the nearest earlier one between paragraphs).
    func paragraphIndex(at offset: Int) -> Int {
        Document.lastIndex(in: paragraphs, startingAtOrBefore: offset)
    }

    /// Index of the paragraph that holds sentence `sentence`.
    @inline(__always) func paragraph(ofSentence sentence: Int) -> Int { Int(sentenceParagraphs[sentence]) }

    /// The paragraph of each of `sentences` (both in text order): the last that starts at or
    /// before the sentence, as ``paragraphIndex(at:)`` finds it, by one merge walk.
    static func paragraphIndexes(of sentences: [TextSpan], in paragraphs: [TextSpan]) -> [Int32] {
        var p = 0
        return sentences.map { s in
            while p + 1 < paragraphs.count, paragraphs[p + 1].start <= s.start { p += 1 }
            return Int32(truncatingIfNeeded: p)
        }
    }

    /// Index of the sentence holding `offset` (the nearest earlier one between sentences).
    func sentenceIndex(at offset: Int) -> Int {
        Document.lastIndex(in: sentences, startingAtOrBefore: offset)
    }

    /// Number of words (runs of letters or digits), as benchmarks count them.
    public var wordCount: Int {
        var count = 0
        var inWord = false
        for s in scalars {
            let w = Characters.isLetter(s) || Characters.isNumeric(s)
            if w && !inWord { count += 1 }
            inWord = w
        }
        return count
    }

    static func lastIndex(in spans: [TextSpan], startingAtOrBefore offset: Int) -> Int {
        max(0, spans.partitioningIndex { $0.start > offset } - 1)
    }

    static func paragraphSpans(in scalars: some ScalarReader) -> [TextSpan] {
        var spans: [TextSpan] = []
        var lineStart = 0
        func close(_ end: Int) {
            var a = lineStart
            var b = end
            while a < b, Characters.isSpace(scalars[a]) || scalars[a] == "\u{FEFF}" { a += 1 }
            while b > a, Characters.isSpace(scalars[b - 1]) { b -= 1 }
            if b > a { spans.append(TextSpan(start: a, end: b)) }
        }
        var i = 0
        while true {
            // Straight to the next line end (or non-ASCII scalar, read to tell).
            i = scalars.nextCandidate(from: i, to: scalars.count, 0x0A, 0x0D, 0x0D)
            guard i < scalars.count else { break }
            if scalars[i] == "\n" || scalars[i] == "\r" || scalars[i] == "\u{2029}" {
                close(i)
                lineStart = i + 1
            }
            i += 1
        }
        close(scalars.count)
        return spans
    }

    /// The first paragraph is a headline when it is short and either lacks a final full stop
    /// or is written in title case ("Only 24 Percent of Donors Are Small Donors.").
    static func headline(in scalars: TextScalars, paragraphs: [TextSpan]) -> String? {
        guard paragraphs.count > 1, let first = paragraphs.first, first.length <= 200 else { return nil }
        let line = string(of: scalars[first.start..<first.end])
        let last = scalars[first.end - 1]
        if !".!?\u{201D}\"".unicodeScalars.contains(last) { return line }
        let (words, capitalized) = HeadlineWords.counts(line)
        return words > 0 && capitalized * 10 >= words * 7 ? line : nil
    }
}
