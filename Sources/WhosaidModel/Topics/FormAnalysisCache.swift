/// What a written form says whatever the document: folded, stemmed and classified. Shared by
/// every document an engine reads (behind a lock), so that a stream of short articles does not
/// fold and stem the same common words again for each one.
struct FormAnalysis: Sendable {
    /// The form as written.
    var surface: String
    /// Folded stems joined by spaces.
    var keyText: String
    /// The folded form.
    var plain: String
    /// Everything else; its `key` is the store's id of `keyText` (a document maps it to its own).
    var flags: TopicScan.FormFlags
}

/// Every form analysed so far, found by its scalars (packed into one integer when short, as
/// ``TopicTokenizer`` packs them), so a document asks once per distinct form, hashing integers
/// rather than strings, and asks for its forms in batches.
enum FormAnalysisCache {
    /// Above this many forms the cache starts afresh, so memory stays bounded on any input.
    static let limit = 200_000

    struct Store: Sendable {
        var short = PackedMap(capacity: 16_384)
        var long = SequenceInterner<UInt32>(capacity: 4096)
        /// Ids of the entries of `long`, by its ids.
        var longIDs: [Int32] = []
        var forms: [FormAnalysis] = []
        var keyIDs: [String: Int32] = [:]
        /// Bumped at every fresh start, so key ids from before one are told apart.
        var epoch = 0
    }

    private static let table = LockedValue(Store())

    /// A form of one document to look up: its scalars `values[start..<end]`, and `packed` as
    /// ``TopicTokenizer`` packs them (0 when the form is too long or not ASCII).
    struct Request {
        var start: Int32
        var end: Int32
        var packed: UInt64
    }

    /// How many forms are looked up under one hold of the lock: enough for the table's cache
    /// misses to overlap (a lock's atomic operations per form kept them from it), few enough
    /// that another thread's document does not wait long.
    static let batch = 64

    /// The analyses of `requests` (forms of `values`), in order, each with the cache's epoch its
    /// key id belongs to; computed the first time a form is asked for.
    static func analyses(of requests: [Request], in values: UnsafeBufferPointer<UInt32>) -> [(FormAnalysis, epoch: Int)] {
        var out: [(FormAnalysis, epoch: Int)] = []
        out.reserveCapacity(requests.count)
        var next = 0
        while next < requests.count {
            let chunk = requests[next..<min(requests.count, next + batch)]
            table.withLock { store in
                for r in chunk {
                    let form = UnsafeBufferPointer(rebasing: values[Int(r.start)..<Int(r.end)])
                    out.append(analysis(of: form, packed: r.packed, in: &store))
                }
            }
            next += chunk.count
        }
        return out
    }

    /// The analysis of the form written `values` (`packed`, or 0) from `store`, added when new.
    private static func analysis(of values: UnsafeBufferPointer<UInt32>, packed: UInt64, in store: inout Store) -> (FormAnalysis, epoch: Int) {
        if packed != 0 {
            let known = store.short.get(packed)
            if known >= 0 { return (store.forms[Int(known)], store.epoch) }
        } else if let known = store.long.id(of: values) {
            return (store.forms[Int(store.longIDs[Int(known)])], store.epoch)
        }
        if store.forms.count >= limit {
            let epoch = store.epoch + 1
            store = Store()
            store.epoch = epoch
        }
        var fresh = TopicScan.analyse(String(scalarValues: values))
        if let key = store.keyIDs[fresh.keyText] {
            fresh.flags.key = key
        } else {
            fresh.flags.key = Int32(store.keyIDs.count)
            store.keyIDs[fresh.keyText] = fresh.flags.key
        }
        let id = Int32(store.forms.count)
        store.forms.append(fresh)
        if packed != 0 {
            store.short.set(packed, id)
        } else {
            _ = store.long.intern(values)
            store.longIDs.append(id)
        }
        return (fresh, store.epoch)
    }
}
