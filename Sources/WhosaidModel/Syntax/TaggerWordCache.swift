import Synchronization
import WhosaidSyntax

/// The tagger's reading of each written form (its treebank words' features and own-feature
/// scores), shared by every document an engine reads, behind a lock: a stream of short articles
/// repeats the same common words, and reading a form costs more than tagging it.
enum TaggerWordCache {
    /// Above this many forms the cache starts afresh, so memory stays bounded (a form's reading
    /// takes a few hundred bytes) on any input.
    static let limit = 50_000
    /// Readings by a 64-bit fingerprint of the written form: no string is built or hashed to look
    /// one up (two forms sharing a fingerprint, one chance in 2^64 per pair, would share a reading).
    private static let table = Mutex<[UInt64: [TaggerWord]]>([:])

    /// The reading of the form with fingerprint `key`, computed by `compute` the first time.
    static func words(key: UInt64, compute: () -> [TaggerWord]) -> [TaggerWord] {
        if let known = table.withLock({ $0[key] }) { return known }
        let fresh = compute()
        table.withLock { cache in
            if cache.count >= limit { cache.removeAll(keepingCapacity: true) }
            cache[key] = fresh
        }
        return fresh
    }

    /// The fingerprint of a form given as text (FNV-1a over its UTF-8, then mixed).
    static func key(_ form: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in form.utf8 { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return h ^ (h >> 29)
    }
}
