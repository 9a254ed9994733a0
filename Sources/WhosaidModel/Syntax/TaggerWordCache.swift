import WhosaidSyntax

/// The tagger's reading of each written form (its treebank words' features and precomputed
/// scores), shared by every document an engine reads, behind a lock: a stream of short articles
/// repeats the same common words, and reading a form costs more than tagging it.
///
/// Two generations: when the newer one is full, it becomes the older and a new one starts; a form
/// found in the older moves to the newer. So memory stays bounded (a reading takes about 176
/// bytes, its places kept once for all words that share them in `WordPlacesPool`: at most
/// 2 × ``limit`` readings, 8.5 MB, and the generations documents being read still hold) on any
/// input, and the words every article uses stay read through a long tail of rare names.
///
/// A document looks all its forms up at once, under one lock, and keeps the generations its
/// readings came from (``Generation``) rather than each reading: a lookup touches neither the
/// reading nor its reference count, and the lookups' cache misses overlap.
enum TaggerWordCache {
    /// The most forms one generation holds.
    static let limit = 24_000

    /// One generation's readings, and where each one's words are. Changed only under the lock;
    /// a document that holds a generation may read the words of any reading it handed out.
    final class Generation: @unchecked Sendable {
        // Unchecked: changed only under `table`'s lock; the words handed out never change.
        /// Each form's words, and the index of its reading in `readings`. Without the runtime's
        /// exclusivity checks (the lock already serialises every access; the checks' begin and
        /// end calls at each lookup were about 0.6% of the engine on real news).
        @exclusivity(unchecked) fileprivate var places = ReadingPlaces(capacity: TaggerWordCache.limit)
        @exclusivity(unchecked) fileprivate var readings: [ScoredWords] = []

        fileprivate init() {
            readings.reserveCapacity(TaggerWordCache.limit)
        }

        deinit { places.deallocate() }

        fileprivate func insert(_ key: UInt64, _ words: ScoredWords) {
            places.insert(key, words.words, reading: readings.count)
            readings.append(words)
        }
    }

    private struct Generations {
        var newer = Generation()
        var older = Generation()

        /// Keeps `words` in the newer generation, starting a new one first when it is full, and
        /// returns the generation that holds it.
        mutating func insert(_ key: UInt64, _ words: ScoredWords) -> Generation {
            if newer.readings.count >= TaggerWordCache.limit {
                older = newer
                newer = Generation()
            }
            newer.insert(key, words)
            return newer
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
                if let place = newPlaces.find(key) { found[i] = place.words; continue }
                guard let place = oldPlaces.find(key) else { found[i] = nil; continue }
                found[i] = place.words
                let holder = insert(key, older.readings[place.reading])
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

    /// Keeps `fresh`, the reading of the form with fingerprint `key`, and returns where its words are;
    /// adds the generation that holds them to `held`.
    static func store(_ key: UInt64, _ fresh: ScoredWords, holding held: inout [Generation]) -> UnsafeBufferPointer<ScoredWord> {
        let generation = table.withLock { $0.insert(key, fresh) }
        if !held.contains(where: { $0 === generation }) { held.append(generation) }
        return fresh.words
    }

    /// The fingerprint of a form given as text (FNV-1a over its UTF-8, then mixed).
    static func key(_ form: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in form.utf8 { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return h ^ (h >> 29)
    }
}
