import ArgumentParser
import Foundation
import WhosaidBrowser
import WhosaidCorpus
import WhosaidModel
import WhosaidTerminal

/// `whosaid whosaid.db` and `whosaid DIR`: the corpus browser.
extension BrowseCommand {
    /// The corpus database `path` names: the path itself when it is an SQLite file; for a
    /// directory, the database it is indexed into (`NAME.whosaid.db` in the current folder, after
    /// indexing it, with the progress bar, linking role descriptions when `linkingRoles`); nil for
    /// anything else (an article).
    static func corpusDatabase(for path: String, linkingRoles: Bool) throws -> String? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return nil }
        if !isDirectory.boolValue {
            guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
            defer { try? handle.close() }
            let header = (try? handle.read(upToCount: 16)) ?? Data()
            return header == Data("SQLite format 3\u{0}".utf8) ? path : nil
        }
        let name = URL(fileURLWithPath: path).standardizedFileURL.lastPathComponent
        let db = (name.isEmpty || name == "/" ? "corpus" : name) + ".whosaid.db"
        Diagnostics.note("Indexing \(path) into \(db) (whosaid \(db) opens it again without indexing)")
        let index = try IndexCommand.parse([path, "--db", db] + (linkingRoles ? ["--link-roles"] : []))
        try index.run()
        return db
    }

    /// Opens the corpus browser on the database at `db`.
    func browseCorpus(_ db: String, environment: [String: String], locale: TerminalLocale) throws {
        let corpus = try CorpusCommand.open(db)
        let name = URL(fileURLWithPath: db).lastPathComponent
        let state = CorpusState(source: CorpusBrowserSource(corpus: corpus), name: name, size: Size(width: 80, height: 24))
        BrowserApp.run(corpus: state, mouse: !noMouse, locale: locale, environment: environment)
    }
}
