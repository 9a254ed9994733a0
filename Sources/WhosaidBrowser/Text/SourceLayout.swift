import WhosaidModel

/// The article wrapped to a width: the source pane's lines, computed once per width.
public struct SourceLayout: Sendable {
    /// One row of the source pane.
    public struct Line: Hashable, Sendable {
        /// The line's glyphs, a range of ``SourceLayout/glyphs``; empty for the blank line between paragraphs.
        public var glyphs: Range<Int>
        /// The paragraph (0-based), or nil for a blank line.
        public var paragraph: Int?
        /// Whether the line opens its paragraph (the gutter shows the paragraph number there).
        public var opensParagraph: Bool
    }

    /// Text columns (the pane width less the gutter).
    public let width: Int
    /// All glyphs of the article, paragraph after paragraph.
    public let glyphs: [Glyph]
    /// The rows.
    public let lines: [Line]

    /// Glyph ranges of the paragraphs (independent of the width).
    private let paragraphGlyphs: [Range<Int>]

    /// Empty layout.
    public init() {
        width = 0
        glyphs = []
        lines = []
        paragraphGlyphs = []
    }

    /// Lays out `document`'s paragraphs at `width` columns, with a blank line between paragraphs.
    public init(document: Document, width: Int) {
        var glyphs: [Glyph] = []
        var ranges: [Range<Int>] = []
        glyphs.reserveCapacity(document.scalars.count)
        for paragraph in document.paragraphs {
            let start = glyphs.count
            glyphs.append(contentsOf: Glyph.glyphs(of: document.scalars[paragraph.start..<paragraph.end], start: paragraph.start))
            ranges.append(start..<glyphs.count)
        }
        self.init(glyphs: glyphs, paragraphGlyphs: ranges, width: width)
    }

    private init(glyphs: [Glyph], paragraphGlyphs: [Range<Int>], width: Int) {
        self.width = width
        self.glyphs = glyphs
        self.paragraphGlyphs = paragraphGlyphs
        var lines: [Line] = []
        lines.reserveCapacity(paragraphGlyphs.count * 3)
        for (index, range) in paragraphGlyphs.enumerated() {
            if index > 0 { lines.append(Line(glyphs: range.lowerBound..<range.lowerBound, paragraph: nil, opensParagraph: false)) }
            for (k, line) in TextWrap.wrap(glyphs[range], width: width).enumerated() {
                lines.append(Line(glyphs: line, paragraph: index, opensParagraph: k == 0))
            }
        }
        self.lines = lines
    }

    /// The same article wrapped to another width; the glyphs are reused, only lines are recomputed.
    public func rewrapped(to width: Int) -> SourceLayout {
        width == self.width ? self : SourceLayout(glyphs: glyphs, paragraphGlyphs: paragraphGlyphs, width: width)
    }

    /// The row showing scalar `offset` (the nearest row before it when it falls between rows).
    public func line(containing offset: Int) -> Int {
        // The rows starting at or before `offset` (a blank row starts where the next glyph is),
        // and of them the last that shows something.
        let after = lines.partitioningIndex { line in
            let first = line.glyphs.lowerBound
            return (first < glyphs.count ? glyphs[first].offset : Int.max) > offset
        }
        return lines[..<after].lastIndex { !$0.glyphs.isEmpty } ?? 0
    }
}
