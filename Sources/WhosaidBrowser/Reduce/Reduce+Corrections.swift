import WhosaidModel

/// Corrections a reader makes: `R` gives the selected statement to another speaker, `M` merges
/// the selected actor into another. Each is applied at once, kept in ``State/corrections`` and
/// handed to the runner to save, so reopening the article shows it again.
extension State {
    /// `R`: ask who said the selected statement.
    mutating func startReassign() {
        guard let statement = selectedStatement else {
            status = StatusMessage("Select a statement first", isError: true)
            return
        }
        interaction = .prompt(Prompt(.reassign, text: statement.actorID.map { analysis.actors[$0].name } ?? ""))
    }

    /// `M`: ask which actor the selected one is the same as.
    mutating func startMerge() {
        guard actorID != nil else {
            status = StatusMessage("Select an actor in the actors pane first", isError: true)
            return
        }
        interaction = .prompt(Prompt(.merge, text: ""))
    }

    /// Enter in a reassign or merge prompt: apply the correction and ask the runner to save it.
    mutating func finishCorrection() {
        guard let prompt else { return }
        let name = prompt.line.text.trimmingWhitespace
        guard !name.isEmpty else {
            status = StatusMessage("Type a name, or Esc to cancel", isError: true)
            return
        }
        var next = corrections
        let message: String
        switch prompt.purpose {
        case .reassign:
            guard let statement = selectedStatement else { interaction = .normal; return }
            next.reassign(statement.span, to: name)
            message = "Statement given to \(name)"
        case .merge:
            guard let id = actorID else { interaction = .normal; return }
            let actor = analysis.actors[id].name
            guard analysis.actors.contains(where: { $0.name.lowercased() == name.lowercased() || $0.aliases.contains { $0.lowercased() == name.lowercased() } }),
                  actor.lowercased() != name.lowercased() else {
                status = StatusMessage("No other actor is called \(name)", isError: true)
                return
            }
            next.merge(actor, into: name)
            message = "\(actor) merged into \(name)"
        case .export:
            return
        }
        self = rebuilt(with: next)
        status = StatusMessage(message)
        effect = .saveCorrections(next)
    }

    /// This browser on the engine's analysis with `corrections` applied, the selection, focus,
    /// marks and scroll kept (the selected actor found again by name).
    func rebuilt(with corrections: Corrections) -> State {
        var next = State(analysis: engineAnalysis, size: size, fileName: fileName, corrections: corrections)
        next.focus = focus
        next.leftView = leftView
        next.marks = marks
        next.exportedMarks = exportedMarks
        next.exportDirectory = exportDirectory
        next.statementID = statementID
        if let id = actorID {
            let name = analysis.actors[id].name.lowercased()
            next.actorID = next.analysis.actors.firstIndex { $0.name.lowercased() == name || $0.aliases.contains { $0.lowercased() == name } }
        }
        next.topicID = topicID
        next.statementScroll = statementScroll
        next.sourceScroll = sourceScroll
        next.keepSelectionVisible()
        return next
    }

    /// The runner's report on saving the corrections.
    mutating func finishSavingCorrections(_ error: String?) {
        if let error { status = StatusMessage(error, isError: true) }
    }
}
