import Testing
@testable import WhosaidModel

/// A reused key table reads as empty at each new use, whatever earlier uses set, and grows to
/// any cache key id.
@Suite struct CacheKeyMapTests {
    @Test func setKeysReadBackWithinAUse() {
        var map = CacheKeyMap()
        #expect(map.get(0) == -1)
        #expect(map.get(5_000) == -1)
        map.set(3, 0)
        map.set(5_000, 1)
        map.set(0, 2)
        #expect(map.get(3) == 0)
        #expect(map.get(5_000) == 1)
        #expect(map.get(0) == 2)
        #expect(map.get(4) == -1)
        #expect(map.count > 5_000)
    }

    @Test func aNewUseForgetsEveryKey() {
        var map = CacheKeyMap()
        for id in 0..<100 { map.set(Int32(id), Int32(id)) }
        map.startUse()
        #expect((0..<100).allSatisfy { map.get(Int32($0)) == -1 })
        map.set(7, 42)
        #expect(map.get(7) == 42)
        #expect(map.get(8) == -1)
    }

    @Test func aTakenTableHasNothingSet() {
        var map = CacheKeyMap.take()
        map.set(11, 3)
        CacheKeyMap.putBack(map)
        let again = CacheKeyMap.take()
        #expect(again.get(11) == -1)
        CacheKeyMap.putBack(again)
    }
}
