/// Interns the distinct surface forms of a document's tokens, so that each is lower-cased into a
/// String and looked up in the lexicon once per document rather than once per occurrence (a
/// short one once for all documents, in ``WrittenFormCache``, while ``shared`` holds it).
struct WordTable {
    /// Lower-cased text of each distinct form.
    private(set) var lowers: [String] = []
    /// Lexicon classes of each distinct form.
    private(set) var classes: [Lexicon.WordClass] = []
    private var slots: [Int32]
    private var mask: Int
    /// What the probe and the readers need of each distinct form, by id: one array, so that a new
    /// form is one append (and one uniqueness check), not one to each of four arrays.
    private var entries: [Entry] = []
    /// The scalar values of every distinct form, back to back: the first `keyCount` of `keys`;
    /// the rest is room, so that a new form's values are written in place, in one pass (appended,
    /// they cost a generic `append(contentsOf:)` call per form: 0.5% of the engine on news).
    private var keys: [UInt32]
    private var keyCount = 0

    /// Room first made in `keys` per form of the capacity asked for (it doubles past it).
    static let initialKeyRoomPerForm = 4
    /// The shared forms, taken out of ``WrittenFormCache`` until ``putBackShared()``.
    private var shared: WrittenFormCache.Table?
    /// ``WrittenFormCache/packCodes``, read once a document.
    private let packCodes = WrittenFormCache.packCodes

    init(capacity: Int = 4096) {
        var size = 1024
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: -1, count: size)
        mask = size - 1
        keys = Array(repeating: 0, count: capacity * Self.initialKeyRoomPerForm)
        // Room for the forms of the capacity asked for: grown from empty, each list was copied
        // at every doubling, in every document.
        lowers.reserveCapacity(capacity)
        classes.reserveCapacity(capacity)
        entries.reserveCapacity(capacity)
        shared = WrittenFormCache.take()
    }

    /// A distinct form's hash, where its scalar values lie in `keys`, and its fingerprint.
    private struct Entry {
        /// The text's hash of the form (``ScalarReader/spanHash(_:_:)``), what its slot is probed from.
        var hash: UInt32
        /// Where the form's scalar values start in `keys`.
        var keyStart: Int32
        /// Length in scalars of the form.
        var length: Int32
        /// Where the form first lies in the text, what a token is compared with.
        var origin: Int32
        /// The fingerprint of the form (``fingerprint(_:)``), worked out as it is added.
        var fingerprint: UInt64
    }

    /// The length in scalars of the form with id `id`.
    func length(_ id: Int) -> Int { Int(entries[id].length) }

    /// Gives the shared forms back to ``WrittenFormCache`` (later new forms are worked out here).
    mutating func putBackShared() {
        guard let table = shared else { return }
        shared = nil
        WrittenFormCache.putBack(table)
    }

    /// The number of distinct forms.
    var count: Int { lowers.count }

    /// A 64-bit fingerprint of the form with id `id` as written, equal to
    /// ``TaggerWordCache/key(_:)`` of its text: FNV-1a over the form's UTF-8, then mixed.
    func fingerprint(_ id: Int) -> UInt64 { entries[id].fingerprint }

    /// The fingerprint of the form whose scalar values are `form` (see ``fingerprint(_:)``).
    private static func fingerprint(of form: UnsafeBufferPointer<UInt32>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for v in form {
            if v < 0x80 {  // one UTF-8 byte, the value itself
                h = (h ^ UInt64(v)) &* 0x0000_0100_0000_01B3
                continue
            }
            for b in (Unicode.Scalar(v) ?? "\u{FFFD}").utf8 { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        }
        return h ^ (h >> 29)
    }

    /// The form with id `id` as written.
    func written(_ id: Int) -> String {
        let entry = entries[id]
        let start = Int(entry.keyStart)
        return keys.withUnsafeBufferPointer { String(scalarValues: UnsafeBufferPointer(rebasing: $0[start..<(start + Int(entry.length))])) }
    }

    /// The id of the form `s[a..<b]`, adding it when new.
    mutating func intern(_ s: some ScalarReader, _ a: Int, _ b: Int) -> Int {
        // Hashed and compared in the text itself, a stored form by its first place there.
        let h = s.spanHash(a, b)
        var slot = Int(h) & mask
        // Probed in the arrays' buffers: a slot is masked into `slots`, and a slot's id is one of
        // `entries` (ids are given in order), so no read is checked (most tokens repeat a form).
        let found: Int = slots.withUnsafeBufferPointer { slots in
            entries.withUnsafeBufferPointer { entries in
                while true {
                    let id = Int(slots[slot])
                    if id < 0 { return -1 }
                    let entry = entries[id]
                    if entry.hash == h, Int(entry.length) == b - a, s.sameSpans(Int(entry.origin), a, count: b - a) { return id }
                    slot = (slot + 1) & mask
                }
            }
        }
        if found >= 0 { return found }
        let id = lowers.count
        let start = keyCount
        let length = b - a
        if keys.count < start + length { keys.append(contentsOf: repeatElement(0, count: max(keys.count, length))) }
        // One uniqueness check for the form, not one per value: the room was made just above.
        keys.withUnsafeMutableBufferPointer { room in
            precondition(start + length <= room.count, "no room for the form")
            s.copyValues(a..<b, into: room.baseAddress! + start)
        }
        keyCount += length
        let key = shared == nil ? 0 : keys.withUnsafeBufferPointer { WrittenFormCache.packed(UnsafeBufferPointer(rebasing: $0[start..<keyCount]), codes: packCodes) }
        // A form of no packed key (`,`, `“`, `administration`) is found by a hash of its values,
        // when short enough to keep.
        let longKey = shared == nil || key != 0 || length > WrittenFormCache.maxLongLength ? 0
            : keys.withUnsafeBufferPointer { WrittenFormCache.longKey(UnsafeBufferPointer(rebasing: $0[start..<keyCount])) }
        let print: UInt64
        if key != 0, let known = shared!.entry(key) {
            lowers.append(known.lower)
            classes.append(known.classes)
            print = known.fingerprint
        } else if longKey != 0, let known = shared!.longEntry(keys, start..<keyCount, key: longKey) {
            lowers.append(known.lower)
            classes.append(known.classes)
            print = known.fingerprint
        } else {
            let lower = Tokenizer.lowered(s, a, b)
            let wordClasses = LexiconClassTable.shared.classes(of: lower)
            print = keys.withUnsafeBufferPointer { Self.fingerprint(of: UnsafeBufferPointer(rebasing: $0[start..<keyCount])) }
            lowers.append(lower)
            classes.append(wordClasses)
            if key != 0 {
                shared!.add(key, lower: lower, classes: wordClasses, fingerprint: print)
            } else if longKey != 0 {
                shared!.addLong(keys, start..<keyCount, key: longKey, lower: lower, classes: wordClasses, fingerprint: print)
            }
        }
        entries.append(Entry(hash: h, keyStart: Int32(start), length: Int32(b - a), origin: Int32(a), fingerprint: print))
        slots[slot] = Int32(id)
        if lowers.count * 2 > slots.count { grow() }
        return id
    }

    private mutating func grow() {
        let size = slots.count * 2
        slots = Array(repeating: -1, count: size)
        mask = size - 1
        for id in entries.indices {
            var slot = Int(entries[id].hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(id)
        }
    }
}
