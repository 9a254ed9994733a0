/// A word as tagging reads it, made once per distinct form by ``PartOfSpeechTagger/word(_:)``:
/// the hashes that the features pairing it with a neighbour or a tag need, and, for each pass,
/// the summed weights of every feature that depends on this one word alone, in each place the
/// word can stand around the word being tagged.
///
/// Of the 20 context features of a position (25 in the second pass), 13 read one neighbour's
/// hash, 3 (5) read only tags, 1 the word's own shape; they are precomputed here and in
/// ``TagFeatureScores``, so tagging a position adds five score vectors from the document's few
/// hundred words and looks up only the 6 (8) features that combine two words or a word and a
/// tag in the model's tables (6 MB), where it looked up all 20 (25). The sums are the same
/// integers in another order, so the tags are exactly those of ``TaggerFeatures/extract``, which
/// training uses; a test checks the two agree score for score.
public struct ScoredWord: Sendable {
    var word: UInt64
    var suffix3: UInt64
    var shape: UInt64
    var ambiguity: UInt32
    /// The one tag of a frequent, unambiguous form, or ``TaggerWord/noTag``.
    var sureTag: UInt8
    var first: PassScores
    var second: PassScores

    /// Whether the tagger's lexicon knows the form (saw it lower-cased a few times in training).
    public var isKnown: Bool { ambiguity != 0 }

    /// `w` scored against both passes of `model`.
    init(_ w: TaggerWord, model: TaggerModel) {
        word = w.word
        suffix3 = w.suffix3
        shape = w.shape
        ambiguity = w.ambiguity
        sureTag = w.sureTag
        first = PassScores(w, model.first)
        second = PassScores(w, model.second)
    }
}

/// One pass's weights of the features of one word, by where the word stands.
struct PassScores: Sendable {
    /// As the word tagged: its own features (``TaggerFeatures/extractOwn(_:into:)``) and its shape
    /// not opening a sentence (template 11); only for words with no sure tag.
    var own = TagScores()
    /// As the word before the one tagged (templates 15, 16, 28).
    var before = TagScores()
    /// Two before (17).
    var twoBefore = TagScores()
    /// As the word after (18, 19, 23, 27).
    var after = TagScores()
    /// Two after (20, 24).
    var twoAfter = TagScores()

    init(_ w: TaggerWord, _ table: FeatureTable) {
        typealias F = TaggerFeatures
        let amb = UInt64(w.ambiguity)
        // All of the word's keys are looked up in one go (``FeatureTable/find(_:_:into:)``), so
        // that their cache misses overlap; then each place's sum is added up.
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: F.maxCount + 10) { buffer in
            let keys = buffer.baseAddress!
            keys[0] = F.key(15, w.word)
            keys[1] = F.key(16, w.suffix3)
            keys[2] = F.key(28, w.shape)
            keys[3] = F.key(17, w.word)
            keys[4] = F.key(18, w.word)
            keys[5] = F.key(19, w.suffix3)
            keys[6] = F.key(23, amb)
            keys[7] = F.key(27, w.shape)
            keys[8] = F.key(20, w.word)
            keys[9] = F.key(24, amb)
            var n = 10
            if w.sureTag == TaggerWord.noTag {
                n += F.extractOwn(w, into: keys + n)
                keys[n] = F.key(11, FeatureHash.mix(w.shape, 0))
                n += 1
            }
            withUnsafeTemporaryAllocation(of: Int.self, capacity: n) { found in
                let places = found.baseAddress!
                table.find(keys, n, into: places)
                table.add(places, 3, to: &before)
                table.add(places + 3, 1, to: &twoBefore)
                table.add(places + 4, 4, to: &after)
                table.add(places + 8, 2, to: &twoAfter)
                table.add(places + 10, n - 10, to: &own)
            }
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
        func prevTable(_ table: FeatureTable) -> [TagScores] {
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

extension FeatureTable {
    /// The summed weights of `keys`.
    func sum(_ keys: [UInt64]) -> TagScores {
        var s = TagScores()
        keys.withUnsafeBufferPointer { accumulate($0.baseAddress!, $0.count, into: &s) }
        return s
    }
}

/// The treebank words of one written form (`don't` → `do`, `n't`), read once and kept at a fixed
/// address, so that a document's sentences point at them instead of copying them.
public final class ScoredWords: @unchecked Sendable {
    // Unchecked: the words are written once, in `init`, and only read afterwards.
    /// The words; valid while this object lives.
    public let words: UnsafeBufferPointer<ScoredWord>

    /// A copy of `words` at a fixed address.
    public init(_ words: [ScoredWord]) {
        let storage = UnsafeMutableBufferPointer<ScoredWord>.allocate(capacity: words.count)
        _ = storage.initialize(from: words)
        self.words = UnsafeBufferPointer(storage)
    }

    deinit {
        UnsafeMutableBufferPointer(mutating: words).deinitialize()
        UnsafeMutableBufferPointer(mutating: words).deallocate()
    }
}
