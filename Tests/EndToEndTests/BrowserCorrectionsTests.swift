import Foundation
import Testing

/// Corrections stick: a statement given to another speaker and two actors merged in the browser
/// are there when the article is opened again, and `whosaid export` writes them.
@Suite(.serialized) struct BrowserCorrectionsTests {
    @Test(.enabled(if: Tmux.isAvailable, "tmux is not installed"))
    func reassignAndMergeSurviveAReopenAndShowInTheExport() throws {
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("whosaid-data-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: data) }
        let environment = "LANG=C.UTF-8 LC_ALL=C.UTF-8 XDG_DATA_HOME='\(data.path)'"

        let (first, _) = try Tmux.browser(width: 120, height: 40, environment: environment)
        var firstRunning = true
        defer { if firstRunning { first.kill() } }
        // The first statement (the diplomat's) goes to Evans Revere.
        try first.send("2", "R", "C-u")
        try first.send("Evans Revere", literal: true)
        try first.send("Enter")
        #expect(try first.waitFor { $0.contains("Statement given to Evans Revere") }.ok)
        // Leon V. Sigal (first in the list) is merged into John Delury.
        try first.send("1", "j", "Enter", "1", "M")
        try first.send("John Delury", literal: true)
        try first.send("Enter")
        let merged = try first.waitFor { $0.contains("Leon V. Sigal merged into John Delury") }
        #expect(merged.ok, "\(merged.screen)")
        try first.send("q")
        first.kill()
        firstRunning = false

        let (second, screen) = try Tmux.browser(width: 120, height: 40, environment: environment)
        defer { second.kill() }
        let rows = screen.split(separator: "\n").map { String($0.prefix(30)) }
        #expect(rows.contains { $0.hasPrefix(" John Delury") && $0.contains("14") }, "\(screen)")
        #expect(!rows.contains { $0.hasPrefix(" Leon V. Sigal") }, "\(screen)")
        #expect(!rows.contains { $0.hasPrefix(" a North Korean diplomat") }, "\(screen)")
        try second.send("q")

        let export = try whosaid(["export"], environment: ["XDG_DATA_HOME": data.path])
        #expect(export.status == 0)
        #expect(export.stdout.contains("## John Delury"))
        #expect(!export.stdout.contains("## Leon V. Sigal"))
        #expect(!export.stdout.contains("## a North Korean diplomat"))
        #expect(export.stdout.contains("## Evans Revere"))
        // Nothing was written beside the article or in the current folder: one file in the store.
        let saved = try FileManager.default.contentsOfDirectory(atPath: data.appendingPathComponent("whosaid/corrections").path)
        #expect(saved.count == 1 && saved[0].hasSuffix(".json"))
    }
}
