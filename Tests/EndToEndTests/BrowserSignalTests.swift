import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Flow control and signals in the real terminal: Ctrl-S must not freeze the browser, and any
/// termination signal gives the shell its screen back before the process dies of it.
@Suite(.serialized) struct BrowserSignalTests {
    @Test(.enabled(if: Tmux.isAvailable, "tmux is not installed"))
    func controlSDoesNotFreezeTheBrowser() throws {
        let tmux = try Tmux.shellRunningBrowser()
        defer { tmux.kill() }
        // With XON/XOFF on, Ctrl-S stops the output until Ctrl-Q: the help would never appear.
        try tmux.send("C-s")
        try tmux.send("?")
        let help = try tmux.waitFor(timeout: 4) { $0.contains("Keys (? or Esc closes)") }
        #expect(help.ok, "the browser froze after Ctrl-S:\n\(help.screen)")
        try tmux.send("Escape")
        try tmux.send("q")
        #expect(try tmux.waitFor { $0.contains("shell-before") && !$0.contains("1 Actors") }.ok)
    }

    /// SIGUSR1, SIGTERM and SIGHUP end the browser with the shell's screen back (the alternate
    /// screen left) and the status of death by that signal.
    @Test(.enabled(if: Tmux.isAvailable, "tmux is not installed"), arguments: [SIGUSR1, SIGTERM, SIGHUP])
    func aSignalGivesTheScreenBack(_ sig: Int32) throws {
        let binary = try #require(whosaidBinary())
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("whosaid-sig-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let pidFile = work.appendingPathComponent("pid").path
        let tmux = try Tmux.shell()
        defer { tmux.kill() }
        try tmux.typeLine("sh -c 'echo $$ > \(pidFile); exec \"$0\" --no-mouse' '\(binary)'")
        try #require(try tmux.waitFor { $0.contains("1 Actors") }.ok)
        let pid = try #require(pid_t((try String(contentsOfFile: pidFile, encoding: .utf8)).trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect(kill(pid, sig) == 0)
        let back = try tmux.waitFor { $0.contains("shell-before") && !$0.contains("1 Actors") }
        #expect(back.ok, "screen not given back after signal \(sig):\n\(back.screen)")
        try tmux.typeLine("echo status=$?")
        let status = try tmux.waitFor { $0.contains("status=\(128 + sig)") }
        #expect(status.ok, "expected status \(128 + sig):\n\(status.screen)")
    }
}

/// Terminals and locales the browser meets in containers and over serial lines.
@Suite(.serialized) struct BrowserEnvironmentTests {
    /// `TERM=dumb` and a terminal type without a terminfo entry are refused in one line that
    /// points to `whosaid extract`, with status 1, before the screen is touched.
    @Test(.enabled(if: Tmux.isAvailable, "tmux is not installed"), arguments: ["dumb", "no-such-terminal-xyz"])
    func terminalsThatCannotDrawAreRefused(_ term: String) throws {
        let binary = try #require(whosaidBinary())
        let tmux = try Tmux.shell(width: 250)
        defer { tmux.kill() }
        try tmux.typeLine("clear; TERM=\(term) '\(binary)'; echo status=$?")
        let done = try tmux.waitForLine(startingWith: "status=")
        try #require(done.ok, "no status:\n\(done.screen)")
        let lines = done.screen.split(separator: "\n").filter { $0.hasPrefix("whosaid: ") }
        #expect(lines.count == 1, "expected one line:\n\(done.screen)")
        #expect(lines.first?.contains("`whosaid extract FILE`") == true)
        #expect(done.screen.contains("status=1"))
        #expect(!done.screen.contains("Error opening terminal"))
    }

    /// Under `LANG=C LC_ALL=C` (no UTF-8 locale chosen) the browser falls back to C.UTF-8: lines,
    /// curly quotes and the kind markers still show.
    @Test(.enabled(if: Tmux.isAvailable, "tmux is not installed"))
    func withoutAUTF8LocaleNonASCIICharactersStillShow() throws {
        let (tmux, screen) = try Tmux.browser(width: 100, height: 30, environment: "-u LANGUAGE LANG=C LC_ALL=C")
        defer { tmux.kill() }
        #expect(screen.contains("│ 2 Statements"))
        #expect(screen.contains("────────"))
        #expect(screen.contains("“a villain, a crazy person,”"))
        #expect(screen.contains("¶"))
        try tmux.send("q")
    }
}

/// A large article takes seconds to analyse: the browser shows that it is working, and `q` quits
/// without waiting for the analysis.
@Suite(.serialized) struct BrowserProgressTests {
    @Test(.enabled(if: Tmux.isAvailable, "tmux is not installed"))
    func aLargeArticleShowsProgressAndQQuitsAtOnce() throws {
        let binary = try #require(whosaidBinary())
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("whosaid-big-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let seed = try seedText()
        let article = work.appendingPathComponent("big.txt")
        try String(repeating: seed + "\n\n", count: 4_000_000 / seed.utf8.count).write(to: article, atomically: true, encoding: .utf8)

        let tmux = try Tmux.shell()
        defer { tmux.kill() }
        try tmux.typeLine("clear; '\(binary)' --no-mouse '\(article.path)'; echo status=$?")
        let progress = try tmux.waitFor { $0.contains("Analysing") && $0.contains("big.txt…") }
        try #require(progress.ok, "no progress screen:\n\(progress.screen)")
        #expect(progress.screen.contains("million characters"))
        #expect(progress.screen.contains("q or Ctrl-C quits"))
        try tmux.send("q")
        let quit = try tmux.waitForLine(startingWith: "status=0", timeout: 3)
        #expect(quit.ok, "q did not quit during the analysis:\n\(quit.screen)")
    }

    /// The bundled seed article's text.
    private func seedText() throws -> String {
        let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return try String(contentsOf: directory.appendingPathComponent("seeds/000_5f41ddfe102fbffe.txt"), encoding: .utf8)
    }
}
