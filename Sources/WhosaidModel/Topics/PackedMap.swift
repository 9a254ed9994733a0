/// A map from 64-bit keys to values, open addressing: words packed into one integer, (phrase,
/// next term) pairs, the flags of a pair of term ids. A key not stored reads as `absent`.
/// Each key sits beside its value, so a lookup in a table too big for the cache misses once.
struct PackedMap<Value: Sendable>: Sendable {
    private struct Slot: Sendable {
        var key: UInt64
        var value: Value
    }

    private var slots: [Slot]
    private let absent: Value
    private var mask: Int
    private var used = 0
    private static var empty: UInt64 { UInt64.max }

    /// (Arrays here and in the topic stage are made by `Array(repeatElement(_:count:))`:
    /// `Array(repeating:count:)` allocates through the standard library's unspecialised
    /// `_allocateBufferUninitialized`, which looks the storage type up at run time, about 1,000
    /// instructions an array, several for every article.)
    init(capacity: Int = 1024, absent: Value) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeatElement(Slot(key: Self.empty, value: absent), count: size))
        self.absent = absent
        mask = size - 1
    }

    /// How many keys are stored.
    var count: Int { used }

    /// The value stored for `key`, or `absent`. `key` must not be `UInt64.max`.
    @inline(__always) func get(_ key: UInt64) -> Value {
        find(key).value
    }

    /// The value stored for `key` (or `absent`) and the slot the look-up ended at: when `key` is
    /// not stored, where ``insert(_:_:at:)`` puts it, so that a key missed is stored without a
    /// second probe (and a key found costs what ``get(_:)`` costs).
    /// The slots are read in place: a slot number is masked, so always within them, and
    /// through the array each probe checked it twice (several look-ups a word in the topic stage).
    @inline(__always) func find(_ key: UInt64) -> (value: Value, slot: Int) {
        slots.withUnsafeBufferPointer { slots in
            var slot = Self.slot(key, mask: mask)
            while true {
                let k = slots[slot].key
                if k == key { return (slots[slot].value, slot) }
                if k == Self.empty { return (absent, slot) }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Stores `value` for `key`, which ``find(_:)`` just missed at `slot`, the map unchanged since.
    @inline(__always) mutating func insert(_ key: UInt64, _ value: Value, at slot: Int) {
        precondition(slots[slot].key == Self.empty, "a slot already taken")
        slots[slot] = Slot(key: key, value: value)
        used += 1
        if used * 2 > slots.count { grow() }
    }

    /// Stores `value` for `key` (not yet stored). Inlined: callers set each key they missed,
    /// over a million times on PolNeAR train, and a call of the generic closure path cost more
    /// than the store.
    @inline(__always) mutating func set(_ key: UInt64, _ value: Value) {
        update(key) { $0 = value }
    }

    /// Changes the value stored for `key` (`absent` when there is none yet) with `body`.
    @inline(__always) mutating func update<R>(_ key: UInt64, _ body: (inout Value) -> R) -> R {
        var slot = Self.slot(key, mask: mask)
        while true {
            let k = slots[slot].key
            if k == key { return body(&slots[slot].value) }
            if k == Self.empty { break }
            slot = (slot + 1) & mask
        }
        slots[slot].key = key
        let result = body(&slots[slot].value)
        used += 1
        if used * 2 > slots.count { grow() }
        return result
    }

    @inline(__always) private static func slot(_ key: UInt64, mask: Int) -> Int {
        homeSlot(of: key, mask: mask)
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeatElement(Slot(key: Self.empty, value: absent), count: old.count * 2))
        mask = slots.count - 1
        for entry in old where entry.key != Self.empty {
            var slot = Self.slot(entry.key, mask: mask)
            while slots[slot].key != Self.empty { slot = (slot + 1) & mask }
            slots[slot] = entry
        }
    }
}

extension PackedMap where Value == Int32 {
    /// A map to ids; a key not stored reads as -1.
    init(capacity: Int = 1024) {
        self.init(capacity: capacity, absent: -1)
    }
}

/// The home slot of a 64-bit key in an open-addressing table of `mask + 1` slots (a power of
/// two): a Fibonacci multiply with its high bits folded down, shared by ``PackedMap`` and
/// ``NeighbourPairs``.
@inline(__always) func homeSlot(of key: UInt64, mask: Int) -> Int {
    var h = key &* 0x9E37_79B9_7F4A_7C15
    h ^= h >> 29
    return Int(truncatingIfNeeded: h) & mask
}
