import Dispatch
import WhosaidBrowser

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The browser's main loop: draw, read a key, reduce, carry out effects; until the user quits.
public enum BrowserApp {
    /// Takes the terminal, shows a progress screen while `prepare` analyses the article on another
    /// thread (a large one takes seconds), then runs the browser on the state it returns until the
    /// user quits. `name` and `characters` describe the article on the progress screen. A
    /// termination signal gives the terminal back and ends the process with that signal. `locale`
    /// is what ``TerminalLocale/select()`` chose.
    public static func run(
        name: String, characters: Int, prepare: @escaping @Sendable () -> State,
        mouse: Bool, locale: TerminalLocale, environment: [String: String]
    ) {
        let terminal = Terminal(mouse: mouse, asciiOnly: locale == .ascii)
        terminal.start(environment: environment)
        defer { terminal.stop() }
        guard let initial = wait(for: prepare, showing: name, characters: characters, on: terminal) else { return }
        BrowserLoop<State>(
            reduce: reduce, render: render, action: KeyTable.action(for:in:),
            perform: { s in s.effect.map { EffectRunner.perform($0, analysis: s.analysis) } },
            shouldQuit: { $0.shouldQuit }, asksBeforeQuitting: { $0.hasUnexportedMarks && $0.mode != .confirmQuit }
        ).run(initial, on: terminal)
    }

    /// Takes the terminal and runs the corpus browser from `initial` until the user quits.
    public static func run(corpus initial: CorpusState, mouse: Bool, locale: TerminalLocale, environment: [String: String]) {
        let terminal = Terminal(mouse: mouse, asciiOnly: locale == .ascii)
        terminal.start(environment: environment)
        defer { terminal.stop() }
        BrowserLoop<CorpusState>(
            reduce: reduce, render: render, action: KeyTable.action(for:in:),
            perform: { s in s.effect.map { EffectRunner.perform($0, source: s.source, name: s.name) } },
            shouldQuit: { $0.shouldQuit }, asksBeforeQuitting: { $0.hasUnexportedMarks && $0.mode != .confirmQuit }
        ).run(initial, on: terminal)
    }

    /// Runs `prepare` on another thread; after a tenth of a second without a result, shows the
    /// progress screen and keeps it current (time, resizes) while answering `q` and signals.
    /// Returns nil when the user quits first.
    private static func wait(
        for prepare: @escaping @Sendable () -> State, showing name: String, characters: Int, on terminal: Terminal
    ) -> State? {
        let result = Prepared()
        DispatchQueue.global(qos: .userInitiated).async {
            result.state = prepare()
            result.done.signal()
        }
        let start = DispatchTime.now()
        if result.done.wait(timeout: start + .milliseconds(100)) == .success { return result.state }
        while true {
            let seconds = Int((DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1_000_000_000)
            terminal.draw(renderProgress(name: name, characters: characters, seconds: seconds, size: terminal.size))
            let event = terminal.readEvent()
            if let signal = terminal.takePendingSignal() { terminal.die(of: signal) }
            if case .key(let key) = event, key == .char("q") || key == .ctrl("c") { return nil }
            if result.done.wait(timeout: .now()) == .success { return result.state }
        }
    }

    /// The state `prepare` returns, handed from its thread to the main one; `done` orders the two.
    private final class Prepared: @unchecked Sendable {
        var state: State?
        let done = DispatchSemaphore(value: 0)
    }
}
