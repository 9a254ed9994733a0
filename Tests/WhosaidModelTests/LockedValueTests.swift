import Foundation
import Testing
@testable import WhosaidModel

/// ``LockedValue`` serialises its users: increments from many threads all land.
@Suite struct LockedValueTests {
    @Test func incrementsFromManyThreadsAllLand() {
        let counter = LockedValue(0)
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            for _ in 0..<10_000 { counter.withLock { $0 += 1 } }
        }
        #expect(counter.withLock { $0 } == 80_000)
    }

    @Test func returnsWhatTheBodyReturns() {
        let names = LockedValue(["Vance"])
        let count = names.withLock { list -> Int in
            list.append("Ortiz")
            return list.count
        }
        #expect(count == 2)
    }
}
