/// Dense ids for short sequences of integers (a word's bytes or scalars, a phrase's term ids),
/// looked up without allocating: an open-addressing hash table over one shared buffer.
struct SequenceInterner<Element: FixedWidthInteger & Sendable>: Sendable {
    /// All interned sequences, back to back.
    private var storage: [Element] = []
    /// Where sequence `id` starts in `storage`; the next entry is where it ends.
    private var starts: [Int] = [0]
    private var hashes: [UInt64] = []
    /// Ids by hash slot; -1 marks an empty slot.
    private var slots: [Int32]
    private var mask: Int

    init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: -1, count: size)
        mask = size - 1
    }

    /// How many sequences were interned.
    var count: Int { hashes.count }

    /// The id of `sequence`, interning it first when new.
    mutating func intern(_ sequence: UnsafeBufferPointer<Element>) -> (id: Int32, isNew: Bool) {
        let hash = Self.hash(sequence)
        if let id = find(sequence, hash: hash).id { return (id, false) }
        let id = Int32(hashes.count)
        storage.append(contentsOf: sequence)
        starts.append(storage.count)
        hashes.append(hash)
        if hashes.count * 2 > slots.count { grow() } else { place(id, hash: hash) }
        return (id, true)
    }

    /// The id of `sequence`, interning it first when new.
    mutating func intern(_ sequence: [Element]) -> (id: Int32, isNew: Bool) {
        sequence.withUnsafeBufferPointer { intern($0) }
    }

    /// The id of `sequence` if interned.
    func id(of sequence: UnsafeBufferPointer<Element>) -> Int32? {
        find(sequence, hash: Self.hash(sequence)).id
    }

    /// The id of `sequence` if interned.
    func id(of sequence: [Element]) -> Int32? {
        sequence.withUnsafeBufferPointer { id(of: $0) }
    }

    private func find(_ sequence: UnsafeBufferPointer<Element>, hash: UInt64) -> (id: Int32?, slot: Int) {
        var slot = Int(truncatingIfNeeded: hash) & mask
        return slots.withUnsafeBufferPointer { slotBuffer in
            storage.withUnsafeBufferPointer { stored in
                while true {
                    let id = slotBuffer[slot]
                    if id < 0 { return (nil, slot) }
                    let i = Int(id)
                    if hashes[i] == hash {
                        let start = starts[i]
                        let length = starts[i + 1] - start
                        if length == sequence.count {
                            var k = 0
                            while k < length, stored[start + k] == sequence[k] { k += 1 }
                            if k == length { return (id, slot) }
                        }
                    }
                    slot = (slot + 1) & mask
                }
            }
        }
    }

    private mutating func place(_ id: Int32, hash: UInt64) {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = id
    }

    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        mask = slots.count - 1
        for i in hashes.indices { place(Int32(i), hash: hashes[i]) }
    }

    static func hash(_ sequence: UnsafeBufferPointer<Element>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(sequence.count)
        for e in sequence {
            h = (h ^ UInt64(truncatingIfNeeded: e)) &* 0x0000_0100_0000_01B3
        }
        h ^= h >> 29
        h = h &* 0xBF58_476D_1CE4_E5B9
        return h ^ (h >> 32)
    }
}

/// A set of ordered pairs of ids, each with a few flag bits; `insert` says which bits are new.
struct PairFlags {
    private var keys: [UInt64]
    private var flags: [UInt8]
    private var mask: Int
    private var used = 0
    private static let empty = UInt64.max

    init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = Array(repeating: Self.empty, count: size)
        flags = Array(repeating: 0, count: size)
        mask = size - 1
    }

    /// Sets `bits` on the pair `(a, b)` and returns the bits that were not set before.
    mutating func insert(_ a: Int32, _ b: Int32, bits: UInt8) -> UInt8 {
        let key = UInt64(UInt32(bitPattern: a)) << 32 | UInt64(UInt32(bitPattern: b))
        var slot = Self.slot(key, mask: mask)
        while true {
            let k = keys[slot]
            if k == key {
                let new = bits & ~flags[slot]
                flags[slot] |= bits
                return new
            }
            if k == Self.empty {
                keys[slot] = key
                flags[slot] = bits
                used += 1
                if used * 2 > keys.count { grow() }
                return bits
            }
            slot = (slot + 1) & mask
        }
    }

    private static func slot(_ key: UInt64, mask: Int) -> Int {
        var h = key &* 0x9E37_79B9_7F4A_7C15
        h ^= h >> 31
        return Int(truncatingIfNeeded: h) & mask
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldFlags = flags
        keys = Array(repeating: Self.empty, count: oldKeys.count * 2)
        flags = Array(repeating: 0, count: oldKeys.count * 2)
        mask = keys.count - 1
        for i in oldKeys.indices where oldKeys[i] != Self.empty {
            var slot = Self.slot(oldKeys[i], mask: mask)
            while keys[slot] != Self.empty { slot = (slot + 1) & mask }
            keys[slot] = oldKeys[i]
            flags[slot] = oldFlags[i]
        }
    }
}

/// A map from 64-bit keys to ids, open addressing; for words packed into one integer and for
/// (phrase, next term) pairs.
struct PackedMap: Sendable {
    private var keys: [UInt64]
    private var values: [Int32]
    private var mask: Int
    private var used = 0
    private static let empty = UInt64.max

    init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = Array(repeating: Self.empty, count: size)
        values = Array(repeating: -1, count: size)
        mask = size - 1
    }

    /// The id stored for `key`, or -1. `key` must not be `UInt64.max`.
    @inline(__always) func get(_ key: UInt64) -> Int32 {
        var slot = Self.slot(key, mask: mask)
        while true {
            let k = keys[slot]
            if k == key { return values[slot] }
            if k == Self.empty { return -1 }
            slot = (slot + 1) & mask
        }
    }

    /// Stores `value` for `key` (not yet stored).
    mutating func set(_ key: UInt64, _ value: Int32) {
        var slot = Self.slot(key, mask: mask)
        while keys[slot] != Self.empty { slot = (slot + 1) & mask }
        keys[slot] = key
        values[slot] = value
        used += 1
        if used * 2 > keys.count { grow() }
    }

    @inline(__always) private static func slot(_ key: UInt64, mask: Int) -> Int {
        var h = key &* 0x9E37_79B9_7F4A_7C15
        h ^= h >> 29
        return Int(truncatingIfNeeded: h) & mask
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldValues = values
        keys = Array(repeating: Self.empty, count: oldKeys.count * 2)
        values = Array(repeating: -1, count: oldKeys.count * 2)
        mask = keys.count - 1
        for i in oldKeys.indices where oldKeys[i] != Self.empty {
            var slot = Self.slot(oldKeys[i], mask: mask)
            while keys[slot] != Self.empty { slot = (slot + 1) & mask }
            keys[slot] = oldKeys[i]
            values[slot] = oldValues[i]
        }
    }
}
