/// A word as tagging reads it, made once per distinct form by ``PartOfSpeechTagger/word(_:)``:
/// the hashes that the features pairing it with a neighbour or a tag need, and, for each pass,
/// the summed weights of every feature that depends on this one word alone, in each place the
/// word can stand around the word being tagged.
///
/// Of the 20 context features of a position (25 in the second pass), 13 read one neighbour's
/// hash, 3 (5) read only tags, 1 the word's own shape; they are precomputed here and in
/// ``TagFeatureScores``, so tagging a position adds five score vectors from the document's few
/// hundred words and looks up only the 6 (8) features that combine two words or a word and a
/// tag in the model's table (6.9 MB), where it looked up all 20 (25). The sums are the same
/// integers in another order, so the tags are exactly those of ``TaggerFeatures/extract``, which
/// training uses; a test checks the two agree score for score.
///
/// The places, the larger part, are shared by the many words whose scores are the same
/// (``WordPlaces``, ``WordPlacesPool``), and the own scores are kept in 16 bits (``OwnScores``):
/// a reading is 128 bytes. The own scores come first, so that their vectors need no padding.
public struct ScoredWord: @unchecked Sendable {
    // Unchecked: `places` points at scores that are written once, before it is set, and never freed.
    /// Each pass's ``PassScores/own``, in 16 bits; zero when ``wideOwn`` holds them.
    var own: OwnScores
    var word: UInt64
    var suffix3: UInt64
    var shape: UInt64
    /// Both passes' scores of the word in its four places, kept once for every word that has them.
    var places: UnsafePointer<WordPlaces>
    /// Each pass's ``PassScores/own`` at full width, for a word whose sums do not fit in
    /// ``own`` (about one new form in twelve of a stream of news).
    var wideOwn: WideOwnScores?
    var ambiguity: UInt32
    /// The one tag of a frequent, unambiguous form, or ``TaggerWord/noTag``.
    var sureTag: UInt8
    /// Whether ``places`` are not the word's (and are zero): a pass's did not fit in 16 bits, or
    /// the pool kept no more; tagging looks them up in the model instead (``PassScores/wide(_:_:)``).
    var hasWidePlaces: Bool

    /// Whether the tagger's lexicon knows the form (saw it lower-cased a few times in training).
    public var isKnown: Bool { ambiguity != 0 }

    /// The word's own scores in the first pass (`second` false) or the second: from ``own``, or
    /// from ``wideOwn`` when they did not fit there.
    @inline(__always) func ownScores(second: Bool) -> TagScores {
        if let wideOwn { return second ? wideOwn.second : wideOwn.first }
        return second ? own.second : own.first
    }

    /// `w` scored against both passes of `model`, its places kept in `pool`. The model and the
    /// pool are borrowed (an initialiser's arguments are otherwise its own: each new word copied
    /// the model, its references retained and released).
    init(_ w: TaggerWord, model: __shared TaggerModel, pool: __shared WordPlacesPool = .shared) {
        word = w.word
        suffix3 = w.suffix3
        shape = w.shape
        ambiguity = w.ambiguity
        sureTag = w.sureTag
        var wide = false
        let (first, second) = PassScores.scores(of: w, model.features, wide: &wide)
        if let narrow = OwnScores(first: first.own, second: second.own) {
            own = narrow
            wideOwn = nil
        } else {
            own = .zero
            wideOwn = WideOwnScores(first: first.own, second: second.own)
        }
        if !wide, let kept = pool.intern(WordPlaces(first: first.places, second: second.places)) {
            places = kept
        } else {
            places = WordPlaces.zero
            wide = true
        }
        hasWidePlaces = wide
    }
}

/// One pass's weights of the features of one word, by where the word stands.
struct PassScores: Sendable {
    /// As the word tagged: its own features (``TaggerFeatures/extractOwn(_:into:)``) and its shape
    /// not opening a sentence (template 11); only for words with no sure tag.
    var own = TagScores()
    /// As the word before the one tagged (templates 15, 16, 28), two before (17), after (18, 19,
    /// 23, 27) and two after (20, 24).
    var places = PlaceScores()

    /// The keys of the features of a word in each place around the tagged one: before (3), two
    /// before (1), after (4), two after (2); ``placeKeyCount`` of them.
    @inline(__always) static func placeKeys(
        word: UInt64, suffix3: UInt64, shape: UInt64, ambiguity: UInt32, into keys: UnsafeMutablePointer<UInt64>
    ) {
        typealias F = TaggerFeatures
        let amb = UInt64(ambiguity)
        keys[0] = F.key(15, word)
        keys[1] = F.key(16, suffix3)
        keys[2] = F.key(28, shape)
        keys[3] = F.key(17, word)
        keys[4] = F.key(18, word)
        keys[5] = F.key(19, suffix3)
        keys[6] = F.key(23, amb)
        keys[7] = F.key(27, shape)
        keys[8] = F.key(20, word)
        keys[9] = F.key(24, amb)
    }

