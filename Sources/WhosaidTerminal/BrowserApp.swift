import WhosaidBrowser

/// The browser's main loop: draw, read a key, reduce, carry out effects; until the user quits.
public enum BrowserApp {
    /// Runs the browser on `state` in the terminal; returns when the user quits.
    public static func run(_ initial: State, mouse: Bool, environment: [String: String]) {
        let terminal = Terminal(mouse: mouse)
        terminal.start(environment: environment)
        defer { terminal.stop() }
        var state = reduce(initial, .resize(terminal.size))
        while !state.shouldQuit {
            terminal.draw(render(state))
            guard let event = terminal.readEvent() else { continue }
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
