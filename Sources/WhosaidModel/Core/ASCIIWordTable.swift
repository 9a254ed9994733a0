/// A fixed table of ASCII words found by their bytes: open addressing over an FNV-1a hash of the
/// bytes, each slot pointing at a word's bytes in one array. Two ASCII strings are equal exactly
/// when their bytes are, so for an ASCII word it answers as a `Set<String>` of the same words
/// does, without the `String` hashing (normalisation and SipHash, about 400 instructions a
/// look-up).
struct ASCIIWordTable: Sendable {
    /// Every word's bytes, back to back.
    private let bytes: [UInt8]
    /// Where each word starts in `bytes`; the next entry is where it ends.
    private let starts: [Int32]
    /// Word index + 1 in each slot, 0 for an empty one; a power of two, at most half full.
    private let slots: [Int32]

    /// The table of `words`, all ASCII.
    init(_ words: some Sequence<String>) {
        var bytes: [UInt8] = []
        var starts: [Int32] = [0]
        for w in words {
            bytes.append(contentsOf: w.utf8)
            starts.append(Int32(bytes.count))
        }
        self.init(bytes: bytes, starts: starts)
    }

    /// The table of the distinct ASCII words whose bytes lie back to back in `bytes`, word `k`
    /// from `starts[k]` to `starts[k + 1]` (`starts` opens with 0).
    init(bytes: [UInt8], starts: [Int32]) {
        self.init(bytes: bytes, starts: starts, slots: Self.slots(bytes, starts, refusingRepeats: false)!)
    }

    /// The table of the ASCII words laid out as for ``init(bytes:starts:)``, or nil when a word
    /// repeats: whether they are distinct is found as they are placed, by comparing a word only
    /// with those its probe meets (a set of the words, made to count them, took 11 M
    /// instructions at every start for the first-name table).
    init?(distinctBytes bytes: [UInt8], starts: [Int32]) {
        guard let slots = Self.slots(bytes, starts, refusingRepeats: true) else { return nil }
        self.init(bytes: bytes, starts: starts, slots: slots)
    }

    private init(bytes: [UInt8], starts: [Int32], slots: [Int32]) {
        self.bytes = bytes
        self.starts = starts
        self.slots = slots
    }

    /// The slots of the words laid out as for ``init(bytes:starts:)``; nil when
    /// `refusingRepeats` and a word repeats.
    private static func slots(_ bytes: [UInt8], _ starts: [Int32], refusingRepeats: Bool) -> [Int32]? {
        precondition(starts.first == 0 && starts.last.map { Int($0) == bytes.count } == true, "words that fill the bytes")
        var size = 16
        while size < 2 * (starts.count - 1) { size <<= 1 }
        var slots = [Int32](repeating: 0, count: size)
        let placed: Bool = bytes.withUnsafeBufferPointer { all in
            for k in 0..<(starts.count - 1) {
                let word = UnsafeBufferPointer(rebasing: all[Int(starts[k])..<Int(starts[k + 1])])
                var i = Self.hash(word) & (size - 1)
                while slots[i] != 0 {
                    if refusingRepeats {
                        let other = Int(slots[i]) - 1
                        let start = Int(starts[other]), end = Int(starts[other + 1])
                        if end - start == word.count, Self.same(all.baseAddress! + start, word) { return false }
                    }
                    i = (i + 1) & (size - 1)
                }
                slots[i] = Int32(k + 1)
            }
            return true
        }
        return placed ? slots : nil
    }

    /// FNV-1a over `word`.
    @inline(__always) private static func hash(_ word: UnsafeBufferPointer<UInt8>) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in word { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return Int(truncatingIfNeeded: h ^ (h >> 32))
    }

    /// Whether the `word.count` bytes at `stored` are those of `word`.
    @inline(__always) private static func same(_ stored: UnsafePointer<UInt8>, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        for k in 0..<word.count where stored[k] != word[k] { return false }
        return true
    }

    /// Whether the table holds the word of bytes `word`.
    func contains(_ word: UnsafeBufferPointer<UInt8>) -> Bool { index(of: word) != nil }

    /// Where the word of bytes `word` stands among the words the table was made of, nil when it
    /// holds no such word.
    func index(of word: UnsafeBufferPointer<UInt8>) -> Int? {
        slots.withUnsafeBufferPointer { slots in
            starts.withUnsafeBufferPointer { starts in
                bytes.withUnsafeBufferPointer { bytes in
                    let mask = slots.count - 1
                    var i = Self.hash(word) & mask
                    while true {
                        let entry = Int(slots[i])
                        if entry == 0 { return nil }
                        let start = Int(starts[entry - 1]), end = Int(starts[entry])
                        if end - start == word.count, Self.same(bytes.baseAddress! + start, word) { return entry - 1 }
                        i = (i + 1) & mask
                    }
                }
            }
        }
    }
}
