#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A word's scores in its four places around the word being tagged, in both passes: the larger
/// part of its reading (``ScoredWord``), and one that many words share.
///
/// The places sum the features of the word's form, its last three letters, its shape and its
/// ambiguity (``PassScores/placeKeys(word:suffix3:shape:ambiguity:into:)``). The model has no
/// feature for the form of a word it rarely saw, so the rare names and words that fill a long
/// stream's word cache have places that depend on their ending, shape and ambiguity alone: on
/// 440,000 distinct forms of a varied stream of news, 1,400 distinct places. So places are kept
/// once each (``WordPlacesPool``) and a reading points at them, which takes a reading from
/// about 500 bytes to about 240 (128 since its own scores are kept in 16 bits, ``OwnScores``).
struct WordPlaces: Sendable, Equatable {
    var first = PlaceScores()
    var second = PlaceScores()

    /// All zero: the places of a word marked ``ScoredWord/hasWidePlaces``, which tagging looks up
    /// instead. Never freed.
    nonisolated(unsafe) static let zero: UnsafePointer<WordPlaces> = {
        let p = UnsafeMutablePointer<WordPlaces>.allocate(capacity: 1)
        p.initialize(to: WordPlaces())
        return UnsafePointer(p)
    }()

    /// A hash of the scores, for ``WordPlacesPool``.
    @inline(__always) var fingerprint: UInt64 {
        first.fingerprint &* 0x9E37_79B9_7F4A_7C15 ^ second.fingerprint
    }
}

/// Each distinct ``WordPlaces`` kept once, at a fixed address, for as long as the process runs
/// (like the model they are sums of), behind a lock: readings made on any thread share them.
///
/// At most ``limit`` are kept, so memory stays bounded on any input (``limit`` × 288 bytes,
/// 9.4 MB, where real news needs a few thousand); a word whose places are not kept is read as one
/// whose places did not fit in 16 bits (``ScoredWord/hasWidePlaces``): tagging looks them up in
/// the model, with the same sums.
final class WordPlacesPool: @unchecked Sendable {
    // Unchecked: `slots`, `capacity` and `count` are read and written only while `mutex` is held;
    // a kept block is written once, before it is handed out, and only read afterwards.

    /// The pool every reading made by ``ScoredWord/init(_:model:pool:)`` uses by default.
    static let shared = WordPlacesPool(limit: 32_768)

    /// The most distinct places kept.
    let limit: Int
    /// A `pthread` mutex, as `NSLock` wraps (so that ThreadSanitizer sees it).
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>
    /// Open addressing, linear probing; a power of two, at most half full. Each slot holds a
    /// kept block's fingerprint, so that a probe compares the scores only when it matches.
    private var slots: UnsafeMutablePointer<Slot>
    private var capacity: Int
    private var count = 0

    private struct Slot {
        var hash: UInt64 = 0
        var kept: UnsafeMutablePointer<WordPlaces>? = nil
    }

    /// An empty pool that keeps at most `limit` distinct places.
    init(limit: Int) {
        self.limit = limit
        mutex = .allocate(capacity: 1)
        pthread_mutex_init(mutex, nil)
        capacity = 1_024
        slots = .allocate(capacity: capacity)
        slots.initialize(repeating: Slot(), count: capacity)
    }

    deinit {
        // The kept places stay: readings may still point at them.
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
        slots.deallocate()
    }

    /// How many distinct places are kept.
    var keptCount: Int {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return count
    }

    /// The kept copy of `places`, kept now if it was not; nil when it was not and ``limit`` are kept.
    func intern(_ places: WordPlaces) -> UnsafePointer<WordPlaces>? {
        let hash = places.fingerprint
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        var i = Int(truncatingIfNeeded: hash) & (capacity - 1)
        while let kept = slots[i].kept {
            if slots[i].hash == hash, kept.pointee == places { return UnsafePointer(kept) }
            i = (i + 1) & (capacity - 1)
        }
        guard count < limit else { return nil }
        let kept = UnsafeMutablePointer<WordPlaces>.allocate(capacity: 1)
        kept.initialize(to: places)
        slots[i] = Slot(hash: hash, kept: kept)
        count += 1
        if 2 * count > capacity { grow() }
        return UnsafePointer(kept)
    }

    /// Doubles the slots.
    private func grow() {
        let old = slots, oldCapacity = capacity
        capacity *= 2
        slots = .allocate(capacity: capacity)
        slots.initialize(repeating: Slot(), count: capacity)
        for k in 0..<oldCapacity where old[k].kept != nil {
            var i = Int(truncatingIfNeeded: old[k].hash) & (capacity - 1)
            while slots[i].kept != nil { i = (i + 1) & (capacity - 1) }
            slots[i] = old[k]
        }
        old.deallocate()
    }
}
