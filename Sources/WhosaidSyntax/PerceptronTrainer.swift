/// Trains a ``TaggerModel``: the averaged perceptron (Collins 2002) with greedy decoding that
/// feeds its own guesses forward as the previous tags, as it will when tagging.
///
/// Deterministic: the same sentences and options give the same model, byte for byte.
public struct PerceptronTrainer {
    /// Settings of a training run; the defaults made the shipped model.
    public struct Options: Sendable {
        /// Passes over the training sentences.
        public var iterations = 10
        /// Seed of the shuffle between passes.
        public var seed: UInt64 = 0x5EED
        /// A form seen fewer times than this is left out of the lexicon, so that training sees
        /// rare words as tagging will see unknown ones.
        public var minLexiconCount = 3
        /// A form seen at least this often…
        public var sureMinCount = 20
        /// …with one tag at least this share of the time is tagged by the lexicon alone.
        public var sureMinShare = 0.99
        /// Share of sentences shown in upper case, and again in title case, on each pass, so
        /// that headlines tag as well as body text.
        public var caseVariantShare = 0.04
        /// Folds of the jackknife that gives the second pass realistic first-pass tags.
        public var folds = 4
        /// Averaged weights smaller than this share of the largest are dropped.
        public var pruneShare = 0.002
        /// Creates the default options.
        public init() {}
    }

    /// One training sentence: written forms and their gold tags.
    public typealias Sentence = [(form: String, tag: UPOS)]

    let options: Options

    /// A trainer with `options`.
    public init(options: Options = Options()) { self.options = options }

    /// Trains on `sentences`; `progress` hears after each iteration (pass, iteration, share of words right).
    public func train(_ sentences: [Sentence], progress: (String, Int, Double) -> Void = { _, _, _ in }) -> (model: TaggerModel, bytes: [UInt8]) {
        let lexicon = buildLexicon(sentences)
        var lookup: [UInt64: LexiconEntryValue] = [:]
        for e in lexicon { lookup[e.key] = LexiconEntryValue(ambiguity: e.ambiguity, sureTag: e.sureTag) }
        func word(_ form: String) -> TaggerWord {
            var w = TaggerWord(form: form)
            if let e = lookup[TaggerWord.lexiconKey(form)] { w.ambiguity = e.ambiguity; w.sureTag = e.sureTag }
            return w
        }
        // Each sentence as written, in upper case and in title case.
        let variants: [[[TaggerWord]]] = sentences.map { s in
            [s.map { word($0.form) }, s.map { word($0.form.uppercased()) }, s.map { word(Self.titleCased($0.form)) }]
        }
        // The first pass, on all sentences; then, for the second pass, first-pass tags of every
        // training sentence from a model that did not see it (jackknifing), as tagging will see them.
        let first = trainPass(sentences, variants, lookahead: nil, passName: "first", progress: progress)
        var lookahead = [[UInt8]](repeating: [], count: sentences.count)
        let folds = options.folds
        for fold in 0..<folds {
            let held = sentences.indices.filter { $0 % folds == fold }
            let kept = sentences.indices.filter { $0 % folds != fold }
            let weights = trainPass(kept.map { sentences[$0] }, kept.map { variants[$0] }, lookahead: nil, passName: nil, progress: progress)
            let model = TaggerModel(first: weights.averaged(pruneShare: options.pruneShare), second: [], lexicon: [])
            for si in held {
                lookahead[si] = Self.firstPassTags(model.first, variants[si][0])
            }
        }
        let second = trainPass(sentences, variants, lookahead: lookahead, passName: "second", progress: progress)
        let firstFeatures = first.averaged(pruneShare: options.pruneShare)
        let secondFeatures = second.averaged(pruneShare: options.pruneShare)
        let bytes = TaggerModelLayout.encode(first: firstFeatures, second: secondFeatures, lexicon: lexicon)
        // The bytes were just written by the encoder that the reader checks against.
        return (try! bytes.withUnsafeBytes { raw throws(TaggerModelError) in try TaggerModel(bytes: raw) }, bytes)
    }

