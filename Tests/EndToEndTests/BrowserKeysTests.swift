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

    /// n shows a match counter; in the source, ] moves the highlight to the next statement and
    /// Enter takes it to the statements pane.
    @Test(.enabled(if: Tmux.isAvailable, "tmux is not installed"))
    func matchCounterAndStatementKeysInTheSource() throws {
        let (tmux, _) = try Tmux.browser(width: 100, height: 30)
        defer { tmux.kill() }
        try tmux.send("3", "/")
        try tmux.send("korea", literal: true)
        try tmux.send("Enter", "n")
        let counted = try tmux.waitFor { $0.range(of: #" [0-9]+/[0-9]+ paragraphs match “korea”"#, options: .regularExpression) != nil }
        #expect(counted.ok, "no match counter:\n\(counted.screen)")
        try tmux.send("Escape", "g", "]")
        try tmux.send("Enter")
        // The second statement (President Obama's) is now the selected one: reversed in the source
        // ("wasteland" on the line "… President Obama tells …") and, Enter having taken it there, in
        // the statements pane, right of the "│" (the row is shared with the actors pane).
        let picked = try tmux.waitFor(escapes: true) { screen in
            let rows = screen.split(separator: "\n")
            let inSource = rows.contains { $0.contains("tells") && $0.contains("President Obama") && $0.contains("[7m") }
            let inStatements = rows.contains { row in
                guard let bar = row.range(of: "│") else { return false }
                let statements = String(row[bar.upperBound...])
                let reversed = statements.range(of: "^\\x1B\\[(?:[0-9]+;)*7m", options: .regularExpression) != nil
                return reversed && statements.contains("tells ¶2 · President Obama")
            }
            return inSource && inStatements
        }
        #expect(picked.ok, "\(picked.screen)")
        try tmux.send("q")
    }

    /// q with a mark not exported asks; n stays; Ctrl-C asks too, and a second Ctrl-C ends it.
    @Test(.enabled(if: Tmux.isAvailable, "tmux is not installed"))
    func quittingWithUnexportedMarksAsksFirst() throws {
        let tmux = try Tmux.shellRunningBrowser()
        defer { tmux.kill() }
        try tmux.send("2", "Space", "q")
        let asked = try tmux.waitFor { $0.contains("1 marked statement not exported. Quit anyway? (y/n)") }
        #expect(asked.ok, "no question:\n\(asked.screen)")
        try tmux.send("n")
        let stayed = try tmux.waitFor { $0.contains("Not quitting") }
        #expect(stayed.ok, "n did not stay:\n\(stayed.screen)")
        try tmux.send("C-c")
        let askedAgain = try tmux.waitFor { $0.contains("Quit anyway? (y/n)") }
        #expect(askedAgain.ok, "Ctrl-C did not ask:\n\(askedAgain.screen)")
        try tmux.send("C-c")
        let back = try tmux.waitFor { $0.contains("shell-before") && !$0.contains("1 Actors") }
        #expect(back.ok, "a second Ctrl-C did not give the screen back:\n\(back.screen)")
        // (The shell would drop a command list after Ctrl-C: ask for the status on its own.)
        try tmux.typeLine("echo status=$?")
        let gone = try tmux.waitForLine(startingWith: "status=130")
        #expect(gone.ok, "a second Ctrl-C did not end it:\n\(gone.screen)")
    }
}
