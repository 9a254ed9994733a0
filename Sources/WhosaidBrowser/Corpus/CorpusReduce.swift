/// The corpus browser's behaviour: the state after `action`. Moving a cursor reads the page
/// around it from the state's source when it is not loaded yet.
public func reduce(_ state: CorpusState, _ action: Action) -> CorpusState {
    var next = state
    next.effect = nil
    next.apply(action)
    next.keepSelectionVisible()
    return next
}

extension CorpusState {
    /// Applies `action` in the current mode.
    mutating func apply(_ action: Action) {
        switch action {
        case .resize(let newSize):
            size = newSize
            layout = CorpusLayout(size: newSize)
            relayoutSource()
            revealStatementInSource(force: false)
            helpScroll = min(helpScroll, HelpOverlay.maxScroll(CorpusHelp.lines, size: newSize))
            return
        case .exportFinished(let outcome):
            finishExport(outcome)
            return
        case .quit:
            quit()
            return
        default:
            break
        }
        switch mode {
        case .help: applyInHelp(action)
        case .search: applyInSearch(action)
        case .prompt: applyInPrompt(action)
        case .confirm: applyInConfirm(action)
        case .confirmQuit: applyInConfirmQuit(action)
        case .normal:
            status = nil
            applyInNormal(action)
        }
    }

    private mutating func applyInNormal(_ action: Action) {
        switch action {
        case .moveDown: move(by: 1)
        case .moveUp: move(by: -1)
        case .moveFirst: move(to: 0)
        case .moveLast: move(to: Int.max / 2)
        case .pageDown: page(1)
        case .pageUp: page(-1)
        case .nextPane: focus(CorpusPane(rawValue: (focus.rawValue + 1) % 4)!)
        case .previousPane: focus(CorpusPane(rawValue: (focus.rawValue + 3) % 4)!)
        case .focusCorpus(let pane): focus(pane)
        case .open: open()
        case .back: back()
        case .toggleHelp:
            mode = .help
            helpScroll = 0
        case .startSearch: startSearch()
        case .clearFilters: clearFilters()
        case .toggleMark: toggleMark()
        case .clearMarks: clearMarks()
        case .markAllListed: markAllListed()
        case .export: startExport(grouping: .speaker)
        case .exportByArticle: startExport(grouping: .article)
        case .nextMatch: jumpToMatch(forward: true)
        case .previousMatch: jumpToMatch(forward: false)
        case .speakerInArticle: toggleSpeakerInArticle()
        case .toggleTopics: toggleTopics()
        case .click(let x, let y): click(x: x, y: y)
        case .wheel(let x, let y, let delta): wheel(x: x, y: y, delta: delta)
        default: break
        }
    }

    private mutating func applyInHelp(_ action: Action) {
        switch action {
        case .toggleHelp, .back: mode = .normal
        default: helpScroll = HelpOverlay.scrolled(helpScroll, by: action, CorpusHelp.lines, size: size) ?? helpScroll
        }
    }

    /// Focuses `pane`; the left column shows it when it is the articles or people pane.
    mutating func focus(_ pane: CorpusPane) {
        focus = pane
        if pane == .articles || pane == .people { leftPane = pane }
    }

    /// Enter: article or person → statements → source → statements.
    mutating func open() {
        switch focus {
        case .articles, .people:
            if statements.total == 0 { status = StatusMessage("No statements") } else { focus = .statements }
        case .statements:
            guard selectedStatement != nil else { return }
            focus = .source
            revealStatementInSource(force: true)
        case .source:
            focus = .statements
        }
    }

    /// Esc: clear the text search, or the focused list's search, or go back a pane.
    mutating func back() {
        if focus == .statements || focus == .source, !textQuery.isEmpty {
            textQuery = ""
            reloadStatements()
            return
        }
        switch focus {
        case .source: focus = .statements
        case .statements: focus = leftPane
        case .articles:
            if !articleQuery.isEmpty { setQuery("", for: .articles) }
        case .people:
            if !personQuery.isEmpty { setQuery("", for: .people) }
        }
    }

    /// `t`: the people pane lists the topics across the corpus instead, or the people again.
    mutating func toggleTopics() {
        showsTopics.toggle()
        personQuery = ""
        pickedPerson = nil
        pickedTopic = nil
        widened = nil
        focus(.people)
        reloadPeople()
        reloadStatements()
        status = StatusMessage(showsTopics ? "Topics across the corpus; t lists the people" : "People across the corpus; t lists the topics")
    }

    /// `c`: all articles, all people, no searches.
    mutating func clearFilters() {
        articleQuery = ""
        personQuery = ""
        textQuery = ""
        pickedArticle = nil
        pickedPerson = nil
        pickedTopic = nil
        widened = nil
        reloadArticles()
        reloadPeople()
        reloadStatements()
        status = StatusMessage("Filters cleared")
    }
}
