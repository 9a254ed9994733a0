import CBitCount
import CPrefetch

/// Both passes' features, read in place from a model's bytes (``TaggerModelLayout``): an
/// open-addressing table of 16-bit fingerprints, one per slot, small enough to stay near the
/// core (most features a sentence asks for are not in the model and are turned away there); a
/// block index (three bits per slot and a count per 64 slots) that gives an occupied slot the
/// place of its records; and the records, each feature's first pass's then its second's: 16 bytes
/// of (tag, weight) entries, or 48 of dense weights for a feature with many, read only on a match.
///
/// A lookup (``find(_:_:into:)``) gives a feature's place, from which either pass's weights are
/// added (``add(_:_:second:to:)``): a key both passes ask for is looked up once.
/// Two features could share a slot's fingerprint (one chance in 32,768 per probe); the tests
/// measure the accuracy of the tagger as it reads the table.
struct FeatureTable: @unchecked Sendable {
    // Unchecked: the pointers are into bytes that `storage` keeps alive and nothing writes.
    /// 0 marks an empty slot.
    private let fingerprints: UnsafePointer<UInt16>
    private let slotMask: Int
    /// Per ``TaggerModelLayout/blockSlots`` slots: the bits of the occupied ones, the bits of
    /// those dense in the first pass and in the second, the number of records before the block.
    private let blocks: UnsafePointer<UInt64>
    /// ``TaggerModelLayout/recordWidth`` u32 per record.
    private let records: UnsafePointer<UInt32>
    /// The number of features (of either pass).
    let count: Int
    /// Whether the processor counts bits in one instruction (``whosaid_bit_count3``).
    private let countsBitsInHardware = whosaid_counts_bits_in_hardware()
    /// Keeps the bytes alive.
    private let storage: AnyObject

    /// A place's flag: the feature's first-pass weights are dense.
    private static let denseFirst = 2
    /// A place's flag: the feature's second-pass weights are dense.
    private static let denseSecond = 1
    /// Bits of a place below the offset of its records.
    private static let flagBits = 2
    /// Records a feature takes for each bit of its slot in the block's masks: two for being
    /// there (one a pass), and two more for each pass it is dense in (``TaggerModelLayout/denseRecords`` - 1).
    private static let recordsPerBit = 2

    @inline(__always) static func fingerprint(_ key: UInt64) -> UInt16 { UInt16(truncatingIfNeeded: key >> 48) | 1 }

