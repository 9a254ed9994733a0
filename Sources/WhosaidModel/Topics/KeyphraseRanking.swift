import Foundation

/// Ranks candidate phrases, most important first, and drops the ones that make poor topics.
///
/// A phrase's importance is its length times the geometric mean of its words' importances
/// (so a phrase of strong words beats a lone word of middling strength, as in RAKE, but one
/// weak word drags it down), times `1 + ln(frequency)` of the phrase itself, times a position
/// factor from 1.5 for a phrase first seen in the opening sentence down to 1 at the end.
///
/// Not eligible at all:
/// - a single word seen once, seen mostly inside longer phrases ("nuclear" in "nuclear
///   program", "North" in "North Korea"), looking like an adjective ("intolerable") or
///   beginning with a digit ("13th");
/// - a phrase seen once that has three words, or mixes a name with common words ("North
///   Korean diplomat": it is about the name, which stands on its own), or opens with an `-ing`
///   form;
/// - a phrase closing with an `-ing` form never used as a noun ("emergency room following");
/// - a person speaker's name, or a name that holds one ("Hillary Clinton" when "Clinton" speaks).
///
/// Then, in rank order, a phrase is skipped when every occurrence lies inside a phrase already
/// kept, when it is a name inside or around a kept name ("Crutcher" after "Terence
/// Crutcher"), or when it is spelled almost like a kept phrase ("North Koreans" after "North
/// Korea"); and a kept phrase seen only inside a later, longer one is replaced by it.
struct KeyphraseRanking {
    typealias Candidate = KeyphraseCandidates.Candidate

    /// A kept phrase and its importance (higher is more important).
    struct Ranked {
        var candidate: Candidate
        var importance: Double
    }

    /// Kept phrases, most important first.
    private(set) var ranked: [Ranked] = []

    /// `personNames` are the stems of person speakers' names as ids into ``TopicScan/components``
    /// (-1, or an id no word has, for a stem no word of the article has).
    init(
        candidates: KeyphraseCandidates, scan: TopicScan, statistics: TermStatistics,
        sentenceCount: Int, personNames: [[Int32]], limit: Int
    ) {
        let context = Context(
            candidates: candidates, scan: scan, statistics: statistics, personNames: PersonNameRuns(personNames))
        let scored = candidates.all.indices
            .filter { context.isEligible(candidates.all[$0]) }
            .map { ($0, context.importance(of: candidates.all[$0], sentenceCount: sentenceCount)) }
            .sorted {
                if $0.1 != $1.1 { return $0.1 > $1.1 }
                let a = candidates.occurrences[candidates.all[$0.0].range.lowerBound].lower
                let b = candidates.occurrences[candidates.all[$1.0].range.lowerBound].lower
                return a != b ? a < b : $0.0 < $1.0
            }
        // The keys alone: a closure reading `scan.keys` copied the whole scan (a retain of each
        // of its arrays) for every candidate.
        let keys = scan.keys
        var keptSpellings: [Spelling] = []
        var cover = Coverage()
        /// The coverage of the phrase at hand, to find a kept phrase it holds.
        var outer = Coverage()
        /// Occurrences of the kept phrases.
        var kept: [KeyphraseCandidates.Occurrence] = []
        /// Where the next `kept` is merged, then swapped in: no new array per kept phrase.
        var merged: [KeyphraseCandidates.Occurrence] = []
        for (index, importance) in scored where ranked.count < limit {
            let candidate = candidates.all[index]
            let occurrences = candidates.occurrences(of: candidate)
            if cover.coversAll(occurrences) || repeatsKeptName(candidate, context: context) { continue }
            let spelling = Spelling(keys: keys, of: candidates.terms(of: candidate))
            if keptSpellings.contains(where: { $0.isSimilar(to: spelling) }) { continue }
            // A kept phrase seen only inside this longer one gives way to it, keeping its rank
            // ("America’s prison" -> "America’s prison system").
            // (Nothing kept yet: no coverage to make.)
            // (Made in storage reused from phrase to phrase: two arrays each cost two
            // allocations per phrase.)
            if !ranked.isEmpty { outer.reset(occurrences) }
            if !ranked.isEmpty, let shorter = ranked.firstIndex(where: {
                outer.coversAll(candidates.occurrences(of: $0.candidate))
            }) {
                ranked[shorter].candidate = candidate
                keptSpellings[shorter] = spelling
                kept = ranked.flatMap { candidates.occurrences(of: $0.candidate) }.sorted { $0.lower < $1.lower }
            } else {
                ranked.append(Ranked(candidate: candidate, importance: importance))
                keptSpellings.append(spelling)
                Coverage.merge(kept, occurrences, into: &merged)
                swap(&kept, &merged)
            }
            cover.reset(sorted: kept)
        }
    }

