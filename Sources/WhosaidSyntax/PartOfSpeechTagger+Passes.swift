/// The two greedy passes over one sentence, arranged so that their memory reads overlap.
///
/// A position's score is the sum of its words' precomputed scores (``ScoredWord``), of the
/// features made of tags alone (``TagFeatureScores``), and of the features that pair two words or
/// a word and a tag, looked up in the model's tables. Most of the time goes in waiting for those
/// reads, so each pass first gathers, for every position it will score, everything that does not
/// depend on the tag it is about to choose — the words' scores, the word pairs, and in the second
/// pass the first pass's next tags — and looks all of them up in one sweep
/// (``FeatureTable/find(_:_:into:)``), whose cache misses then overlap. The three features that
/// read the previous tag are looked up in a second sweep with a guess of it, and again only where
/// the pass chose another. The second pass asks for the same word pairs as the first, and for the
/// features of the tag before with the first pass's tag there — the ones the first pass looked up
/// last — so it reads their places from the first (``SharedPlaces``) and looks up only its own two.
/// The sums are the same integers in another order, so the tags are exactly those of
/// ``PartOfSpeechTagger/referenceTags(_:)``.
extension PartOfSpeechTagger {
    /// Features per position that read no tag of the pass: templates 21, 22, 31 in the first
    /// pass, and 42, 44 (the first pass's next tag) besides in the second.
    static let tagFreeFeatures = (first: 3, second: 5)
    /// Features per position that read the previous tag: templates 14, 26, 29.
    static let previousTagFeatures = 3

    /// Writes the keys of the features of the word at padded position `c` that read no tag of
    /// the pass (`next` is the first pass's tag of the next word, for the second pass) and
    /// returns how many: ``tagFreeFeatures``.
    @inline(__always) static func tagFreeKeys(
        second: Bool, _ words: UnsafePointer<UnsafePointer<ScoredWord>>, at c: Int, next: UInt8,
        into keys: UnsafeMutablePointer<UInt64>
    ) -> Int {
        typealias F = TaggerFeatures
        let w0 = words[c], p1 = words[c + 1]
        let word = w0.pointee.word
        keys[0] = F.key(21, FeatureHash.mix(words[c - 1].pointee.word, word))
        keys[1] = F.key(22, FeatureHash.mix(word, p1.pointee.word))
        keys[2] = F.key(31, FeatureHash.mix(UInt64(w0.pointee.ambiguity), UInt64(p1.pointee.ambiguity)))
        guard second else { return tagFreeFeatures.first }
        lookaheadKeys(w0, next: next, into: keys + tagFreeFeatures.first)
        return tagFreeFeatures.second
    }

    /// Features per position of the second pass's own, which read the first pass's next tag with
    /// the word: templates 42, 44.
    static let lookaheadFeatures = tagFreeFeatures.second - tagFreeFeatures.first

    /// Writes the keys of the features pairing the first pass's tag `next` of the next word with
    /// the word `w0` (``lookaheadFeatures`` of them).
    @inline(__always) static func lookaheadKeys(_ w0: UnsafePointer<ScoredWord>, next: UInt8, into keys: UnsafeMutablePointer<UInt64>) {
        typealias F = TaggerFeatures
        let q = UInt64(next)
        keys[0] = F.key(42, FeatureHash.mix(q, w0.pointee.word))
        keys[1] = F.key(44, FeatureHash.mix(q, w0.pointee.suffix3))
    }

    /// Writes the keys of the features pairing the previous tag `prev` with the word at padded
    /// position `c` or the next one: ``previousTagFeatures`` of them.
    @inline(__always) static func previousTagKeys(
        _ words: UnsafePointer<UnsafePointer<ScoredWord>>, at c: Int, prev: UInt8, into keys: UnsafeMutablePointer<UInt64>
    ) {
        typealias F = TaggerFeatures
        let w0 = words[c]
        let p = UInt64(prev)
        keys[0] = F.key(14, FeatureHash.mix(p, w0.pointee.word))
        keys[1] = F.key(26, FeatureHash.mix(p, UInt64(words[c + 1].pointee.ambiguity)))
        keys[2] = F.key(29, FeatureHash.mix(p, w0.pointee.suffix3))
    }

