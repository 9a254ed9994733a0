import Testing
import WhosaidBrowser

/// Every prompt (the searches, the export file name) edits like a shell prompt.
@Suite struct LineEditTests {
    @Test func cursorMovesAndTypingGoesInAtTheCursor() {
        var line = LineEdit("leon sigal")
        #expect(line.cursor == 10)
        line.apply(.home)
        line.insert(">")
        #expect(line.text == ">leon sigal" && line.cursor == 1)
        line.apply(.end)
        line.apply(.left)
        line.apply(.left)
        line.deleteBackward()
        #expect(line.text == ">leon sial" && line.cursor == 8)
        line.apply(.deleteForward)
        #expect(line.text == ">leon sil")
        line.apply(.right)
        line.apply(.right)
        #expect(line.cursor == 9)
    }

    @Test func controlUWAndKDeleteToTheStartAWordAndToTheEnd() {
        var line = LineEdit("state  department official", cursor: 18)
        line.apply(.deleteWordBackward)
        #expect(line.text == "state  official" && line.cursor == 7)
        line.apply(.deleteWordBackward)
        #expect(line.text == "official" && line.cursor == 0)
        line = LineEdit("abc def", cursor: 4)
        line.apply(.deleteToEnd)
        #expect(line.text == "abc ")
        line.apply(.deleteToStart)
        #expect(line.text == "" && line.cursor == 0)
        line.apply(.deleteWordBackward)
        line.deleteBackward()
        #expect(line.text == "")
    }

    @Test func theKeysReachEveryPrompt() {
        for opening in [Action.startSearch, .export] {
            let s = run(Fixture.state(), opening)
            #expect(KeyTable.action(for: .ctrl("u"), in: s) == .edit(.deleteToStart))
            #expect(KeyTable.action(for: .ctrl("w"), in: s) == .edit(.deleteWordBackward))
            #expect(KeyTable.action(for: .left, in: s) == .edit(.left))
            #expect(KeyTable.action(for: .right, in: s) == .edit(.right))
            #expect(KeyTable.action(for: .home, in: s) == .edit(.home))
            #expect(KeyTable.action(for: .end, in: s) == .edit(.end))
        }
        // Browsing, Ctrl-U still pages up.
        #expect(KeyTable.action(for: .ctrl("u"), in: Fixture.state()) == .pageUp)
    }

    /// Ctrl-W in the export prompt removes the file name; the search filters as it is edited.
    @Test func editingAPromptChangesWhatItDoes() {
        let prompt = run(Fixture.state(), .export, .edit(.deleteToStart))
        #expect(prompt.prompt?.line.text == "")
        let typed = type(prompt, "out.md")
        #expect(run(typed, .edit(.home), .insert("x")).prompt?.line.text == "xout.md")
        let search = type(run(Fixture.state(), .startSearch), "tomx")
        #expect(search.listRows.isEmpty)
        let fixed = run(search, .edit(.left), .edit(.deleteForward))
        #expect(fixed.listQuery == "tom")
        #expect(fixed.actorID == 1)
        let cleared = run(fixed, .edit(.deleteWordBackward))
        #expect(cleared.listQuery == "")
    }

    /// With the cursor inside the text the character under it is shown unreversed; at the end a block.
    @Test func theStatusLineShowsTheCursor() {
        let s = type(run(Fixture.state(), .startSearch), "okafor")
        let screen = render(s)
        #expect(screen.lines[22].hasPrefix(" Search actors: okafor█"))
        let moved = render(run(s, .edit(.home), .edit(.right)))
        #expect(moved.lines[22].hasPrefix(" Search actors: okafor  "))
        let column = DisplayWidth.of(" Search actors: o")
        #expect(moved.styleLines[22].prefix(column + 2).suffix(3) == "L.L")
    }
}
