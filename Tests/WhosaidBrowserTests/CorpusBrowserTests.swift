import Testing
@testable import WhosaidBrowser
@testable import WhosaidModel

/// The corpus browser without a terminal: articles, people, statements across articles, the
/// full-text search, marks and export, and paging.
@Suite struct CorpusBrowserTests {
    static func state(_ corpus: ArrayCorpus = ArrayCorpus(), width: Int = 100, height: Int = 24) -> CorpusState {
        reduce(CorpusState(source: corpus, name: "news.db", size: Size(width: 80, height: 24)), .resize(Size(width: width, height: height)))
    }

    @Test func theFirstScreenShowsArticlesPeopleStatementsAndTheSource() {
        let screen = render(Self.state())
        #expect(screen.lines.joined(separator: "\n") == """
             1 Articles 3                 │ 3 Statements 6
             All articles                 │ “ said ¶2 · Ingrid Halvorsen · 2024-01-13 Harbour Report 0
             Harbour Report 0           2 │   “The harbour needs 2 new cranes,”
               2024-01-13 · the Gazette   │ ~ said ¶3 · Ingrid Halvorsen · 2024-01-13 Harbour Report 0
             Harbour Report 1           2 │   the ferry to island 0 runs on time
            ──────────────────────────────│ “ said ¶2 · Tomas Brekke · 2024-01-12 Harbour Report 1
             2 People 2                   │   “The harbour needs 3 new cranes,”
             All people                   │ ~ said ¶3 · Tomas Brekke · 2024-01-12 Harbour Report 1
             Ingrid Halvorsen      4 in 2 │   the ferry to island 1 runs on time
             Tomas Brekke          2 in 1 │ “ said ¶2 · Ingrid Halvorsen · 2024-01-11 Harbour Report 2
                                          │   “The harbour needs 4 new cranes,”
            ────────────────────────────────────────────────────────────────────────────────────────────────────
             4 Source · Harbour Report 0  1-5/5
              1 Harbour Report 0

              2 “The harbour needs 2 new cranes,” said Ingrid Halvorsen.

              3 Ingrid Halvorsen said that the ferry to island 0 runs on time.




             news.db · 3 articles · 2 people                                                             NORMAL
             Tab pane  ⏎ open  / search  t topics  Space mark  e export  ? help  q quit
            """)
    }

    @Test func pickingAnArticleListsItsStatementsAndPickingAPersonListsTheirsAcrossArticles() {
        let s = run(Self.state(), .moveDown, .moveDown)
        #expect(s.pickedArticle?.title == "Harbour Report 1" && s.statementCount == 2)
        #expect(s.selectedStatement?.speaker == "Tomas Brekke")
        #expect(s.document?.name == "h1")
        #expect(render(s).lines[0].hasSuffix("│ 3 Statements 2 · Harbour Report 1"))
        #expect(render(s).lines[12] == " 4 Source · Harbour Report 1  1-5/5")
        let person = run(s, .focusCorpus(.people), .moveDown)
        #expect(person.pickedPerson?.name == "Ingrid Halvorsen" && person.pickedArticle == nil && person.articleCursor == 0)
        #expect(person.statementCount == 4)
        let across = run(person, .focusCorpus(.statements), .moveDown, .moveDown)
        #expect(across.selectedStatement?.articleKey == "h2")
        #expect(across.document?.name == "h2")
    }

    @Test func slashSearchesPeopleByNameAndStatementsByTheirWordsWithMatchesHighlighted() {
        let people = type("brek", into: run(Self.state(), .focusCorpus(.people), .startSearch))
        #expect(people.pickedPerson?.name == "Tomas Brekke" && people.statementCount == 2)
        #expect(render(people).lines[6].hasPrefix(" 2 People 1  /brek "))
        let kept = run(people, .open)
        #expect(kept.mode == .normal && kept.status?.text == "1 person match “brek”")

        let text = run(type("ferry", into: run(Self.state(), .focusCorpus(.statements), .startSearch)), .open)
        #expect(text.statementCount == 3 && text.status?.text == "3 statements match “ferry”")
        let screen = render(text)
        // The second statement (the first is selected, drawn reversed).
        let row = screen.lines.firstIndex { $0.contains("the ferry to island 1") }!
        let x = Array(screen.lines[row]).firstIndex(of: "f")!
        #expect(screen[x, row].style == .match && screen[x - 2, row].style != .match)
        // Esc drops the search: all statements again.
        #expect(run(text, .back).statementCount == 6)
    }

    @Test func marksFromTwoArticlesAreExportedTogether() {
        var s = run(Self.state(), .focusCorpus(.statements), .toggleMark, .moveDown, .moveDown, .toggleMark)
        #expect(s.marks.count == 2 && s.status?.text == "2 marked in 2 articles")
        s = run(s, .export)
        #expect(s.mode == .prompt && render(s).lines[22].hasPrefix(" Export 2 statements to: news-statements.md█"))
        s = run(s, .open)
        #expect(s.effect == .export(statementIDs: [1, 3], path: "news-statements.md", overwrite: false))
        s = run(s, .exportFinished(.exists(path: "news-statements.md")), .confirm(true))
        #expect(s.effect == .export(statementIDs: [1, 3], path: "news-statements.md", overwrite: true))
        s = run(s, .exportFinished(.written(count: 2, path: "news-statements.md")))
        #expect(!s.hasUnexportedMarks && s.status?.text == "Exported 2 statements to news-statements.md")
    }

    @Test func quittingWithMarksNotExportedAsksFirst() {
        let s = run(Self.state(), .focusCorpus(.statements), .toggleMark, .quit)
        #expect(s.mode == .confirmQuit && !s.shouldQuit)
        #expect(run(s, .confirm(true)).shouldQuit)
    }

    @Test func aLargeCorpusIsReadAPageAtATime() {
        let corpus = ArrayCorpus(articles: 3000)
        var s = run(Self.state(corpus), .focusCorpus(.statements), .moveLast)
        #expect(s.statementCount == 6000 && s.selectedStatement?.articleKey == "h2999")
        #expect(render(s).lines.contains { $0.contains("the ferry to island 2999") })
        s = run(s, .focusCorpus(.articles), .moveLast)
        #expect(s.pickedArticle?.key == "h2999")
        s = run(s, .pageUp, .pageUp)
        #expect(s.pickedArticle != nil)
        #expect(corpus.largestPage <= 200, "asked for \(corpus.largestPage) rows at once")
    }

    @Test func theKeyTableHasAPaneNumberEachAndTheHelpComesFromIt() {
        let s = Self.state(width: 120, height: 60)
        #expect(KeyTable.action(for: .char("2"), in: s) == .focusCorpus(.people))
        #expect(KeyTable.action(for: .char("R"), in: s) == nil)
        let help = render(run(s, .toggleHelp)).lines.joined(separator: "\n")
        #expect(help.contains("Browsing a corpus"))
        for binding in KeyTable.corpus where binding.help.count < 40 { #expect(help.contains(binding.help), "\(binding.help)") }
    }

    /// The corpus browser's help pages and jumps as the article browser's does (it only scrolled
    /// a line at a time).
    @Test func theCorpusHelpPagesAndJumps() {
        let s = run(Self.state(width: 80, height: 24), .toggleHelp)
        let bottom = run(s, .moveLast)
        #expect(bottom.helpScroll > 20 && bottom.mode == .help)
        #expect(run(bottom, .moveDown).helpScroll == bottom.helpScroll)
        #expect(run(bottom, .pageUp).helpScroll == bottom.helpScroll - 20)
        #expect(run(bottom, .moveFirst).helpScroll == 0)
        #expect(render(bottom).lines.joined().contains("This help"))
    }
}

/// The corpus browser's keys beyond picking and searching: `n`/`N`, `a`, `f`, `E`, and pages read
/// by id.
@Suite struct CorpusBrowserKeysTests {
    @Test func nAndNJumpThroughTheMatchesOfATextSearchAndWrap() {
        let text = run(type("ferry", into: run(CorpusBrowserTests.state(), .focusCorpus(.statements), .startSearch)), .open)
        var s = run(text, .focusCorpus(.source), .nextMatch)
        #expect(s.statementCursor == 1 && s.status?.text == "2/3 statements match “ferry”")
        #expect(s.document?.name == "h1" && s.focus == .source)
        s = run(s, .nextMatch, .nextMatch)
        #expect(s.statementCursor == 0 && s.status?.text == "1/3 statements match “ferry”")
        #expect(run(s, .previousMatch).statementCursor == 2)
        #expect(run(CorpusBrowserTests.state(), .nextMatch).status?.text == "No search: / in the statements pane searches their words")
        let people = run(type("a", into: run(CorpusBrowserTests.state(), .focusCorpus(.people), .startSearch)), .open, .nextMatch)
        #expect(people.personCursor == 2 && people.status?.text == "2/2 people match “a”")
        #expect(run(people, .nextMatch).personCursor == 1)
    }

    @Test func aMarksEveryListedStatementOfAllPagesButNotTooMany() {
        let s = run(CorpusBrowserTests.state(ArrayCorpus(articles: 300)), .focusCorpus(.statements), .markAllListed)
        #expect(s.marks.count == 600 && s.status?.text == "Marked 600 listed statements; 600 marked in 300 articles")
        let one = run(CorpusBrowserTests.state(), .moveDown, .focusCorpus(.statements), .markAllListed)
        #expect(one.marks == [1, 2] && one.status?.text == "Marked 2 listed statements; 2 marked")
        let many = run(CorpusBrowserTests.state(ArrayCorpus(articles: 6000)), .markAllListed)
        #expect(many.marks.isEmpty && many.status?.isError == true)
    }

    @Test func fListsOneSpeakerInOneArticleAndAgainWhatWasListedBefore() {
        let corpus = ArrayCorpus(articles: 3, speakers: ["Ingrid Halvorsen", "Ingrid Halvorsen"])
        var s = run(CorpusBrowserTests.state(corpus), .focusCorpus(.statements), .moveDown, .moveDown, .moveDown)
        #expect(s.statementCount == 6 && s.selectedStatement?.articleKey == "h1")
        let selected = s.selectedStatement?.id
        s = run(s, .speakerInArticle)
        #expect(s.isSpeakerInArticle && s.statementCount == 2 && s.selectedStatement?.id == selected)
        #expect(s.status?.text == "2 statements by Ingrid Halvorsen in Harbour Report 1 (2024-01-12); f lists all again")
        #expect(render(s).lines[0].hasSuffix("│ 3 Statements 2 · Ingrid Halvorsen · Harbour Report 1"))
        s = run(s, .speakerInArticle)
        #expect(!s.isSpeakerInArticle && s.statementCount == 6 && s.selectedStatement?.id == selected)
    }

    @Test func eExportsByPersonAndCapitalEByArticle() {
        var s = run(CorpusBrowserTests.state(), .focusCorpus(.statements), .toggleMark, .exportByArticle)
        #expect(s.mode == .prompt && render(s).lines[22].hasPrefix(" Export 1 statement by article to: news-statements.md█"))
        s = run(s, .open)
        #expect(s.effect == .export(statementIDs: [1], path: "news-statements.md", overwrite: false, grouping: .article))
        s = run(s, .exportFinished(.exists(path: "news-statements.md")), .confirm(true))
        #expect(s.effect == .export(statementIDs: [1], path: "news-statements.md", overwrite: true, grouping: .article))
        s = run(s, .exportFinished(.written(count: 1, path: "news-statements.md")), .export, .open)
        #expect(s.effect == .export(statementIDs: [1], path: "news-statements.md", overwrite: false, grouping: .speaker))
    }

    @Test func pagesOfAllStatementsAreReadAfterOrBeforeALoadedRowNotByCountingFromTheTop() {
        let corpus = ArrayCorpus(articles: 3000)
        var s = run(CorpusBrowserTests.state(corpus), .focusCorpus(.statements))
        for _ in 0..<30 { s = run(s, .pageDown) }
        let down = corpus.statementPages.dropFirst()
        #expect(!down.isEmpty && down.allSatisfy { $0.after != nil }, "\(down)")
        #expect(s.selectedStatement?.id == Int64(s.statementCursor + 1))
        s = run(s, .moveLast)
        #expect(corpus.statementPages.last?.after == nil && s.selectedStatement?.id == 6000)
        let before = corpus.statementPages.count
        for _ in 0..<30 { s = run(s, .pageUp) }
        let up = corpus.statementPages.dropFirst(before)
        #expect(!up.isEmpty && up.allSatisfy { $0.before != nil }, "\(up)")
        #expect(s.selectedStatement?.id == Int64(s.statementCursor + 1))
    }

    @Test func tListsTheTopicsAcrossTheCorpusAndPickingOneListsItsStatements() {
        var s = run(CorpusBrowserTests.state(), .toggleTopics)
        #expect(s.showsTopics && s.focus == .people && s.personRowCount == 3)
        #expect(render(s).lines[6].hasPrefix(" 2 Topics 2"))
        #expect(render(s).lines[7].hasPrefix(" All topics"))
        s = run(s, .moveDown, .moveDown)
        #expect(s.pickedTopic?.name == "ferry" && s.pickedPerson == nil && s.statementCount == 3)
        #expect(render(s).lines[0].hasSuffix("│ 3 Statements 3 · topic “ferry”"))
        #expect(s.selectedStatement?.statement.text.contains("ferry") == true)
        let searched = run(type("cra", into: run(s, .startSearch)), .open)
        #expect(searched.pickedTopic?.name == "cranes" && searched.status?.text == "1 topic match “cra”")
        s = run(s, .toggleTopics)
        #expect(!s.showsTopics && s.pickedTopic == nil && s.statementCount == 6)
    }
}
