/// What a written form says whatever the document: folded, stemmed and classified. Shared by
/// every document an engine reads (behind a lock), so that a stream of short articles does not
/// fold and stem the same common words again for each one. (A document reads its forms as
/// written from its own text: ``TopicScan/surface(of:)``.)
struct FormAnalysis: Sendable {
    /// Folded stems joined by spaces.
    var keyText: String
    /// The store's id of `keyText` as the one part of it (``FormAnalysisCache/Store/components``;
    /// 0 is the empty part), or -1 when spaces split it into several, so that a document numbers
    /// its key parts by these integers instead of hashing their text.
    var component: Int32 = -1
    /// Everything else; its `key` is the store's id of `keyText` (a document maps it to its own).
    var flags: TopicScan.FormFlags
}

/// Every form analysed so far, found by its scalars (packed into one integer when short, as
/// ``TopicTokenizer`` packs them), so a document asks once per distinct form, hashing integers
/// rather than strings, and asks for its forms in batches.
enum FormAnalysisCache {
    /// Above this many forms the cache starts afresh, so memory stays bounded on any input.
    /// 50,000 holds all of PolNeAR train's 34,000 distinct forms (no fresh start there), and
    /// keeps a stream of varied news near 69 MB resident; 200,000 let it reach 97 MB.
    static let limit = 50_000

    struct Store: Sendable {
        var short = PackedMap(capacity: 16_384)
        var long = SequenceInterner<UInt32>(capacity: 4096)
        /// Ids of the entries of `long`, by its ids.
        var longIDs: [Int32] = []
        var forms: [FormAnalysis] = []
        /// The key texts' ids (``FormAnalysis/flags``' `key`), numbered as first met.
        var keyIDs = KeyTextIDs()
        /// The parts of the keys, each once; the empty part is 0.
        var components: SequenceInterner<UInt8> = {
            var parts = SequenceInterner<UInt8>(capacity: 4096)
            _ = parts.intern([UInt8]())
            return parts
        }()
        /// Every key's parts as ids of `components`, back to back, in key id order: key `k`'s
        /// are `keyParts[keyPartStarts[k]..<keyPartStarts[k + 1]]`.
        var keyParts: [Int32] = []
        var keyPartStarts: [Int32] = [0]
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

    /// Calls `body` with the analysis of each of `requests` (forms of `values`), in order, with
    /// the cache's epoch its key id belongs to, the ids of its key's parts (``Store/components``,
    /// of that epoch) and the request; computed the first time a form is asked for. `body` runs
    /// with the cache locked and reads the analysis where the cache keeps it (copied out into a
    /// list, each cost a retain and a release of its key text per form of every document, and a
    /// key of several parts asked the cache for their ids again): it must not call the cache.
    static func forEachAnalysis(
        of requests: [Request], in values: UnsafeBufferPointer<UInt32>,
        _ body: (_ analysis: UnsafePointer<FormAnalysis>, _ epoch: Int, _ parts: UnsafeBufferPointer<Int32>, _ request: Request) -> Void
    ) {
        // The requests and a batch's ids read and written in place: through the arrays, each
        // form's steps checked their bounds and the ids' uniqueness.
        requests.withUnsafeBufferPointer { requests in
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: batch) { ids in
                let n = requests.count
                var next = 0
                while next < n {
                    let end = min(n, next + batch)
                    table.withLock { store in
                        // First the ids alone, in a tight loop, so that the table's cache misses
                        // overlap; a fresh start while adding the new forms voids the ids not yet read.
                        let probed = store.epoch
                        for k in next..<end { ids[k - next] = store.id(of: requests[k], in: values) }
                        for k in next..<end {
                            let r = requests[k]
                            var id = store.epoch == probed ? ids[k - next] : store.id(of: r, in: values)
                            if id < 0 { id = store.add(r, in: values) }
                            let epoch = store.epoch
                            store.withAnalysis(id) { body($0, epoch, $1, r) }
                        }
                    }
                    next = end
                }
            }
        }
    }

    /// The store's ids of the key parts `parts` (nil for a part no key has), or nil when the
    /// store started afresh since epoch `epoch`.
    static func componentIDs(of parts: [[UInt8]], epoch: Int) -> [Int32?]? {
        table.withLock { store in
            guard store.epoch == epoch else { return nil }
            return parts.map { store.components.id(of: $0) }
        }
    }
}

extension FormAnalysisCache.Store {
    /// The id of the form `r` of `values`, or -1 when it is not stored.
    func id(of r: FormAnalysisCache.Request, in values: UnsafeBufferPointer<UInt32>) -> Int32 {
        if r.packed != 0 { return short.get(r.packed) }
        guard let known = long.id(of: UnsafeBufferPointer(rebasing: values[Int(r.start)..<Int(r.end)])) else { return -1 }
        return longIDs[Int(known)]
    }

    /// Calls `body` with where the analysis with id `id` is kept, and the ids of its key's parts.
    @inline(__always) func withAnalysis<R>(_ id: Int32, _ body: (UnsafePointer<FormAnalysis>, UnsafeBufferPointer<Int32>) -> R) -> R {
        forms.withUnsafeBufferPointer { forms in
            let analysis = forms.baseAddress! + Int(id)
            let key = Int(analysis.pointee.flags.key)
            return keyParts.withUnsafeBufferPointer { parts in
                body(analysis, UnsafeBufferPointer(rebasing: parts[Int(keyPartStarts[key])..<Int(keyPartStarts[key + 1])]))
            }
        }
    }

    /// Analyses the form `r` of `values` (not stored) and stores it, after a fresh start when
    /// full; returns its id.
    mutating func add(_ r: FormAnalysisCache.Request, in values: UnsafeBufferPointer<UInt32>) -> Int32 {
        if forms.count >= FormAnalysisCache.limit {
            let next = epoch + 1
            self = Self()
            epoch = next
        }
        let form = UnsafeBufferPointer(rebasing: values[Int(r.start)..<Int(r.end)])
        var fresh = TopicScan.analyseAlphanumeric(form) ?? TopicScan.analyse(String(scalarValues: form), values: form)
        let (key, isNew) = keyIDs.id(of: fresh.keyText)
        fresh.flags.key = key
        if isNew {
            TopicScan.forEachPart(of: fresh.keyText) { keyParts.append(components.intern($0).id) }
            keyPartStarts.append(Int32(keyParts.count))
        }
        // A key's one part, as an id of `components` (-1 for a key of several).
        let partStart = Int(keyPartStarts[Int(key)])
        fresh.component = Int(keyPartStarts[Int(key) + 1]) - partStart == 1 ? keyParts[partStart] : -1
        let id = Int32(forms.count)
        forms.append(fresh)
        if r.packed != 0 {
            short.set(r.packed, id)
        } else {
            _ = long.intern(form)
            longIDs.append(id)
        }
        return id
    }
}
