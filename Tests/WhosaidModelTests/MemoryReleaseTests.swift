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

    /// Fixing the mapping threshold for a stream leaves small and large blocks working.
    @Test func streamBoundKeepsAllocating() {
        MemoryRelease.boundHeapForStream()
        let small = [UInt8](repeating: 1, count: 1000)
        let large = [UInt8](repeating: 2, count: Int(MemoryRelease.streamMappingThreshold) * 4)
        #expect(small.reduce(0) { $0 + Int($1) } == 1000)
        #expect(large.reduce(0) { $0 + Int($1) } == Int(MemoryRelease.streamMappingThreshold) * 8)
    }
}