    static let placeKeyCount = 10

    /// Where each place's keys lie among ``placeKeys(word:suffix3:shape:ambiguity:into:)``'s.
    static let placeKeyRanges = (before: 0..<3, twoBefore: 3..<4, after: 4..<8, twoAfter: 8..<placeKeyCount)

    /// Sums the records at `places` (of ``placeKeys(word:suffix3:shape:ambiguity:into:)``) by place.
    @inline(__always) static func placeSums(_ table: PassTable, _ places: UnsafePointer<Int>) -> Places {
        var before = TagScores(), twoBefore = TagScores(), after = TagScores(), twoAfter = TagScores()
        let r = placeKeyRanges
        table.add(places + r.before.lowerBound, r.before.count, to: &before)
        table.add(places + r.twoBefore.lowerBound, r.twoBefore.count, to: &twoBefore)
        table.add(places + r.after.lowerBound, r.after.count, to: &after)
        table.add(places + r.twoAfter.lowerBound, r.twoAfter.count, to: &twoAfter)
        return (before, twoBefore, after, twoAfter)
    }

    /// A word's scores in its four places, full width.
    typealias Places = (before: TagScores, twoBefore: TagScores, after: TagScores, twoAfter: TagScores)

    /// The scores of word `w` in its four places (before, two before, after, two after) in the
    /// pass of `table`, looked up: for a word whose ``places`` did not fit.
    static func wide(_ w: ScoredWord, _ table: PassTable) -> Places {
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: placeKeyCount) { keys in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: placeKeyCount) { found in
                placeKeys(word: w.word, suffix3: w.suffix3, shape: w.shape, ambiguity: w.ambiguity, into: keys.baseAddress!)
                table.find(keys.baseAddress!, placeKeyCount, into: found.baseAddress!)
                return placeSums(table, found.baseAddress!)
            }
        }
    }

    /// The scores of `w` in both passes; sets `wide` when a pass's places do not fit in 16 bits.
    static func scores(of w: TaggerWord, _ table: FeatureTable, wide: inout Bool) -> (first: PassScores, second: PassScores) {
        typealias F = TaggerFeatures
        // All of the word's keys are looked up in one go (``FeatureTable/find(_:_:into:)``), so
        // that their cache misses overlap, and once for both passes, whose records lie side by
        // side; then each pass's sum of each place is added up.
        // The sums are written in place, not returned through the closures (each level copied
        // both passes' scores, some 450 bytes, at every new word).
        var first = PassScores(), second = PassScores()
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: F.maxCount + Self.placeKeyCount) { buffer in
            let keys = buffer.baseAddress!
            Self.placeKeys(word: w.word, suffix3: w.suffix3, shape: w.shape, ambiguity: w.ambiguity, into: keys)
            var n = Self.placeKeyCount
            if w.sureTag == TaggerWord.noTag {
                n += F.extractOwn(w, into: keys + n)
                keys[n] = F.key(11, FeatureHash.mix(w.shape, 0))
                n += 1
            }
            withUnsafeTemporaryAllocation(of: Int.self, capacity: n) { found in
                let at = UnsafePointer(found.baseAddress!)
                table.find(keys, n, into: found.baseAddress!)
                bothPasses(at, n, table, wide: &wide, first: &first, second: &second)
            }
        }
        return (first, second)
    }

    /// Writes into `first` and `second` the scores of a word in both passes from the places of
    /// its `count` keys (its ``placeKeys(word:suffix3:shape:ambiguity:into:)``, then its own), each
    /// place's records read once for both passes (``FeatureTable/addBothPasses(_:_:first:second:)``);
    /// sets `wide` when a pass's places do not fit in 16 bits.
    @inline(__always) static func bothPasses(
        _ at: UnsafePointer<Int>, _ count: Int, _ table: FeatureTable, wide: inout Bool,
        first: inout PassScores, second: inout PassScores
    ) {
        let r = placeKeyRanges
        var before = (TagScores(), TagScores()), twoBefore = before, after = before, twoAfter = before
        first = PassScores()
        second = PassScores()
        table.addBothPasses(at + r.before.lowerBound, r.before.count, first: &before.0, second: &before.1)
        table.addBothPasses(at + r.twoBefore.lowerBound, r.twoBefore.count, first: &twoBefore.0, second: &twoBefore.1)
        table.addBothPasses(at + r.after.lowerBound, r.after.count, first: &after.0, second: &after.1)
        table.addBothPasses(at + r.twoAfter.lowerBound, r.twoAfter.count, first: &twoAfter.0, second: &twoAfter.1)
        table.addBothPasses(at + placeKeyCount, count - placeKeyCount, first: &first.own, second: &second.own)
        if let fitting = PlaceScores(before: before.0, twoBefore: twoBefore.0, after: after.0, twoAfter: twoAfter.0) {
            first.places = fitting
        } else {
            wide = true
        }
        if let fitting = PlaceScores(before: before.1, twoBefore: twoBefore.1, after: after.1, twoAfter: twoAfter.1) {
            second.places = fitting
        } else {
            wide = true
        }
    }
}

