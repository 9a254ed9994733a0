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
        // A frozen output stays frozen: the usual timeout, not a short one that load can outlast.
        let help = try tmux.waitFor { $0.contains("Keys (? or Esc closes)") }
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
        // The browser's main loop, past the progress screen (which answers signals on its own).
        _ = try tmux.waitForWholeFrame()
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
    /// curly quotes and the kind markers still show. (A machine without any UTF-8 locale draws
    /// ASCII instead: the next test.)
    @Test(
        .enabled(if: Tmux.isAvailable, "tmux is not installed"),
        .enabled(if: Self.aUTF8LocaleIsInstalled, "no UTF-8 locale to fall back to"))
    func withoutAUTF8LocaleNonASCIICharactersStillShow() throws {
        let (tmux, screen) = try Tmux.browser(width: 100, height: 30, environment: "-u LANGUAGE LANG=C LC_ALL=C")
        defer { tmux.kill() }
        #expect(screen.contains("│ 2 Statements"))
        #expect(screen.contains("────────"))
        #expect(screen.contains("“a villain, a crazy person,”"))
        #expect(screen.contains("¶"))
        try tmux.send("q")
    }

    /// Whether `locale -a` lists a locale the browser falls back to (C.UTF-8, en_US.UTF-8).
    static var aUTF8LocaleIsInstalled: Bool {
        guard let result = try? Spawn.run("/usr/bin/env", ["locale", "-a"]), result.status == 0 else { return true }
        let names = Set(result.stdout.split(separator: "\n").map { $0.lowercased().replacingOccurrences(of: "-", with: "") })
        return !names.isDisjoint(with: ["c.utf8", "en_us.utf8"])
    }

    /// With no UTF-8 locale at all (`LANG=C LC_ALL=C` on a machine without C.UTF-8 or
    /// en_US.UTF-8; `WHOSAID_TEST_UTF8_LOCALES=` hides those this machine has) the browser says so
    /// in one line, draws a usable screen in ASCII (lines, quotation marks and ¶ included, every
    /// pane in place), and `q` quits with status 0, the shell's terminal as it was.
    @Test(.enabled(if: Tmux.isAvailable, "tmux is not installed"))
    func withNoUTF8LocaleAtAllTheBrowserDrawsASCIIAndQuitsCleanly() throws {
        let binary = try #require(whosaidBinary())
        let tmux = try Tmux.shell(width: 100, height: 30)
        defer { tmux.kill() }
        try tmux.typeLine("clear; env -u LANGUAGE LANG=C LC_ALL=C WHOSAID_TEST_UTF8_LOCALES= '\(binary)' --no-mouse; echo status=$?")
        // A whole frame past the progress screen, held still, not the first capture with the titles.
        let screen = try tmux.waitForWholeFrame()
        #expect(screen.contains("q quit"))
        #expect(screen.contains(" 1 Actors 8                   | 2 Statements 22"))
        #expect(screen.contains(String(repeating: "-", count: 100)))
        #expect(screen.contains("\"a villain, a crazy person,\""))
        #expect(screen.contains("\" said P5 . Leon V. Sigal"))
        #expect(screen.contains(" 3 Source . P1-3 of 23"))
        #expect(screen.contains("NORMAL"))
        // Nothing that needs UTF-8 reaches the terminal, and nothing is dropped instead.
        #expect(!screen.unicodeScalars.contains { !$0.isASCII }, "non-ASCII on screen:\n\(screen)")
        try tmux.send("q")
        let done = try tmux.waitForLine(startingWith: "status=")
        try #require(done.ok, "q did not quit:\n\(done.screen)")
        #expect(done.screen.contains("status=0"))
        #expect(done.screen.components(separatedBy: "whosaid: no UTF-8 locale is installed").count == 2, "expected the note once:\n\(done.screen)")
        // The shell's terminal is back: what is typed is echoed and runs.
        try tmux.typeLine("echo after-$((40 + 2))")
        #expect(try tmux.waitForLine(startingWith: "after-42").ok)
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
        // All its lines: under load the screen can be captured half painted.
        let progress = try tmux.waitFor { $0.contains("Analysing") && $0.contains("big.txt…") && $0.contains("q or Ctrl-C quits") }
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
