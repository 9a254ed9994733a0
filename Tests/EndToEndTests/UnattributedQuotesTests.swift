import Foundation
import Testing

/// `extract --unattributed` lists the quotations nothing attributes, which are no statements by
/// default, in every way `extract` reads articles: files, and JSONL through its workers.
@Suite struct UnattributedQuotesTests {
    static let text = "The council met on Tuesday.\n\nThe banners over the square were red.\n\n“Stronger together, now and always.”\n"

    @Test func aFileListsTheQuotationOnlyWhenAsked() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("unattributed-\(UUID().uuidString).txt").path
        _ = FileManager.default.createFile(atPath: path, contents: Data(Self.text.utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let plain = try whosaid(["extract", path, "--format", "jsonl"])
        let asked = try whosaid(["extract", path, "--format", "jsonl", "--unattributed"])
        #expect(plain.status == 0 && asked.status == 0, "\(plain.stderr)\(asked.stderr)")
        #expect(plain.stdout.contains("\"quotes\":[]"))
        #expect(asked.stdout.contains("\"text\":\"“Stronger together, now and always.”\""))
        #expect(asked.stdout.contains("\"rule\":\"unattributed\""))
    }

    @Test(arguments: ["1", "2"]) func jsonlWorkersHonourTheFlag(jobs: String) throws {
        let line = "{\"id\":\"a\",\"text\":\"The banners were red.\\n\\n“Stronger together, now and always.”\"}\n"
        let plain = try whosaid(["extract", "--jsonl-input", "-", "--jobs", jobs], input: Data(line.utf8))
        let asked = try whosaid(["extract", "--jsonl-input", "-", "--jobs", jobs, "--unattributed"], input: Data(line.utf8))
        #expect(plain.status == 0 && asked.status == 0, "\(plain.stderr)\(asked.stderr)")
        #expect(plain.stdout.contains("\"quotes\":[]"))
        #expect(asked.stdout.contains("\"rule\":\"unattributed\""))
    }
}
