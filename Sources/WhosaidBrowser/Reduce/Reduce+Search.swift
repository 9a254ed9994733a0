extension State {
    /// `/`: start a new search in the focused pane.
    mutating func startSearch() {
        mode = .search
        searchPane = focus
        if focus == .list { listQuery = "" } else { textQuery = "" }
    }

    /// Keys while typing a search.
    mutating func applyInSearch(_ action: Action) {
        switch action {
        case .insert(let c):
            if searchPane == .list { listQuery.append(c) } else { textQuery.append(c) }
            searchChanged()
        case .deleteBackward:
            if searchPane == .list { _ = listQuery.popLast() } else { _ = textQuery.popLast() }
            searchChanged()
        case .open:
            mode = .normal
            if searchPane == .list {
                if !listRows.isEmpty { selectRow(at: 0) }
            }
            reportMatches()
        case .back:
            mode = .normal
            if searchPane == .list { listQuery = "" } else { textQuery = "" }
            status = nil
        case .quit:
            mode = .normal
            shouldQuit = true
        default:
            break
        }
    }

    /// After each keystroke: select the first match and say when there is none.
    private mutating func searchChanged() {
        if searchPane == .list {
            if listQuery.isEmpty {
                status = nil
            } else if listRows.isEmpty {
                status = StatusMessage("No match for “\(listQuery)”", isError: true)
            } else {
                selectRow(at: 0)
                status = nil
            }
        } else {
            status = nil
            if !textQuery.isEmpty { jumpToMatch(forward: true, includingCurrent: true) }
        }
    }

    /// Puts the match count (or "no match") in the status line.
    private mutating func reportMatches() {
        switch searchPane {
        case .list:
            guard !listQuery.isEmpty else { return }
            let n = listRows.count
            status = n == 0 ? StatusMessage("No match for “\(listQuery)”", isError: true) : StatusMessage("\(n) match\(n == 1 ? "" : "es") for “\(listQuery)”")
        case .statements, .source:
            guard !textQuery.isEmpty else { return }
            let n = textMatches.count
            status = n == 0 ? StatusMessage("No match for “\(textQuery)”", isError: true) : StatusMessage("\(n) match\(n == 1 ? "" : "es") for “\(textQuery)”")
        }
    }

    /// Matches of the text search in the article, as scalar offset ranges.
    public var textMatches: [Range<Int>] {
        TextFold.occurrences(of: TextFold.fold(textQuery), in: foldedText)
    }

    /// `n` / `N`: the next or previous match of the focused pane.
    mutating func jumpToMatch(forward: Bool, includingCurrent: Bool = false) {
        if focus == .list {
            let count = listRows.count
            guard count > 0 else { return }
            guard !listQuery.isEmpty else {
                status = StatusMessage("No search: press / to search")
                return
            }
            selectRow(at: (listCursor + (forward ? 1 : count - 1)) % count)
            return
        }
        guard !textQuery.isEmpty else {
            status = StatusMessage("No search: press / to search")
            return
        }
        let matches = textMatches
        guard !matches.isEmpty else {
            status = StatusMessage("No match for “\(textQuery)”", isError: true)
            return
        }
        if focus == .statements { jumpToStatementMatch(matches, forward: forward, includingCurrent: includingCurrent) } else {
            jumpToSourceMatch(matches, forward: forward, includingCurrent: includingCurrent)
        }
    }

    private mutating func jumpToStatementMatch(_ matches: [Range<Int>], forward: Bool, includingCurrent: Bool) {
        let ids = listedStatementIDs
        guard !ids.isEmpty else { return }
        let spans = analysis.statements
        func hit(_ k: Int) -> Bool {
            let span = spans[ids[k]].span
            return matches.contains { $0.lowerBound >= span.start && $0.upperBound <= span.end }
        }
        let current = statementCursor
        for step in (includingCurrent ? 0 : 1)...ids.count {
            let k = ((current + (forward ? step : -step)) % ids.count + ids.count) % ids.count
            if hit(k) {
                selectStatement(at: k)
                return
            }
        }
        status = StatusMessage("No listed statement matches “\(textQuery)”", isError: true)
    }

    private mutating func jumpToSourceMatch(_ matches: [Range<Int>], forward: Bool, includingCurrent: Bool) {
        let lines = matches.map { sourceLayout.line(containing: $0.lowerBound) }
        let here = sourceScroll + (includingCurrent ? 0 : (forward ? 1 : 0))
        let target: Int
        if forward {
            target = lines.first { $0 >= here } ?? lines[0]
        } else {
            target = lines.last { $0 < sourceScroll } ?? lines[lines.count - 1]
        }
        sourceScroll = target
    }

    /// `t`: switch the left pane between actors and topics.
    mutating func toggleTopics() {
        leftView = leftView == .actors ? .topics : .actors
        listQuery = ""
        listScroll = 0
        if leftView == .topics, analysis.topics.isEmpty { status = StatusMessage("No topics found in this article") }
    }

    /// `c`: clear the actor, topic and search filters.
    mutating func clearFilters() {
        actorID = nil
        topicID = nil
        listQuery = ""
        textQuery = ""
        status = StatusMessage("Filters cleared")
    }
}
