import Foundation
import Testing
import WhosaidBrowser
@testable import WhosaidModel
import WhosaidTerminal

@Suite struct EffectRunnerTests {
    @Test func theRunnerWritesOnceAndRefusesToOverwrite() throws {
        let analysis = Engine().analyze(DocumentLoader.seed())
        let (a, b, c) = (analysis.statements[0], analysis.statements[1], analysis.statements[2])
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("whosaid-runner-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("out.md").path
        let first = EffectRunner.perform(.export(statementIDs: [a.id, b.id], path: path, overwrite: false), analysis: analysis)
        #expect(first == .exportFinished(.written(count: 2, path: path)))
        let written = try String(contentsOfFile: path, encoding: .utf8)
        #expect(written.contains(a.text.trimmingCharacters(in: CharacterSet(charactersIn: "“”,"))))
        #expect(written.contains(b.text.trimmingCharacters(in: CharacterSet(charactersIn: "“”,"))))
        #expect(!written.contains(c.text.trimmingCharacters(in: CharacterSet(charactersIn: "“”,"))))
        let second = EffectRunner.perform(.export(statementIDs: [c.id], path: path, overwrite: false), analysis: analysis)
        #expect(second == .exportFinished(.exists(path: path)))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == written)
        let third = EffectRunner.perform(.export(statementIDs: [c.id], path: path, overwrite: true), analysis: analysis)
        #expect(third == .exportFinished(.written(count: 1, path: path)))
        let bad = EffectRunner.perform(.export(statementIDs: [c.id], path: dir.path + "/missing/x.md", overwrite: false), analysis: analysis)
        guard case .exportFinished(.failed(let message)) = bad else {
            Issue.record("expected a failure, got \(bad)")
            return
        }
        #expect(message.contains("does not exist"))
        // No temporary file is left behind by any of them.
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["out.md"])
    }
}