    /// The first pass's tags of one sentence, with two end tags after them.
    static func firstPassTags(_ table: PassTable, _ words: [TaggerWord]) -> [UInt8] {
        let pad = TaggerFeatures.padding
        let scored = words.map { PartOfSpeechTagger.scoringOwnFeatures($0, first: table, second: table) }
        let context = [TaggerWord](repeating: .start, count: pad) + scored + [TaggerWord](repeating: .end, count: pad)
        let identity = context.indices.map { Int32($0) }
        var out = [UInt8](repeating: 0, count: words.count + 2)
        var keys = [UInt64](repeating: 0, count: TaggerFeatures.maxCount)
        var scores = [Int32](repeating: 0, count: UPOS.count)
        context.withUnsafeBufferPointer { c in
            identity.withUnsafeBufferPointer { i in
                out.withUnsafeMutableBufferPointer { o in
                    keys.withUnsafeMutableBufferPointer { k in
                        scores.withUnsafeMutableBufferPointer { s in
                            PartOfSpeechTagger.pass(table, TaggerContext(table: c.baseAddress!, indices: i.baseAddress!), words.count,
                                                    lookahead: nil, k.baseAddress!, s.baseAddress!, into: o.baseAddress!)
                        }
                    }
                }
            }
        }
        out[words.count] = TaggerFeatures.endTag
        out[words.count + 1] = TaggerFeatures.endTag
        return out
    }

    /// Trains one pass; `lookahead` (for the second pass) holds first-pass tags per sentence.
    func trainPass(
        _ sentences: [Sentence], _ variants: [[[TaggerWord]]], lookahead: [[UInt8]]?, passName: String?,
        progress: (String, Int, Double) -> Void
    ) -> Weights {
        var weights = Weights()
        var order = Array(sentences.indices)
        var rng = SplitMix64(seed: options.seed)
        let pad = TaggerFeatures.padding
        var keys = [UInt64](repeating: 0, count: TaggerFeatures.maxCount)
        for pass in 1...options.iterations {
            var right = 0, total = 0
            for si in order {
                let roll = Double(rng.next() % 1_000_000) / 1_000_000
                let v = roll < options.caseVariantShare ? 1 : roll < 2 * options.caseVariantShare ? 2 : 0
                let words = [TaggerWord](repeating: .start, count: pad) + variants[si][v] + [TaggerWord](repeating: .end, count: pad)
                let identity = words.indices.map { Int32($0) }
                let ahead = lookahead?[si]
                var prev = TaggerFeatures.startTag, prev2 = TaggerFeatures.startTag
                words.withUnsafeBufferPointer { w in identity.withUnsafeBufferPointer { ids in
                    let context = TaggerContext(table: w.baseAddress!, indices: ids.baseAddress!)
                    for (i, gold) in sentences[si].enumerated() {
                        let truth = gold.tag.rawValue
                        var guess = context.word(i + pad).pointee.sureTag
                        if guess == TaggerWord.noTag {
                            let n = keys.withUnsafeMutableBufferPointer {
                                TaggerFeatures.extract(
                                    context, at: i + pad, prev: prev, prev2: prev2,
                                    next: ahead?[i + 1] ?? TaggerFeatures.noLookahead, next2: ahead?[i + 2] ?? TaggerFeatures.noLookahead,
                                    into: $0.baseAddress!)
                            }
                            guess = weights.predict(keys, n)
                            weights.tick()
                            if guess != truth { weights.update(keys, n, truth: truth, guess: guess) }
                        }
                        if guess == truth { right += 1 }
                        total += 1
                        prev2 = prev
                        prev = guess
                    }
                } }
            }
            if let passName { progress(passName, pass, Double(right) / Double(max(total, 1))) }
            Self.shuffle(&order, &rng)
        }
        return weights
    }

    struct LexiconEntryValue { var ambiguity: UInt32; var sureTag: UInt8 }

