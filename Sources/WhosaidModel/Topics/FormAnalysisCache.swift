import Synchronization

/// What a written form says whatever the document: folded, stemmed and classified. Shared by
/// every document an engine reads (behind a lock), so that a stream of short articles does not
/// fold and stem the same common words again for each one.
struct FormAnalysis: Sendable {
    /// Folded stems joined by spaces.
    var keyText: String
    /// The folded form.
    var plain: String
    /// Everything else; its `key` is filled in per document.
    var flags: TopicScan.FormFlags
}

enum FormAnalysisCache {
    /// Above this many forms the cache starts afresh, so memory stays bounded on any input.
    static let limit = 200_000
    private static let table = Mutex<[String: FormAnalysis]>([:])

    /// The analysis of `surface`, computed by `compute` the first time it is asked for.
    static func analysis(of surface: String, compute: (String) -> FormAnalysis) -> FormAnalysis {
        if let known = table.withLock({ $0[surface] }) { return known }
        let fresh = compute(surface)
        table.withLock { cache in
            if cache.count >= limit { cache.removeAll(keepingCapacity: true) }
            cache[surface] = fresh
        }
        return fresh
    }
}
