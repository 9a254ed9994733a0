import Synchronization
import WhosaidSyntax

/// The tagger's reading of each written form (its treebank words' features and precomputed
/// scores), shared by every document an engine reads, behind a lock: a stream of short articles
/// repeats the same common words, and reading a form costs more than tagging it.
///
/// Two generations: when the newer one is full, it becomes the older and a new one starts; a form
/// found in the older moves to the newer. So memory stays bounded (a reading takes about 900
/// bytes: at most 2 × ``limit`` of them, 22 MB) on any input, and the words every article uses
/// stay read through a long tail of rare names.
enum TaggerWordCache {
    /// The most forms one generation holds.
    static let limit = 12_000

    private struct Generations {
        var newer: [UInt64: ScoredWords] = [:]
        var older: [UInt64: ScoredWords] = [:]

        mutating func insert(_ key: UInt64, _ words: ScoredWords) {
            if newer.count >= TaggerWordCache.limit {
                older = newer
                newer = [:]
                newer.reserveCapacity(TaggerWordCache.limit)
            }
            newer[key] = words
        }
    }

    /// Readings by a 64-bit fingerprint of the written form: no string is built or hashed to look
    /// one up (two forms sharing a fingerprint, one chance in 2^64 per pair, would share a reading).
    private static let table = Mutex(Generations())

    /// The reading of the form with fingerprint `key`, if it was read.
    static func cached(_ key: UInt64) -> ScoredWords? {
        table.withLock { cache in
            if let known = cache.newer[key] { return known }
            guard let old = cache.older[key] else { return nil }
            cache.insert(key, old)
            return old
        }
    }

    /// Keeps `words`, the reading of the form with fingerprint `key`, and returns it.
    static func store(_ key: UInt64, _ words: [ScoredWord]) -> ScoredWords {
        let fresh = ScoredWords(words)
        table.withLock { $0.insert(key, fresh) }
        return fresh
    }

    /// The fingerprint of a form given as text (FNV-1a over its UTF-8, then mixed).
    static func key(_ form: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in form.utf8 { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return h ^ (h >> 29)
    }
}
