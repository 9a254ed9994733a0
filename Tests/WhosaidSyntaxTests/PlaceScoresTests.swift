import Testing
@testable import WhosaidSyntax

/// A word's scores in its four places are kept in 16 bits (``PlaceScores``); a word whose sums do
/// not fit has them looked up when tagged, with the same tags as the trainer's reading.
@Suite struct PlaceScoresTests {
    static func scores(_ lanes: [Int32]) -> TagScores {
        var s = TagScores()
        for t in 0..<16 { s.low[t] = lanes[t] }
        s.high = lanes[16]
        return s
    }

    static func lanes(_ s: TagScores) -> [Int32] { (0..<16).map { s.low[$0] } + [s.high] }

    /// A tagger whose model has only the features `keys`, each weighing 20,000 for NOUN in both passes.
    static func tagger(nounFeatures keys: [UInt64]) -> PartOfSpeechTagger {
        let features = keys.map { TaggerModel.Feature(key: $0, weights: [(UPOS.noun.rawValue, 20_000)]) }.sorted { $0.key < $1.key }
        return PartOfSpeechTagger(model: TaggerModel(first: features, second: features, lexicon: []))
    }

    @Test func keepsScoresThatFitIn16Bits() throws {
        let a = (0..<17).map { Int32($0 * 1_000 - 8_000) }, b = [Int32](repeating: 32_767, count: 17)
        let c = [Int32](repeating: -32_768, count: 17), d = (0..<17).map { Int32($0) }
        let places = try #require(PlaceScores(before: Self.scores(a), twoBefore: Self.scores(b), after: Self.scores(c), twoAfter: Self.scores(d)))
        #expect(Self.lanes(places.before) == a)
        #expect(Self.lanes(places.twoBefore) == b)
        #expect(Self.lanes(places.after) == c)
        #expect(Self.lanes(places.twoAfter) == d)
    }

    @Test(arguments: [0, 7, 16])
    func refusesAScoreOutside16Bits(lane: Int) {
        var wide = [Int32](repeating: 5, count: 17)
        wide[lane] = 40_000
        let fit = Self.scores([Int32](repeating: 5, count: 17))
        #expect(PlaceScores(before: fit, twoBefore: fit, after: Self.scores(wide), twoAfter: fit) == nil)
        wide[lane] = -40_000
        #expect(PlaceScores(before: Self.scores(wide), twoBefore: fit, after: fit, twoAfter: fit) == nil)
    }

    /// A model where the word before `zzz`'s neighbour sums 60,000 for NOUN: the neighbour is a
    /// noun only if the wide place is read in full.
    @Test func aWordWithWidePlacesTagsAsTheTrainerReadsIt() {
        let w = TaggerWord(form: "zzz")
        let tagger = Self.tagger(nounFeatures: [TaggerFeatures.key(15, w.word), TaggerFeatures.key(16, w.suffix3), TaggerFeatures.key(28, w.shape)])
        #expect(tagger.word("zzz").hasWidePlaces)
        #expect(!tagger.word("abc").hasWidePlaces)
        for forms in [["zzz", "abc"], ["abc", "zzz", "abc", "abc"], ["abc", "abc", "zzz"], ["zzz"]] {
            let tags = tagger.tag(forms: forms)
            #expect(tags == tagger.referenceTags(forms), "\(forms)")
            if let at = forms.firstIndex(of: "zzz"), at + 1 < forms.count { #expect(tags[at + 1] == .noun) }
        }
    }
}
