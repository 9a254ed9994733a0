/// Where the first pass over a sentence found the features that the second pass asks for again,
/// so that the second looks up only the two features of its own (the first pass's next tag with
/// the word and with its suffix): the model's table holds both passes' records of a feature side by
/// side (``FeatureTable``), so a place the first pass found serves the second as well.
///
/// The second pass scores a subset of the positions the first scored (those with no sure tag that
/// the first was not sure of), and asks, at each, for the same word pairs (templates 21, 22, 31),
/// the same shape of an opening word (11), and the features of the tag before (14, 26, 29) with the
/// tag the first pass chose there: exactly the ones the first pass looked up last at that position.
/// Reusing their places changes which lookups are made, not which records are added.
struct SharedPlaces {
    /// Per position the first pass scored, in order: the places of its word-pair features
    /// (``PartOfSpeechTagger/tagFreeFeatures`` `.first` of them), then, after the last position,
    /// the two of the opening word's shape (``PartOfSpeechTagger/firstWordShapeKeys(_:into:)``).
    let free: UnsafeMutablePointer<Int>
    /// Per position the first pass scored, in order: the places of the features of the tag before
    /// (``PartOfSpeechTagger/previousTagFeatures`` of them), with the tag the first pass chose there.
    let previous: UnsafeMutablePointer<Int>

    /// Places for a sentence of `count` words, valid inside `body`.
    @inline(__always) static func with<R>(count: Int, _ body: (SharedPlaces) -> R) -> R {
        let free = count * PartOfSpeechTagger.tagFreeFeatures.first + shapePlaces
        let previous = count * PartOfSpeechTagger.previousTagFeatures
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: free + previous) { buffer in
            body(SharedPlaces(free: buffer.baseAddress!, previous: buffer.baseAddress! + free))
        }
    }

    /// The places of the opening word's shape keys (as not first, then as first).
    static let shapePlaces = 2

    /// The word-pair places of the first pass's `j`th scored position.
    @inline(__always) func free(at j: Int) -> UnsafeMutablePointer<Int> { free + j &* PartOfSpeechTagger.tagFreeFeatures.first }

    /// The places of the features of the tag before, at the first pass's `j`th scored position.
    @inline(__always) func previous(at j: Int) -> UnsafeMutablePointer<Int> { previous + j &* PartOfSpeechTagger.previousTagFeatures }

    /// The places of the opening word's shape keys, in a sentence where the first pass scored `scored` positions.
    @inline(__always) func shape(afterScoring scored: Int) -> UnsafeMutablePointer<Int> { free(at: scored) }
}
