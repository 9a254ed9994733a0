/// One pass's features, read in place from a model's bytes (``TaggerModelLayout``): an
/// open-addressing table of 16-bit fingerprints, one per slot, small enough to stay near the
/// core (most features a sentence asks for are not in the model and are turned away there); a
/// block index (two bits per slot and a count per 64 slots) that gives an occupied slot the place
/// of its record; and the records, 16 bytes of (tag, weight) entries, or 48 of dense weights for a
/// feature with many, read only on a match.
/// Two features could share a slot's fingerprint (one chance in 32,768 per probe); the tests
/// measure the accuracy of the tagger as it reads the table.
struct FeatureTable: @unchecked Sendable {
    // Unchecked: the pointers are into bytes that `storage` keeps alive and nothing writes.
    /// 0 marks an empty slot.
    private let fingerprints: UnsafePointer<UInt16>
    private let slotMask: Int
    /// Per ``TaggerModelLayout/blockSlots`` slots: the bits of the occupied ones, the bits of the
    /// dense ones, the number of records before the block, 0.
    private let blocks: UnsafePointer<UInt64>
    /// ``TaggerModelLayout/recordWidth`` u32 per record.
    private let records: UnsafePointer<UInt32>
    /// The number of features.
    let count: Int
    /// Keeps the bytes alive.
    private let storage: AnyObject

    @inline(__always) static func fingerprint(_ key: UInt64) -> UInt16 { UInt16(truncatingIfNeeded: key >> 48) | 1 }

    /// The table of one pass at `base`, whose sizes the header gave, after checking that every
    /// lookup stays inside it.
    init(at base: UnsafeRawPointer, _ sizes: TaggerModelLayout.PassSizes, storage: AnyObject) throws(TaggerModelError) {
        typealias L = TaggerModelLayout
        guard sizes.slots >= L.minimumSlots, sizes.slots.nonzeroBitCount == 1, sizes.features * 2 <= sizes.slots else {
            throw .notAModel
        }
        self.storage = storage
        slotMask = sizes.slots - 1
        count = sizes.features
        fingerprints = base.assumingMemoryBound(to: UInt16.self)
        blocks = (base + sizes.fingerprintBytes).assumingMemoryBound(to: UInt64.self)
        records = (base + sizes.fingerprintBytes + sizes.blockBytes).assumingMemoryBound(to: UInt32.self)
        try check(sizes)
    }

    /// Checks that the blocks mark the occupied slots and count their records, and that every
    /// entry of a sparse record names a tag, so lookups need no checks.
    private func check(_ sizes: TaggerModelLayout.PassSizes) throws(TaggerModelError) {
        typealias L = TaggerModelLayout
        var features = 0, at = 0
        for block in 0..<sizes.slots / L.blockSlots {
            let b = blocks + 4 * block
            var occupied: UInt64 = 0
            for j in 0..<L.blockSlots where fingerprints[block * L.blockSlots + j] != 0 { occupied |= 1 << UInt64(j) }
            guard b[0] == occupied, b[1] & ~occupied == 0, b[2] == UInt64(at), b[3] == 0 else { throw .notAModel }
            for j in 0..<L.blockSlots where occupied & 1 << UInt64(j) != 0 {
                features += 1
                if b[1] & 1 << UInt64(j) != 0 { at += L.denseRecords; continue }
                guard at < sizes.records else { throw .notAModel }
                for e in 0..<L.recordWidth where records[at * L.recordWidth + e] >> 16 >= UPOS.count { throw .notAModel }
                at += 1
            }
        }
        guard features == count, at == sizes.records else { throw .notAModel }
    }

    /// Where the record of the feature in `slot` starts (in u32) times two, plus one if it is dense.
    /// `occupied` is the first word of the slot's block, when the caller read it already.
    @inline(__always) private func record(at slot: Int, occupied: UInt64) -> Int {
        let block = blocks + (slot >> 6) &* 4
        let bit = (1 as UInt64) << UInt64(slot & 63)
        let dense = block[1]
        let index = Int(truncatingIfNeeded: block[2]) &+ (occupied & (bit &- 1)).nonzeroBitCount
            &+ (TaggerModelLayout.denseRecords &- 1) &* (dense & (bit &- 1)).nonzeroBitCount
        return (index &* TaggerModelLayout.recordWidth) << 1 | (dense & bit != 0 ? 1 : 0)
    }

