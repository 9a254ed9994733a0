/// The left-to-right choice of tags that ends each pass (see ``PartOfSpeechTagger`` `+Passes`).
extension PartOfSpeechTagger {
    /// Chooses the tags of one pass left to right from the scores gathered for the positions it
    /// scores (in order), adding the features that read the tags it chose. `guessed` holds, per
    /// position, the features of the tag before with the tag `guess` gave it; where the pass chose
    /// another, they are looked up again, and their places kept in `previousPlaces` when given.
    @inline(__always) func decode(
        second: Bool, _ words: UnsafePointer<UnsafePointer<ScoredWord>>, _ n: Int, _ table: PassTable,
        scored: UnsafePointer<TagScores>, guessed: UnsafePointer<TagScores>, guess: UnsafePointer<UInt8>,
        lookahead: UnsafePointer<UInt8>?, into out: UnsafeMutablePointer<UInt8>, sure: UnsafeMutablePointer<Bool>,
        previousPlaces: UnsafeMutablePointer<Int>? = nil
    ) {
        typealias F = TaggerFeatures
        let pad = F.padding
        var prev = F.startTag
        var prev2 = F.startTag
        var j = 0
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: Self.previousTagFeatures) { keyBuffer in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: Self.previousTagFeatures) { placeBuffer in
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
                            let places = previousPlaces.map { $0 + j &* Self.previousTagFeatures } ?? placeBuffer.baseAddress!
                            table.find(keys, Self.previousTagFeatures, into: places)
                            table.add(places, Self.previousTagFeatures, to: &s)
                        }
                        j += 1
                        let best = s.best
                        tag = best.tag
                        if !second {
                            // The first pass is sure of a word when its best tag leads the next by far.
                            sure[i] = s.leadsOthers(best: best.score, by: Self.confidentMargin)
                        }
                    }
                    out[i] = tag
                    prev2 = prev
                    prev = tag
                }
            }
        }
    }
}
