extension KeyphraseRanking {
    /// The Levenshtein distance between two non-empty sequences when it is at most `limit`
    /// (at least 0); past it, some number above it. Only the band of cells within `limit` of the
    /// diagonal is computed (an alignment that leaves it already costs more than `limit`), over
    /// two rows of scratch on the stack (this runs for every phrase considered against every
    /// kept one), and the count stops at the first row whose least entry is past `limit` (a
    /// row's least entry never falls in the rows below it).
    static func boundedEditDistance<C: Equatable>(_ a: [C], _ b: [C], limit: Int) -> Int {
        // Any cell outside the band, and any distance past `limit`, reads as this.
        let beyond = limit + 1
        if abs(a.count - b.count) > limit { return beyond }
        let width = b.count + 1
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * width) { rows in
            var previous = rows.baseAddress!
            var current = previous + width
            for j in 0..<width { previous[j] = min(j, beyond) }
            for i in 1...a.count {
                let lower = max(1, i - limit)
                let upper = min(b.count, i + limit)
                // The cell left of the band: the first column, or outside the band.
                current[lower - 1] = lower == 1 ? min(i, beyond) : beyond
                var least = current[lower - 1]
                for j in lower...upper {
                    current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                    least = min(least, current[j])
                }
                // The cell right of the band, which the next row reads above its last cell.
                if upper < b.count { current[upper + 1] = beyond }
                if least > limit { return least }
                swap(&previous, &current)
            }
            return previous[b.count]
        }
    }

    /// Whether the ASCII sequences `a` and `b` may be within edit distance `limit`, by a bound
    /// that needs no table: an insertion or a deletion changes how often one byte occurs by one,
    /// a substitution two bytes' counts by one each, so the distance is at least half the summed
    /// differences of the counts. False only when the distance is surely past `limit`.
    static func mayBeWithin(_ a: [UInt8], _ b: [UInt8], distance limit: Int) -> Bool {
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: asciiValues) { counts in
            counts.initialize(repeating: 0)
            for x in a where x < asciiValues { counts[Int(x)] += 1 }
            for x in b where x < asciiValues { counts[Int(x)] -= 1 }
            // Each differing count summed once: cleared as it is read.
            var difference = 0
            for x in a where x < asciiValues {
                difference += Int(abs(counts[Int(x)]))
                counts[Int(x)] = 0
            }
            for x in b where x < asciiValues {
                difference += Int(abs(counts[Int(x)]))
                counts[Int(x)] = 0
            }
            return (difference + 1) / 2 <= limit
        }
    }

    /// The ASCII byte values of `bytes`, a bit each by the value's low six bits (two values
    /// share a bit): what ``mayBeWithin(presence:_:distance:)`` compares.
    static func presence(of bytes: [UInt8]) -> UInt64 {
        bytes.reduce(0) { $1 < asciiValues ? $0 | 1 << UInt64($1 & 63) : $0 }
    }

    /// Whether two ASCII sequences whose ``presence(of:)`` are `a` and `b` may be within edit
    /// distance `limit`: a bit set in one and not the other is a byte value (of those sharing
    /// it) that one holds and the other lacks, one of the count differences that
    /// ``mayBeWithin(_:_:distance:)`` sums, so half their number is a lower bound of the
    /// distance too. False only when the distance is surely past `limit`.
    static func mayBeWithin(presence a: UInt64, _ b: UInt64, distance limit: Int) -> Bool {
        ((a ^ b).nonzeroBitCount + 1) / 2 <= limit
    }

    /// How many byte values ``mayBeWithin(_:_:distance:)`` counts: the ASCII ones (a byte past
    /// them is not counted, which only weakens the bound).
    private static let asciiValues = 128
}
