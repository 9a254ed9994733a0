/// The stems of short ASCII words, shared by every document an engine reads, so that
/// ``StatementStems`` does not stem the same common words again for each article (on PolNeAR
/// train more than half of a document's distinct words were stemmed before, in another one).
///
/// A word of at most 10 letters and digits is a key packed 6 bits a byte, as ``StatementStems``
/// packs it; its stem, which is never longer and has the same bytes, is packed the same way.
/// A document takes the table out for its statements and puts it back after
/// (``CheckedOutCache``).
enum ShortStemCache {
    /// Packed stems by packed word; a word not stored reads as 0 (no word packs to 0).
    typealias Table = PackedMap<UInt64>

    /// Above this many words a table is dropped when put back (16 bytes a slot: at most about
    /// 1 MB). 100,000 added 11 MB to the resident peak of a 230 MB stream of varied news (64.7 →
    /// 75.8 MB with ``WrittenFormCache``'s at 100,000 too); 30,000 adds 3.6 MB.
    static let limit = 30_000

    /// The words a new table is first made for: more than a long article's distinct words.
    static let initialCapacity = 16_384

    private static let cache = CheckedOutCache<Table>(limit: limit, size: \.count) {
        Table(capacity: initialCapacity, absent: 0)
    }

    /// The shared table, to use alone until ``putBack(_:)``.
    static func take() -> Table { cache.take() }

    /// Gives back a table from ``take()``.
    static func putBack(_ returned: Table) { cache.putBack(returned) }
}
