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
public enum MemoryRelease {
    /// The fewest scalars of a document whose stages hand freed memory back (a 4 MB text).
    static let minTrimmedScalars = 1 << 22

    /// Returns the freed memory of the process's heap to the system when `scalarCount` is at least
    /// ``minTrimmedScalars``; does nothing on a system without `malloc_trim`.
    static func afterStage(ofDocumentWith scalarCount: Int) {
        guard scalarCount >= minTrimmedScalars, let trim else { return }
        _ = trim(0)
    }

    /// The size from which a block is mapped on its own rather than carved from the heap, fixed
    /// for a process that reads a long stream of documents: glibc's own starts at 128 KB and then
    /// rises to the largest mapped block freed so far (up to 32 MB), with twice that as the free
    /// space it keeps at the heap's top; after a few large blocks (a generation's tables of
    /// ``TaggerWordCache``, a long line's buffers) those came from the heap and stayed resident.
    /// Fixed at glibc's starting 128 KB, a 230 MB stream of varied news peaked 3.4 MB lower
    /// (68.3 -> 64.9 MB on its first 6,720 documents) at no measurable cost in time.
    public static let streamMappingThreshold: Int32 = 128 * 1024

    /// Fixes the allocator's mapping threshold at ``streamMappingThreshold`` for the rest of the
    /// process (and with it the free space kept at the heap's top); once, at the start of a long
    /// stream. Does nothing on a system without `mallopt`.
    public static func boundHeapForStream() {
        #if canImport(Glibc)
            guard let symbol = dlsym(nil, "mallopt") else { return }
            let mallopt = unsafeBitCast(symbol, to: (@convention(c) (Int32, Int32) -> Int32).self)
            // M_MMAP_THRESHOLD (malloc.h); setting it also ends glibc's moving of both thresholds.
            _ = mallopt(-3, streamMappingThreshold)
        #endif
    }

    /// Fixes the mapping threshold as ``boundHeapForStream()`` does, once, when a document of at
    /// least ``minTrimmedScalars`` is analysed: glibc's threshold rose with each large block freed
    /// (the tokenizer's, the attributor's arrays), so that the later ones came from the heap and
    /// what they left stayed resident: one 65.7 MB document peaked at 534 MB max RSS, 508 MB with
    /// this call (issue 12).
    static func boundHeapForLargeDocument(ofScalarCount scalarCount: Int) {
        guard scalarCount >= minTrimmedScalars else { return }
        _ = heapBoundForLargeDocument
    }

    /// The once-only call of ``boundHeapForStream()`` for ``boundHeapForLargeDocument(ofScalarCount:)``.
    private static let heapBoundForLargeDocument: Void = boundHeapForStream()

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
