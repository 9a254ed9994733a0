import Foundation
import Testing
@testable import WhosaidModel

@Suite struct SeedArticleTests {
    @Test func embeddedSeedMatchesTheSeedsFolder() throws {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("seeds/\(SeedArticle.fileName)")
        let onDisk = try String(contentsOf: url, encoding: .utf8)
        #expect(onDisk == SeedArticle.text, "run Scripts/embed-seed.py after changing seeds/")
    }
}
