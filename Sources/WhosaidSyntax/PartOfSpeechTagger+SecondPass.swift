/// The second greedy pass over a sentence (see ``PartOfSpeechTagger`` `+Passes` for the plan of both).
extension PartOfSpeechTagger {
    /// The second pass over a padded sentence of `n` words into `out`: reads `lookahead`, the
    /// first pass's tags (and two end tags), keeps the tags the first was `sure` of, and finds
    /// in `shared` the places of the features the first pass looked up already. `places` and
    /// `wide` are the words' places, as ``wordScores(second:_:_:wide:at:_:)`` reads them.
    func secondPass(
        _ words: UnsafePointer<UnsafePointer<ScoredWord>>, places: UnsafePointer<UnsafePointer<WordPlaces>>, wide: Bool,
        _ n: Int, lookahead: UnsafePointer<UInt8>, shared: SharedPlaces,
        into out: UnsafeMutablePointer<UInt8>, sure: UnsafePointer<Bool>
    ) {
        let pad = TaggerFeatures.padding
        let table = model.second
        let own = Self.lookaheadFeatures
        // The positions this pass scores, and their order among the first pass's.
        var scored = 0, firstScored = 0
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: 2 * n) { positionBuffer in
            let positions = positionBuffer.baseAddress!, firstIndex = positions + n
            for i in 0..<n where words[i + pad].pointee.sureTag == TaggerWord.noTag {
                if !sure[i] {
                    positions[scored] = Int32(i)
                    firstIndex[scored] = Int32(firstScored)
                    scored += 1
                }
                firstScored += 1
            }
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: scored * own) { keyBuffer in
                withUnsafeTemporaryAllocation(of: Int.self, capacity: scored * own) { placeBuffer in
                    withUnsafeTemporaryAllocation(of: TagScores.self, capacity: 2 * scored) { scoreBuffer in
                        let keys = keyBuffer.baseAddress!, found = placeBuffer.baseAddress!
                        let base = scoreBuffer.baseAddress!, guessed = base + scored
                        // The two keys of this pass's own at every position, in one sweep.
                        for j in 0..<scored {
                            let i = Int(positions[j])
                            Self.lookaheadKeys(words[i + pad], next: lookahead[i + 1], into: keys + j * own)
                        }
                        table.find(keys, scored * own, into: found)
                        for j in 0..<scored {
                            let i = Int(positions[j]), first = Int(firstIndex[j])
                            var s = Self.wordScores(second: true, words, places, wide: wide, at: i + pad, table)
                            table.add(shared.free(at: first), Self.tagFreeFeatures.first, to: &s)
                            table.add(found + j * own, own, to: &s)
                            s &+= tagScores.secondNext[Int(lookahead[i + 1]) &* TagFeatureScores.nextValues &+ Int(lookahead[i + 2])]
                            (base + j).initialize(to: s)
                            // The features of the tag before, with the first pass's tag there.
                            var p = TagScores()
                            table.add(shared.previous(at: first), Self.previousTagFeatures, to: &p)
                            (guessed + j).initialize(to: p)
                        }
                        if scored > 0 && positions[0] == 0 { Self.openingShape(table, shared.shape(afterScoring: firstScored), scores: &base[0]) }
                        decode(second: true, words, n, table, scored: UnsafePointer(base), guessed: UnsafePointer(guessed),
                               guess: lookahead, lookahead: lookahead, into: out, sure: UnsafeMutablePointer(mutating: sure))
                    }
                }
            }
        }
    }
}
