import WhosaidSyntax

/// The tagger's reading of each written form (its treebank words' features and precomputed
/// scores), shared by every document an engine reads, behind a lock: a stream of short articles
/// repeats the same common words, and reading a form costs more than tagging it.
///
/// Two generations: when the newer one is full, it becomes the older and a new one starts; a form
/// found in the older moves to the newer. So memory stays bounded (a reading's words take 128
/// bytes each, their places kept once for all words that share them in `WordPlacesPool`, and a
/// form's slot 32 bytes: at most 2 × ``limit`` readings, about 8 MB, and the generation a
/// document being read still holds) on any input, and the words every article uses stay read
/// through a long tail of rare names.
///
/// A document looks all its forms up at once, under one lock, and keeps the generations its
/// readings came from (``Generation``) rather than each reading: a lookup touches neither the
/// reading nor its reference count, and the lookups' cache misses overlap.
enum TaggerWordCache {
    /// The most forms one generation holds.
    static let limit = 24_000

    /// The most words one generation holds: a form is one treebank word, now and then two
    /// (`don't`), so a generation is full by its forms first.
    static let wordLimit = limit + limit / 4

    /// One generation's readings, and where each one's words are. Changed only under the lock;
    /// a document that holds a generation may read the words of any reading it handed out.
    ///
    /// The words of all its readings lie one after another in one block, allocated whole and
    /// touched as it fills: an object per reading took 48 bytes more each (its header, count and
    /// the allocator's), and an array of them 24 (issue 12).
    final class Generation: @unchecked Sendable {
        // Unchecked: changed only under `table`'s lock; the words handed out never change.
        /// Each form's words. Without the runtime's exclusivity checks (the lock already
        /// serialises every access; the checks' begin and end calls at each lookup were about
        /// 0.6% of the engine on real news).
        @exclusivity(unchecked) fileprivate var places = ReadingPlaces(capacity: TaggerWordCache.limit)
        /// The words of every reading kept, in the order they came, at fixed addresses.
        private let words: UnsafeMutablePointer<ScoredWord>
        @exclusivity(unchecked) private var wordCount = 0
        /// How many readings were kept (a form two documents read at once is kept twice).
        @exclusivity(unchecked) private var readingCount = 0

        fileprivate init() {
            words = .allocate(capacity: TaggerWordCache.wordLimit)
        }

        deinit {
            words.deinitialize(count: wordCount)
            words.deallocate()
            places.deallocate()
        }

        /// Whether a reading of `count` words still fits.
        fileprivate func canKeep(_ count: Int) -> Bool {
            readingCount < TaggerWordCache.limit && wordCount + count <= TaggerWordCache.wordLimit
        }

        /// Keeps `fresh`, the reading of the form with fingerprint `key` (which ``canKeep(_:)``),
        /// moved (`moving`: `fresh` is left uninitialized) or copied, and returns where its words
        /// are now.
        fileprivate func insert(_ key: UInt64, _ fresh: UnsafeBufferPointer<ScoredWord>, moving: Bool) -> UnsafeBufferPointer<ScoredWord> {
            // The block is fixed: a write past it would corrupt memory, so stop instead (callers
            // ask ``canKeep(_:)`` first, and a form has at most two words).
            precondition(wordCount + fresh.count <= TaggerWordCache.wordLimit, "tagger word cache block overrun")
            let at = words + wordCount
            if moving {
                at.moveInitialize(from: UnsafeMutablePointer(mutating: fresh.baseAddress!), count: fresh.count)
            } else {
                at.initialize(from: fresh.baseAddress!, count: fresh.count)
            }
            wordCount += fresh.count
            readingCount += 1
            let kept = UnsafeBufferPointer(start: UnsafePointer(at), count: fresh.count)
            places.insert(key, kept)
            return kept
        }
    }

    private struct Generations {
        var newer = Generation()
        var older = Generation()

        /// Keeps `words` in the newer generation, moved or copied (see
        /// ``Generation/insert(_:_:moving:)``), starting a new one first when it is full, and
        /// returns the generation that holds it and where its words are.
        mutating func insert(
            _ key: UInt64, _ words: UnsafeBufferPointer<ScoredWord>, moving: Bool
        ) -> (Generation, UnsafeBufferPointer<ScoredWord>) {
            if !newer.canKeep(words.count) {
                older = newer
                newer = Generation()
            }
            return (newer, newer.insert(key, words, moving: moving))
        }

        /// The words of the forms with fingerprints `keys`, or nil, in `found`; a form found in the
        /// older generation moves to the newer. Returns the generations the words were found in.
        mutating func find(
            _ keys: UnsafeBufferPointer<UInt64>, into found: UnsafeMutableBufferPointer<UnsafeBufferPointer<ScoredWord>?>
        ) -> [Generation] {
            // The generations and their places are read into locals once, and again only when a
            // move starts a new generation: reading them from `self` at every key took a
            // reference to each generation and gave it back (about 1% of tagging on real news).
            var newer = self.newer, older = self.older
            var newPlaces = newer.places, oldPlaces = older.places
            var generations = [newer, older]
            for (i, key) in keys.enumerated() {
                if let words = newPlaces.find(key) { found[i] = words; continue }
                guard let words = oldPlaces.find(key) else { found[i] = nil; continue }
                found[i] = words
                let holder = insert(key, words, moving: false).0
                if holder !== newer {
                    // The newer generation was full: it is the older one now.
                    (newer, older) = (self.newer, self.older)
                    (newPlaces, oldPlaces) = (newer.places, older.places)
                    generations.append(newer)
                }
            }
            return generations
        }
    }

    /// Readings by a 64-bit fingerprint of the written form: no string is built or hashed to look
    /// one up (two forms sharing a fingerprint, one chance in 2^64 per pair, would share a reading).
    private static let table = LockedValue(Generations())

    /// The readings of the forms with fingerprints `keys`, under one lock: `found[i]` is the
    /// words of `keys[i]`, or nil when the form was not read. Adds the generations that hold them
    /// to `held`, which must be kept while the words are read.
    static func lookUp(
        _ keys: UnsafeBufferPointer<UInt64>, into found: UnsafeMutableBufferPointer<UnsafeBufferPointer<ScoredWord>?>,
        holding held: inout [Generation]
    ) {
        // A reading found is in one of the two generations of the start, or in a newer one
        // started while readings moved up: those are held, not each reading's (taking a
        // reference to its generation for every form was about 1% of the engine on real news).
        let generations = table.withLock { $0.find(keys, into: found) }
        for g in generations where !held.contains(where: { $0 === g }) { held.append(g) }
    }

    /// Keeps `fresh`, the reading of the form with fingerprint `key`, moved out of it (`fresh` is
    /// left uninitialized), and returns where its words are now; adds the generation that holds
    /// them to `held`.
    static func store(
        _ key: UInt64, moving fresh: UnsafeMutableBufferPointer<ScoredWord>, holding held: inout [Generation]
    ) -> UnsafeBufferPointer<ScoredWord> {
        let (generation, words) = table.withLock { $0.insert(key, UnsafeBufferPointer(fresh), moving: true) }
        if !held.contains(where: { $0 === generation }) { held.append(generation) }
        return words
    }

    /// The fingerprint of a form given as text (FNV-1a over its UTF-8, then mixed).
    static func key(_ form: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in form.utf8 { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return h ^ (h >> 29)
    }
}