    private static let adjectiveEndings = ["able", "ible", "ous", "ful", "less"]

    /// Adjective endings: such a word alone is no topic ("intolerable", "dangerous").
    static func looksAdjective(_ w: String) -> Bool {
        // Most words are ruled out by their last byte, which ends none of the endings.
        guard let last = w.lastUTF8Byte, last & 0xC0 == 0x40, adjectiveEndingLastBytes >> UInt64(last & 0x3F) & 1 != 0 else {
            return false
        }
        return w.wordLength > 6 && adjectiveEndings.contains { w.endsWith($0) }
    }

    /// The last bytes of ``adjectiveEndings`` (small letters, in 0x40...0x7F), a bit each by the
    /// byte's low six bits.
    private static let adjectiveEndingLastBytes: UInt64 = adjectiveEndings.reduce(0) { $0 | 1 << UInt64($1.utf8.last! & 0x3F) }

    /// Whether `c` is all name and holds, or is held by, a name already kept.
    private func repeatsKeptName(_ c: Candidate, context: Context) -> Bool {
        guard context.isName(c) else { return false }
        let terms = context.candidates.terms
        return ranked.contains { kept in
            context.isName(kept.candidate)
                && (Self.containsRun(kept.candidate.terms, in: c.terms, of: terms)
                    || Self.containsRun(c.terms, in: kept.candidate.terms, of: terms))
        }
    }

    /// Whether the terms `terms[needle]` occur as a contiguous run in `terms[haystack]`; an
    /// empty needle never does (``StemMatching/containsRun(_:in:)`` over ranges of one list).
    private static func containsRun(_ needle: Range<Int32>, in haystack: Range<Int32>, of terms: [Int32]) -> Bool {
        let m = needle.count
        guard m > 0, haystack.count >= m else { return false }
        let first = Int(needle.lowerBound)
        for start in Int(haystack.lowerBound)...(Int(haystack.upperBound) - m) where terms[start] == terms[first] {
            var k = 1
            while k < m, terms[start + k] == terms[first + k] { k += 1 }
            if k == m { return true }
        }
        return false
    }

    /// 1 minus the edit distance over the longer length.
    static func similarity<C: Equatable>(_ a: [C], _ b: [C]) -> Double {
        guard !a.isEmpty || !b.isEmpty else { return 1 }
        let distance = a.isEmpty ? b.count : b.isEmpty ? a.count : editDistance(a, b)
        return 1 - Double(distance) / Double(max(a.count, b.count))
    }

    /// Whether ``similarity(_:_:)`` of `a` and `b` is at least `threshold`, without the whole
    /// edit distance when it is not: the distance may be at most the largest `d` with
    /// `1 - d / length >= threshold` (the same arithmetic), and the count stops at the first
    /// row of the table already past that.
    static func isSimilar<C: Equatable>(_ a: [C], _ b: [C], atLeast threshold: Double) -> Bool {
        guard !a.isEmpty, !b.isEmpty else { return similarity(a, b) >= threshold }
        let limit = distanceLimit(length: max(a.count, b.count), atLeast: threshold)
        return limit >= 0 && boundedEditDistance(a, b, limit: limit) <= limit
    }

