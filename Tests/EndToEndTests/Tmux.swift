import Foundation
import Testing

/// A private tmux server running one session, driven like a user at a terminal.
struct Tmux {
    let socket: String
    let session = "e2e"

    /// Whether tmux is installed.
    static var isAvailable: Bool { executable != nil }

    static var executable: String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/tmux" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Starts a detached session of `width`x`height` running `command`.
    init(width: Int, height: Int, command: String) throws {
        socket = "whosaid-e2e-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try run(["-f", "/dev/null", "new-session", "-d", "-s", session, "-x", "\(width)", "-y", "\(height)", command])
    }

    /// Runs a tmux command on the private server and returns its output.
    @discardableResult
    func run(_ arguments: [String]) throws -> String {
        let result = try Spawn.run(Tmux.executable!, ["-L", socket] + arguments)
        guard result.status == 0 else {
            throw SpawnError(message: "tmux \(arguments.joined(separator: " ")) exited \(result.status): \(result.stderr)")
        }
        return result.stdout
    }

    /// Sends keys (tmux key names such as "Enter", "Escape", "Space", or literal text with `literal`).
    func send(_ keys: String..., literal: Bool = false) throws {
        try run(["send-keys", "-t", session] + (literal ? ["-l"] : []) + keys)
    }

    /// The visible screen as text, or with escape sequences for attributes when `escapes`.
    func capture(escapes: Bool = false) throws -> String {
        try run(["capture-pane", "-p", "-t", session] + (escapes ? ["-e"] : []))
    }

    /// Resizes the window.
    func resize(width: Int, height: Int) throws {
        try run(["resize-window", "-t", session, "-x", "\(width)", "-y", "\(height)"])
    }

    /// Waits until the screen satisfies `condition`; returns the last capture and whether it did.
    @discardableResult
    func waitFor(timeout: TimeInterval = 10, escapes: Bool = false, _ condition: (String) -> Bool) throws -> (screen: String, ok: Bool) {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = ""
        while Date() < deadline {
            screen = try capture(escapes: escapes)
            if condition(screen) { return (screen, true) }
            usleep(50_000)
        }
        return (screen, false)
    }

    /// Stops the private server.
    func kill() {
        // End the shell first: the server then exits by itself; kill-server alone can leave it waiting.
        _ = try? run(["send-keys", "-t", session, "C-c"])
        _ = try? run(["send-keys", "-t", session, "-l", "exit"])
        _ = try? run(["send-keys", "-t", session, "Enter"])
        usleep(200_000)
        _ = try? run(["kill-server"])
        // tmux can leave its socket file behind; remove it (it lives in $TMUX_TMPDIR/tmux-UID/).
        let directory = (ProcessInfo.processInfo.environment["TMUX_TMPDIR"] ?? "/tmp") + "/tmux-\(getuid())/"
        unlink(directory + socket)
    }
}

extension Tmux {
    /// The browser (with `arguments`) in a session of `width`x`height`, under `environment` and
    /// TERM=tmux-256color, once `ready` shows; the session and that screen.
    static func browser(
        width: Int, height: Int, arguments: String = "--no-mouse", environment: String = "LANG=C.UTF-8 LC_ALL=C.UTF-8",
        ready: String = "1 Actors"
    ) throws -> (tmux: Tmux, screen: String) {
        let binary = try #require(whosaidBinary(), "whosaid binary not found next to the test bundle")
        let tmux = try Tmux(width: width, height: height, command: "env \(environment) TERM=tmux-256color '\(binary)' \(arguments)")
        return (tmux, try tmux.waitForWholeFrame(showing: ready))
    }

    /// Waits until the browser's main screen shows `ready` in a whole frame, past the progress
    /// screen, and until it holds still; that screen. Kills the session when it does not come.
    /// The progress screen ("Analysing …") may already show the pane titles, and under load a
    /// capture can catch the first frame half painted: curses paints top to bottom, so the frame
    /// is whole once its last row holds the key hints (see ``showsWholeFrame(_:)``).
    func waitForWholeFrame(showing ready: String = "1 Actors") throws -> String {
        let started = try waitFor { $0.contains(ready) && !$0.contains("Analysing ") && Self.showsWholeFrame($0) }
        if !started.ok { kill() }
        try #require(started.ok, "browser did not start:\n\(started.screen)")
        return try settledScreen(after: started.screen)
    }

    /// Whether `screen` (a capture of a whole window) ends with the article browser's key hints
    /// in its normal mode (" Tab pane  ⏎ open …"), the row curses paints last.
    static func showsWholeFrame(_ screen: String) -> Bool {
        let rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
        let last = rows.last == "" ? rows.dropLast().last : rows.last
        return last?.hasPrefix(" Tab pane ") ?? false
    }

    /// The screen once two captures ``settleInterval`` apart agree (at most ``settleTries`` tries),
    /// starting from `screen`.
    func settledScreen(after screen: String) throws -> String {
        var previous = screen
        for _ in 0..<Self.settleTries {
            usleep(Self.settleInterval)
            let next = try capture()
            if next == previous { return next }
            previous = next
        }
        return previous
    }
    /// Microseconds between the captures that decide a screen has settled.
    static let settleInterval: useconds_t = 100_000
    /// Most captures taken while waiting for a screen to settle.
    static let settleTries = 30

    /// A shell (`$ ` prompt, UTF-8, TERM=tmux-256color) in a session of `width`x`height`, its
    /// screen cleared but for the line `shell-before`.
    static func shell(width: Int = 80, height: Int = 24) throws -> Tmux {
        let tmux = try Tmux(width: width, height: height, command: "env PS1='$ ' LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=tmux-256color sh")
        try tmux.send("clear && echo shell-before", literal: true)
        try tmux.send("Enter")
        #expect(try tmux.waitFor { $0.contains("shell-before\n$") }.ok)
        return tmux
    }

    /// Waits for a line that starts with `prefix` (a typed command that holds it does not count).
    /// Under load the shell may print its prompt after a typed command's echo, so the line may
    /// also start with the prompt (`$ status=130`).
    @discardableResult
    func waitForLine(startingWith prefix: String, timeout: TimeInterval = 10) throws -> (screen: String, ok: Bool) {
        try waitFor(timeout: timeout) { $0.split(separator: "\n").contains { $0.hasPrefix(prefix) || $0.hasPrefix("$ " + prefix) } }
    }
}

extension Tmux {
    /// Types `line` and presses Enter.
    func typeLine(_ line: String) throws {
        try send(line, literal: true)
        try send("Enter")
    }
}

extension Tmux {
    /// A shell (see ``shell(width:height:)``) in which `command` (the browser, with `{}` standing
    /// for its path) was typed, once the browser shows its actors pane in a whole frame.
    static func shellRunningBrowser(_ command: String = "{} --no-mouse") throws -> Tmux {
        let binary = try #require(whosaidBinary(), "whosaid binary not found next to the test bundle")
        let tmux = try shell()
        try tmux.typeLine(command.replacingOccurrences(of: "{}", with: "'\(binary)'"))
        _ = try tmux.waitForWholeFrame()
        return tmux
    }
}
