import WhosaidSyntax

/// Where a generation of ``TaggerWordCache`` keeps each form's words, by the form's fingerprint:
/// an open-addressing table of fixed size whose slot holds the fingerprint and the words beside
/// one another, so a lookup reads one cache line and hashes nothing
/// (the fingerprint is a hash already). A `Dictionary` hashed each key again and read its bitmap,
/// keys and values from three places: about 3% of the engine's time on real news, for the few
/// hundred forms of every document.
struct ReadingPlaces {
    /// One form's place; `count` 0 marks an empty slot (a reading has at least one word).
    private struct Slot {
        var key: UInt64
        var words: UnsafePointer<ScoredWord>?
        var count: Int
    }

    /// At most this share of the slots is used (in quarters): three quarters, so a generation of
    /// 24,000 forms takes 32,768 slots (768 KB) rather than 65,536 at half; a lookup probes a
    /// little further, but a generation is full only at its end (issue 12).
    private static let usedQuarters = 3
    private let slots: UnsafeMutableBufferPointer<Slot>
    private let shift: UInt64
    /// The number of forms placed.
    private(set) var count = 0
    /// The most forms the table takes.
    let capacity: Int

    /// A table for at most `capacity` forms; ``deallocate()`` frees it.
    init(capacity: Int) {
        var size = 16
        while size * Self.usedQuarters < capacity * 4 { size <<= 1 }
        slots = .allocate(capacity: size)
        slots.initialize(repeating: Slot(key: 0, words: nil, count: 0))
        shift = UInt64(64 - size.trailingZeroBitCount)
        self.capacity = capacity
    }

    /// Frees the slots.
    func deallocate() { slots.deallocate() }

    /// The first slot of `key`'s probe (Fibonacci hashing: the top bits of the product).
    @inline(__always) private func home(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    /// The words of the form with fingerprint `key`, or nil.
    @inline(__always) func find(_ key: UInt64) -> UnsafeBufferPointer<ScoredWord>? {
        let mask = slots.count - 1
        var i = home(key)
        while true {
            let slot = slots[i]
            if slot.count == 0 { return nil }
            if slot.key == key { return UnsafeBufferPointer(start: slot.words, count: slot.count) }
            i = (i &+ 1) & mask
        }
    }

    /// Places `words` under `key`, in place of what `key` had (two documents read at once may
    /// both read a new form); at most ``capacity`` forms.
    mutating func insert(_ key: UInt64, _ words: UnsafeBufferPointer<ScoredWord>) {
        precondition(!words.isEmpty, "ReadingPlaces: an empty reading")
        let mask = slots.count - 1
        var i = home(key)
        while slots[i].count != 0, slots[i].key != key { i = (i &+ 1) & mask }
        if slots[i].count == 0 {
            precondition(count < capacity, "ReadingPlaces: full")
            count += 1
        }
        slots[i] = Slot(key: key, words: words.baseAddress, count: words.count)
    }
}
