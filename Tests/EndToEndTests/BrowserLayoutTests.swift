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
        #expect(separators.count == 2, "separators overwritten:\n\(screen)")
        #expect(lines[separators.first! + 1].contains("2 Statements"))
        #expect(lines[separators.last! + 1].contains("3 Source"))
        try tmux.send("q")
    }

    /// At 30x8 the message fits, and q quits even with the export prompt open.
    @Test(.enabled(if: Tmux.isAvailable, "tmux is not installed"))
    func at30x8TheMessageFitsAndQQuitsFromAPrompt() throws {
        let binary = try #require(whosaidBinary())
        let tmux = try Tmux.shell()
        defer { tmux.kill() }
        try tmux.typeLine("clear; '\(binary)' --no-mouse; echo status=$?")
        try #require(try tmux.waitFor { $0.contains("1 Actors") }.ok)
        try tmux.send("e")
        try #require(try tmux.waitFor { $0.contains("Export 22 statements to:") }.ok)
        try tmux.resize(width: 30, height: 8)
        let small = try tmux.waitFor { $0.contains("Terminal too small") }
        try #require(small.ok, "no message:\n\(small.screen)")
        #expect(small.screen.contains("Enlarge the window, or q to"))
        #expect(small.screen.contains("quit"))
        try tmux.send("q")
        try tmux.resize(width: 80, height: 24)
        let quit = try tmux.waitForLine(startingWith: "status=0")
        #expect(quit.ok, "q did not quit from the prompt on a tiny terminal:\n\(quit.screen)")
    }
}