    /// The slot of the feature with key `key`, whose probe starts at `slot`, or -1 when the model
    /// has none: the first slot of the probe that holds its fingerprint or is empty decides.
    @inline(__always) private func find(_ key: UInt64, from slot: Int) -> Int {
        let fp = Self.fingerprint(key)
        var slot = slot
        while true {
            let k = fingerprints[slot]
            if k == fp { return slot }
            if k == 0 { return -1 }
            slot = (slot &+ 1) & slotMask
        }
    }

    @inline(__always) private static func add(_ entry: UInt32, to scores: UnsafeMutablePointer<Int32>) {
        scores[Int(entry >> 16)] &+= Int32(Int16(truncatingIfNeeded: entry))
    }

    /// Finds the records of `count` feature keys: `places[f]` is where the record of `keys[f]`
    /// starts (in u32) times two, plus one if it is dense, or -1 when the model has no such feature.
    ///
    /// In two sweeps over the keys, so that their cache misses overlap instead of following one
    /// another: the first reads each key's first slot and its block, the second finds each
    /// feature's record from what the first brought in.
    @inline(__always) func find(_ keys: UnsafePointer<UInt64>, _ count: Int, into places: UnsafeMutablePointer<Int>) {
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: count) { firstBlocks in
            let at = places, occupied = firstBlocks.baseAddress!
            for f in 0..<count {
                let slot = Int(truncatingIfNeeded: keys[f]) & slotMask
                // Both loads start for every key before any result is looked at; the slot's
                // fingerprint rides above it.
                occupied[f] = blocks[(slot >> 6) &* 4]
                at[f] = slot | Int(fingerprints[slot]) << 32
            }
            for f in 0..<count {
                let slot = at[f] & 0xFFFF_FFFF, first = UInt16(truncatingIfNeeded: at[f] >> 32)
                if first == Self.fingerprint(keys[f]) {
                    at[f] = record(at: slot, occupied: occupied[f])
                } else if first == 0 {
                    at[f] = -1
                } else {
                    let found = find(keys[f], from: (slot &+ 1) & slotMask)
                    at[f] = found < 0 ? -1 : record(at: found, occupied: blocks[(found >> 6) &* 4])
                }
            }
        }
    }

    /// Adds the records at `count` places (from ``find(_:_:into:)``) to `scores`: dense records
    /// as vectors, the entries of sparse ones one by one into a buffer added at the end.
    @inline(__always) func add(_ places: UnsafePointer<Int>, _ count: Int, to scores: inout TagScores) {
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: UPOS.count) { buffer in
            let sparse = buffer.baseAddress!
            sparse.initialize(repeating: 0, count: UPOS.count)
            var dense = scores
            for f in 0..<count {
                let found = places[f]
                if found < 0 { continue }
                let r = records + found >> 1
                if found & 1 != 0 {
                    let raw = UnsafeRawPointer(r)
                    dense.low &+= SIMD16<Int32>(widening: raw.loadUnaligned(as: SIMD16<Int16>.self))
                    dense.high &+= Int32(raw.loadUnaligned(fromByteOffset: 32, as: Int16.self))
                } else {
                    Self.add(r[0], to: sparse)
                    Self.add(r[1], to: sparse)
                    Self.add(r[2], to: sparse)
                    Self.add(r[3], to: sparse)
                }
            }
            scores = dense &+ TagScores(sparse)
        }
    }

    /// Adds the weights of `count` feature keys to `scores`.
    @inline(__always) func accumulate(_ keys: UnsafePointer<UInt64>, _ count: Int, into scores: inout TagScores) {
        withUnsafeTemporaryAllocation(of: Int.self, capacity: count) { places in
            find(keys, count, into: places.baseAddress!)
            add(places.baseAddress!, count, to: &scores)
        }
    }

    /// Adds the weights of `count` feature keys to `scores` (``UPOS/count`` of them).
    @inline(__always) func accumulate(_ keys: UnsafePointer<UInt64>, _ count: Int, into scores: UnsafeMutablePointer<Int32>) {
        var s = TagScores(scores)
        accumulate(keys, count, into: &s)
        s.store(into: scores)
    }
}
