/// One pass's weights in the model's feature table, which holds both passes' side by side: for
/// code that reads one pass (training, the reference tagger, the sums of tag features).
struct PassTable: Sendable {
    /// Both passes' features.
    let table: FeatureTable
    /// Whether this is the second pass.
    let second: Bool

    /// Finds the places of `count` feature keys (``FeatureTable/find(_:_:into:)``).
    @inline(__always) func find(_ keys: UnsafePointer<UInt64>, _ count: Int, into places: UnsafeMutablePointer<Int>) {
        table.find(keys, count, into: places)
    }

    /// Adds this pass's records at `count` places to `scores`.
    @inline(__always) func add(_ places: UnsafePointer<Int>, _ count: Int, to scores: inout TagScores) {
        table.add(places, count, second: second, to: &scores)
    }

    /// Adds this pass's weights of `count` feature keys to `scores`.
    @inline(__always) func accumulate(_ keys: UnsafePointer<UInt64>, _ count: Int, into scores: inout TagScores) {
        withUnsafeTemporaryAllocation(of: Int.self, capacity: count) { places in
            find(keys, count, into: places.baseAddress!)
            add(places.baseAddress!, count, to: &scores)
        }
    }

    /// Adds this pass's weights of `count` feature keys to `scores` (``UPOS/count`` of them).
    @inline(__always) func accumulate(_ keys: UnsafePointer<UInt64>, _ count: Int, into scores: UnsafeMutablePointer<Int32>) {
        var s = TagScores(scores)
        accumulate(keys, count, into: &s)
        s.store(into: scores)
    }

    /// This pass's summed weights of `keys`.
    func sum(_ keys: [UInt64]) -> TagScores {
        var s = TagScores()
        keys.withUnsafeBufferPointer { accumulate($0.baseAddress!, $0.count, into: &s) }
        return s
    }
}
