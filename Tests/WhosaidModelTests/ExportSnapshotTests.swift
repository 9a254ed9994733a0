import Foundation
import Testing
@testable import WhosaidModel

/// The seed article's export, compared byte for byte with `Snapshots/`.
/// Run with `WHOSAID_RECORD_SNAPSHOTS=1` to rewrite the files after an intended change.
@Suite struct ExportSnapshotTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
    static let recording = ProcessInfo.processInfo.environment["WHOSAID_RECORD_SNAPSHOTS"] == "1"

    /// Compares `actual` with the snapshot `name`, or records it when recording.
    static func assertSnapshot(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = directory.appendingPathComponent(name)
        if recording {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            return
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            Issue.record("no snapshot \(name); record it with WHOSAID_RECORD_SNAPSHOTS=1", sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        if expected == actual { return }
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let line = (0..<min(old.count, new.count)).first(where: { old[$0] != new[$0] }) ?? min(old.count, new.count)
        let was = line < old.count ? String(old[line]) : "(end of file)"
        let now = line < new.count ? String(new[line]) : "(end of file)"
        Issue.record(
            """
            \(name) differs at line \(line + 1) (rerun with WHOSAID_RECORD_SNAPSHOTS=1 if the change is intended)
              snapshot: \(was)
              now:      \(now)
            """, sourceLocation: sourceLocation)
    }

    @Test func seedExportGroupedBySpeaker() throws {
        let analysis = Engine().analyze(DocumentLoader.seed())
        try Self.assertSnapshot(MarkdownExporter().render(analysis), named: "seed-export.md")
    }

    @Test func seedExportInArticleOrder() throws {
        let analysis = Engine().analyze(DocumentLoader.seed())
        try Self.assertSnapshot(MarkdownExporter(grouping: .article).render(analysis), named: "seed-export-article.md")
    }
}
