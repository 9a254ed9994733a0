#if canImport(Glibc)
    import Glibc
#endif

/// Hands the memory a finished stage freed back to the system, for a large document only.
///
/// The C allocator keeps freed blocks below its heap's top for later use, so what one stage of a
/// large document freed (the actor builder's tables, its statements' drafts) stayed resident while
/// the next stage allocated anew: on one 65.7 MB document the resident peak was the topic stage's,
/// about 60 MB above the live heap (issue 12). An article's stages free little, and trimming after
/// each would cost a walk of the heap per article, so only documents of at least
/// ``minTrimmedScalars`` are trimmed.
enum MemoryRelease {
    /// The fewest scalars of a document whose stages hand freed memory back (a 4 MB text).
    static let minTrimmedScalars = 1 << 22

    /// Returns the freed memory of the process's heap to the system when `scalarCount` is at least
    /// ``minTrimmedScalars``; does nothing on a system without `malloc_trim`.
    static func afterStage(ofDocumentWith scalarCount: Int) {
        guard scalarCount >= minTrimmedScalars, let trim else { return }
        _ = trim(0)
    }

    /// Whether this system's allocator can be asked to hand freed memory back.
    static var canTrim: Bool { trim != nil }

    /// glibc's `malloc_trim`, looked up once (no module header declares it), or nil elsewhere.
    private static let trim: (@convention(c) (Int) -> Int32)? = {
        #if canImport(Glibc)
            guard let symbol = dlsym(nil, "malloc_trim") else { return nil }
            return unsafeBitCast(symbol, to: (@convention(c) (Int) -> Int32).self)
        #else
            return nil
        #endif
    }()
}
