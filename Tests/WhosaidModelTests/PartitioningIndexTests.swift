import Testing
@testable import WhosaidModel

/// The one binary search (``RandomAccessCollection/partitioningIndex(where:)``) against a scan.
@Suite struct PartitioningIndexTests {
    @Test func findsWhatAScanFinds() {
        var seed: UInt64 = 7
        func next(_ n: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(seed >> 33) % n
        }
        for count in 0..<40 {
            let values = (0..<count).map { _ in next(20) }.sorted()
            for x in -1...21 {
                #expect(values.partitioningIndex { $0 >= x } == (values.firstIndex { $0 >= x } ?? count))
                #expect(values.partitioningIndex { $0 > x } == (values.firstIndex { $0 > x } ?? count))
                // On a slice the index is the slice's own.
                let tail = values.dropFirst(count / 2)
                #expect(tail.partitioningIndex { $0 > x } == (tail.firstIndex { $0 > x } ?? tail.endIndex))
            }
        }
    }

    /// Paragraph and sentence lookup: the last span starting at or before an offset, the first
    /// when none does.
    @Test func theSpanAnOffsetFallsIn() {
        let spans = [TextSpan(start: 3, end: 5), TextSpan(start: 7, end: 9), TextSpan(start: 12, end: 20)]
        let expected = [0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 2, 2]
        for offset in 0..<expected.count {
            #expect(Document.lastIndex(in: spans, startingAtOrBefore: offset) == expected[offset], "\(offset)")
        }
        #expect(Document.lastIndex(in: [], startingAtOrBefore: 4) == 0)
    }
}
