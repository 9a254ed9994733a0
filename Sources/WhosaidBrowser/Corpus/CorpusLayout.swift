/// The panes of the corpus browser.
public enum CorpusPane: Int, Sendable, CaseIterable {
    /// The articles of the corpus (title, date, source, statement count).
    case articles
    /// The people across the corpus.
    case people
    /// The statements of the picked article or person.
    case statements
    /// The article of the selected statement.
    case source
}

/// Where the corpus browser's panes go: as ``Layout`` puts the single-article browser's, with the
/// left column split into articles (top) and people (bottom). When the column is too short to
/// split, it shows one of the two: the one last focused.
public struct CorpusLayout: Hashable, Sendable {
    /// The single-article layout this one splits.
    public let base: Layout
    /// Whether articles and people share the left column.
    public let isSplit: Bool
    /// The articles pane and the people pane (the left column, or half of it each).
    public let articles: Rect
    public let people: Rect

    /// Lays out `size`.
    public init(size: Size) {
        base = Layout(size: size)
        let list = base.list
        isSplit = list.height >= 10
        if isSplit {
            let top = (list.height - 1) * 11 / 20
            articles = Rect(x: list.x, y: list.y, width: list.width, height: top)
            people = Rect(x: list.x, y: list.y + top + 1, width: list.width, height: list.height - top - 1)
        } else {
            articles = list
            people = list
        }
    }

    /// The rectangle of `pane`, title row included.
    public func rect(of pane: CorpusPane) -> Rect {
        switch pane {
        case .articles: return articles
        case .people: return people
        case .statements: return base.statements
        case .source: return base.source
        }
    }

    /// Separators: the single-article layout's, and the one between articles and people.
    var horizontalSeparators: [Rect] {
        base.horizontalSeparators + (isSplit ? [Rect(x: articles.x, y: articles.y + articles.height, width: articles.width, height: 1)] : [])
    }
}
