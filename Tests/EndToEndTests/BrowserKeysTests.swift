import Foundation
import Testing

/// Keys a tig or lazygit user expects, through the real terminal.
@Suite(.serialized) struct BrowserKeysTests {
    /// ←, Delete, Home and Ctrl-U edit the search as in a shell.
    @Test(.enabled(if: Tmux.isAvailable, "tmux is not installed"))
    func promptsEditLikeAShell() throws {
        let (tmux, _) = try Tmux.browser(width: 100, height: 30)
        defer { tmux.kill() }
        try tmux.send("/")
        try tmux.send("sigxl", literal: true)
        try #require(try tmux.waitFor { $0.contains("Search actors: sigxl") }.ok)
        try tmux.send("Left", "Left", "DC", "End", "BSpace")
        let edited = try tmux.waitFor { $0.contains("Search actors: sig█") && $0.contains("· Leon V. Sigal") }
        #expect(edited.ok, "editing failed:\n\(edited.screen)")
        try tmux.send("C-u")
        #expect(try tmux.waitFor { $0.contains("Search actors: █") }.ok)
        try tmux.send("Escape")
        try tmux.send("q")
    }
}
