import Foundation
import Testing
import WhosaidModel

/// The browser is a reader's view: "the mayor" is the person the article made mayor unless
/// `--no-link-roles` asks for the literal reading. Corrections saved on the other reading that do
/// not fit this one keep their own, and the reader is told.
@Suite(.serialized) struct BrowserLinkRolesTests {
    static let text = """
        Mayor Ann Pruett opened the bridge on Friday.

        “We are proud of it,” Pruett said.

        “It took nine years,” the mayor said.

        “The toll stays,” said Tom Reyes.

        """

    /// A folder holding the article, and a data folder for corrections; removed by the caller.
    static func folder() throws -> (dir: URL, article: URL, data: URL) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("whosaid-browse-roles-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let article = dir.appendingPathComponent("bridge.txt")
        try Data(text.utf8).write(to: article)
        return (dir, article, dir.appendingPathComponent("data"))
    }

    /// The actors pane's rows of `screen` (its first 30 columns).
    static func rows(_ screen: String) -> [String] {
        screen.split(separator: "\n").map { String($0.prefix(30)) }
    }

    @Test(.enabled(if: Tmux.isAvailable, "tmux is not installed"))
    func theBrowserLinksTheMayorByDefaultAndNotWithNoLinkRoles() throws {
        let (dir, article, data) = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let environment = "LANG=C.UTF-8 LC_ALL=C.UTF-8 XDG_DATA_HOME='\(data.path)'"
        let (linked, screen) = try Tmux.browser(width: 120, height: 30, arguments: "--no-mouse '\(article.path)'", environment: environment)
        defer { linked.kill() }
        #expect(Self.rows(screen).contains { $0.hasPrefix(" Ann Pruett") && $0.contains("2") }, "\(screen)")
        #expect(!Self.rows(screen).contains { $0.hasPrefix(" the mayor") }, "\(screen)")
        try linked.send("q")

        let (literal, plain) = try Tmux.browser(
            width: 120, height: 30, arguments: "--no-mouse --no-link-roles '\(article.path)'", environment: environment)
        defer { literal.kill() }
        #expect(Self.rows(plain).contains { $0.hasPrefix(" the mayor") }, "\(plain)")
        #expect(Self.rows(plain).contains { $0.hasPrefix(" Ann Pruett") && $0.contains("1") }, "\(plain)")
        try literal.send("q")
    }

    @Test(.enabled(if: Tmux.isAvailable, "tmux is not installed"))
    func correctionsMadeOnTheLiteralReadingThatDoNotFitKeepItInTheBrowserAndTheExport() throws {
        let (dir, article, data) = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        // Saved by a browser on the literal reading: Pruett's own words are Reyes's.
        var corrections = Corrections()
        corrections.merge("Ann Pruett", into: "Tom Reyes")
        let store = CorrectionsStore(directory: data.appendingPathComponent("whosaid/corrections"))
        try store.save(corrections, for: Document(name: article.path, text: Self.text))

        let environment = "LANG=C.UTF-8 LC_ALL=C.UTF-8 XDG_DATA_HOME='\(data.path)'"
        let (tmux, screen) = try Tmux.browser(width: 140, height: 30, arguments: "--no-mouse '\(article.path)'", environment: environment)
        defer { tmux.kill() }
        #expect(screen.contains("Role descriptions kept as written, as when this article was corrected"), "\(screen)")
        #expect(Self.rows(screen).contains { $0.hasPrefix(" the mayor") }, "\(screen)")
        #expect(Self.rows(screen).contains { $0.hasPrefix(" Tom Reyes") && $0.contains("2") }, "\(screen)")
        try tmux.send("q")

        let export = try whosaid(["export", article.path, "--link-roles"], environment: ["XDG_DATA_HOME": data.path])
        #expect(export.status == 0)
        #expect(export.stderr.contains("role descriptions kept as written"), "\(export.stderr)")
        #expect(export.stdout.contains("## the mayor") && export.stdout.contains("## Tom Reyes"), "\(export.stdout)")
        #expect(!export.stdout.contains("## Ann Pruett"), "\(export.stdout)")
    }
}
