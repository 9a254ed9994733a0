/// One cell of a ``Screen``: a character and its style.
public struct Cell: Hashable, Sendable {
    /// The character shown; a wide character occupies this cell and the next.
    public var character: Character
    /// How it is shown.
    public var style: Style
    /// Whether the cell is the right half of a wide character (draw nothing here).
    public var isContinuation: Bool

    /// A blank cell.
    public static let blank = Cell(character: " ", style: .normal, isContinuation: false)
}

/// An in-memory grid of cells: what the browser shows, independent of any terminal.
public struct Screen: Sendable, Equatable {
    /// The grid size.
    public let size: Size
    /// Cells row by row.
    public private(set) var cells: [Cell]

    /// A blank screen of `size`.
    public init(size: Size) {
        self.size = size
        cells = Array(repeating: .blank, count: size.width * size.height)
    }

    /// The cell at column `x`, row `y`.
    public subscript(x: Int, y: Int) -> Cell {
        cells[y * size.width + x]
    }

    /// Writes `text` at (`x`, `y`), clipped to `width` columns (to the screen edge when nil).
    /// Wide characters take two cells; one that does not fit is replaced by a space. Control
    /// characters are drawn as ``Glyph/drawn(_:)`` shows them, never raw.
    /// Returns the number of columns written.
    @discardableResult
    public mutating func put(_ text: some StringProtocol, x: Int, y: Int, style: Style, width: Int? = nil) -> Int {
        guard y >= 0, y < size.height, x >= 0 else { return 0 }
        let limit = min(size.width, x + (width ?? size.width))
        var col = x
        for c in text.lazy.map(Glyph.drawn) {
            guard col < limit else { break }
            let w = DisplayWidth.of(c)
            if w == 0 { continue }
            if col + w > limit {
                set(x: col, y: y, Cell(character: " ", style: style, isContinuation: false))
                col += 1
                break
            }
            set(x: col, y: y, Cell(character: c, style: style, isContinuation: false))
            if w == 2 { set(x: col + 1, y: y, Cell(character: " ", style: style, isContinuation: true)) }
            col += w
        }
        return col - x
    }

    /// Writes one character with a known display width; returns the columns used (0 if it does not fit).
    @discardableResult
    public mutating func put(character c: Character, width w: Int, x: Int, y: Int, style: Style, limit: Int) -> Int {
        guard y >= 0, y < size.height, x >= 0, w > 0, x + w <= min(limit, size.width) else { return 0 }
        set(x: x, y: y, Cell(character: c, style: style, isContinuation: false))
        if w == 2 { set(x: x + 1, y: y, Cell(character: " ", style: style, isContinuation: true)) }
        return w
    }

    /// Fills `rect` with blanks of `style`.
    public mutating func fill(_ rect: Rect, style: Style, character: Character = " ") {
        for y in max(0, rect.y)..<min(size.height, rect.y + rect.height) {
            for x in max(0, rect.x)..<min(size.width, rect.x + rect.width) {
                set(x: x, y: y, Cell(character: character, style: style, isContinuation: false))
            }
        }
    }

    /// Restyles the cells of `rect`, keeping their characters.
    public mutating func restyle(_ rect: Rect, style: Style) {
        for y in max(0, rect.y)..<min(size.height, rect.y + rect.height) {
            for x in max(0, rect.x)..<min(size.width, rect.x + rect.width) {
                cells[y * size.width + x].style = style
            }
        }
    }

    private mutating func set(x: Int, y: Int, _ cell: Cell) {
        let i = y * size.width + x
        // Overwriting half of a wide character blanks its other half.
        if !cell.isContinuation, cells[i].isContinuation, x > 0 {
            cells[i - 1] = Cell(character: " ", style: cells[i - 1].style, isContinuation: false)
        }
        if x + 1 < size.width, cells[i + 1].isContinuation {
            cells[i + 1] = Cell(character: " ", style: cells[i + 1].style, isContinuation: false)
        }
        cells[i] = cell
    }

    /// The text of each row, trailing spaces removed.
    public var lines: [String] {
        (0..<size.height).map { y in
            var row = ""
            for x in 0..<size.width where !self[x, y].isContinuation { row.append(self[x, y].character) }
            while row.last == " " { row.removeLast() }
            return row
        }
    }

    /// The style letter of each cell (see ``Style``), one string per row, trailing plain cells removed.
    public var styleLines: [String] {
        (0..<size.height).map { y in
            var row = String((0..<size.width).map { self[$0, y].style.rawValue })
            while row.last == Style.normal.rawValue { row.removeLast() }
            return row
        }
    }
}
