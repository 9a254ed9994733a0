import Foundation

extension KeyphraseRanking {
    /// What eligibility and importance look at: the article's words, statistics and speakers.
    struct Context {
        var candidates: KeyphraseCandidates
        var scan: TopicScan
        var statistics: TermStatistics
        var personNames: PersonNameRuns
        /// The component id of an empty key part, if a key has one.
        var emptyComponent: Int32?

        init(candidates: KeyphraseCandidates, scan: TopicScan, statistics: TermStatistics, personNames: PersonNameRuns) {
            self.candidates = candidates
            self.scan = scan
            self.statistics = statistics
            self.personNames = personNames
            emptyComponent = scan.emptyComponent
        }

        func firstOccurrence(_ c: Candidate) -> KeyphraseCandidates.Occurrence {
            candidates.occurrences[c.range.lowerBound]
        }

        /// The words of `c`'s first occurrence.
        func firstWords(_ c: Candidate) -> ArraySlice<TopicScan.Word> {
            let first = firstOccurrence(c)
            return scan.words[Int(first.lower)...Int(first.upper)]
        }

        /// Whether `c` is all name (stop words aside) where first seen.
        func isName(_ c: Candidate) -> Bool {
            firstWords(c).allSatisfy { statistics.isNameLike($0) || $0.role == .stop }
        }

        /// Length times the geometric mean of the words' importances, times `1 + ln(phrase frequency)`,
        /// times the position factor; stop words inside add nothing.
        func importance(of c: Candidate, sentenceCount: Int) -> Double {
            // The logarithms summed in term order, as `map(log).reduce(0, +)` did, without the arrays.
            var logSum = 0.0
            var wordCount = 0
            for k in 0..<c.termCount {
                let term = Int(candidates.term(k, of: c))
                guard statistics.frequency[term] > 0 else { continue }
                logSum += log(max(statistics.importance[term], 1e-9))
                wordCount += 1
            }
            guard wordCount > 0 else { return 0 }
            let geometricMean = exp(logSum / Double(wordCount))
            let firstSentence = Double(scan.sentence(of: scan.words[Int(firstOccurrence(c).lower)]))
            let position = 1.5 - 0.5 * firstSentence / Double(max(1, sentenceCount))
            return Double(wordCount) * geometricMean * (1 + log(Double(c.range.count))) * position
        }

        func isEligible(_ c: Candidate) -> Bool {
            let first = firstOccurrence(c)
            let opener = scan.words[Int(first.lower)]
            let count = c.range.count
            if opener.role == .weak && count < 2 && !statistics.isNounLike(opener) { return false }
            if !statistics.isNounLike(scan.words[Int(first.upper)]) { return false }
            if c.termCount == 1 {
                let form = scan.flags[Int(opener.form)]
                if count < 2 || form.looksAdjective { return false }
                if form.opensWithNumeral { return false }  // "13th"
                let key = Int(candidates.term(0, of: c))
                if statistics.inPhrase[key] * 3 >= statistics.frequency[key] * 2 { return false }
            } else if count < 2 {
                if c.termCount > 2 { return false }
                var words = 0
                var names = 0
                for w in firstWords(c) where w.role == .content || w.role == .weak {
                    words += 1
                    if statistics.isNameLike(w) { names += 1 }
                }
                if names > 0 && names < words { return false }
            }
            // With no person speaker named, no phrase is a name of one.
            guard !personNames.isEmpty else { return true }
            // The stems in a buffer on the stack: an array each cost an allocation per candidate.
            var most = 0
            let terms = candidates.terms(of: c)
            for term in terms { most += scan.keyComponentCount(term) }
            return withUnsafeTemporaryAllocation(of: Int32.self, capacity: most) { buffer in
                var n = 0
                for term in terms {
                    scan.forEachKeyComponent(of: term) { stem in
                        guard stem != emptyComponent else { return }
                        buffer[n] = stem
                        n += 1
                    }
                }
                let stems = UnsafeBufferPointer(rebasing: buffer[0..<n])
                let allNames = isName(c)
                return !personNames.containRun(stems) && !(allNames && personNames.anyNameIsRun(of: stems))
            }
        }
    }

    /// Which token ranges lie inside a set of occurrences: the occurrences sorted by first
    /// token, with the furthest last token reached so far.
    struct Coverage {
        private var lowers: [Int32] = []
        private var reach: [Int32] = []

        init() {}

        /// Now covers `occurrences`, best given in text order (they are sorted otherwise),
        /// reusing the arrays' storage (two new arrays cost two allocations per phrase).
        mutating func reset(_ occurrences: ArraySlice<KeyphraseCandidates.Occurrence>) {
            let inOrder = occurrences.indices.dropFirst().allSatisfy { occurrences[$0 - 1].lower <= occurrences[$0].lower }
            if inOrder {
                reset(sorted: occurrences)
            } else {
                reset(sorted: occurrences.sorted { $0.lower < $1.lower })
            }
        }

        /// Now covers `sorted`, which is in text order, reusing the arrays' storage: the
        /// kept phrases' coverage is redone for each phrase kept.
        mutating func reset<C: Collection>(sorted: C) where C.Element == KeyphraseCandidates.Occurrence {
            // Sized first, then written in place: an append per occurrence checked each array's
            // uniqueness and room.
            Self.resize(&lowers, to: sorted.count, filler: 0)
            Self.resize(&reach, to: sorted.count, filler: 0)
            lowers.withUnsafeMutableBufferPointer { lowers in
                reach.withUnsafeMutableBufferPointer { reach in
                    var furthest = Int32.min
                    for (k, o) in sorted.enumerated() {
                        lowers[k] = o.lower
                        furthest = max(furthest, o.upper)
                        reach[k] = furthest
                    }
                }
            }
        }

        /// Makes `values` hold `count` values, keeping its storage: those kept, and any `filler`
        /// added, are to be overwritten.
        private static func resize<T>(_ values: inout [T], to count: Int, filler: T) {
            if values.count > count {
                values.removeLast(values.count - count)
            } else if values.count < count {
                values.append(contentsOf: repeatElement(filler, count: count - values.count))
            }
        }

        /// `a` and `b`, both in text order, merged in text order into `out` (emptied first, its
        /// storage kept).
        static func merge(
            _ a: [KeyphraseCandidates.Occurrence], _ b: ArraySlice<KeyphraseCandidates.Occurrence>,
            into out: inout [KeyphraseCandidates.Occurrence]
        ) {
            // Sized first, then written in place (an append per occurrence checked its room).
            resize(&out, to: a.count + b.count, filler: KeyphraseCandidates.Occurrence(lower: 0, upper: 0))
            out.withUnsafeMutableBufferPointer { out in
                var i = a.startIndex
                var j = b.startIndex
                var k = 0
                while i < a.endIndex || j < b.endIndex {
                    if j == b.endIndex || (i < a.endIndex && a[i].lower <= b[j].lower) {
                        out[k] = a[i]
                        i += 1
                    } else {
                        out[k] = b[j]
                        j += 1
                    }
                    k += 1
                }
            }
        }

        /// Whether `o` lies inside one of the occurrences.
        func covers(_ o: KeyphraseCandidates.Occurrence) -> Bool {
            // Just after the last occurrence starting at or before `o`.
            let lo = lowers.partitioningIndex { $0 > o.lower }
            return lo > 0 && reach[lo - 1] >= o.upper
        }

        /// Whether every one of `occurrences` lies inside one of the occurrences.
        func coversAll(_ occurrences: ArraySlice<KeyphraseCandidates.Occurrence>) -> Bool {
            occurrences.allSatisfy { covers($0) }
        }
    }
}
