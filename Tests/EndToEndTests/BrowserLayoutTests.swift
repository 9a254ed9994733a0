import Foundation
import Testing

/// The real binary at small sizes.
@Suite(.serialized) struct BrowserLayoutTests {
    @Test(.enabled(if: Tmux.isAvailable, "tmux is not installed"))
    func at60x20EveryPaneAndSeparatorShows() throws {
        let (tmux, screen) = try Tmux.browser(width: 60, height: 20, ready: "3 Source")
        defer { tmux.kill() }
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
        let separators = lines.enumerated().filter { $0.element == Substring(String(repeating: "─", count: 60)) }.map(\.offset)
        // (A require, not a force unwrap below: a bad screen must fail this test, not crash the run.)
        try #require(separators.count == 2, "separators overwritten:\n\(screen)")
        #expect(lines[separators[0] + 1].contains("2 Statements"))
        #expect(lines[separators[1] + 1].contains("3 Source"))
        try tmux.send("q")
    }

    /// At 30x8 the message fits, and q quits even with the export prompt open.
    @Test(.enabled(if: Tmux.isAvailable, "tmux is not installed"))
    func at30x8TheMessageFitsAndQQuitsFromAPrompt() throws {
        let tmux = try Tmux.shellRunningBrowser("clear; {} --no-mouse; echo status=$?")
        defer { tmux.kill() }
        try tmux.send("e")
        try #require(try tmux.waitFor { $0.contains("Export 22 statements to:") }.ok)
        try tmux.resize(width: 30, height: 8)
        // Curses paints top to bottom: under load a capture can catch the title drawn before
        // the lines under it, so wait for the message's last word.
        let small = try tmux.waitFor { $0.contains("Terminal too small") && $0.contains("quit") }
        try #require(small.ok, "no message:\n\(small.screen)")
        #expect(small.screen.contains("Enlarge the window, or q to"))
        #expect(small.screen.contains("quit"))
        try tmux.send("q")
        try tmux.resize(width: 80, height: 24)
        let quit = try tmux.waitForLine(startingWith: "status=0")
        #expect(quit.ok, "q did not quit from the prompt on a tiny terminal:\n\(quit.screen)")
    }
}

/// Emoji sequences and flags in an article keep the grid: what follows them stays in its column.
@Suite(.serialized) struct BrowserEmojiTests {
    @Test(.enabled(if: Tmux.isAvailable, "tmux is not installed"))
    func emojiSequencesAndFlagsKeepTheGrid() throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("whosaid-emoji-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let article = work.appendingPathComponent("emoji.txt")
        try "Emoji Test\n\nThe fans cheered. “We won 🙅‍♂️ and 🇰🇷 and 👍🏽 1️⃣ again,” said Jan Kowalski, a fan of the team.\n"
            .write(to: article, atomically: true, encoding: .utf8)
        let (tmux, screen) = try Tmux.browser(width: 100, height: 24, arguments: "--no-mouse '\(article.path)'", ready: "3 Source")
        defer { tmux.kill() }
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.contains("  2 The fans cheered. “We won 🙅 and KR and 👍 1  again,” said Jan Kowalski, a fan of the team."), "\(screen)")
        #expect(lines.contains { $0.hasSuffix("│   “We won 🙅 and KR and 👍 1  again,”") }, "\(screen)")
        #expect(!screen.unicodeScalars.contains { $0.value == 0x200D || (0x1F1E6...0x1F1FF).contains($0.value) })
        try tmux.send("q")
    }
}
