import WhosaidModel

extension State {
    /// `/`: start a new search in the focused pane.
    mutating func startSearch() {
        interaction = .search(cursor: 0)
        searchPane = focus
        if focus == .list { listQuery = "" } else { textQuery = "" }
    }

    /// The search or prompt line being typed, with its cursor.
    var entry: LineEdit {
        get {
            switch interaction {
            case .prompt(let prompt): prompt.line
            case .search(let cursor): LineEdit(searchPane == .list ? listQuery : textQuery, cursor: cursor)
            default: LineEdit(searchPane == .list ? listQuery : textQuery)
            }
        }
        set {
            if case .prompt(var prompt) = interaction {
                prompt.line = newValue
                interaction = .prompt(prompt)
                return
            }
            if searchPane == .list { listQuery = newValue.text } else { textQuery = newValue.text }
            if case .search = interaction { interaction = .search(cursor: newValue.cursor) }
        }
    }

    /// Applies a typing or editing action to ``entry``; whether the text changed.
    mutating func edit(_ action: Action) -> Bool {
        let before = entry.text
        switch action {
        case .insert(let c): entry.insert(c)
        case .deleteBackward: entry.deleteBackward()
        case .edit(let command): entry.apply(command)
        default: return false
        }
        return entry.text != before
    }

    /// Keys while typing a search.
    mutating func applyInSearch(_ action: Action) {
        switch action {
        case .insert, .deleteBackward, .edit:
            if edit(action) { searchChanged() }
        case .open:
            interaction = .normal
            if searchPane == .list {
                if !listRows.isEmpty { selectRow(at: 0) }
            }
            reportMatches()
        case .back:
            interaction = .normal
            if searchPane == .list { listQuery = "" } else { textQuery = "" }
            status = nil
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
                // Nothing matches: no actor (or topic) stays selected from a shorter query.
                if leftView == .actors { actorID = nil } else { topicID = nil }
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
        case .statements:
            guard !textQuery.isEmpty else { return }
            let n = statementIDsMatchingText().count
            status = n == 0
                ? StatusMessage("No statement matches “\(textQuery)”", isError: true)
                : StatusMessage("\(n) statement\(n == 1 ? "" : "s") match “\(textQuery)”; n/N jumps")
        case .source:
            guard !textQuery.isEmpty else { return }
            if status == nil { status = StatusMessage("“\(textQuery)” highlighted; n/N jumps") }
        }
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
            status = StatusMessage("\(listCursor + 1)/\(count) \(leftView == .actors ? "actors" : "topics") match “\(listQuery)”")
            return
        }
        guard !textQuery.isEmpty else {
            status = StatusMessage("No search: press / to search")
            return
        }
        if focus == .statements {
            jumpToStatementMatch(forward: forward, includingCurrent: includingCurrent)
            return
        }
        // At the bottom every later match is already on screen: wrap to the first.
        let saved = sourceScroll
        var fromCurrent = includingCurrent
        if forward, !includingCurrent, sourceScroll >= sourceLayout.lines.count - sourceRows {
            sourceScroll = 0
            fromCurrent = true
        }
        guard let line = sourceMatchLine(in: paragraphsMatchingText(), forward: forward, includingCurrent: fromCurrent) else {
            sourceScroll = saved
            status = StatusMessage("No match for “\(textQuery)”", isError: true)
            return
        }
        sourceScroll = line
        // Which matching paragraph this is, as tig and less count ("3/6").
        if !includingCurrent, let paragraph = sourceLayout.lines[line].paragraph {
            let hits = paragraphsMatchingText()
            if let k = hits.firstIndex(of: paragraph) {
                status = StatusMessage("\(k + 1)/\(hits.count) paragraphs match “\(textQuery)”")
            }
        }
    }

    private mutating func jumpToStatementMatch(forward: Bool, includingCurrent: Bool) {
        let ids = listedStatementIDs
        guard !ids.isEmpty else { return }
        let matching = Set(statementIDsMatchingText())
        func hit(_ k: Int) -> Bool { matching.contains(ids[k]) }
        let current = statementCursor
        for step in (includingCurrent ? 0 : 1)...ids.count {
            let k = ((current + (forward ? step : -step)) % ids.count + ids.count) % ids.count
            if hit(k) {
                selectStatement(at: k)
                if !includingCurrent {
                    let hits = ids.filter(matching.contains)
                    let position = (hits.firstIndex(of: ids[k]) ?? 0) + 1
                    status = StatusMessage("\(position)/\(hits.count) statements match “\(textQuery)”")
                }
                return
            }
        }
        status = StatusMessage("No listed statement matches “\(textQuery)”", isError: true)
    }

    /// The source row of the next (or previous) match after the top row, wrapping around; `hits`
    /// are the paragraphs that match (in order), searched outwards from the top row's paragraph,
    /// so the search stops at the first hit.
    private func sourceMatchLine(in hits: [Int], forward: Bool, includingCurrent: Bool) -> Int? {
        guard !hits.isEmpty, !sourceLayout.lines.isEmpty else { return nil }
        let paragraphs = analysis.document.paragraphs
        let top = sourceScroll
        let here = top + (forward && !includingCurrent ? 1 : 0)
        let startParagraph = sourceLayout.lines[min(top, sourceLayout.lines.count - 1)].paragraph
            ?? sourceLayout.lines[min(top + 1, sourceLayout.lines.count - 1)].paragraph ?? 0
        // The hits in search order: the starting paragraph, those after (or before) it, the
        // others wrapped round, and the starting paragraph again.
        let split = forward ? hits.partitioningIndex { $0 >= startParagraph } : hits.partitioningIndex { $0 > startParagraph }
        let order = forward ? Array(hits[split...] + hits[..<split]) : Array((hits[split...] + hits[..<split]).reversed())
        for (step, p) in (order + (order.first == startParagraph ? [startParagraph] : [])).enumerated() {
            let lines = textMatches(in: paragraphs[p]).map { sourceLayout.line(containing: $0.lowerBound) }
            guard !lines.isEmpty else { continue }
            guard p == startParagraph else { return forward ? lines.first : lines.last }
            // The starting paragraph: only matches past (or before) the top row count, unless wrapped.
            let candidate = forward ? lines.first { $0 >= here } : lines.last { $0 < top }
            if let candidate { return candidate }
            if step > 0 { return forward ? lines.first : lines.last }
        }
        return nil
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
