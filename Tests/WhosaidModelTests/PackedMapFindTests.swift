import Testing
@testable import WhosaidModel

/// ``PackedMap/find(_:)`` then ``PackedMap/insert(_:_:at:)`` store keys as a dictionary would,
/// through collisions and the table's growth.
@Suite struct PackedMapFindTests {
    @Test func storesAsADictionary() {
        // A small table, so that keys collide and it grows several times.
        var map = PackedMap(capacity: 4)
        var reference: [UInt64: Int32] = [:]
        // Keys that share their low bits, and repeats of earlier ones.
        let keys: [UInt64] = (0..<300).map { UInt64($0 % 97) << 32 | UInt64($0 % 89) } + [0, 1 << 32, 7]
        for key in keys {
            let (found, slot) = map.find(key)
            #expect(found == (reference[key] ?? -1), "key \(key)")
            if found < 0 {
                let id = Int32(reference.count)
                reference[key] = id
                map.insert(key, id, at: slot)
            }
        }
        #expect(map.count == reference.count)
        for (key, id) in reference { #expect(map.get(key) == id && map.find(key).value == id) }
    }
}
