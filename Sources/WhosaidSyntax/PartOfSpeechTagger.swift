import CPrefetch
/// A greedy averaged-perceptron part-of-speech tagger over Universal POS tags.
///
/// Words are read through ``ScoredWord`` values, which callers make once per distinct form with
/// ``word(_:)`` (a document repeats its words; the features of a form never change). A class, so
/// that handing it around (to closures, to each document) copies one reference, not its tables.
public final class PartOfSpeechTagger: Sendable {
    /// The trained model.
    public let model: TaggerModel
    /// The words before (0) and after (1) a sentence.
    let paddingWords: ScoredWords
    /// The weights of the features made of tags alone.
    let tagScores: TagFeatureScores

    /// A tagger with `model`.
    public init(model: TaggerModel) {
        self.model = model
        paddingWords = ScoredWords([ScoredWord(.start, model: model), ScoredWord(.end, model: model)])
        tagScores = TagFeatureScores(model)
    }

    /// What the tagger reads of `form`, as written in the text (`Sigal`, `n't`, `“`).
    public func word(_ form: String) -> ScoredWord { ScoredWord(lexiconWord(form), model: model) }

    /// The features of `form` and what the lexicon knows of it.
    func lexiconWord(_ form: String) -> TaggerWord {
        // Normalised once, for the features and the lexicon's key.
        let normal = TaggerWord.normalized(form)
        var key: UInt64 = 0
        var w = TaggerWord(form: form, normalized: normal, lexiconKey: &key)
        let known = model.lexicon(key)
        w.ambiguity = known.ambiguity
        w.sureTag = known.sureTag
        return w
    }

