import Testing
@testable import WhosaidModel

/// ``Swift/Array/sortDistinct()`` stands in for `Set(…).sorted()`: the same values, in the same order.
@Suite struct SortDistinctTests {
    @Test func integersComeOutAsASetSortedThem() {
        let lists: [[Int]] = [[], [4], [3, 3, 3], [5, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5], [2, 1], [1, 2, 3], [-1, 0, -1, 7, 0]]
        for list in lists {
            var sorted = list
            sorted.sortDistinct()
            #expect(sorted == Set(list).sorted(), "\(list)")
            #expect(list.sortedDistinct() == Set(list).sorted(), "\(list)")
        }
    }

    @Test func spansComeOutAsASetSortedThem() {
        let spans = [TextSpan(start: 4, end: 9), TextSpan(start: 0, end: 3), TextSpan(start: 4, end: 6),
                     TextSpan(start: 4, end: 9), TextSpan(start: 0, end: 3), TextSpan(start: 12, end: 12)]
        #expect(spans.sortedDistinct() == Set(spans).sorted())
        #expect(spans.sortedDistinct().count == 4)
    }
}
