/// The first greedy pass over a sentence (see ``PartOfSpeechTagger`` `+Passes` for the plan of both).
extension PartOfSpeechTagger {
    /// The first pass over a padded sentence of `n` words into `out`: marks the positions it is
    /// `sure` of, and leaves in `shared` the places of the features the second pass asks for again.
    /// `places` and `wide` are the words' places, as ``wordScores(second:_:_:wide:at:_:)`` reads them.
    func firstPass(
        _ words: UnsafePointer<UnsafePointer<ScoredWord>>, places: UnsafePointer<UnsafePointer<WordPlaces>>, wide: Bool,
        _ n: Int, shared: SharedPlaces,
        into out: UnsafeMutablePointer<UInt8>, sure: UnsafeMutablePointer<Bool>
    ) {
        let pad = TaggerFeatures.padding
        let table = model.first
        let perPosition = Self.tagFreeFeatures.first
        // The positions this pass scores.
        var scored = 0
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: n) { positionBuffer in
            let positions = positionBuffer.baseAddress!
            for i in 0..<n where words[i + pad].pointee.sureTag == TaggerWord.noTag {
                positions[scored] = Int32(i)
                scored += 1
            }
            let keyCount = scored * max(perPosition, Self.previousTagFeatures) + SharedPlaces.shapePlaces
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: keyCount) { keyBuffer in
                withUnsafeTemporaryAllocation(of: TagScores.self, capacity: 2 * scored) { scoreBuffer in
                    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: n) { guessBuffer in
                        let keys = keyBuffer.baseAddress!
                        let base = scoreBuffer.baseAddress!, guessed = base + scored
                        let positions = UnsafePointer(positions)
                        // Every key that does not wait for this pass's tags, then one sweep.
                        for j in 0..<scored {
                            _ = Self.tagFreeKeys(second: false, words, at: Int(positions[j]) + pad, next: 0, into: keys + j * perPosition)
                        }
                        let opensSentence = scored > 0 && positions[0] == 0
                        if opensSentence { Self.firstWordShapeKeys(words[pad], into: keys + scored * perPosition) }
                        table.find(keys, scored * perPosition + (opensSentence ? SharedPlaces.shapePlaces : 0), into: shared.free)
                        for j in 0..<scored {
                            var s = Self.wordScores(second: false, words, places, wide: wide, at: Int(positions[j]) + pad, table)
                            table.add(shared.free(at: j), perPosition, to: &s)
                            (base + j).initialize(to: s)
                        }
                        if opensSentence { Self.openingShape(table, shared.shape(afterScoring: scored), scores: &base[0]) }
                        // The features of the tag before, with the tag it will most likely take:
                        // a guess from the scores without them.
                        let guess = UnsafePointer(guessBuffer.baseAddress!)
                        guessTags(words, n, scored: UnsafePointer(base), into: guessBuffer.baseAddress!)
                        for j in 0..<scored {
                            let i = Int(positions[j])
                            Self.previousTagKeys(words, at: i + pad, prev: i == 0 ? TaggerFeatures.startTag : guess[i - 1],
                                                 into: keys + j * Self.previousTagFeatures)
                        }
                        table.find(keys, scored * Self.previousTagFeatures, into: shared.previous)
                        for j in 0..<scored {
                            var p = TagScores()
                            table.add(shared.previous(at: j), Self.previousTagFeatures, to: &p)
                            (guessed + j).initialize(to: p)
                        }
                        decode(second: false, words, n, table, scored: UnsafePointer(base), guessed: UnsafePointer(guessed),
                               guess: guess, lookahead: nil, into: out, sure: sure, previousPlaces: shared.previous)
                    }
                }
            }
        }
    }

    /// Corrects the `scores` of a sentence's first word for its shape as the first (its own
    /// scores hold it as not first), from the places of its two shape keys.
    @inline(__always) static func openingShape(_ table: PassTable, _ places: UnsafePointer<Int>, scores: inout TagScores) {
        var notFirst = TagScores()
        table.add(places, 1, to: &notFirst)
        scores = scores &- notFirst
        table.add(places + 1, 1, to: &scores)
    }

    /// The first pass's likely tags, chosen from `scored` and the features of tags alone: most
    /// often the tags the pass will choose (it differs only by the features pairing the tag before
    /// with the word), so their lookups can be made before it, all at once.
    @inline(__always) func guessTags(
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
}
