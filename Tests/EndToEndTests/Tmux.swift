import Foundation

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
