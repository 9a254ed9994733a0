/// A trained tagger: two passes of feature weights (quantised to 16 bits) in one
/// open-addressing table, and a lexicon of the tags each known form took in training. The first pass reads
/// left to right; the second also sees the first pass's tags of the next two words.
///
/// The model is its binary form (``TaggerModelLayout``), read in place: the embedded model is
/// used where the binary holds it, with no copy and no load beyond a check of its tables.
public struct TaggerModel: @unchecked Sendable {
    // Unchecked: the pointers are into bytes that `storage` keeps alive and nothing writes.
    /// Both passes' features.
    let features: FeatureTable
    /// The first pass's weights.
    var first: PassTable { PassTable(table: features, second: false) }
    /// The second pass's weights.
    var second: PassTable { PassTable(table: features, second: true) }
    private let lexiconKeys: UnsafePointer<UInt64>
    private let lexiconValues: UnsafePointer<UInt32>
    private let lexiconMask: Int
    /// Keeps the bytes alive.
    private let storage: ModelBytes
    /// The number of features of the first pass and of the second (a feature both weigh counts twice).
    public let featureCount: Int
    /// The number of forms in the lexicon.
    public let lexiconCount: Int

    static let magic: [UInt8] = Array("WSTG".utf8)

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

    /// A model of these features, through its binary form.
    init(first: [Feature], second: [Feature], lexicon: [LexiconEntry]) {
        let bytes = TaggerModelLayout.encode(first: first, second: second, lexicon: lexicon)
        // The bytes were just written by the encoder that the reader checks against.
        self = try! bytes.withUnsafeBytes { raw throws(TaggerModelError) in try TaggerModel(bytes: raw) }
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

extension TaggerModel {
    /// A model read from a copy of its binary form.
    /// - Throws: ``TaggerModelError`` when the bytes are not a model of this version.
    public init(bytes: UnsafeRawBufferPointer) throws(TaggerModelError) {
        try self.init(storage: ModelBytes(copying: bytes))
    }

    /// A model read in place from `bytes`, which must never be freed or changed (the binary's
    /// own data); copied first only when they are not aligned for the model's tables.
    /// - Throws: ``TaggerModelError`` when the bytes are not a model of this version.
    public init(permanentBytes bytes: UnsafeRawBufferPointer) throws(TaggerModelError) {
        let aligned = bytes.baseAddress.map { Int(bitPattern: $0) % TaggerModelLayout.sectionAlignment == 0 } ?? false
        try self.init(storage: aligned ? ModelBytes(borrowing: bytes) : ModelBytes(copying: bytes))
    }

    private init(storage: ModelBytes) throws(TaggerModelError) {
        typealias L = TaggerModelLayout
        let bytes = storage.bytes
        guard bytes.count >= 8, Array(bytes[0..<4]) == Self.magic else { throw .notAModel }
        func u32(_ at: Int) -> Int { Int(UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: at, as: UInt32.self))) }
        guard u32(4) == L.version else { throw .wrongVersion }
        guard bytes.count >= L.headerSize else { throw .truncated }
        let table = L.TableSizes(slots: u32(8), features: u32(12), records: u32(16))
        let firstCount = u32(20), secondCount = u32(24)
        let lexiconSlots = u32(28)
        let lexiconCount = u32(32)
        guard lexiconSlots.nonzeroBitCount == 1, lexiconCount * 2 <= lexiconSlots else { throw .notAModel }
        guard firstCount <= table.features, secondCount <= table.features, firstCount + secondCount >= table.features else {
            throw .notAModel
        }
        let lexiconBytes = L.aligned(lexiconSlots * 8) + L.aligned(lexiconSlots * 4)
        guard bytes.count >= L.headerSize + table.total + lexiconBytes else { throw .truncated }
        let base = bytes.baseAddress!
        self.storage = storage
        features = try FeatureTable(at: base + L.headerSize, table, storage: storage)
        featureCount = firstCount + secondCount
        let lexicon = base + L.headerSize + table.total
        lexiconKeys = lexicon.assumingMemoryBound(to: UInt64.self)
        lexiconValues = (lexicon + L.aligned(lexiconSlots * 8)).assumingMemoryBound(to: UInt32.self)
        lexiconMask = lexiconSlots - 1
        self.lexiconCount = lexiconCount
        var stored = 0
        for slot in 0..<lexiconSlots where lexiconKeys[slot] != 0 { stored += 1 }
        // At least one empty slot, so that a lookup of an absent form ends.
        guard stored == lexiconCount else { throw .notAModel }
    }
}

/// A model's bytes: borrowed (the binary's own, never freed) or an aligned copy freed with it.
final class ModelBytes: @unchecked Sendable {
    // Unchecked: the bytes are written once, in `init`, and only read afterwards.
    let bytes: UnsafeRawBufferPointer
    private let owned: Bool

    init(borrowing bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
        owned = false
    }

    init(copying bytes: UnsafeRawBufferPointer) {
        let copy = UnsafeMutableRawBufferPointer.allocate(byteCount: max(bytes.count, 1), alignment: TaggerModelLayout.sectionAlignment)
        if let source = bytes.baseAddress, bytes.count > 0 { copy.baseAddress!.copyMemory(from: source, byteCount: bytes.count) }
        self.bytes = UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(copy)[0..<bytes.count])
        owned = true
    }

    deinit {
        if owned { UnsafeMutableRawPointer(mutating: bytes.baseAddress)?.deallocate() }
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