    /// The table at `base`, whose sizes the header gave, after checking that every lookup stays
    /// inside it.
    init(at base: UnsafeRawPointer, _ sizes: TaggerModelLayout.TableSizes, storage: AnyObject) throws(TaggerModelError) {
        typealias L = TaggerModelLayout
        precondition(L.denseRecords - 1 == Self.recordsPerBit, "FeatureTable: a dense feature's records are no longer counted by its bits")
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
    /// entry of a sparse record names a tag, so lookups need no checks. (At every start, for
    /// 524,288 slots: slot by slot, it took 14 M instructions.)
    private func check(_ sizes: TaggerModelLayout.TableSizes) throws(TaggerModelError) {
        typealias L = TaggerModelLayout
        var features = 0, at = 0
        // Bit 32 of the sum of an entry and ``tagOverflow`` is set when its tag is not one:
        // gathered over every sparse entry and tested once, at the end.
        var badTags: UInt64 = 0
        func checkPass(dense: Bool) throws(TaggerModelError) {
            if dense { at &+= L.denseRecords; return }
            guard at < sizes.records else { throw .notAModel }
            let r = records + at &* L.recordWidth
            for e in 0..<L.recordWidth { badTags |= UInt64(r[e]) &+ Self.tagOverflow }
            at &+= 1
        }
        for block in 0..<sizes.slots / L.blockSlots {
            let b = blocks + 4 * block
            let occupied = Self.occupiedBits(fingerprints + block * L.blockSlots)
            guard b[0] == occupied, b[1] & ~occupied == 0, b[2] & ~occupied == 0, b[3] == UInt64(at) else { throw .notAModel }
            // The occupied slots in order, lowest bit first.
            var left = occupied
            while left != 0 {
                let bit = left & (0 &- left)
                left &= left &- 1
                features &+= 1
                try checkPass(dense: b[1] & bit != 0)
                try checkPass(dense: b[2] & bit != 0)
            }
        }
        guard features == count, at == sizes.records, badTags & Self.tagOverflowBit == 0 else { throw .notAModel }
    }

    /// Added to a sparse entry (tag in the high 16 bits), in 64 bits, it carries into
    /// ``tagOverflowBit`` exactly when the tag is ``UPOS/count`` or more.
    private static let tagOverflow: UInt64 = (1 << 32) - (UInt64(UPOS.count) << 16)
    /// See ``tagOverflow``.
    private static let tagOverflowBit: UInt64 = 1 << 32

    /// Fingerprints read at once by ``occupiedBits(_:)``.
    private static let fingerprintsPerWord = 4
    /// Multiplying the high bits of four 16-bit lanes (moved to bits 0, 16, 32, 48) by this
    /// gathers them in bits 45, 46, 47, 48 (each product lands on a bit of its own, so no carry).
    private static let laneGather: UInt64 = 1 | 1 << 15 | 1 << 30 | 1 << 45

    /// A bit per slot of the ``TaggerModelLayout/blockSlots`` from `slots` whose fingerprint is
    /// not zero: four fingerprints at a time, a lane's high bit set when it is not zero, then
    /// the four high bits gathered by one multiplication.
    @inline(__always) private static func occupiedBits(_ slots: UnsafePointer<UInt16>) -> UInt64 {
        precondition(TaggerModelLayout.blockSlots % fingerprintsPerWord == 0, "FeatureTable: a block of whole words")
        let raw = UnsafeRawPointer(slots)
        let low: UInt64 = 0x7FFF_7FFF_7FFF_7FFF, high: UInt64 = 0x8000_8000_8000_8000
        var bits: UInt64 = 0
        for w in 0..<TaggerModelLayout.blockSlots / fingerprintsPerWord {
            let x = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8 * w, as: UInt64.self))
            let nonZero = ((x & low) &+ low | x) & high
            let four = (((nonZero >> 15) &* laneGather) >> 45) & 0xF
            bits |= four << UInt64(fingerprintsPerWord * w)
        }
        return bits
    }

    /// The place of the records of the feature in `slot`: where they start (in u32), shifted
    /// left by ``flagBits``, with the flags of the passes whose weights are dense.
    /// `occupied` is the first word of the slot's block, when the caller read it already.
    @inline(__always) private func place(at slot: Int, occupied: UInt64) -> Int {
        typealias L = TaggerModelLayout
        let block = blocks + (slot >> 6) &* 4
        let bit = (1 as UInt64) << UInt64(slot & 63)
        let below = bit &- 1
        let denseFirst = block[1], denseSecond = block[2]
        // Two records a feature, and two more (``TaggerModelLayout/denseRecords`` - 1) for each
        // pass it is dense in: twice the bits below the slot in the three masks together.
        let bits = countsBitsInHardware
            ? Int(whosaid_bit_count3(occupied & below, denseFirst & below, denseSecond & below))
            : (occupied & below).nonzeroBitCount &+ (denseFirst & below).nonzeroBitCount &+ (denseSecond & below).nonzeroBitCount
        let index = Int(truncatingIfNeeded: block[3]) &+ Self.recordsPerBit &* bits
        return (index &* L.recordWidth) << Self.flagBits | (denseFirst & bit != 0 ? Self.denseFirst : 0)
            | (denseSecond & bit != 0 ? Self.denseSecond : 0)
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

    /// Starts reading the records at `place` into the cache: the caller adds them after finding
    /// every key, and the reads, each most often a miss, then overlap with that work and one another.
    @inline(__always) private func prefetchRecords(at place: Int) {
        let first = records + place >> Self.flagBits
        whosaid_prefetch(first)
        // The second pass's record follows the first's and may start the next cache line.
        whosaid_prefetch(first + 2 * TaggerModelLayout.recordWidth - 1)
    }

    @inline(__always) private static func add(_ entry: UInt32, to scores: UnsafeMutablePointer<Int32>) {
        scores[Int(entry >> 16)] &+= Int32(Int16(truncatingIfNeeded: entry))
    }

    /// Finds the records of `count` feature keys: `places[f]` is the place of the records of
    /// `keys[f]` (see ``add(_:_:second:to:)``), or -1 when the model has no such feature.
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
                    at[f] = place(at: slot, occupied: occupied[f])
                    prefetchRecords(at: at[f])
                } else if first == 0 {
                    at[f] = -1
                } else {
                    let found = find(keys[f], from: (slot &+ 1) & slotMask)
                    at[f] = found < 0 ? -1 : place(at: found, occupied: blocks[(found >> 6) &* 4])
                    if found >= 0 { prefetchRecords(at: at[f]) }
                }
            }
        }
    }

    /// Adds one pass's records at `count` places (from ``find(_:_:into:)``) to `scores`: dense
    /// records as vectors, the entries of sparse ones one by one into a buffer added at the end.
    @inline(__always) func add(_ places: UnsafePointer<Int>, _ count: Int, second: Bool, to scores: inout TagScores) {
        typealias L = TaggerModelLayout
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: UPOS.count) { buffer in
            let sparse = buffer.baseAddress!
            sparse.initialize(repeating: 0, count: UPOS.count)
            var dense = scores
            for f in 0..<count {
                let found = places[f]
                if found < 0 { continue }
                var r = records + found >> Self.flagBits
                let isDense: Bool
                if second {
                    // The second pass's records follow the first's.
                    r += found & Self.denseFirst != 0 ? L.denseRecords * L.recordWidth : L.recordWidth
                    isDense = found & Self.denseSecond != 0
                } else {
                    isDense = found & Self.denseFirst != 0
                }
                Self.addRecord(r, dense: isDense, to: &dense, sparse: sparse)
            }
            scores = dense &+ TagScores(sparse)
        }
    }

    /// Adds both passes' records at `count` places to `first` and `second`: what
    /// ``add(_:_:second:to:)`` adds for each pass, each place's flags read once and its second
    /// record found from its first (a new word's scores, made for both passes at once).
    @inline(__always) func addBothPasses(_ places: UnsafePointer<Int>, _ count: Int, first: inout TagScores, second: inout TagScores) {
        typealias L = TaggerModelLayout
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: 2 * UPOS.count) { buffer in
            let sparseFirst = buffer.baseAddress!, sparseSecond = sparseFirst + UPOS.count
            sparseFirst.initialize(repeating: 0, count: 2 * UPOS.count)
            var denseFirst = first, denseSecond = second
            for f in 0..<count {
                let found = places[f]
                if found < 0 { continue }
                let r = records + found >> Self.flagBits
                let firstIsDense = found & Self.denseFirst != 0
                Self.addRecord(r, dense: firstIsDense, to: &denseFirst, sparse: sparseFirst)
                Self.addRecord(r + (firstIsDense ? L.denseRecords * L.recordWidth : L.recordWidth),
                               dense: found & Self.denseSecond != 0, to: &denseSecond, sparse: sparseSecond)
            }
            first = denseFirst &+ TagScores(sparseFirst)
            second = denseSecond &+ TagScores(sparseSecond)
        }
    }

    /// Adds the record at `r`: a dense one's weights to `dense` as vectors, a sparse one's
    /// (tag, weight) entries one by one to `sparse` (``UPOS/count`` sums).
    @inline(__always) private static func addRecord(
        _ r: UnsafePointer<UInt32>, dense isDense: Bool, to dense: inout TagScores, sparse: UnsafeMutablePointer<Int32>
    ) {
        if isDense {
            let raw = UnsafeRawPointer(r)
            dense.low &+= SIMD16<Int32>(widening: raw.loadUnaligned(as: SIMD16<Int16>.self))
            dense.high &+= Int32(raw.loadUnaligned(fromByteOffset: 32, as: Int16.self))
        } else {
            add(r[0], to: sparse)
            add(r[1], to: sparse)
            add(r[2], to: sparse)
            add(r[3], to: sparse)
        }
    }
}
