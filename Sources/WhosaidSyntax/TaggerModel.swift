/// A trained tagger: two passes of feature weights (quantised to 16 bits) in open-addressing
/// tables, and a lexicon of the tags each known form took in training. The first pass reads
/// left to right; the second also sees the first pass's tags of the next two words.
///
/// Binary format (little-endian): `WSTG`, version (u32), first-pass feature count (u32),
/// second-pass feature count (u32), lexicon count (u32); per feature its key (u64), the number
/// of non-zero weights (u8) and that many (tag u8, weight i16) pairs, first pass then second;
/// per lexicon entry its key (u64), tag mask (u32) and sure tag (u8).
public struct TaggerModel: Sendable {
    let first: FeatureTable
    let second: FeatureTable
    private var lexiconKeys: [UInt64]
    private var lexiconValues: [UInt32]
    private var lexiconMask: Int
    /// The number of features of both passes.
    public var featureCount: Int { first.count + second.count }
    /// The number of forms in the lexicon.
    public private(set) var lexiconCount: Int

    static let magic: [UInt8] = Array("WSTG".utf8)
    static let version: UInt32 = 2

    /// One feature's non-zero weights.
    struct Feature {
        var key: UInt64
        var weights: [(tag: UInt8, weight: Int16)]
    }

    /// One lexicon entry: the tags a form took in training, and its one tag if it is sure.
    struct LexiconEntry {
        var key: UInt64
        var ambiguity: UInt32
        var sureTag: UInt8
    }

    init(first: [Feature], second: [Feature], lexicon: [LexiconEntry]) {
        self.init(first: FeatureTable(first), second: FeatureTable(second), lexicon: lexicon)
    }

    init(first: FeatureTable, second: FeatureTable, lexicon: [LexiconEntry]) {
        self.first = first
        self.second = second
        lexiconCount = lexicon.count
        var size = 16
        while size < lexicon.count * 2 { size <<= 1 }
        lexiconKeys = Array(repeating: 0, count: size)
        lexiconValues = Array(repeating: 0, count: size)
        lexiconMask = size - 1
        for entry in lexicon {
            var slot = Int(truncatingIfNeeded: entry.key) & lexiconMask
            while lexiconKeys[slot] != 0 { slot = (slot + 1) & lexiconMask }
            lexiconKeys[slot] = entry.key | 1
            lexiconValues[slot] = entry.ambiguity | UInt32(entry.sureTag) << 24
        }
    }

    /// What the lexicon knows of the form with key `key`: (tag mask, sure tag or 255).
    func lexicon(_ key: UInt64) -> (ambiguity: UInt32, sureTag: UInt8) {
        let stored = key | 1
        var slot = Int(truncatingIfNeeded: key) & lexiconMask
        while true {
            let k = lexiconKeys[slot]
            if k == stored { let v = lexiconValues[slot]; return (v & 0x00FF_FFFF, UInt8(v >> 24)) }
            if k == 0 { return (0, TaggerWord.noTag) }
            slot = (slot + 1) & lexiconMask
        }
    }
}

/// One pass's features in an open-addressing table, laid out for the cache: a 16-bit
/// fingerprint per slot in a small array that stays in the core's own cache (most features a
/// sentence asks for are not in the model and are turned away there), and the ``UPOS/count``
/// weights of a slot's feature at the slot's place in a second array, read only on a match.
/// Two features could share a slot's fingerprint (one chance in 65,536 per probe); the
/// tests measure the accuracy of the tagger as it reads the table.
struct FeatureTable: Sendable {
    /// 0 marks an empty slot.
    private var fingerprints: [UInt16]
    private var slotMask: Int
    /// ``UPOS/count`` weights per slot.
    private var weights: [Int16]
    private(set) var count: Int

    init(_ features: [TaggerModel.Feature]) {
        self.init(count: features.count)
        for feature in features {
            let slot = insert(feature.key)
            for (tag, weight) in feature.weights { weights[slot * UPOS.count + Int(tag)] = weight }
        }
    }

    /// An empty table sized for `count` features.
    private init(count: Int) {
        self.count = count
        var size = 16
        while size < count * 2 { size <<= 1 }
        fingerprints = Array(repeating: 0, count: size)
        slotMask = size - 1
        weights = Array(repeating: 0, count: size * UPOS.count)
    }

    /// Takes the first free slot of `key`'s probe for it and returns the slot.
    private mutating func insert(_ key: UInt64) -> Int {
        var slot = Int(truncatingIfNeeded: key) & slotMask
        while fingerprints[slot] != 0 { slot = (slot + 1) & slotMask }
        fingerprints[slot] = Self.fingerprint(key)
        return slot
    }

    /// `count` features read from the model's binary form (as ``TaggerModel/encode(first:second:lexicon:)``
    /// writes them), straight into the table: the same table as from ``TaggerModel/Feature`` values.
    init(reading reader: inout ByteReader, count: Int) throws(TaggerModelError) {
        guard count <= reader.remaining / 9 else { throw .truncated }
        self.init(count: count)
        for _ in 0..<count {
            guard reader.remaining >= 9 else { throw .truncated }
            let slot = insert(reader.u64())
            let n = Int(reader.u8())
            guard reader.remaining >= n * 3 else { throw .truncated }
            for _ in 0..<n {
                let tag = reader.u8()
                guard tag < UPOS.count else { throw .notAModel }
                weights[slot * UPOS.count + Int(tag)] = Int16(bitPattern: reader.u16())
            }
        }
    }

