/// The ordered pairs of term key ids seen as neighbours in an article, each with two flag bits,
/// for ``TermStatistics``'s distinct-neighbour counts: open addressing over one 64-bit word a
/// pair, the pair's two ids in its low and high halves and the flags in the top bit of each
/// half (an id is never negative, so those bits are free); a slot with neither flag is empty.
///
/// Its slots are its own allocation, written in place: through an array (``PackedMap``, 16 bytes
/// a pair), every pair set checked the array's uniqueness, about twice a word on news.
struct NeighbourPairs: ~Copyable {
    private var slots: UnsafeMutablePointer<UInt64>
    private var mask: Int
    private var used = 0

    /// The flag bits of a slot: bit 1 of a pair's flags at bit 31, bit 2 at bit 63.
    private static let flagMask: UInt64 = 1 << 31 | 1 << 63

    /// A set made for `capacity` pairs (it grows past them), as ``PackedMap`` sizes its table.
    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Self.emptySlots(size)
        mask = size - 1
    }

    /// `size` empty slots. Empty is 1, not 0: a store of a word whose bytes are not all the same
    /// is a loop of vector stores, where zeros become a `memset` call, which cost callgrind's
    /// count three times as much for an article's table (the byte-by-byte `rep stosb`).
    private static func emptySlots(_ size: Int) -> UnsafeMutablePointer<UInt64> {
        let slots = UnsafeMutablePointer<UInt64>.allocate(capacity: size)
        slots.initialize(repeating: empty, count: size)
        return slots
    }

    /// An empty slot: no stored pair has neither flag set.
    private static let empty: UInt64 = 1

    deinit { slots.deallocate() }

    /// Sets `bits` (1, 2 or both) on the pair `(a, b)` of ids (neither negative) and returns the
    /// bits that were not set before.
    @inline(__always) mutating func insert(_ a: Int32, _ b: Int32, bits: UInt8) -> UInt8 {
        assert(a >= 0 && b >= 0 && bits != 0 && bits <= 3, "ids are never negative; flags are 1, 2 or both")
        let key = UInt64(UInt32(bitPattern: a)) << 32 | UInt64(UInt32(bitPattern: b))
        let flags = UInt64(bits & 1) << 31 | UInt64(bits >> 1) << 63
        var slot = Self.slot(key, mask: mask)
        while true {
            let stored = slots[slot]
            if stored == Self.empty {
                slots[slot] = key | flags
                used += 1
                if used * 2 > mask + 1 { grow() }
                return bits
            }
            if stored & ~Self.flagMask == key {
                slots[slot] = stored | flags
                let new = flags & ~stored
                return UInt8(truncatingIfNeeded: new >> 31 & 1) | UInt8(truncatingIfNeeded: new >> 62 & 2)
            }
            slot = (slot + 1) & mask
        }
    }

    /// The home slot of a pair (``homeSlot(of:mask:)``, as ``PackedMap``'s).
    @inline(__always) private static func slot(_ key: UInt64, mask: Int) -> Int {
        homeSlot(of: key, mask: mask)
    }

    private mutating func grow() {
        let old = slots
        let oldSize = mask + 1
        let size = oldSize * 2
        slots = Self.emptySlots(size)
        mask = size - 1
        for k in 0..<oldSize where old[k] != Self.empty {
            var slot = Self.slot(old[k] & ~Self.flagMask, mask: mask)
            while slots[slot] != Self.empty { slot = (slot + 1) & mask }
            slots[slot] = old[k]
        }
        old.deallocate()
    }
}
