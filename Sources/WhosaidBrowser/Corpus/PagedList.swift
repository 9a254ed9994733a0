import WhosaidModel

/// A window onto a long list that lives elsewhere (a database): its length, and the rows of one
/// page around the cursor. Moving the cursor near the window's edge loads the page around it.
struct PagedList<Row: Sendable>: Sendable {
    /// Rows loaded at a time.
    static var pageSize: Int { 200 }
    /// Rows either side of an index that must be loaded with it (more than a screen holds).
    static var margin: Int { 80 }

    /// The list's length.
    var total = 0
    /// Index of the first loaded row.
    var offset = 0
    /// The loaded rows.
    var rows: [Row] = []

    /// Row `index`, when it is loaded.
    func row(_ index: Int) -> Row? {
        index >= offset && index < offset + rows.count ? rows[index - offset] : nil
    }

    /// Makes sure the rows around `index` are loaded, fetching a page with `fetch(offset, limit)`
    /// when they are not.
    mutating func load(around index: Int, fetch: (Int, Int) throws -> [Row]) rethrows {
        guard let start = pageStart(around: index) else { return }
        rows = try fetch(start, Self.pageSize)
        offset = start
    }

    /// As ``load(around:fetch:)``, but the page asked for names the id of a loaded row next to
    /// it when there is one (the row before it when moving down, the row after it when moving
    /// up), so that the source can seek there instead of counting rows from the top.
    mutating func load(around index: Int, id: (Row) -> Int64, fetch: (CorpusPage) throws -> [Row]) rethrows {
        guard let start = pageStart(around: index) else { return }
        let limit = min(Self.pageSize, total - start)
        var page = CorpusPage(offset: start, limit: limit, total: total)
        if let before = row(start - 1) {
            page.after = id(before)
        } else if let after = row(start + limit) {
            page.before = id(after)
        }
        rows = try fetch(page)
        offset = start
    }

    /// Where the page around `index` starts, or nil when the rows around it are loaded.
    private func pageStart(around index: Int) -> Int? {
        let wanted = max(0, index - Self.margin)..<min(total, index + Self.margin + 1)
        guard !wanted.isEmpty, wanted.lowerBound < offset || wanted.upperBound > offset + rows.count else { return nil }
        return max(0, min(index - Self.pageSize / 2, total - Self.pageSize))
    }

    /// The list again from `total` rows, none loaded (or its first page, when read already).
    mutating func reset(total: Int, firstPage: [Row] = []) {
        self.total = total
        offset = 0
        rows = firstPage
    }
}
