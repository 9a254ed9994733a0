/// The binary layout of a tagger model, version 3: the tables tagging reads, byte for byte, so
/// that the model embedded in the binary is read in place (no copy, no load time, and its pages
/// are the binary's own, shared by every process that runs it).
///
/// All little-endian; every section starts at a multiple of ``sectionAlignment`` bytes.
/// - Header (``headerSize`` bytes): `WSTG`, version (u32); per pass (first, then second) its
///   slot count, feature count and record count (u32 each); the lexicon's slot count and entry
///   count (u32 each); zeros.
/// - Per pass: its fingerprints (u16 per slot, 0 for an empty slot; see ``FeatureTable``); its
///   blocks (per ``blockSlots`` slots, four u64: a bit per occupied slot, a bit per slot whose
///   feature is dense, the number of records before the block, 0), which give a feature the
///   place of its record; its records, in slot order.
/// - The lexicon: keys (u64 per slot, `key | 1`, 0 for an empty slot), then values (u32 per
///   slot: the tag mask, and the sure tag in the top byte).
///
/// A record is 16 bytes. A feature with at most ``recordWidth`` non-zero weights (92% of the
/// shipped model's) takes one, of entries `tag << 16 | UInt16(bitPattern: weight)`, unused ones 0
/// (the first tag, weight 0: adding them changes nothing). A dense feature takes
/// ``denseRecords``: its ``UPOS/count`` weights as Int16, then zeros, read in one vector.
enum TaggerModelLayout {
    static let version: UInt32 = 3
    static let headerSize = 64
    /// Sections start on a cache line.
    static let sectionAlignment = 64
    /// Entries in a record: most features (92% of the shipped model's) have at most four non-zero
    /// weights, so one 16-byte record, read from one cache line, holds them all.
    static let recordWidth = 4
    /// Records of a dense feature: 17 Int16 weights take 34 bytes (measured: reading the few
    /// features with many weights entry by entry, from a second table, made tagging 40% slower).
    static let denseRecords = 3
    /// Slots per block of the rank index: one u64 bit each.
    static let blockSlots = 64
    /// The fewest slots a pass's table has (one block).
    static let minimumSlots = 64

    /// `n` rounded up to a section boundary.
    static func aligned(_ n: Int) -> Int { (n + sectionAlignment - 1) & ~(sectionAlignment - 1) }

    /// The slots of a table of `count` features: a power of two, at most half full.
    static func slots(forCount count: Int, minimum: Int = minimumSlots) -> Int {
        var size = minimum
        while size < count * 2 { size <<= 1 }
        return size
    }

    /// One weight as an entry.
    static func entry(tag: UInt8, weight: Int16) -> UInt32 { UInt32(tag) << 16 | UInt32(UInt16(bitPattern: weight)) }

    /// The byte sizes of one pass's sections.
    struct PassSizes {
        let slots: Int
        let features: Int
        let records: Int

        var fingerprintBytes: Int { aligned(slots * 2) }
        var blockBytes: Int { aligned(slots / blockSlots * 32) }
        var recordBytes: Int { aligned(records * recordWidth * 4) }
        var total: Int { fingerprintBytes + blockBytes + recordBytes }
    }

    /// The model's binary form, as ``TaggerModel/init(bytes:)`` reads it. Features are placed in
    /// the order given (the trainer gives them in key order), so the same features give the same
    /// bytes.
    static func encode(first: [TaggerModel.Feature], second: [TaggerModel.Feature], lexicon: [TaggerModel.LexiconEntry]) -> [UInt8] {
        let passes = [PassTables(first), PassTables(second)]
        let lexiconSlots = slots(forCount: lexicon.count, minimum: 16)
        var out = Array("WSTG".utf8)
        func u32(_ v: Int) { withUnsafeBytes(of: UInt32(v).littleEndian) { out.append(contentsOf: $0) } }
        u32(Int(version))
        for p in passes {
            u32(p.fingerprints.count)
            u32(p.featureCount)
            u32(p.records.count / recordWidth)
        }
        u32(lexiconSlots)
        u32(lexicon.count)
        pad(&out)
        for p in passes {
            append(p.fingerprints, to: &out)
            append(p.blocks, to: &out)
            append(p.records, to: &out)
        }
        var keys = [UInt64](repeating: 0, count: lexiconSlots)
        var values = [UInt32](repeating: 0, count: lexiconSlots)
        for entry in lexicon {
            var slot = Int(truncatingIfNeeded: entry.key) & (lexiconSlots - 1)
            while keys[slot] != 0 { slot = (slot + 1) & (lexiconSlots - 1) }
            keys[slot] = entry.key | 1
            values[slot] = entry.ambiguity | UInt32(entry.sureTag) << 24
        }
        append(keys, to: &out)
        append(values, to: &out)
        return out
    }

    /// One pass's tables, built from its features.
    struct PassTables {
        var fingerprints: [UInt16]
        var blocks: [UInt64] = []
        var records: [UInt32] = []
        let featureCount: Int

        init(_ features: [TaggerModel.Feature]) {
            featureCount = features.count
            let size = slots(forCount: features.count)
            fingerprints = Array(repeating: 0, count: size)
            var featureAt = [Int](repeating: -1, count: size)
            for (i, feature) in features.enumerated() {
                var slot = Int(truncatingIfNeeded: feature.key) & (size - 1)
                while fingerprints[slot] != 0 { slot = (slot + 1) & (size - 1) }
                fingerprints[slot] = FeatureTable.fingerprint(feature.key)
                featureAt[slot] = i
            }
            for block in 0..<size / blockSlots {
                var occupied: UInt64 = 0, dense: UInt64 = 0
                let before = UInt64(records.count / recordWidth)
                for j in 0..<blockSlots {
                    let f = featureAt[block * blockSlots + j]
                    guard f >= 0 else { continue }
                    occupied |= 1 << UInt64(j)
                    let weights = features[f].weights
                    if weights.count <= recordWidth {
                        records += weights.map { TaggerModelLayout.entry(tag: $0.tag, weight: $0.weight) }
                        records += Array(repeating: 0, count: recordWidth - weights.count)
                    } else {
                        dense |= 1 << UInt64(j)
                        var row = [Int16](repeating: 0, count: denseRecords * recordWidth * 2)
                        for (tag, weight) in weights { row[Int(tag)] = weight }
                        for k in stride(from: 0, to: row.count, by: 2) {
                            records.append(UInt32(UInt16(bitPattern: row[k])) | UInt32(UInt16(bitPattern: row[k + 1])) << 16)
                        }
                    }
                }
                blocks += [occupied, dense, before, 0]
            }
        }
    }

    /// Appends `values` little-endian, then zeros to the next section boundary.
    static func append<T: FixedWidthInteger>(_ values: [T], to out: inout [UInt8]) {
        for v in values { withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) } }
        pad(&out)
    }

    static func pad(_ out: inout [UInt8]) {
        out += Array(repeating: 0, count: aligned(out.count) - out.count)
    }
}
