/// The stems of short ASCII words, shared by every document an engine reads, so that
/// ``StatementStems`` does not stem the same common words again for each article (on PolNeAR
/// train more than half of a document's distinct words were stemmed before, in another one).
///
/// A word of at most 10 letters and digits is a key packed 6 bits a byte, as ``StatementStems``
/// packs it; its stem, which is never longer and has the same bytes, is packed the same way.
/// A document takes the table out for its statements and puts it back after (one lock hold
/// each way, none per word); a document read meanwhile on another thread starts a table of
/// its own, and the larger of the two is kept.
enum ShortStemCache {
    /// Packed stems by packed word; a word not stored reads as 0 (no word packs to 0).
    typealias Table = PackedMap<UInt64>

    /// Above this many words a table is dropped when put back, so memory stays bounded on any
    /// input (16 bytes a slot: at most 4 MB).
    static let limit = 100_000

    /// The words a new table is first made for: more than a long article's distinct words.
    static let initialCapacity = 16_384

    private static let table = LockedValue<Table?>(nil)

    /// The shared table, to use alone until ``putBack(_:)``; an empty one when another document
    /// holds it (or none was put back yet).
    static func take() -> Table {
        let taken = table.withLock { stored -> Table? in
            let taken = stored
            stored = nil
            return taken
        }
        return taken ?? Table(capacity: initialCapacity, absent: 0)
    }

    /// Gives back a table from ``take()``: kept unless the one there now is larger, or it grew
    /// past ``limit``.
    static func putBack(_ returned: Table) {
        guard returned.count <= limit else { return }
        table.withLock { stored in
            if stored == nil || stored!.count < returned.count { stored = returned }
        }
    }
}