    @inline(__always) static func fingerprint(_ key: UInt64) -> UInt16 { UInt16(truncatingIfNeeded: key >> 48) | 1 }

    /// The offset in `weights` of the row of the feature with key `key`, or -1 when the model
    /// has none: the first slot of its probe that holds its fingerprint or is empty.
    @inline(__always) func row(_ key: UInt64, _ slots: UnsafeBufferPointer<UInt16>) -> Int {
        let fp = Self.fingerprint(key)
        var slot = Int(truncatingIfNeeded: key) & slotMask
        while true {
            let k = slots[slot]
            if k == fp { return slot &* UPOS.count }
            if k == 0 { return -1 }
            slot = (slot &+ 1) & slotMask
        }
    }

    /// Adds the weights of `count` feature keys to `scores` (``UPOS/count`` of them).
    @inline(__always) func accumulate(_ keys: UnsafePointer<UInt64>, _ count: Int, into scores: UnsafeMutablePointer<Int32>) {
        fingerprints.withUnsafeBufferPointer { slots in
            weights.withUnsafeBufferPointer { w in
                for f in 0..<count {
                    let o = row(keys[f], slots)
                    if o < 0 { continue }
                    for t in 0..<UPOS.count { scores[t] &+= Int32(w[o &+ t]) }
                }
            }
        }
    }

    /// Adds the weights of `count` feature keys to `scores`.
    @inline(__always) func accumulate(_ keys: UnsafePointer<UInt64>, _ count: Int, into scores: inout TagScores) {
        fingerprints.withUnsafeBufferPointer { slots in
            weights.withUnsafeBufferPointer { w in
                let base = UnsafeRawPointer(w.baseAddress!)
                for f in 0..<count {
                    let o = row(keys[f], slots)
                    if o < 0 { continue }
                    let weights = base.loadUnaligned(fromByteOffset: o &* 2, as: SIMD16<Int16>.self)
                    scores.low &+= SIMD16<Int32>(truncatingIfNeeded: weights)
                    scores.high &+= Int32(w[o &+ 16])
                }
            }
        }
    }
}

extension TaggerModel {
    /// A model read from its binary form.
    /// - Throws: ``TaggerModelError`` when the bytes are not a model of this version.
    public init(bytes: UnsafeRawBufferPointer) throws(TaggerModelError) {
        var reader = ByteReader(bytes: bytes)
        guard bytes.count >= 16, Array(bytes[0..<4]) == Self.magic else { throw .notAModel }
        reader.offset = 4
        guard reader.u32() == Self.version else { throw .wrongVersion }
        let firstCount = Int(reader.u32())
        guard reader.remaining >= 8 else { throw .truncated }
        let secondCount = Int(reader.u32())
        let lexiconCount = Int(reader.u32())
        let first = try FeatureTable(reading: &reader, count: firstCount)
        let second = try FeatureTable(reading: &reader, count: secondCount)
        var lexicon: [LexiconEntry] = []
        lexicon.reserveCapacity(lexiconCount)
        for _ in 0..<lexiconCount {
            guard reader.remaining >= 13 else { throw .truncated }
            lexicon.append(LexiconEntry(key: reader.u64(), ambiguity: reader.u32(), sureTag: reader.u8()))
        }
        self.init(first: first, second: second, lexicon: lexicon)
    }

    /// The model's binary form, as ``init(bytes:)`` reads it.
    static func encode(first: [Feature], second: [Feature], lexicon: [LexiconEntry]) -> [UInt8] {
        var out = magic
        func u32(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) } }
        func u64(_ v: UInt64) { withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) } }
        u32(version)
        u32(UInt32(first.count))
        u32(UInt32(second.count))
        u32(UInt32(lexicon.count))
        for f in first + second {
            u64(f.key)
            out.append(UInt8(f.weights.count))
            for (tag, w) in f.weights {
                out.append(tag)
                withUnsafeBytes(of: UInt16(bitPattern: w).littleEndian) { out.append(contentsOf: $0) }
            }
        }
        for e in lexicon {
            u64(e.key)
            u32(e.ambiguity)
            out.append(e.sureTag)
        }
        return out
    }
}

/// Why bytes could not be read as a tagger model.
public enum TaggerModelError: Error, CustomStringConvertible {
    case notAModel, wrongVersion, truncated

    public var description: String {
        switch self {
        case .notAModel: "not a whosaid tagger model; regenerate it with `swift run -c release whosaid-train tagger`"
        case .wrongVersion: "the tagger model is of another version; regenerate it with `swift run -c release whosaid-train tagger`"
        case .truncated: "the tagger model is cut short; regenerate it with `swift run -c release whosaid-train tagger`"
        }
    }
}

/// Little-endian reads from a byte buffer; callers check `remaining` first.
struct ByteReader {
    let bytes: UnsafeRawBufferPointer
    var offset = 0
    var remaining: Int { bytes.count - offset }

    mutating func u8() -> UInt8 { defer { offset += 1 }; return bytes[offset] }
    mutating func u16() -> UInt16 { defer { offset += 2 }; return UInt16(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt16.self)) }
    mutating func u32() -> UInt32 { defer { offset += 4 }; return UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self)) }
    mutating func u64() -> UInt64 { defer { offset += 8 }; return UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) }
}
