import Testing
@testable import WhosaidModel

/// ``NeighbourPairs`` answers as a set of (pair, flag) does, through growth.
struct NeighbourPairsTests {
    @Test func setsReturnTheFlagsNotSetBefore() {
        var pairs = NeighbourPairs(capacity: 4)
        #expect(pairs.insert(0, 0, bits: 1) == 1)
        #expect(pairs.insert(0, 0, bits: 1) == 0)
        #expect(pairs.insert(0, 0, bits: 3) == 2)
        #expect(pairs.insert(0, 0, bits: 2) == 0)
        #expect(pairs.insert(0, 1, bits: 2) == 2)
        #expect(pairs.insert(1, 0, bits: 3) == 3)
        #expect(pairs.insert(Int32.max, Int32.max, bits: 2) == 2)
        #expect(pairs.insert(Int32.max, Int32.max, bits: 3) == 1)
    }

    @Test func growingKeepsEveryPair() {
        var pairs = NeighbourPairs(capacity: 2)
        var reference: [Int64: UInt8] = [:]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<5000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let a = Int32(truncatingIfNeeded: (state >> 33) % 300)
            let b = Int32(truncatingIfNeeded: (state >> 17) % 300)
            let bits = UInt8(truncatingIfNeeded: state >> 60) % 3 + 1
            let key = Int64(a) << 32 | Int64(b)
            let before = reference[key, default: 0]
            reference[key] = before | bits
            #expect(pairs.insert(a, b, bits: bits) == bits & ~before)
        }
    }
}