    /// `w` with the weights of its own features summed for each pass.
    static func scoringOwnFeatures(_ word: TaggerWord, first: PassTable, second: PassTable) -> TaggerWord {
        var w = word
        guard w.sureTag == TaggerWord.noTag else { return w }
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: TaggerFeatures.maxCount) { keys in
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: UPOS.count) { scores in
                let n = TaggerFeatures.extractOwn(w, into: keys.baseAddress!)
                for t in 0..<UPOS.count { scores[t] = 0 }
                first.accumulate(keys.baseAddress!, n, into: scores.baseAddress!)
                w.ownFirst = TagScores(scores.baseAddress!)
                for t in 0..<UPOS.count { scores[t] = 0 }
                second.accumulate(keys.baseAddress!, n, into: scores.baseAddress!)
                w.ownSecond = TagScores(scores.baseAddress!)
            }
        }
        return w
    }

    /// Whether the training data saw `form` (lower case) at least a few times.
    public func knows(_ form: String) -> Bool { model.lexicon(TaggerWord.lexiconKey(form)).ambiguity != 0 }

    /// Whether the training data saw `form` (lower case) as a common noun (`friends`,
    /// `veterans`), whatever else it saw it as.
    public func knowsAsCommonNoun(_ form: String) -> Bool {
        model.lexicon(TaggerWord.lexiconKey(form)).ambiguity & 1 << UInt32(UPOS.noun.rawValue) != 0
    }

    /// Whether the training data saw `form` only as a proper noun (`obama`, `london`).
    public func knowsOnlyAsName(_ form: String) -> Bool {
        model.lexicon(TaggerWord.lexiconKey(form)).ambiguity == 1 << UInt32(UPOS.propn.rawValue)
    }

    /// The tags of one sentence's words.
    public func tag(_ words: [ScoredWord]) -> [UPOS] {
        var tags = [UPOS](repeating: .x, count: words.count)
        words.withUnsafeBufferPointer { w in
            let sentence = (0..<words.count).map { w.baseAddress! + $0 }
            sentence.withUnsafeBufferPointer { s in
                tags.withUnsafeMutableBufferPointer { tag(s, into: $0) }
            }
        }
        return tags
    }

    /// The tags of one sentence of written forms.
    public func tag(forms: [String]) -> [UPOS] { tag(forms.map(word)) }

    /// Tags one sentence into `out` (as long as `sentence`), which points at its words (a
    /// document's repeated words are neither copied nor read again).
    public func tag(_ sentence: UnsafeBufferPointer<UnsafePointer<ScoredWord>>, into out: UnsafeMutableBufferPointer<UPOS>) {
        let n = sentence.count
        guard n > 0 else { return }
        let pad = TaggerFeatures.padding
        withUnsafeTemporaryAllocation(of: UnsafePointer<ScoredWord>.self, capacity: n + 2 * pad) { padded in
            // The words' places, side by side with them: they are kept apart from the words
            // (``WordPlaces``), so the passes read them from here, one read each rather than two.
            withUnsafeTemporaryAllocation(of: UnsafePointer<WordPlaces>.self, capacity: n + 2 * pad) { placeBuffer in
                let pads = paddingWords.words.baseAddress!
                var wide: UInt8 = (pads[0].hasWidePlaces ? 1 : 0) | (pads[1].hasWidePlaces ? 1 : 0)
                for k in 0..<pad {
                    padded[k] = pads
                    padded[n + pad + k] = pads + 1
                    placeBuffer[k] = pads[0].places
                    placeBuffer[n + pad + k] = pads[1].places
                }
                for k in 0..<n {
                    let word = sentence[k]
                    padded[k + pad] = word
                    let places = word.pointee.places
                    placeBuffer[k + pad] = places
                    wide |= word.pointee.hasWidePlaces ? 1 : 0
                    // The places' reads start here, for all words at once, rather than one after another as
                    // the first pass adds them.
                    let raw = UnsafeRawPointer(places)
                    whosaid_prefetch(raw)
                    whosaid_prefetch(raw + 64)
                    whosaid_prefetch(raw + 128)
                }
                let words = UnsafePointer(padded.baseAddress!), places = UnsafePointer(placeBuffer.baseAddress!), anyWide = wide != 0
                withUnsafeTemporaryAllocation(of: UInt8.self, capacity: n + 2) { firstPass in
                    withUnsafeTemporaryAllocation(of: Bool.self, capacity: n) { sure in
                        SharedPlaces.with(count: n) { shared in
                            sure.initialize(repeating: false)
                            self.firstPass(words, places: places, wide: anyWide, n, shared: shared, into: firstPass.baseAddress!,
                                           sure: sure.baseAddress!)
                            firstPass[n] = TaggerFeatures.endTag
                            firstPass[n + 1] = TaggerFeatures.endTag
                            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: n) { secondPass in
                                self.secondPass(words, places: places, wide: anyWide, n, lookahead: UnsafePointer(firstPass.baseAddress!),
                                                shared: shared, into: secondPass.baseAddress!, sure: UnsafePointer(sure.baseAddress!))
                                for i in 0..<n { out[i] = UPOS(tag: secondPass[i]) }
                            }
                        }
                    }
                }
            }
        }
    }

    /// The tags of one sentence as the trainer's code reads it (every feature looked up at every
    /// position), which ``tag(_:into:)`` must match exactly.
    func referenceTags(_ forms: [String]) -> [UPOS] {
        let pad = TaggerFeatures.padding
        let scored = forms.map { Self.scoringOwnFeatures(lexiconWord($0), first: model.first, second: model.second) }
        let context = [TaggerWord](repeating: .start, count: pad) + scored + [TaggerWord](repeating: .end, count: pad)
        let identity = context.indices.map { Int32($0) }
        let n = forms.count
        var firstPass = [UInt8](repeating: 0, count: n + 2)
        var secondPass = [UInt8](repeating: 0, count: n)
        var sure = [Bool](repeating: false, count: n)
        var keys = [UInt64](repeating: 0, count: TaggerFeatures.maxCount)
        var scores = [Int32](repeating: 0, count: UPOS.count)
        context.withUnsafeBufferPointer { c in
            identity.withUnsafeBufferPointer { i in
                let ctx = TaggerContext(table: c.baseAddress!, indices: i.baseAddress!)
                keys.withUnsafeMutableBufferPointer { k in
                    scores.withUnsafeMutableBufferPointer { s in
                        sure.withUnsafeMutableBufferPointer { sure in
                            firstPass.withUnsafeMutableBufferPointer { f in
                                Self.pass(model.first, ctx, n, lookahead: nil, k.baseAddress!, s.baseAddress!, into: f.baseAddress!,
                                          sure: sure.baseAddress!)
                                f[n] = TaggerFeatures.endTag
                                f[n + 1] = TaggerFeatures.endTag
                                secondPass.withUnsafeMutableBufferPointer { o in
                                    Self.pass(model.second, ctx, n, lookahead: UnsafePointer(f.baseAddress!), k.baseAddress!, s.baseAddress!,
                                              into: o.baseAddress!, sure: sure.baseAddress!)
                                }
                            }
                        }
                    }
                }
            }
        }
        return secondPass.map { UPOS(rawValue: $0)! }
    }

    /// How far the first pass's best score must lead the runner-up (in quantised weight units)
    /// for the second pass to keep its tag without scoring the word again. Measured on EWT dev:
    /// no margin 95.23% at 1.3 M words/s; 5,000 95.27% at 3.1 M words/s; 3,000 95.25%.
    static let confidentMargin: Int32 = 2_000

    /// One greedy pass over a padded sentence of `n` words, every feature looked up (training's
    /// way); `lookahead` holds the first pass's tags (and two end tags) for the second pass.
    @inline(__always) static func pass(
        _ table: PassTable, _ context: TaggerContext, _ n: Int, lookahead: UnsafePointer<UInt8>?,
        _ keys: UnsafeMutablePointer<UInt64>, _ scores: UnsafeMutablePointer<Int32>, into out: UnsafeMutablePointer<UInt8>,
        sure: UnsafeMutablePointer<Bool>? = nil
    ) {
        let pad = TaggerFeatures.padding
        var prev = TaggerFeatures.startTag
        var prev2 = TaggerFeatures.startTag
        for i in 0..<n {
            let word = context.word(i + pad)
            var tag = word.pointee.sureTag
            if tag == TaggerWord.noTag, let lookahead, sure?[i] == true {
                tag = lookahead[i]
            } else if tag == TaggerWord.noTag {
                let count = TaggerFeatures.extractContext(
                    context, at: i + pad, prev: prev, prev2: prev2,
                    next: lookahead?[i + 1] ?? TaggerFeatures.noLookahead, next2: lookahead?[i + 2] ?? TaggerFeatures.noLookahead,
                    into: keys)
                (lookahead == nil ? word.pointee.ownFirst : word.pointee.ownSecond).store(into: scores)
                table.accumulate(keys, count, into: scores)
                tag = best(scores)
                if let sure {
                    // The first pass is sure of a word when its best tag leads the next by far.
                    var runnerUp = Int32.min
                    for t in 0..<UPOS.count where t != Int(tag) { runnerUp = max(runnerUp, scores[t]) }
                    sure[i] = scores[Int(tag)] - runnerUp >= confidentMargin
                }
            }
            out[i] = tag
            prev2 = prev
            prev = tag
        }
    }

    /// The tag with the highest score (the first on a tie).
    @inline(__always) static func best(_ scores: UnsafePointer<Int32>) -> UInt8 {
        var best = 0
        for t in 1..<UPOS.count where scores[t] > scores[best] { best = t }
        return UInt8(best)
    }
}