    /// ``isSimilar(_:_:atLeast:)`` for two ASCII spellings: most pairs are told apart by the
    /// bytes they hold before any edit distance is counted (``mayBeWithin(_:_:distance:)``).
    /// `presence`, when given, holds ``presence(of:)`` of `a` and of `b`: a bound read first, in
    /// a few instructions, that tells most pairs apart before their bytes are counted.
    static func isSimilarASCII(
        _ a: [UInt8], _ b: [UInt8], atLeast threshold: Double, presence: (a: UInt64, b: UInt64)? = nil
    ) -> Bool {
        guard !a.isEmpty, !b.isEmpty else { return similarity(a, b) >= threshold }
        let limit = distanceLimit(length: max(a.count, b.count), atLeast: threshold)
        guard limit >= 0 else { return false }
        if let presence, !mayBeWithin(presence: presence.a, presence.b, distance: limit) { return false }
        return mayBeWithin(a, b, distance: limit) && boundedEditDistance(a, b, limit: limit) <= limit
    }

    /// The largest edit distance `d` with `1 - d / length >= threshold`, or -1 when none is.
    private static func distanceLimit(length: Int, atLeast threshold: Double) -> Int {
        var limit = -1
        while limit < length, 1 - Double(limit + 1) / Double(length) >= threshold { limit += 1 }
        return limit
    }

    /// The Levenshtein distance between two non-empty sequences, over two rows of scratch on
    /// the stack.
    private static func editDistance<C: Equatable>(_ a: [C], _ b: [C]) -> Int {
        let width = b.count + 1
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * width) { rows in
            var previous = rows.baseAddress!
            var current = previous + width
            for j in 0..<width { previous[j] = j }
            for i in 1...a.count {
                current[0] = i
                for j in 1..<width {
                    current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                }
                swap(&previous, &current)
            }
            return previous[b.count]
        }
    }

    /// A phrase's spelling (its term keys joined by spaces), compared by ``similarity(_:_:)``
    /// over characters, or over bytes when both are ASCII.
    struct Spelling {
        /// The spelling's UTF-8 bytes.
        var bytes: [UInt8]
        var isASCII: Bool
        /// Its length in characters: in bytes for ASCII text without a carriage return (which
        /// could pair with a line feed into one character); splitting text into characters is
        /// slow, so that is left to the rare comparison that needs it.
        var characterCount: Int
        /// The byte values it holds (``KeyphraseRanking/presence(of:)``).
        var presence: UInt64

        /// The spelling as text, made only by the rare comparison over characters.
        var text: String { String(decoding: bytes, as: UTF8.self) }

        /// The keys `keys[t]` of the term ids `terms` joined by spaces, written straight into
        /// bytes (no joined string per phrase): sized first, then each key's bytes copied from
        /// where the string keeps them (appending a string's `utf8` view took about 400
        /// instructions a key).
        init(keys: [String], of terms: ArraySlice<Int32>) {
            var count = max(0, terms.count - 1)
            for t in terms { count += keys[Int(t)].utf8.count }
            var bytes: [UInt8] = []
            bytes.reserveCapacity(count)
            for (k, t) in terms.enumerated() {
                if k > 0 { bytes.append(Self.separator) }
                var key = keys[Int(t)]
                key.withUTF8 { bytes.append(contentsOf: $0) }
            }
            self.init(bytes: bytes)
        }

        private init(bytes: [UInt8]) {
            self.bytes = bytes
            isASCII = bytes.allSatisfy { $0 < 0x80 }
            characterCount = isASCII && !bytes.contains(0x0D) ? bytes.count : String(decoding: bytes, as: UTF8.self).count
            presence = KeyphraseRanking.presence(of: bytes)
        }

        /// What ``init(keys:)`` puts between keys.
        private static let separator = UInt8(ascii: " ")

        /// Whether the two spellings are at least 80% alike.
        func isSimilar(to other: Spelling) -> Bool {
            let (a, b) = (characterCount, other.characterCount)
            // The edit distance is at least the difference in length.
            if max(a, b) > 0, 1 - Double(abs(a - b)) / Double(max(a, b)) < 0.8 { return false }
            return isASCII && other.isASCII
                ? KeyphraseRanking.isSimilarASCII(bytes, other.bytes, atLeast: 0.8, presence: (presence, other.presence))
                : KeyphraseRanking.isSimilar(Array(text), Array(other.text), atLeast: 0.8)
        }
    }
}
