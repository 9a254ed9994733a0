import Testing
@testable import WhosaidModel

/// Handing a large document's freed memory back between stages (issue 12, memory).
@Suite struct MemoryReleaseTests {
    #if canImport(Glibc)
        /// On glibc the trim is found: without it a large document's resident peak grows again.
        @Test func glibcTrimIsFound() {
            #expect(MemoryRelease.canTrim)
        }
    #endif

    /// Trimming below and above the threshold leaves live memory as it was.
    @Test func trimKeepsLiveMemory() {
        let live = [Int](0..<100_000)
        MemoryRelease.afterStage(ofDocumentWith: 10)
        MemoryRelease.afterStage(ofDocumentWith: MemoryRelease.minTrimmedScalars)
        #expect(live.reduce(0, +) == 99_999 * 100_000 / 2)
    }
}
