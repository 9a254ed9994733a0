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

    /// Empty layout.
    public init() {
        width = 0
        glyphs = []
        lines = []
    }

    /// Lays out `document`'s paragraphs at `width` columns, with a blank line between paragraphs.
    public init(document: Document, width: Int) {
        self.width = width
        var glyphs: [Glyph] = []
        var lines: [Line] = []
        glyphs.reserveCapacity(document.scalars.count)
        for (index, paragraph) in document.paragraphs.enumerated() {
            if index > 0 { lines.append(Line(glyphs: glyphs.count..<glyphs.count, paragraph: nil, opensParagraph: false)) }
            let own = Glyph.glyphs(of: document.scalars[paragraph.start..<paragraph.end], start: paragraph.start)
            let base = glyphs.count
            for (k, range) in TextWrap.wrap(own, width: width).enumerated() {
                lines.append(Line(glyphs: (base + range.lowerBound)..<(base + range.upperBound), paragraph: index, opensParagraph: k == 0))
            }
            glyphs.append(contentsOf: own)
        }
        self.glyphs = glyphs
        self.lines = lines
    }

    /// The row showing scalar `offset` (the nearest row before it when it falls between rows).
    public func line(containing offset: Int) -> Int {
        var lo = 0
        var hi = lines.count - 1
        var found = 0
        while lo <= hi {
            let mid = (lo + hi) / 2
            let line = lines[mid]
            let start = line.glyphs.isEmpty ? (line.glyphs.lowerBound < glyphs.count ? glyphs[line.glyphs.lowerBound].offset : Int.max) : glyphs[line.glyphs.lowerBound].offset
            if start <= offset {
                if !line.glyphs.isEmpty { found = mid }
                lo = mid + 1
            } else {
                hi = mid - 1
            }
        }
        return found
    }
}
