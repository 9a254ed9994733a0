extension KeyTable {
    /// Bindings while browsing a corpus: the single-article browser's keys where they mean the
    /// same, and a number for each of the four panes.
    public static let corpus: [Binding] = normal.filter { [.moveDown, .moveUp, .moveFirst, .moveLast, .pageDown, .pageUp].contains($0.action) } + [
        Binding(keys: [.tab, .right, .char("l")], action: .nextPane, help: "next pane", hint: "Tab pane"),
        Binding(keys: [.backTab, .left, .char("h")], action: .previousPane, help: "previous pane", hint: nil),
        Binding(keys: [.char("1")], action: .focusCorpus(.articles), help: "articles pane", hint: nil),
        Binding(keys: [.char("2")], action: .focusCorpus(.people), help: "people pane", hint: nil),
        Binding(keys: [.char("3")], action: .focusCorpus(.statements), help: "statements pane", hint: nil),
        Binding(keys: [.char("4")], action: .focusCorpus(.source), help: "source pane", hint: nil),
        Binding(keys: [.enter], action: .open, help: "article or person → statements → source", hint: "⏎ open"),
        Binding(keys: [.escape], action: .back, help: "back; clear search", hint: nil),
        Binding(keys: [.char("/")], action: .startSearch, help: "search articles (words), people (names) or statements (words)", hint: "/ search"),
        Binding(keys: [.char("n")], action: .nextMatch, help: "next match (and which: 2/5)", hint: nil),
        Binding(keys: [.char("N")], action: .previousMatch, help: "previous match", hint: nil),
        Binding(keys: [.char("f")], action: .speakerInArticle, help: "only this speaker in this article (again: as before)", hint: nil),
        Binding(keys: [.char("t")], action: .toggleTopics, help: "people ⇄ topics across the corpus", hint: "t topics"),
        Binding(keys: [.char("c")], action: .clearFilters, help: "all articles and people, no searches", hint: nil),
        Binding(keys: [.char(" ")], action: .toggleMark, help: "mark/unmark statement (marks span articles)", hint: "Space mark"),
        Binding(keys: [.char("a")], action: .markAllListed, help: "mark all listed statements", hint: nil),
        Binding(keys: [.char("u")], action: .clearMarks, help: "clear all marks", hint: nil),
        Binding(keys: [.char("e")], action: .export, help: "export marked (or listed) to Markdown by person, with their articles", hint: "e export"),
        Binding(keys: [.char("E")], action: .exportByArticle, help: "export marked (or listed) to Markdown by article", hint: nil),
        Binding(keys: [.char("?")], action: .toggleHelp, help: "help", hint: "? help"),
        Binding(keys: [.char("q"), .ctrl("c")], action: .quit, help: "quit (asks if marks are not exported)", hint: "q quit"),
    ]

    /// The bindings in force in `mode` of the corpus browser.
    public static func corpusBindings(for mode: Mode) -> [Binding] {
        mode == .normal ? corpus : bindings(for: mode)
    }

    /// The action `key` triggers in the corpus browser, or nil when it does nothing. On a
    /// terminal too small for the panes only the quit keys work.
    public static func action(for key: Key, in state: CorpusState) -> Action? {
        action(for: key, mode: state.mode, tooSmall: state.layout.base.isTooSmall, browsing: corpus)
    }
}

/// The `?` overlay of the corpus browser, generated from ``KeyTable/corpus``.
enum CorpusHelp {
    static let lines: [String] = HelpOverlay.section("Browsing a corpus", KeyTable.corpus) + [""] + HelpOverlay.legend + [""]
        + HelpOverlay.questions
}
