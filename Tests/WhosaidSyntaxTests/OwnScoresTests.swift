import Testing
@testable import WhosaidSyntax

/// A reading keeps its own scores in 16 bits (``OwnScores``), or at full width when they do not fit
/// (``ScoredWord/wideOwn``): either way tagging must add exactly the trainer's sums.
@Suite struct OwnScoresTests {
    @Test func scoresThatFitAreKeptExactly() throws {
        var first = TagScores(), second = TagScores()
        for lane in 0..<16 {
            first.low[lane] = Int32(lane * 1_000 - 8_000)
            second.low[lane] = Int32(32_767 - lane)
        }
        first.high = -32_768
        second.high = 7
        let own = try #require(OwnScores(first: first, second: second))
        #expect(PlaceScoresTests.lanes(own.first) == PlaceScoresTests.lanes(first))
        #expect(PlaceScoresTests.lanes(own.second) == PlaceScoresTests.lanes(second))
    }

    @Test func scoresThatDoNotFitAreRefused() {
        var wide = TagScores()
        wide.low[3] = 40_000
        #expect(OwnScores(first: wide, second: TagScores()) == nil)
        var high = TagScores()
        high.high = -40_000
        #expect(OwnScores(first: TagScores(), second: high) == nil)
    }

    /// A model where `zzz`'s own features sum 60,000 for NOUN: it is a noun only if its own scores
    /// are read in full.
    @Test func aWordWithWideOwnScoresTagsAsTheTrainerReadsIt() {
        let w = TaggerWord(form: "zzz")
        let tagger = PlaceScoresTests.tagger(nounFeatures: [TaggerFeatures.key(2, w.word), TaggerFeatures.key(3, w.suffix1), TaggerFeatures.key(4, w.suffix2)])
        let read = tagger.word("zzz")
        #expect(read.wideOwn != nil && !read.hasWidePlaces)
        #expect(PlaceScoresTests.lanes(read.ownScores(second: false))[Int(UPOS.noun.rawValue)] == 60_000)
        #expect(tagger.word("abc").wideOwn == nil)
        for forms in [["zzz", "abc"], ["abc", "zzz", "abc", "abc"], ["abc", "abc", "zzz"], ["zzz"]] {
            let tags = tagger.tag(forms: forms)
            #expect(tags == tagger.referenceTags(forms), "\(forms)")
            for (form, tag) in zip(forms, tags) where form == "zzz" { #expect(tag == .noun) }
        }
    }
}
