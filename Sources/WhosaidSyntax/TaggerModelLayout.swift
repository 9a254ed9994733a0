/// The binary layout of a tagger model, version 4: the tables tagging reads, byte for byte, so
/// that the model embedded in the binary is read in place (no copy, no load time, and its pages
/// are the binary's own, shared by every process that runs it).
///
/// Both passes share one feature table: most features are weighed by both (the same templates
/// of the same words), and tagging asks both passes for the same keys (a word's own features
/// when it is first read; the word pairs and the previous tag at a position), so one lookup
/// finds both passes' weights, side by side in memory.
///
/// All little-endian; every section starts at a multiple of ``sectionAlignment`` bytes.
/// - Header (``headerSize`` bytes): `WSTG`, version (u32); the table's slot count, feature
///   count and record count, the features of the first pass and of the second (u32 each); the
///   lexicon's slot count and entry count (u32 each); zeros.
/// - The table: its fingerprints (u16 per slot, 0 for an empty slot; see ``FeatureTable``); its
///   blocks (per ``blockSlots`` slots, four u64: a bit per occupied slot, a bit per slot whose
///   feature is dense in the first pass, one per slot whose feature is dense in the second, the
///   number of records before the block), which give a feature the place of its records; its
///   records, in slot order, each feature's first pass's then its second's.
/// - The lexicon: keys (u64 per slot, `key | 1`, 0 for an empty slot), then values (u32 per
///   slot: the tag mask, and the sure tag in the top byte).
///
/// A record is 16 bytes. A pass's weights of a feature with at most ``recordWidth`` non-zero
/// weights (92% of the shipped model's) take one, of entries `tag << 16 | UInt16(bitPattern:
/// weight)`, unused ones 0 (the first tag, weight 0: adding them changes nothing); a pass that
/// does not weigh the feature takes one of zeros. A dense feature's take ``denseRecords``: its
/// ``UPOS/count`` weights as Int16, then zeros, read in one vector.
enum TaggerModelLayout {
    static let version: UInt32 = 4
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
    /// The fewest slots the table has (one block).
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

    /// The byte sizes of the table's sections.
    struct TableSizes {
        let slots: Int
        let features: Int
        let records: Int

        var fingerprintBytes: Int { aligned(slots * 2) }
        var blockBytes: Int { aligned(slots / blockSlots * 32) }
        var recordBytes: Int { aligned(records * recordWidth * 4) }
        var total: Int { fingerprintBytes + blockBytes + recordBytes }
    }

    /// The model's binary form, as ``TaggerModel/init(bytes:)`` reads it. Features are placed in
    /// key order, each pass's list given in key order (as the trainer gives them; the first
    /// pass's alone are placed as it gives them), so the same features give the same bytes.
    static func encode(first: [TaggerModel.Feature], second: [TaggerModel.Feature], lexicon: [TaggerModel.LexiconEntry]) -> [UInt8] {
        let table = JointTable(first: first, second: second)
        let lexiconSlots = slots(forCount: lexicon.count, minimum: 16)
        var out = Array("WSTG".utf8)
        func u32(_ v: Int) { withUnsafeBytes(of: UInt32(v).littleEndian) { out.append(contentsOf: $0) } }
        u32(Int(version))
        u32(table.fingerprints.count)
        u32(table.featureCount)
        u32(table.records.count / recordWidth)
        u32(first.count)
        u32(second.count)
        u32(lexiconSlots)
        u32(lexicon.count)
        pad(&out)
        append(table.fingerprints, to: &out)
        append(table.blocks, to: &out)
        append(table.records, to: &out)
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

    /// One feature's weights in each pass (empty where the pass does not weigh it).
    typealias JointFeature = (key: UInt64, first: [(tag: UInt8, weight: Int16)], second: [(tag: UInt8, weight: Int16)])

    /// The features of both passes, in key order: the two lists, each in key order, merged.
    static func merged(_ first: [TaggerModel.Feature], _ second: [TaggerModel.Feature]) -> [JointFeature] {
        var out: [JointFeature] = []
        out.reserveCapacity(max(first.count, second.count))
        var i = 0, j = 0
        while i < first.count || j < second.count {
            if j == second.count || (i < first.count && first[i].key < second[j].key) {
                out.append((first[i].key, first[i].weights, []))
                i += 1
            } else if i == first.count || second[j].key < first[i].key {
                out.append((second[j].key, [], second[j].weights))
                j += 1
            } else {
                out.append((first[i].key, first[i].weights, second[j].weights))
                i += 1
                j += 1
            }
        }
        return out
    }

    /// The table's sections, built from both passes' features.
    struct JointTable {
        var fingerprints: [UInt16]
        var blocks: [UInt64] = []
        var records: [UInt32] = []
        let featureCount: Int

        init(first: [TaggerModel.Feature], second: [TaggerModel.Feature]) {
            let features = merged(first, second)
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
                var occupied: UInt64 = 0, denseFirst: UInt64 = 0, denseSecond: UInt64 = 0
                let before = UInt64(records.count / recordWidth)
                for j in 0..<blockSlots {
                    let f = featureAt[block * blockSlots + j]
                    guard f >= 0 else { continue }
                    occupied |= 1 << UInt64(j)
                    if Self.append(features[f].first, to: &records) { denseFirst |= 1 << UInt64(j) }
                    if Self.append(features[f].second, to: &records) { denseSecond |= 1 << UInt64(j) }
                }
                blocks += [occupied, denseFirst, denseSecond, before]
            }
        }

        /// Appends one pass's records of a feature and returns whether they are dense.
        static func append(_ weights: [(tag: UInt8, weight: Int16)], to records: inout [UInt32]) -> Bool {
            if weights.count <= recordWidth {
                records += weights.map { TaggerModelLayout.entry(tag: $0.tag, weight: $0.weight) }
                records += Array(repeating: 0, count: recordWidth - weights.count)
                return false
            }
            var row = [Int16](repeating: 0, count: denseRecords * recordWidth * 2)
            for (tag, weight) in weights { row[Int(tag)] = weight }
            for k in stride(from: 0, to: row.count, by: 2) {
                records.append(UInt32(UInt16(bitPattern: row[k])) | UInt32(UInt16(bitPattern: row[k + 1])) << 16)
            }
            return true
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