/// The weights of the features made of tags alone, summed for every combination of tags, per pass.
struct TagFeatureScores: Sendable {
    /// Values of the previous tags: 0..<17 and ``TaggerFeatures/startTag``.
    static let prevValues = 18
    /// Values of the first pass's next tags: 0..<17, (17 unused) and ``TaggerFeatures/endTag``.
    static let nextValues = 19

    /// Templates 12, 13 and 30, at `prev2 * prevValues + prev`, first pass then second.
    let firstPrev: [TagScores]
    let secondPrev: [TagScores]
    /// Templates 40 and 41, at `next * nextValues + next2` (second pass).
    let secondNext: [TagScores]
    /// Template 43, at `prev * nextValues + next` (second pass).
    let secondPrevNext: [TagScores]

    init(_ model: TaggerModel) {
        typealias F = TaggerFeatures
        func prevTable(_ table: PassTable) -> [TagScores] {
            var out: [TagScores] = []
            for pp in 0..<UInt64(Self.prevValues) {
                for p in 0..<UInt64(Self.prevValues) {
                    out.append(table.sum([F.key(12, p), F.key(13, FeatureHash.mix(pp, p)), F.key(30, pp)]))
                }
            }
            return out
        }
        firstPrev = prevTable(model.first)
        secondPrev = prevTable(model.second)
        var next: [TagScores] = []
        for q in 0..<UInt64(Self.nextValues) {
            for qq in 0..<UInt64(Self.nextValues) {
                next.append(model.second.sum([F.key(40, q), F.key(41, FeatureHash.mix(q, qq))]))
            }
        }
        secondNext = next
        var prevNext: [TagScores] = []
        for p in 0..<UInt64(Self.prevValues) {
            for q in 0..<UInt64(Self.nextValues) {
                prevNext.append(model.second.sum([F.key(43, FeatureHash.mix(p, q))]))
            }
        }
        secondPrevNext = prevNext
    }
}

extension TagScores {
    @inline(__always) static func &+ (a: TagScores, b: TagScores) -> TagScores {
        var s = a
        s.low &+= b.low
        s.high &+= b.high
        return s
    }

    @inline(__always) static func &- (a: TagScores, b: TagScores) -> TagScores {
        var s = a
        s.low &-= b.low
        s.high &-= b.high
        return s
    }

    @inline(__always) static func &+= (a: inout TagScores, b: TagScores) { a = a &+ b }
}

/// Words kept at a fixed address in one object with its reference count, so that sentences point
/// at them instead of copying them: the tagger's two padding words (start and end of a sentence).
/// A written form's own words live in the tagger word cache's blocks (`TaggerWordCache`, in WhosaidModel).
public struct ScoredWords: @unchecked Sendable {
    // Unchecked: the words are written once, in `init`, and only read afterwards.
    /// Keeps the words alive.
    private let storage: Storage
    /// The words; valid while a copy of this value lives.
    public let words: UnsafeBufferPointer<ScoredWord>

    /// A copy of `words` at a fixed address.
    public init(_ words: [ScoredWord]) {
        let count = words.count
        let buffer = Storage.create(minimumCapacity: count) { _ in count }
        storage = unsafeDowncast(buffer, to: Storage.self)
        // A class instance's storage never moves, so the pointer stays valid while it lives.
        self.words = storage.withUnsafeMutablePointerToElements { elements in
            for i in 0..<count { (elements + i).initialize(to: words[i]) }
            return UnsafeBufferPointer(start: elements, count: count)
        }
    }

    /// The count, then the words.
    private final class Storage: ManagedBuffer<Int, ScoredWord> {
        deinit {
            _ = withUnsafeMutablePointers { count, elements in elements.deinitialize(count: count.pointee) }
        }
    }
}
