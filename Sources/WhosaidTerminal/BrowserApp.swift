import WhosaidBrowser

/// The browser's main loop: draw, read a key, reduce, carry out effects; until the user quits.
public enum BrowserApp {
    /// Runs the browser on `state` in the terminal; returns when the user quits. A termination
    /// signal gives the terminal back and ends the process with that signal. `locale` is what
    /// ``TerminalLocale/select()`` chose.
    public static func run(_ initial: State, mouse: Bool, locale: TerminalLocale, environment: [String: String]) {
        let terminal = Terminal(mouse: mouse, asciiOnly: locale == .ascii)
        terminal.start(environment: environment)
        defer { terminal.stop() }
        var state = reduce(initial, .resize(terminal.size))
        var needsDraw = true
        while !state.shouldQuit {
            if needsDraw { terminal.draw(render(state)) }
            let event = terminal.readEvent()
            if let signal = terminal.takePendingSignal() { terminal.die(of: signal) }
            guard let event else {
                needsDraw = false
                continue
            }
            needsDraw = true
            switch event {
            case .resize(let size):
                state = reduce(state, .resize(size))
            case .key(let key):
                guard let action = KeyTable.action(for: key, in: state) else { continue }
                state = reduce(state, action)
            }
            if let effect = state.effect {
                state = reduce(state, EffectRunner.perform(effect, analysis: state.analysis))
            }
        }
    }
}
