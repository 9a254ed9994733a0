/// The feature templates of the tagger: which facts about a word, its neighbours and the tags
/// already chosen it weighs. Training and tagging share this one function, so they cannot drift.
enum TaggerFeatures {
    /// The most features one position produces.
    static let maxCount = 40
    /// How many padding words stand on each side of a sentence in the context window.
    static let padding = 2
    /// The tag id of the padding before a sentence (tags are 0..<17).
    static let startTag: UInt8 = 17
    /// The tag id of the padding after a sentence, in the second pass's lookahead.
    static let endTag: UInt8 = 18
    /// No lookahead: the first pass.
    static let noLookahead: UInt8 = 255

    /// Writes all feature keys of the word at `c` (an index into a padded sentence: `padding`
    /// pad words on each side) into `out` and returns how many it wrote: the word's own
    /// features, then those of its context.
    @inline(__always)
    static func extract(
        _ w: TaggerContext, at c: Int, prev: UInt8, prev2: UInt8,
        next: UInt8 = noLookahead, next2: UInt8 = noLookahead, into out: UnsafeMutablePointer<UInt64>
    ) -> Int {
        let n = extractOwn(w.word(c).pointee, into: out)
        return n + extractContext(w, at: c, prev: prev, prev2: prev2, next: next, next2: next2, into: out + n)
    }

    /// The features of a word alone (its form, affixes, shape, known tags, and the bias), which
    /// the tagger sums once per distinct form.
    @inline(__always)
    static func extractOwn(_ w0: TaggerWord, into out: UnsafeMutablePointer<UInt64>) -> Int {
        var keys = KeyWriter(out: out)
        @inline(__always) func add(_ template: UInt64, _ value: UInt64) { keys.add(template, value) }
        add(1, 0)
        add(2, w0.word)
        add(3, w0.suffix1)
        add(4, w0.suffix2)
        add(5, w0.suffix3)
        add(6, w0.suffix4)
        add(7, w0.prefix1)
        add(8, w0.prefix2)
        add(9, w0.prefix3)
        add(10, w0.shape)
        add(25, UInt64(w0.ambiguity))
        return keys.count
    }

    /// The features of a word in its sentence: neighbours, position and the tags around it.
    @inline(__always)
    static func extractContext(
        _ w: TaggerContext, at c: Int, prev: UInt8, prev2: UInt8,
        next: UInt8 = noLookahead, next2: UInt8 = noLookahead, into out: UnsafeMutablePointer<UInt64>
    ) -> Int {
        let w0 = w.word(c).pointee, m1 = w.word(c - 1).pointee, m2 = w.word(c - 2).pointee
        let p1 = w.word(c + 1).pointee, p2 = w.word(c + 2).pointee
        let p = UInt64(prev), pp = UInt64(prev2)
        let isFirst: UInt64 = c == padding ? 1 : 0
        var keys = KeyWriter(out: out)
        @inline(__always) func add(_ template: UInt64, _ value: UInt64) { keys.add(template, value) }
        add(11, FeatureHash.mix(w0.shape, isFirst))
        add(12, p)
        add(13, FeatureHash.mix(pp, p))
        add(14, FeatureHash.mix(p, w0.word))
        add(15, m1.word)
        add(16, m1.suffix3)
        add(17, m2.word)
        add(18, p1.word)
        add(19, p1.suffix3)
        add(20, p2.word)
        add(21, FeatureHash.mix(m1.word, w0.word))
        add(22, FeatureHash.mix(w0.word, p1.word))
        add(23, UInt64(p1.ambiguity))
        add(24, UInt64(p2.ambiguity))
        add(26, FeatureHash.mix(p, UInt64(p1.ambiguity)))
        add(27, p1.shape)
        add(28, m1.shape)
        add(29, FeatureHash.mix(p, w0.suffix3))
        add(30, pp)
        add(31, FeatureHash.mix(UInt64(w0.ambiguity), UInt64(p1.ambiguity)))
        if next != noLookahead {
            // The second pass also sees the first pass's tags of the next two words.
            let q = UInt64(next), qq = UInt64(next2)
            add(40, q)
            add(41, FeatureHash.mix(q, qq))
            add(42, FeatureHash.mix(q, w0.word))
            add(43, FeatureHash.mix(p, q))
            add(44, FeatureHash.mix(q, w0.suffix3))
        }
        return keys.count
    }

    /// Writes feature keys, each the template id mixed with its value, one after another.
    struct KeyWriter {
        let out: UnsafeMutablePointer<UInt64>
        var count = 0

        @inline(__always) mutating func add(_ template: UInt64, _ value: UInt64) {
            out[count] = TaggerFeatures.key(template, value)
            count += 1
        }
    }

    /// The key of the feature of template `template` with value `value`.
    @inline(__always) static func key(_ template: UInt64, _ value: UInt64) -> UInt64 {
        FeatureHash.mix(template &* 0x1000_0000_01B3, value)
    }
}

/// A padded sentence as the tagger reads it: indexes into a table of distinct words, so that a
/// document's repeated words are neither copied nor read again.
struct TaggerContext {
    /// The words; `table[0]` pads before a sentence and `table[1]` after it.
    let table: UnsafePointer<TaggerWord>
    /// Indexes into `table` of the sentence's words, with ``TaggerFeatures/padding`` pads on each side.
    let indices: UnsafePointer<Int32>

    /// The word at padded position `c`.
    @inline(__always) func word(_ c: Int) -> UnsafePointer<TaggerWord> { table + Int(indices[c]) }
}
