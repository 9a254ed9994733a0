/// `/` in the corpus browser: in the articles pane a full-text search of titles and texts, in
/// the people pane a search of names across the corpus, in the statements and source panes a
/// full-text search of the statements (their matches highlighted). Each keystroke asks the
/// source again; Enter keeps the search, Esc drops it.
extension CorpusState {
    /// `/`: start a new search for the focused pane.
    mutating func startSearch() {
        mode = .search
        searchPane = focus == .source ? .statements : focus
        setQuery("", for: searchPane)
        entryCursor = 0
    }

    /// The query of `pane`'s search.
    func query(for pane: CorpusPane) -> String {
        switch pane {
        case .articles: return articleQuery
        case .people: return personQuery
        case .statements, .source: return textQuery
        }
    }

    /// Sets `pane`'s query and lists what matches it; the first match of a list is picked.
    mutating func setQuery(_ query: String, for pane: CorpusPane) {
        guard query != self.query(for: pane) else { return }
        switch pane {
        case .articles:
            articleQuery = query
            reloadArticles()
            pickFirstMatch(of: .articles)
        case .people:
            personQuery = query
            reloadPeople()
            pickFirstMatch(of: .people)
        case .statements, .source:
            textQuery = query
            reloadStatements()
        }
    }

    /// Picks the first article or person matching the query, or none while there is no query.
    private mutating func pickFirstMatch(of pane: CorpusPane) {
        let hasMatch = pane == .articles ? articleRowCount > 1 : personRowCount > 1
        let wanted = query(for: pane).isEmpty || !hasMatch ? 0 : 1
        let picked = pane == .articles ? pickedArticle?.id : (pickedPerson ?? pickedTopic)?.id
        guard picked != nil || wanted != 0 else { return }
        // Typing on while the first match stays the one picked: its statements stay as listed.
        let first = pane == .articles ? articles.row(0)?.id : people.row(0)?.id
        if wanted == 1, let first, first == picked {
            if pane == .articles { articleCursor = 1 } else { personCursor = 1 }
            return
        }
        // Selecting compares with the cursor, which a reload put at 0.
        if pane == .articles {
            articleCursor = -1
            selectArticle(at: wanted)
        } else {
            personCursor = -1
            selectPerson(at: wanted)
        }
    }

    /// The search or file name being typed, with its cursor.
    var entry: LineEdit {
        get { LineEdit(mode == .prompt ? promptText : query(for: searchPane), cursor: entryCursor) }
        set {
            if mode == .prompt { promptText = newValue.text } else { setQuery(newValue.text, for: searchPane) }
            entryCursor = newValue.cursor
        }
    }

    /// Applies a typing or editing action to ``entry``.
    mutating func edit(_ action: Action) {
        switch action {
        case .insert(let c): entry.insert(c)
        case .deleteBackward: entry.deleteBackward()
        case .edit(let command): entry.apply(command)
        default: break
        }
    }

    /// Keys while typing a search.
    mutating func applyInSearch(_ action: Action) {
        switch action {
        case .insert, .deleteBackward, .edit:
            edit(action)
        case .open:
            mode = .normal
            reportMatches()
        case .back:
            mode = .normal
            setQuery("", for: searchPane)
            status = nil
        default:
            break
        }
    }

    /// The number of matches of the search just kept, in the status line.
    private mutating func reportMatches() {
        let query = self.query(for: searchPane)
        guard !query.isEmpty else { return }
        let (n, noun) = switch searchPane {
        case .articles: (articles.total, "article")
        case .people: (people.total, showsTopics ? "topic" : "person")
        case .statements, .source: (statements.total, "statement")
        }
        status = n == 0
            ? StatusMessage("No \(noun) matches “\(query)”", isError: true)
            : StatusMessage("\(n) \(n == 1 ? noun : noun == "person" ? "people" : noun + "s") match “\(query)”")
    }
}

extension CorpusState {
    /// `n` / `N`: the next or previous match, wrapping at the ends. In the articles and people
    /// panes, the next article or person matching their search; elsewhere the next statement
    /// matching the text search (shown in its article in the source pane).
    mutating func jumpToMatch(forward: Bool) {
        let step = forward ? 1 : -1
        switch focus {
        case .articles where !articleQuery.isEmpty:
            guard articles.total > 0 else { return }
            // Row 0 is "All articles": matches are rows 1...total.
            selectArticle(at: (articleCursor - 1 + step + articles.total) % articles.total + 1)
            status = StatusMessage("\(articleCursor)/\(articles.total) articles match “\(articleQuery)”")
        case .people where !personQuery.isEmpty:
            guard people.total > 0 else { return }
            selectPerson(at: (personCursor - 1 + step + people.total) % people.total + 1)
            status = StatusMessage("\(personCursor)/\(people.total) \(showsTopics ? "topics" : "people") match “\(personQuery)”")
        default:
            guard !textQuery.isEmpty else {
                status = StatusMessage("No search: / in the statements pane searches their words")
                return
            }
            let total = statements.total
            guard total > 0 else {
                status = StatusMessage("No statement matches “\(textQuery)”", isError: true)
                return
            }
            selectStatement(at: (statementCursor + step + total) % total)
            revealStatementInSource(force: focus == .source)
            status = StatusMessage("\(statementCursor + 1)/\(total) statements match “\(textQuery)”")
        }
    }
}
