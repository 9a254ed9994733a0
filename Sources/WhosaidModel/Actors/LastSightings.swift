/// When each draft was last mentioned, by draft id (ids are indices from 0): read as a
/// dictionary from id to token, nil for a draft never seen, and kept as an array, so that a
/// read or a write is an index, not a hash (a dictionary of them was hashed at every mention,
/// several times over by ``AgreeingNames``).
struct LastSightings: ExpressibleByDictionaryLiteral {
    /// The token of each draft's last mention, by id; -1 for none.
    private var tokens: [Int] = []

    /// No draft seen yet.
    init() {}

    /// Drafts seen at the tokens given, by id (for tests).
    init(dictionaryLiteral elements: (Int, Int)...) {
        for (id, token) in elements { self[id] = token }
    }

    /// Room for `count` drafts at once.
    mutating func reserveCapacity(_ count: Int) { tokens.reserveCapacity(count) }

    /// The token where draft `id` was last mentioned; nil when it never was. Setting nil forgets it.
    subscript(id: Int) -> Int? {
        @inline(__always) get {
            guard id >= 0, id < tokens.count else { return nil }
            let t = tokens[id]
            return t < 0 ? nil : t
        }
        set {
            guard id >= 0 else { return }
            if id >= tokens.count {
                guard newValue != nil else { return }
                tokens.append(contentsOf: repeatElement(-1, count: id + 1 - tokens.count))
            }
            tokens[id] = newValue ?? -1
        }
    }
}
