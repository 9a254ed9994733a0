import Synchronization
import WhosaidSyntax

/// The tagger's reading of each written form (its treebank words' features and own-feature
/// scores), shared by every document an engine reads, behind a lock: a stream of short articles
/// repeats the same common words, and reading a form costs more than tagging it.
enum TaggerWordCache {
    /// Above this many forms the cache starts afresh, so memory stays bounded (a form's reading
    /// takes a few hundred bytes) on any input.
    static let limit = 50_000
    private static let table = Mutex<[String: [TaggerWord]]>([:])

    /// The reading of `form`, computed by `compute` the first time it is asked for.
    static func words(of form: String, compute: (String) -> [TaggerWord]) -> [TaggerWord] {
        if let known = table.withLock({ $0[form] }) { return known }
        let fresh = compute(form)
        table.withLock { cache in
            if cache.count >= limit { cache.removeAll(keepingCapacity: true) }
            cache[form] = fresh
        }
        return fresh
    }
}
