/// The two greedy passes over one sentence, arranged so that their memory reads overlap.
///
/// A position's score is the sum of its words' precomputed scores (``ScoredWord``), of the
/// features made of tags alone (``TagFeatureScores``), and of the features that pair two words or
/// a word and a tag, looked up in the model's tables. Most of the time goes in waiting for those
/// reads, so each pass first gathers, for every position it will score, everything that does not
/// depend on the tag it is about to choose — the words' scores, the word pairs, and in the second
/// pass the first pass's next tags — and looks all of them up in one sweep
/// (``FeatureTable/find(_:_:into:)``), whose cache misses then overlap. Only the three features
/// that read the previous tag are looked up word by word; in the second pass even they are looked
/// up in advance, with the first pass's tag of the word before, and again only where the second
/// pass chose another. The sums are the same integers in another order, so the tags are exactly
/// those of ``PartOfSpeechTagger/referenceTags(_:)``.
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
        let q = UInt64(next)
        keys[3] = F.key(42, FeatureHash.mix(q, word))
        keys[4] = F.key(44, FeatureHash.mix(q, w0.pointee.suffix3))
        return tagFreeFeatures.second
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

    /// The precomputed scores of the words around padded position `c`, each in its place (the
    /// places of a word whose sums did not fit in 16 bits looked up in `table`).
    @inline(__always) static func wordScores(
        second: Bool, _ words: UnsafePointer<UnsafePointer<ScoredWord>>, at c: Int, _ table: PassTable
    ) -> TagScores {
        let m2 = words[c - 2], m1 = words[c - 1], p1 = words[c + 1], p2 = words[c + 2]
        if _slowPath(m2.pointee.hasWidePlaces || m1.pointee.hasWidePlaces || p1.pointee.hasWidePlaces || p2.pointee.hasWidePlaces) {
            return (second ? words[c].pointee.second.own : words[c].pointee.first.own)
                &+ PassScores.wide(m1.pointee, table).before &+ PassScores.wide(m2.pointee, table).twoBefore
                &+ PassScores.wide(p1.pointee, table).after &+ PassScores.wide(p2.pointee, table).twoAfter
        }
        if second {
            return words[c].pointee.second.own &+ m1.pointee.second.places.before &+ m2.pointee.second.places.twoBefore
                &+ p1.pointee.second.places.after &+ p2.pointee.second.places.twoAfter
        }
        return words[c].pointee.first.own &+ m1.pointee.first.places.before &+ m2.pointee.first.places.twoBefore
            &+ p1.pointee.first.places.after &+ p2.pointee.first.places.twoAfter
    }

    /// The keys of the shape feature (template 11) of the sentence's first word: as `own` holds
    /// it (not first), to take away, and as it is (first), to add.
    @inline(__always) static func firstWordShapeKeys(_ w: UnsafePointer<ScoredWord>, into keys: UnsafeMutablePointer<UInt64>) {
        keys[0] = TaggerFeatures.key(11, FeatureHash.mix(w.pointee.shape, 0))
        keys[1] = TaggerFeatures.key(11, FeatureHash.mix(w.pointee.shape, 1))
    }

    /// The scores of the word at padded position `c` in one pass: the same sums as
    /// ``TaggerFeatures/extract`` and ``PassTable/accumulate(_:_:into:)``, one position at a
    /// time from the same parts as ``pass(second:_:_:lookahead:into:sure:)`` (the tests compare them).
    func scores(
        second: Bool, _ table: PassTable, _ words: UnsafePointer<UnsafePointer<ScoredWord>>, at c: Int,
        prev: UInt8, prev2: UInt8, next: UInt8, next2: UInt8
    ) -> TagScores {
        var s = Self.wordScores(second: second, words, at: c, table)
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

    /// One greedy pass over a padded sentence of `n` words into `out`. The second pass reads
    /// `lookahead`, the first pass's tags (and two end tags), and keeps the tags the first was
    /// `sure` of; the first pass marks them.
    func pass(
        second: Bool, _ words: UnsafePointer<UnsafePointer<ScoredWord>>, _ n: Int,
        lookahead: UnsafePointer<UInt8>?, into out: UnsafeMutablePointer<UInt8>, sure: UnsafeMutablePointer<Bool>
    ) {
        let pad = TaggerFeatures.padding
        let table = second ? model.second : model.first
        // The positions this pass scores.
        var scored = 0
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: n) { positionBuffer in
            let positions = positionBuffer.baseAddress!
            for i in 0..<n where words[i + pad].pointee.sureTag == TaggerWord.noTag && !(second && sure[i]) {
                positions[scored] = Int32(i)
                scored += 1
            }
            let perPosition = second ? Self.tagFreeFeatures.second : Self.tagFreeFeatures.first
            let keyCount = scored * max(perPosition, Self.previousTagFeatures) + 2
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: keyCount) { keyBuffer in
                withUnsafeTemporaryAllocation(of: Int.self, capacity: keyCount) { placeBuffer in
                    withUnsafeTemporaryAllocation(of: TagScores.self, capacity: 2 * scored) { scoreBuffer in
                        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: n) { guessBuffer in
                            let keys = keyBuffer.baseAddress!, places = placeBuffer.baseAddress!
                            let base = scoreBuffer.baseAddress!, guessed = base + scored
                            let positions = UnsafePointer(positions)
                            // Every key that does not wait for this pass's tags, then one sweep.
                            for j in 0..<scored {
                                let c = Int(positions[j]) + pad
                                _ = Self.tagFreeKeys(second: second, words, at: c, next: lookahead?[c - pad + 1] ?? 0, into: keys + j * perPosition)
                            }
                            let opensSentence = scored > 0 && positions[0] == 0
                            if opensSentence { Self.firstWordShapeKeys(words[pad], into: keys + scored * perPosition) }
                            table.find(keys, scored * perPosition + (opensSentence ? 2 : 0), into: places)
                            for j in 0..<scored {
                                let c = Int(positions[j]) + pad
                                var s = Self.wordScores(second: second, words, at: c, table)
                                table.add(places + j * perPosition, perPosition, to: &s)
                                if second {
                                    let i = c - pad
                                    s &+= tagScores.secondNext[Int(lookahead![i + 1]) &* TagFeatureScores.nextValues &+ Int(lookahead![i + 2])]
                                }
                                (base + j).initialize(to: s)
                            }
                            if opensSentence {
                                var notFirst = TagScores()
                                table.add(places + scored * perPosition, 1, to: &notFirst)
                                base[0] = base[0] &- notFirst
                                table.add(places + scored * perPosition + 1, 1, to: &base[0])
                            }
                            // The features of the tag before, with the tag it will most likely
                            // take: the first pass's in the second, a guess without them in the first.
                            let guess = lookahead ?? {
                                guessTags(words, n, scored: UnsafePointer(base), into: guessBuffer.baseAddress!)
                                return UnsafePointer(guessBuffer.baseAddress!)
                            }()
                            for j in 0..<scored {
                                let i = Int(positions[j])
                                Self.previousTagKeys(words, at: i + pad, prev: i == 0 ? TaggerFeatures.startTag : guess[i - 1],
                                                     into: keys + j * Self.previousTagFeatures)
                            }
                            table.find(keys, scored * Self.previousTagFeatures, into: places)
                            for j in 0..<scored {
                                var p = TagScores()
                                table.add(places + j * Self.previousTagFeatures, Self.previousTagFeatures, to: &p)
                                (guessed + j).initialize(to: p)
                            }
                            decode(second: second, words, n, table, scored: UnsafePointer(base), guessed: UnsafePointer(guessed),
                                   guess: guess, lookahead: lookahead, into: out, sure: sure)
                        }
                    }
                }
            }
        }
    }

    /// The first pass's likely tags, chosen from `scored` and the features of tags alone: most
    /// often the tags the pass will choose (it differs only by the features pairing the tag before
    /// with the word), so their lookups can be made before it, all at once.
    @inline(__always) private func guessTags(
        _ words: UnsafePointer<UnsafePointer<ScoredWord>>, _ n: Int, scored: UnsafePointer<TagScores>, into guess: UnsafeMutablePointer<UInt8>
    ) {
        var prev = TaggerFeatures.startTag, prev2 = TaggerFeatures.startTag
        var j = 0
        for i in 0..<n {
            var tag = words[i + TaggerFeatures.padding].pointee.sureTag
            if tag == TaggerWord.noTag {
                let s = scored[j] &+ tagScores.firstPrev[Int(prev2) &* TagFeatureScores.prevValues &+ Int(prev)]
                j += 1
                tag = s.best.tag
            }
            guess[i] = tag
            prev2 = prev
            prev = tag
        }
    }

    /// Chooses the tags of one pass left to right from the scores gathered for the positions it
    /// scores (in order), adding the features that read the tags it chose.
    @inline(__always) private func decode(
        second: Bool, _ words: UnsafePointer<UnsafePointer<ScoredWord>>, _ n: Int, _ table: PassTable,
        scored: UnsafePointer<TagScores>, guessed: UnsafePointer<TagScores>, guess: UnsafePointer<UInt8>,
        lookahead: UnsafePointer<UInt8>?, into out: UnsafeMutablePointer<UInt8>, sure: UnsafeMutablePointer<Bool>
    ) {
        typealias F = TaggerFeatures
        let pad = F.padding
        var prev = F.startTag
        var prev2 = F.startTag
        var j = 0
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: Self.previousTagFeatures) { keyBuffer in
            let keys = keyBuffer.baseAddress!
            for i in 0..<n {
                var tag = words[i + pad].pointee.sureTag
                if tag == TaggerWord.noTag, second, sure[i] {
                    tag = lookahead![i]
                } else if tag == TaggerWord.noTag {
                    var s = scored[j]
                    let prevIndex = Int(prev2) &* TagFeatureScores.prevValues &+ Int(prev)
                    if second {
                        s &+= tagScores.secondPrev[prevIndex]
                        s &+= tagScores.secondPrevNext[Int(prev) &* TagFeatureScores.nextValues &+ Int(lookahead![i + 1])]
                    } else {
                        s &+= tagScores.firstPrev[prevIndex]
                    }
                    if prev == (i == 0 ? F.startTag : guess[i - 1]) {
                        s &+= guessed[j]
                    } else {
                        Self.previousTagKeys(words, at: i + pad, prev: prev, into: keys)
                        table.accumulate(keys, Self.previousTagFeatures, into: &s)
                    }
                    j += 1
                    let best = s.best
                    tag = best.tag
                    if !second {
                        // The first pass is sure of a word when its best tag leads the next by far.
                        sure[i] = best.score - s.runnerUp(besides: tag) >= Self.confidentMargin
                    }
                }
                out[i] = tag
                prev2 = prev
                prev = tag
            }
        }
    }
}
