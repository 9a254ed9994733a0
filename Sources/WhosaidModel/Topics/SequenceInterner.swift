/// Dense ids for short sequences of integers (a word's bytes or scalars, a phrase's term ids),
/// looked up without allocating: an open-addressing hash table over one shared buffer.
struct SequenceInterner<Element: FixedWidthInteger & Sendable>: Sendable {
    /// All interned sequences, back to back: the first ``storedCount`` elements; the rest is
    /// room, written in place (``store(_:)``).
    private var storage: [Element] = []
    private var storedCount = 0
    /// Where sequence `id` starts in `storage`; the next entry is where it ends.
    private var starts: [Int] = [0]
    private var hashes: [UInt64] = []
    /// Ids by hash slot; -1 marks an empty slot.
    private var slots: [Int32]
    private var mask: Int

    init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeatElement(-1, count: size))
        mask = size - 1
    }

    /// How many sequences were interned.
    var count: Int { hashes.count }

    /// Makes room for `sequences` more sequences of `elements` elements in all, so that interning
    /// them grows no list step by step (each step a new buffer and a copy). The hash slots are
    /// sized by ``init(capacity:)``.
    mutating func reserveCapacity(sequences: Int, elements: Int) {
        makeRoom(elements)
        starts.reserveCapacity(starts.count + sequences)
        hashes.reserveCapacity(hashes.count + sequences)
    }

    /// The id of `sequence`, interning it first when new.
    mutating func intern(_ sequence: UnsafeBufferPointer<Element>) -> (id: Int32, isNew: Bool) {
        let hash = Self.hash(sequence)
        if let id = find(sequence, hash: hash).id { return (id, false) }
        let id = Int32(hashes.count)
        store(sequence)
        starts.append(storedCount)
        hashes.append(hash)
        if hashes.count * 2 > slots.count { grow() } else { place(id, hash: hash) }
        return (id, true)
    }

    /// Appends `sequence` to the stored elements, written into ``storage``'s room in place:
    /// `append(contentsOf:)` took some 120 instructions a call through the standard library's
    /// generic path, more than the short sequences interned here (a word, a phrase's ids) need.
    private mutating func store(_ sequence: UnsafeBufferPointer<Element>) {
        makeRoom(sequence.count)
        let start = storedCount
        storage.withUnsafeMutableBufferPointer { room in
            for (k, e) in sequence.enumerated() { room[start + k] = e }
        }
        storedCount += sequence.count
    }

    /// Makes ``storage`` hold room for `count` more elements past ``storedCount``, doubling it
    /// when it grows (the room is zeros until written).
    private mutating func makeRoom(_ count: Int) {
        let needed = storedCount + count
        guard needed > storage.count else { return }
        storage.append(contentsOf: repeatElement(0, count: max(needed, 2 * storage.count, Self.minimumRoom) - storage.count))
    }

    /// The least room ``makeRoom(_:)`` makes, so that a small interner does not grow by a few
    /// elements at a time.
    private static var minimumRoom: Int { 16 }

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
        slots = Array(repeatElement(-1, count: slots.count * 2))
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