    /// Tag masks of forms seen at least ``Options/minLexiconCount`` times, sorted by key.
    func buildLexicon(_ sentences: [Sentence]) -> [TaggerModel.LexiconEntry] {
        var counts: [UInt64: [Int]] = [:]
        for s in sentences {
            for (form, tag) in s {
                counts[TaggerWord.lexiconKey(form), default: Array(repeating: 0, count: UPOS.count)][Int(tag.rawValue)] += 1
            }
        }
        var out: [TaggerModel.LexiconEntry] = []
        for (key, c) in counts {
            let total = c.reduce(0, +)
            guard total >= options.minLexiconCount else { continue }
            var mask: UInt32 = 0
            for t in 0..<UPOS.count where c[t] > 0 { mask |= 1 << t }
            let top = c.indices.max { c[$0] < c[$1] }!
            let sure = total >= options.sureMinCount && Double(c[top]) >= options.sureMinShare * Double(total)
            out.append(.init(key: key, ambiguity: mask, sureTag: sure ? UInt8(top) : TaggerWord.noTag))
        }
        return out.sorted { $0.key < $1.key }
    }

    /// `form` with its first letter upper case and the rest lower, as a headline writes it.
    static func titleCased(_ form: String) -> String {
        guard let first = form.first else { return form }
        return first.uppercased() + form.dropFirst().lowercased()
    }

    /// Fisher–Yates with the trainer's own generator (the standard one is not seeded).
    static func shuffle(_ a: inout [Int], _ rng: inout SplitMix64) {
        guard a.count > 1 else { return }
        for i in stride(from: a.count - 1, to: 0, by: -1) {
            let j = Int(rng.next() % UInt64(i + 1))
            a.swapAt(i, j)
        }
    }

    /// Perceptron weights with the running sums needed to average them lazily.
    struct Weights {
        var index: [UInt64: Int] = [:]
        var keys: [UInt64] = []
        var w: [Float] = []
        var totals: [Double] = []
        var stamps: [Int32] = []
        var now: Int32 = 0

        mutating func tick() { now += 1 }

        func predict(_ keys: [UInt64], _ n: Int) -> UInt8 {
            var scores = [Float](repeating: 0, count: UPOS.count)
            for k in 0..<n {
                guard let f = index[keys[k]] else { continue }
                let o = f * UPOS.count
                for t in 0..<UPOS.count { scores[t] += w[o + t] }
            }
            var best = 0
            for t in 1..<UPOS.count where scores[t] > scores[best] { best = t }
            return UInt8(best)
        }

        mutating func update(_ keys: [UInt64], _ n: Int, truth: UInt8, guess: UInt8) {
            for k in 0..<n {
                let f = feature(keys[k])
                change(f * UPOS.count + Int(truth), by: 1)
                change(f * UPOS.count + Int(guess), by: -1)
            }
        }

        mutating func feature(_ key: UInt64) -> Int {
            if let f = index[key] { return f }
            let f = keys.count
            index[key] = f
            keys.append(key)
            w.append(contentsOf: repeatElement(0, count: UPOS.count))
            totals.append(contentsOf: repeatElement(0, count: UPOS.count))
            stamps.append(contentsOf: repeatElement(0, count: UPOS.count))
            return f
        }

        mutating func change(_ i: Int, by delta: Float) {
            totals[i] += Double(now - stamps[i]) * Double(w[i])
            stamps[i] = now
            w[i] += delta
        }

        /// The averaged weights, quantised to 16 bits, small ones dropped; in key order.
        func averaged(pruneShare: Double) -> [TaggerModel.Feature] {
            var avg = [Double](repeating: 0, count: w.count)
            var largest = 0.0
            for i in w.indices {
                avg[i] = (totals[i] + Double(now - stamps[i]) * Double(w[i])) / Double(max(now, 1))
                largest = max(largest, abs(avg[i]))
            }
            let scale = largest > 0 ? 32_000 / largest : 1
            let floor = pruneShare * largest
            var out: [TaggerModel.Feature] = []
            for f in keys.indices {
                var kept: [(tag: UInt8, weight: Int16)] = []
                for t in 0..<UPOS.count {
                    let a = avg[f * UPOS.count + t]
                    guard abs(a) >= floor else { continue }
                    let q = Int16((a * scale).rounded())
                    if q != 0 { kept.append((UInt8(t), q)) }
                }
                if !kept.isEmpty { out.append(.init(key: keys[f], weights: kept)) }
            }
            return out.sorted { $0.key < $1.key }
        }
    }
}

/// SplitMix64: a small, fast, seeded generator whose sequence is the same on every platform.
struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
