import Foundation
import Testing

/// The corpus browser as a user drives it: `whosaid DIR` indexes the folder and opens it; pick
/// an article, a person across articles, search the statements' text, mark statements from two
/// articles and export them.
@Suite(.serialized) struct CorpusBrowserEndToEndTests {
    @Test(.enabled(if: Tmux.isAvailable, "tmux is not installed"))
    func pickSearchMarkAcrossArticlesAndExport() throws {
        let dir = try CorpusCommandTests.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let articles = dir.appendingPathComponent("harbour")
        try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
        let speakers = [("Ingrid Halvorsen", "the mayor"), ("Tomas Brekke", "a councillor")]
        for i in 0..<4 {
            let (name, role) = speakers[i % 2]
            let text = """
                Harbour Report \(i)

                “The harbour needs \(i + 2) new cranes before the winter,” said \(name), \(role).

                \(name.split(separator: " ").last!) said the ferry to island \(i) would run on time.
                """
            try text.write(to: articles.appendingPathComponent("report\(i).txt"), atomically: true, encoding: .utf8)
        }
        let binary = try #require(whosaidBinary())
        let tmux = try Tmux(width: 120, height: 36, command: "cd '\(dir.path)' && env LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=tmux-256color '\(binary)' harbour --no-mouse")
        defer { tmux.kill() }
        let opened = try tmux.waitFor(timeout: 60) { $0.contains("1 Articles 4") && $0.contains("2 People") }
        try #require(opened.ok, "the corpus browser did not open:\n\(opened.screen)")
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("harbour.whosaid.db").path))

        // An article: its two statements, its text in the source pane.
        try tmux.send("j")
        let article = try tmux.waitFor { $0.contains("3 Statements 2 · Harbour Report") && $0.contains("4 Source · Harbour Report") }
        #expect(article.ok, "\(article.screen)")

        // A person across articles: Brekke's four statements in two articles.
        try tmux.send("2")
        try tmux.send("/")
        try tmux.send("Brekke", literal: true)
        try tmux.send("Enter")
        let person = try tmux.waitFor { $0.contains("3 Statements 4 · Tomas Brekke") }
        #expect(person.ok, "\(person.screen)")

        // Text search of the statements: "ferry" in both of his articles.
        try tmux.send("3", "/")
        try tmux.send("ferry", literal: true)
        try tmux.send("Enter")
        let search = try tmux.waitFor { $0.contains("2 statements match “ferry”") }
        #expect(search.ok, "\(search.screen)")

        // Mark one statement in each of his two articles, and export.
        try tmux.send("Space", "j", "Space")
        let marked = try tmux.waitFor { $0.contains("2 marked in 2 articles") }
        #expect(marked.ok, "\(marked.screen)")
        try tmux.send("e")
        #expect(try tmux.waitFor { $0.contains("Export 2 statements to: harbour.whosaid-statements.md") }.ok)
        try tmux.send("C-u")
        try tmux.send("ferry.md", literal: true)
        try tmux.send("Enter")
        let exported = try tmux.waitFor { $0.contains("Exported 2 statements to ferry.md") }
        #expect(exported.ok, "\(exported.screen)")
        try tmux.send("q")

        let markdown = try String(contentsOf: dir.appendingPathComponent("ferry.md"), encoding: .utf8)
        #expect(markdown.contains("- Statements: 2\n- Articles: 2\n"), "\(markdown)")
        #expect(markdown.contains("## Tomas Brekke"))
        #expect(markdown.contains("*Harbour Report 1*") && markdown.contains("*Harbour Report 3*"), "\(markdown)")
        #expect(markdown.contains("the ferry to island 1 would run on time") && markdown.contains("the ferry to island 3 would run on time"))
    }
}
