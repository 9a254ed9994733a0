import WhosaidBrowser

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The main loop of a browser (an article's or a corpus's): draw, read a key, reduce, carry out
/// the effect the state asks for; until the user quits. A termination signal gives the terminal
/// back and ends the process with it; Ctrl-C with marks not exported asks first, as q does.
struct BrowserLoop<Model> {
    let reduce: (Model, Action) -> Model
    let render: (Model) -> Screen
    let action: (Key, Model) -> Action?
    /// Carries out the effect the model asks for, if any, and reports back.
    let perform: (Model) -> Action?
    let shouldQuit: (Model) -> Bool
    /// Whether quitting now would ask first (marks not exported, not asked yet).
    let asksBeforeQuitting: (Model) -> Bool

    func run(_ initial: Model, on terminal: Terminal) {
        var state = reduce(initial, .resize(terminal.size))
        var needsDraw = true
        while !shouldQuit(state) {
            if needsDraw { terminal.draw(render(state)) }
            let event = terminal.readEvent()
            if let signal = terminal.takePendingSignal() {
                guard signal == SIGINT, asksBeforeQuitting(state) else { terminal.die(of: signal) }
                state = reduce(state, .quit)
                needsDraw = true
                continue
            }
            guard let event else {
                needsDraw = false
                continue
            }
            needsDraw = true
            switch event {
            case .resize(let size):
                state = reduce(state, .resize(size))
            case .key(let key):
                guard let action = action(key, state) else { continue }
                state = reduce(state, action)
            }
            if let outcome = perform(state) { state = reduce(state, outcome) }
        }
    }
}
