/// A document's key ids by the ``FormAnalysisCache`` key ids of its first form's epoch: a flat
/// table indexed by the cache's id (dense, and bounded as the cache is), reused from document
/// to document (``take()``, ``putBack(_:)``) instead of a hash table made and probed twice for
/// each document's keys. Each entry holds the use it was written in, so a new use clears nothing.
struct CacheKeyMap: Sendable {
    /// `use << 32 | key id` by cache key id; an entry of an earlier use reads as absent.
    private var entries: [UInt64] = []
    /// The current use's number, from 1 (0 marks an entry never written).
    private var use: UInt64 = 1

    /// How many cache key ids the table has room for.
    var count: Int { entries.count }

    /// The document's key id for cache key id `cacheKey` (not negative), or -1 when not set in this use.
    @inline(__always) func get(_ cacheKey: Int32) -> Int32 {
        let i = Int(cacheKey)
        guard i < entries.count else { return -1 }
        let entry = entries[i]
        return entry >> 32 == use ? Int32(truncatingIfNeeded: entry) : -1
    }

    /// Sets the document's key id `key` for cache key id `cacheKey` (not negative).
    @inline(__always) mutating func set(_ cacheKey: Int32, _ key: Int32) {
        let i = Int(cacheKey)
        if i >= entries.count { grow(to: i + 1) }
        entries[i] = use << 32 | UInt64(UInt32(bitPattern: key))
    }

    /// The least room the table is made with, so that it does not grow a few ids at a time.
    static let minimumCount = 1024

    private mutating func grow(to needed: Int) {
        entries.append(contentsOf: repeatElement(0, count: max(needed, 2 * entries.count, Self.minimumCount) - entries.count))
    }

    /// Starts a new use: every entry reads as absent.
    mutating func startUse() {
        use += 1
        if use > UInt64(UInt32.max) {
            use = 1
            entries = Array(repeatElement(0, count: entries.count))
        }
    }

    /// Above this many ids a table is dropped when put back (8 bytes an id); the cache's key ids
    /// stay below ``FormAnalysisCache/limit``.
    static let limit = 1 << 20

    private static let cache = CheckedOutCache<CacheKeyMap>(limit: limit, size: \.count) { CacheKeyMap() }

    /// The shared table, with nothing set, to use alone until ``putBack(_:)``.
    static func take() -> CacheKeyMap {
        var map = cache.take()
        map.startUse()
        return map
    }

    /// Gives back a table from ``take()``.
    static func putBack(_ returned: CacheKeyMap) { cache.putBack(returned) }
}
