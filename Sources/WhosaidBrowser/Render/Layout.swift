/// The three panes of the browser.
public enum Pane: Int, Sendable, CaseIterable {
    /// Actors (or topics) on the left.
    case list
    /// The statements of the selection.
    case statements
    /// The article.
    case source
}

/// Where the panes go for a terminal size.
///
/// At 110 columns and more the panes stand side by side. Below that, actors and statements share
/// the top half and the source takes the bottom; below 70 columns all three are stacked.
/// Each pane's first row is its title. The last two rows are the status line and the key hints.
public struct Layout: Hashable, Sendable {
    /// The smallest usable terminal.
    public static let minimum = Size(width: 50, height: 14)
    /// The smallest terminal where topics get a pane of their own.
    public static let topicPaneMinimum = Size(width: 150, height: 36)

    /// The terminal size.
    public let size: Size
    /// Whether the terminal is too small to lay the panes out.
    public let isTooSmall: Bool
    /// Pane rectangles, title row included.
    public let list: Rect
    public let statements: Rect
    public let source: Rect
    /// The topics pane, when the terminal is wide and tall enough for topics to have their own
    /// (below the actors, in the left column); nil otherwise.
    public let topicList: Rect?
    /// The status line row.
    public let statusRow: Int
    /// The key hint row.
    public let footerRow: Int
    /// Separator cells: vertical runs drawn with "│", horizontal with "─".
    public let verticalSeparators: [Rect]
    public let horizontalSeparators: [Rect]

    /// Lays out `size`.
    public init(size: Size) {
        self.size = size
        let w = size.width
        let h = size.height
        isTooSmall = w < Layout.minimum.width || h < Layout.minimum.height
        statusRow = h - 2
        footerRow = h - 1
        let body = max(0, h - 2)
        var topicList: Rect?
        if isTooSmall {
            list = Rect(x: 0, y: 0, width: 0, height: 0)
            statements = list
            source = list
            verticalSeparators = []
            horizontalSeparators = []
        } else if w >= 110 {
            let listWidth = min(34, max(24, w / 5))
            let statementsWidth = (w - listWidth - 2) * 2 / 5
            let sourceX = listWidth + 1 + statementsWidth + 1
            statements = Rect(x: listWidth + 1, y: 0, width: statementsWidth, height: body)
            source = Rect(x: sourceX, y: 0, width: w - sourceX, height: body)
            verticalSeparators = [Rect(x: listWidth, y: 0, width: 1, height: body), Rect(x: sourceX - 1, y: 0, width: 1, height: body)]
            if w >= Layout.topicPaneMinimum.width, h >= Layout.topicPaneMinimum.height {
                let actorsHeight = body * 3 / 5
                list = Rect(x: 0, y: 0, width: listWidth, height: actorsHeight)
                topicList = Rect(x: 0, y: actorsHeight + 1, width: listWidth, height: body - actorsHeight - 1)
                horizontalSeparators = [Rect(x: 0, y: actorsHeight, width: listWidth, height: 1)]
            } else {
                list = Rect(x: 0, y: 0, width: listWidth, height: body)
                horizontalSeparators = []
            }
        } else if w >= 70 {
            let top = body / 2
            let listWidth = min(30, max(20, w / 3))
            list = Rect(x: 0, y: 0, width: listWidth, height: top)
            statements = Rect(x: listWidth + 1, y: 0, width: w - listWidth - 1, height: top)
            source = Rect(x: 0, y: top + 1, width: w, height: body - top - 1)
            verticalSeparators = [Rect(x: listWidth, y: 0, width: 1, height: top)]
            horizontalSeparators = [Rect(x: 0, y: top, width: w, height: 1)]
        } else {
            let third = (body - 2) / 3
            list = Rect(x: 0, y: 0, width: w, height: third)
            statements = Rect(x: 0, y: third + 1, width: w, height: third)
            let sourceY = 2 * third + 2
            source = Rect(x: 0, y: sourceY, width: w, height: body - sourceY)
            verticalSeparators = []
            horizontalSeparators = [Rect(x: 0, y: third, width: w, height: 1), Rect(x: 0, y: 2 * third + 1, width: w, height: 1)]
        }
        self.topicList = topicList
    }

    /// The rectangle of `pane`, title row included.
    public func rect(of pane: Pane) -> Rect {
        switch pane {
        case .list: return list
        case .statements: return statements
        case .source: return source
        }
    }

    /// The rows under the title of `pane`.
    public func content(of pane: Pane) -> Rect {
        let r = rect(of: pane)
        return Rect(x: r.x, y: r.y + 1, width: r.width, height: r.height - 1)
    }

    /// Width of the paragraph-number gutter of the source pane.
    public static let gutterWidth = 4

    /// Text columns of the source pane.
    public var sourceTextWidth: Int { max(1, source.width - Layout.gutterWidth - 1) }
}
