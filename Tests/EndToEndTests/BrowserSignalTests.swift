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
    /// A shell in tmux, cleared, that shows `shell-before`; the browser is started from it.
    private func shell(width: Int = 80, height: Int = 24) throws -> Tmux {
        let tmux = try Tmux(width: width, height: height, command: "env PS1='$ ' LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=tmux-256color sh")
        try tmux.send("clear && echo shell-before", literal: true)
        try tmux.send("Enter")
        #expect(try tmux.waitFor { $0.contains("shell-before\n$") }.ok)
        return tmux
    }

    @Test(.enabled(if: Tmux.isAvailable, "tmux is not installed"))
    func controlSDoesNotFreezeTheBrowser() throws {
        let binary = try #require(whosaidBinary())
        let tmux = try shell()
        defer { tmux.kill() }
        try tmux.send("'\(binary)' --no-mouse", literal: true)
        try tmux.send("Enter")
        try #require(try tmux.waitFor { $0.contains("1 Actors") }.ok)
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
        let tmux = try shell()
        defer { tmux.kill() }
        try tmux.send("sh -c 'echo $$ > \(pidFile); exec \"$0\" --no-mouse' '\(binary)'", literal: true)
        try tmux.send("Enter")
        try #require(try tmux.waitFor { $0.contains("1 Actors") }.ok)
        let pid = try #require(pid_t((try String(contentsOfFile: pidFile, encoding: .utf8)).trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect(kill(pid, sig) == 0)
        let back = try tmux.waitFor { $0.contains("shell-before") && !$0.contains("1 Actors") }
        #expect(back.ok, "screen not given back after signal \(sig):\n\(back.screen)")
        try tmux.send("echo status=$?", literal: true)
        try tmux.send("Enter")
        let status = try tmux.waitFor { $0.contains("status=\(128 + sig)") }
        #expect(status.ok, "expected status \(128 + sig):\n\(status.screen)")
    }
}
