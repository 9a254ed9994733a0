import Foundation
import Testing

/// The built `whosaid` binary beside this test bundle (`.build/<config>/whosaid`), whatever the build dir.
func whosaidBinary() -> String? {
    let candidates = [
        URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath(),
        URL(fileURLWithPath: CommandLine.arguments[0]),
        Bundle.main.bundleURL,
    ]
    for start in candidates {
        var dir = start.deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("whosaid").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
    }
    return nil
}

@Suite(.serialized) struct BrowserEndToEndTests {
    /// Drives the real binary on the seed article in tmux: pick Leon V. Sigal by search, read his
    /// statements and the highlighted source, open and close help, resize, mark two statements,
    /// export them, and quit back to the shell.
    @Test(.enabled(if: Tmux.isAvailable, "tmux is not installed: skipping the end-to-end browser test"))
    func browseTheSeedArticle() throws {
        let binary = try #require(whosaidBinary(), "whosaid binary not found next to the test bundle")
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("whosaid-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }

        let tmux = try Tmux(width: 100, height: 30, command: "env -u NO_COLOR PS1='$ ' LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=tmux-256color sh")
        defer { tmux.kill() }
        try tmux.send("cd '\(work.path)' && clear && echo shell-before", literal: true)
        try tmux.send("Enter")
        #expect(try tmux.waitFor { $0.contains("shell-before\n$") }.ok)

        // 1. Open the seed.
        try tmux.send("'\(binary)'", literal: true)
        try tmux.send("Enter")
        // The first capture with the pane titles can be half painted (the status row with the
        // file name not drawn yet): read a whole frame.
        var step = (screen: try tmux.waitForWholeFrame(), ok: true)
        #expect(step.screen.contains("3 Source"), "\(step.screen)")
        #expect(step.screen.contains("000_5f41ddfe102fbffe.txt"), "\(step.screen)")

        // 2. Search "sig": Leon V. Sigal is selected with his statements; Enter to the statements,
        //    Enter again to his first statement in the source, highlighted.
        try tmux.send("/")
        try tmux.send("sig", literal: true)
        step = try tmux.waitFor { $0.contains("Search actors: sig") && $0.contains("· Leon V. Sigal") }
        try #require(step.ok, "search did not find Sigal:\n\(step.screen)")
        try tmux.send("Enter")
        step = try tmux.waitFor { $0.contains("1 match for “sig”") && $0.contains("Statements") && $0.contains("· Leon V. Sigal") }
        #expect(step.ok, "Sigal not selected:\n\(step.screen)")
        #expect(!step.screen.contains("Statements 0 "))
        // The source pane always highlights the selected statement (yellow, 43m): the first
        // screen already has one. What these two Enters must bring is the source pane focused
        // (its title black on cyan, 46m) with Sigal's first statement (¶5) the highlighted one.
        try tmux.send("Enter")
        try tmux.send("Enter")
        step = try tmux.waitFor(escapes: true) { screen in
            screen.contains("46m 3 Source")
                && screen.split(separator: "\n").contains { $0.contains("43m") && $0.contains("The North Koreans understand") }
        }
        #expect(step.ok, "Sigal's first statement not highlighted in the focused source:\n\(step.screen)")

        // 3. Help opens and closes.
        try tmux.send("?")
        step = try tmux.waitFor { $0.contains("Keys (? or Esc closes)") }
        #expect(step.ok, "help did not open:\n\(step.screen)")
        try tmux.send("?")
        step = try tmux.waitFor { !$0.contains("Keys (? or Esc closes)") }
        #expect(step.ok, "help did not close")

        // 4. Resize: wide puts the panes side by side, tiny shows a message, and it recovers.
        try tmux.resize(width: 130, height: 40)
        step = try tmux.waitFor { $0.split(separator: "\n").first.map { $0.contains("1 Actors") && $0.contains("3 Source") } ?? false }
        #expect(step.ok, "no side-by-side layout at 130x40:\n\(step.screen)")
        try tmux.resize(width: 40, height: 10)
        step = try tmux.waitFor { $0.contains("Terminal too small") }
        #expect(step.ok, "no too-small message:\n\(step.screen)")
        try tmux.resize(width: 100, height: 30)
        step = try tmux.waitFor { $0.contains("1 Actors") && $0.contains("actor: Leon V. Sigal") }
        #expect(step.ok, "did not recover from a tiny window:\n\(step.screen)")

        // 5. Mark two statements and export them.
        try tmux.send("2")
        try tmux.send("g")
        try tmux.send("Space")
        try tmux.send("j")
        try tmux.send("Space")
        step = try tmux.waitFor { $0.contains("2 marked") }
        #expect(step.ok, "marks not shown:\n\(step.screen)")
        try tmux.send("e")
        step = try tmux.waitFor { $0.contains("Export 2 statements to: 000_5f41ddfe102fbffe-statements.md") }
        #expect(step.ok, "no export prompt:\n\(step.screen)")
        try tmux.send("Enter")
        step = try tmux.waitFor { $0.contains("Exported 2 statements to 000_5f41ddfe102fbffe-statements.md") }
        #expect(step.ok, "no export message:\n\(step.screen)")
        let exported = work.appendingPathComponent("000_5f41ddfe102fbffe-statements.md")
        let markdown = try String(contentsOf: exported, encoding: .utf8)
        #expect(markdown.contains("Leon V. Sigal"))
        #expect(markdown.contains("Statements: 2"))
        #expect(markdown.components(separatedBy: "\n> ").count - 1 == 2)

        // Exporting again asks before overwriting; "n" keeps the file.
        try tmux.send("e")
        try tmux.send("Enter")
        step = try tmux.waitFor { $0.contains("exists. Overwrite? (y/n)") }
        #expect(step.ok, "no overwrite question:\n\(step.screen)")
        try tmux.send("n")
        try tmux.send("Escape")
        step = try tmux.waitFor { $0.contains("Export cancelled") }
        #expect(step.ok)
        #expect(try String(contentsOf: exported, encoding: .utf8) == markdown)

        // 6. Quit: the shell screen comes back and the exit status is 0.
        try tmux.send("q")
        step = try tmux.waitFor { $0.contains("shell-before") && !$0.contains("1 Actors") }
        #expect(step.ok, "shell screen not restored:\n\(step.screen)")
        try tmux.send("echo status=$?", literal: true)
        try tmux.send("Enter")
        #expect(try tmux.waitFor { $0.contains("status=0") }.ok)
    }

    /// Ctrl-C ends the browser through its signal handler and still gives the screen back.
    @Test(.enabled(if: Tmux.isAvailable, "tmux is not installed: skipping the end-to-end browser test"))
    func controlCRestoresTheTerminal() throws {
        let binary = try #require(whosaidBinary(), "whosaid binary not found next to the test bundle")
        let tmux = try Tmux(width: 80, height: 24, command: "env PS1='$ ' LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=tmux-256color sh")
        defer { tmux.kill() }
        try tmux.send("clear && echo shell-before", literal: true)
        try tmux.send("Enter")
        #expect(try tmux.waitFor { $0.contains("shell-before\n$") }.ok)
        try tmux.send("'\(binary)' --no-mouse", literal: true)
        try tmux.send("Enter")
        // Past the progress screen (whose Ctrl-C ends the process another way) to the browser's.
        _ = try tmux.waitForWholeFrame()
        try tmux.send("C-c")
        let back = try tmux.waitFor { $0.contains("shell-before") && !$0.contains("1 Actors") }
        #expect(back.ok, "shell screen not restored after Ctrl-C:\n\(back.screen)")
        try tmux.send("echo status=$?", literal: true)
        try tmux.send("Enter")
        #expect(try tmux.waitFor { $0.contains("status=130") }.ok)
    }

    /// A click on an actor selects it and the wheel moves on; with `--no-mouse` clicks do nothing.
    /// (tmux-256color reports the mouse in the X10 form `ESC [ M b x y`, each byte offset by 32.)
    @Test(.enabled(if: Tmux.isAvailable, "tmux is not installed: skipping the end-to-end browser test"))
    func mouseClicksAndWheel() throws {
        let binary = try #require(whosaidBinary(), "whosaid binary not found next to the test bundle")
        func mouse(_ button: Int, x: Int, y: Int) -> String {
            "\u{1B}[M" + String(UnicodeScalar(UInt8(32 + button))) + String(UnicodeScalar(UInt8(33 + x))) + String(UnicodeScalar(UInt8(33 + y)))
        }
        for noMouse in [false, true] {
            let tmux = try Tmux(width: 80, height: 24, command: "env LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=tmux-256color '\(binary)'\(noMouse ? " --no-mouse" : "")")
            defer { tmux.kill() }
            // Row 4 of the screen holds an actor's name (All statements, then two-row actors).
            // A capture can catch the first frame half drawn, so wait until that row has a name:
            // an empty name would match any "· " on the screen and hide a broken wheel.
            func actorName(_ screen: String) -> String {
                let rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
                guard rows.count > 4, screen.contains("1 Actors") else { return "" }
                return String(rows[4].prefix(24)).trimmingCharacters(in: .whitespaces)
            }
            let started = try tmux.waitFor { actorName($0).count > 1 && Tmux.showsWholeFrame($0) }
            try #require(started.ok, "browser did not start:\n\(started.screen)")
            let name = actorName(try tmux.settledScreen(after: started.screen))
            try #require(name.count > 1)
            func title(_ screen: String) -> String { screen.split(separator: "\n").first.map(String.init) ?? "" }
            try tmux.send(mouse(0, x: 3, y: 4) + mouse(3, x: 3, y: 4), literal: true)
            if noMouse {
                // Nothing to wait for: open and close the help after the click, so that once it has
                // closed the click has surely been read (a fixed sleep could look too early).
                try tmux.send("?")
                let help = try tmux.waitFor { $0.contains("Keys (? or Esc closes)") }
                try #require(help.ok, "help did not open after the click:\n\(help.screen)")
                try tmux.send("?")
                let closed = try tmux.waitFor { !$0.contains("Keys (? or Esc closes)") && Tmux.showsWholeFrame($0) }
                try #require(closed.ok, "help did not close:\n\(closed.screen)")
                let title = title(closed.screen)
                #expect(title.contains("2 Statements") && !title.contains(" · "), "a click changed the selection with --no-mouse: \(title)")
                continue
            }
            let clicked = try tmux.waitFor { title($0).contains("· \(name)") }
            #expect(clicked.ok, "click on \(name) did not select it:\n\(clicked.screen)")
            try tmux.send(mouse(65, x: 3, y: 4), literal: true)
            let wheeled = try tmux.waitFor { !title($0).contains("· \(name)") && title($0).contains(" · ") }
            #expect(wheeled.ok, "the wheel did not move the selection:\n\(wheeled.screen)")
            try tmux.send("q")
        }
    }

    /// Without a terminal the browser says so in one line, points to `extract`, and prints no escapes.
    @Test func refusesToRunWithoutATerminal() throws {
        let binary = try #require(whosaidBinary())
        let result = try Spawn.run(binary, [])
        #expect(result.status != 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("whosaid: "))
        #expect(result.stderr.contains("whosaid extract"))
        #expect(result.stderr.filter { $0 == "\n" }.count == 1)
        #expect(!result.stderr.contains("\u{1B}"))
    }

    /// A missing file gets the loader's one-line error before the screen is taken.
    @Test func aMissingFileIsAOneLineError() throws {
        let binary = try #require(whosaidBinary())
        let result = try Spawn.run(binary, ["/nonexistent/article.txt"])
        #expect(result.status == 1)
        #expect(result.stderr == "whosaid: /nonexistent/article.txt: no such file; check the path\n")
    }
}
