/// The browser's behaviour: the state after `action`.
public func reduce(_ state: State, _ action: Action) -> State {
    var next = state
    next.effect = nil
    next.apply(action)
    next.keepSelectionVisible()
    return next
}

extension State {
    /// Applies `action` in the current mode.
    mutating func apply(_ action: Action) {
        switch action {
        case .resize(let newSize):
            size = newSize
            relayout()
            keepSelectionVisible()
            revealStatementInSource(force: false)
            // The help's last line moves with the width it wraps to: a scroll past it would
            // leave key presses that change nothing.
            if case .help(let scroll) = interaction {
                interaction = .help(scroll: min(scroll, HelpOverlay.maxScroll(HelpOverlay.lines, size: newSize)))
            }
            return
        case .exportFinished(let outcome):
            finishExport(outcome)
            return
        case .correctionsSaved(let error):
            finishSavingCorrections(error)
            return
        case .quit:
            // In any mode (a tiny terminal sends it whatever was being typed, and so does Ctrl-C).
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

    private mutating func applyInHelp(_ action: Action) {
        switch action {
        case .toggleHelp, .back:
            interaction = .normal
        default:
            if let scroll = HelpOverlay.scrolled(helpScroll, by: action, HelpOverlay.lines, size: size) {
                interaction = .help(scroll: scroll)
            }
        }
    }

    private mutating func applyInNormal(_ action: Action) {
        switch action {
        case .moveDown: move(by: 1)
        case .moveUp: move(by: -1)
        case .moveFirst: move(to: 0)
        case .moveLast: move(to: Int.max)
        case .pageDown: page(1)
        case .pageUp: page(-1)
        case .nextPane: focus = Pane(rawValue: (focus.rawValue + 1) % 3)!
        case .previousPane: focus = Pane(rawValue: (focus.rawValue + 2) % 3)!
        case .focus(let pane): focus = pane
        case .open: open()
        case .back: back()
        case .toggleHelp: interaction = .help(scroll: 0)
        case .click(let x, let y): click(x: x, y: y)
        case .wheel(let x, let y, let delta): wheel(x: x, y: y, delta: delta)
        case .startSearch: startSearch()
        case .nextStatement: stepStatement(forward: true)
        case .previousStatement: stepStatement(forward: false)
        case .nextMatch: jumpToMatch(forward: true)
        case .previousMatch: jumpToMatch(forward: false)
        case .toggleTopics: toggleTopics()
        case .clearFilters: clearFilters()
        case .toggleMark: toggleMark()
        case .markAllListed: markAllListed()
        case .clearMarks: clearMarks()
        case .export: startExport()
        case .reassign: startReassign()
        case .mergeActor: startMerge()
        case .insert, .deleteBackward, .edit, .confirm, .quit, .resize, .exportFinished, .correctionsSaved, .focusCorpus, .exportByArticle,
             .speakerInArticle: break
        }
    }
}