    /// The precomputed scores of the words around padded position `c`, each in its place: the
    /// words' own scores from `words`, their places from `places` (each word's ``ScoredWord/places``,
    /// gathered once per sentence, so that adding them waits on one read, not two). When `wide`
    /// (some word of the sentence has ``ScoredWord/hasWidePlaces``), the places of such a word
    /// are looked up in `table` instead.
    @inline(__always) static func wordScores(
        second: Bool, _ words: UnsafePointer<UnsafePointer<ScoredWord>>, _ places: UnsafePointer<UnsafePointer<WordPlaces>>,
        wide: Bool, at c: Int, _ table: PassTable
    ) -> TagScores {
        if _slowPath(wide) {
            let m2 = words[c - 2], m1 = words[c - 1], p1 = words[c + 1], p2 = words[c + 2]
            if m2.pointee.hasWidePlaces || m1.pointee.hasWidePlaces || p1.pointee.hasWidePlaces || p2.pointee.hasWidePlaces {
                return words[c].pointee.ownScores(second: second)
                    &+ PassScores.wide(m1.pointee, table).before &+ PassScores.wide(m2.pointee, table).twoBefore
                    &+ PassScores.wide(p1.pointee, table).after &+ PassScores.wide(p2.pointee, table).twoAfter
            }
        }
        if second {
            return words[c].pointee.ownScores(second: true) &+ places[c - 1].pointee.second.before &+ places[c - 2].pointee.second.twoBefore
                &+ places[c + 1].pointee.second.after &+ places[c + 2].pointee.second.twoAfter
        }
        return words[c].pointee.ownScores(second: false) &+ places[c - 1].pointee.first.before &+ places[c - 2].pointee.first.twoBefore
            &+ places[c + 1].pointee.first.after &+ places[c + 2].pointee.first.twoAfter
    }

    /// The keys of the shape feature (template 11) of the sentence's first word: as `own` holds
    /// it (not first), to take away, and as it is (first), to add.
    @inline(__always) static func firstWordShapeKeys(_ w: UnsafePointer<ScoredWord>, into keys: UnsafeMutablePointer<UInt64>) {
        keys[0] = TaggerFeatures.key(11, FeatureHash.mix(w.pointee.shape, 0))
        keys[1] = TaggerFeatures.key(11, FeatureHash.mix(w.pointee.shape, 1))
    }

    /// The scores of the word at padded position `c` in one pass: the same sums as
    /// ``TaggerFeatures/extract`` and ``PassTable/accumulate(_:_:into:)``, one position at a
    /// time from the same parts as ``firstPass(_:places:wide:_:shared:into:sure:)`` and
    /// ``secondPass(_:places:wide:_:lookahead:shared:into:sure:)`` (the tests compare them).
    func scores(
        second: Bool, _ table: PassTable, _ words: UnsafePointer<UnsafePointer<ScoredWord>>, at c: Int,
        prev: UInt8, prev2: UInt8, next: UInt8, next2: UInt8
    ) -> TagScores {
        var s = withUnsafeTemporaryAllocation(of: UnsafePointer<WordPlaces>.self, capacity: 5) { around in
            for k in 0..<5 { around[k] = words[c - 2 + k].pointee.places }
            return Self.wordScores(second: second, words + (c - 2), UnsafePointer(around.baseAddress!), wide: true, at: 2, table)
        }
        let prevIndex = Int(prev2) &* TagFeatureScores.prevValues &+ Int(prev)
        if second {
            s &+= tagScores.secondPrev[prevIndex]
            s &+= tagScores.secondNext[Int(next) &* TagFeatureScores.nextValues &+ Int(next2)]
            s &+= tagScores.secondPrevNext[Int(prev) &* TagFeatureScores.nextValues &+ Int(next)]
        } else {
            s &+= tagScores.firstPrev[prevIndex]
        }
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: Self.tagFreeFeatures.second + Self.previousTagFeatures + 2) { buffer in
            let keys = buffer.baseAddress!
            var count = Self.tagFreeKeys(second: second, words, at: c, next: next, into: keys)
            Self.previousTagKeys(words, at: c, prev: prev, into: keys + count)
            count += Self.previousTagFeatures
            if c == TaggerFeatures.padding {
                Self.firstWordShapeKeys(words[c], into: keys + count)
                var notFirst = TagScores()
                table.accumulate(keys + count, 1, into: &notFirst)
                s = s &- notFirst
                table.accumulate(keys + count + 1, 1, into: &s)
            }
            table.accumulate(keys, count, into: &s)
        }
        return s
    }

}
