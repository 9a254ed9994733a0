import Testing
@testable import WhosaidModel

/// ``Swift/Array/trimmingSpareCapacity()``: the same elements in the same order, in a buffer
/// about their count once the unused room reaches ``Swift/Array/minTrimmedSpareBytes``; an
/// array with less unused room comes back as it is.
@Suite struct SpareCapacityTests {
    @Test func aLargeArrayGrownByAppendingLosesItsUnusedRoom() {
        let stride = MemoryLayout<Int64>.stride, threshold = [Int64].minTrimmedSpareBytes
        // Appended until a doubling past twice the threshold: about half the new buffer unused.
        var grown: [Int64] = []
        var before = 0
        repeat {
            before = grown.capacity
            grown.append(Int64(grown.count) * 7)
        } while grown.capacity == before || grown.count * stride <= 2 * threshold
        #expect((grown.capacity - grown.count) * stride >= threshold)
        let trimmed = grown.trimmingSpareCapacity()
        #expect(trimmed == grown)
        #expect((trimmed.capacity - trimmed.count) * stride < threshold)
    }

    @Test func aSmallArrayComesBackAsItIs() {
        var small: [Int] = []
        for i in 0..<1_000 { small.append(i) }
        let trimmed = small.trimmingSpareCapacity()
        #expect(trimmed == small)
        #expect(trimmed.capacity == small.capacity)
        #expect([String]().trimmingSpareCapacity().isEmpty)
    }
}
