/// The stems of person speakers' names, indexed so that a phrase is checked against all of them
/// in time independent of their number: an article with thousands of named people made the
/// ranker compare every candidate phrase with every name (quadratic; issue 11).
///
/// Runs and names sit in ``SequenceInterner``s, so a lookup hashes the stems in place: no
/// array is made per run looked up (every candidate phrase is looked up).
struct PersonNameRuns {
    /// Longest run of a name's stems kept in `runs`; longer phrases are compared name by name.
    static let maxRunLength = 6
    /// The names, as given.
    let names: [[Int32]]
    /// Every non-empty contiguous run, at most `maxRunLength` long, of every name.
    private var runs: SequenceInterner<Int32>
    /// Every non-empty name.
    private var whole: SequenceInterner<Int32>

    /// Whether no name has a stem.
    var isEmpty: Bool { whole.count == 0 }

    /// Indexes `names` (stem ids; a stem no word of the article has is -1, or an id no word has).
    init(_ names: [[Int32]]) {
        self.names = names
        let stemCount = names.reduce(0) { $0 + $1.count }
        runs = SequenceInterner(capacity: stemCount * Self.maxRunLength)
        whole = SequenceInterner(capacity: names.count)
        for name in names where !name.isEmpty {
            _ = whole.intern(name)
            name.withUnsafeBufferPointer { name in
                for start in name.indices {
                    for end in (start + 1)...min(name.count, start + Self.maxRunLength) {
                        _ = runs.intern(UnsafeBufferPointer(rebasing: name[start..<end]))
                    }
                }
            }
        }
    }

    /// Whether `stems` occur as a run inside some name (an empty `stems` never does). Given in
    /// place, so that a caller needs no array per phrase (only a run longer than any kept makes one).
    func containRun(_ stems: UnsafeBufferPointer<Int32>) -> Bool {
        guard !stems.isEmpty else { return false }
        if stems.count <= Self.maxRunLength { return runs.id(of: stems) != nil }
        let array = Array(stems)
        return names.contains { StemMatching.containsRun(array, in: $0) }
    }

    /// Whether some non-empty name occurs as a run inside `stems`.
    func anyNameIsRun(of stems: UnsafeBufferPointer<Int32>) -> Bool {
        for start in stems.indices {
            for end in (start + 1)...stems.count
            where whole.id(of: UnsafeBufferPointer(rebasing: stems[start..<end])) != nil { return true }
        }
        return false
    }
}
