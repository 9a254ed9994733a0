import Testing
@testable import WhosaidSyntax

/// A reading points at places kept once for every word that has them (``WordPlacesPool``): the
/// kept places must be exactly the word's own sums, shared only between words with equal sums, and
/// a word whose places the pool would not keep must tag as the trainer reads it.
@Suite struct WordPlacesTests {
    /// Known words, rare names, endings and shapes the model has and has not seen.
    static let forms = [
        "the", "said", "Sigal", "Sigalqa", "Sigalqb", "Zorbaxqa", "Zorbaxqb", "running", "runningqa", "U.S.", "$5.5", "1999",
        "2003", "iPhone", "n't", "“", "Don", "Obama", "Obamaqa", "Krzyzewski", "Krzyzewskiqa", "unbelievablyqq", "–", "ﬁ",
    ]

    @Test func keptPlacesAreTheWordsOwnSums() {
        let tagger = PartOfSpeechTagger.embedded
        for form in Self.forms {
            let w = tagger.lexiconWord(form)
            var wide = false
            let (first, second) = PassScores.scores(of: w, tagger.model.features, wide: &wide)
            let read = tagger.word(form)
            #expect(read.hasWidePlaces == wide, "\(form)")
            if !wide { #expect(read.places.pointee == WordPlaces(first: first.places, second: second.places), "\(form)") }
            #expect(PlaceScoresTests.lanes(read.ownScores(second: false)) == PlaceScoresTests.lanes(first.own), "\(form)")
            #expect(PlaceScoresTests.lanes(read.ownScores(second: true)) == PlaceScoresTests.lanes(second.own), "\(form)")
        }
    }

    @Test func wordsSharePlacesExactlyWhenTheirSumsAreEqual() {
        let tagger = PartOfSpeechTagger.embedded
        let read = Self.forms.map(tagger.word)
        for a in read {
            for b in read { #expect((a.places == b.places) == (a.places.pointee == b.places.pointee)) }
        }
        // Rare names that differ only past their last three letters' reach share one copy.
        #expect(tagger.word("Zorbaxqa").places == tagger.word("Sigalxqa").places)
    }

    @Test func aPoolKeepsEachPlacesOnceAndAtMostItsLimit() {
        let tagger = PartOfSpeechTagger.embedded
        let pool = WordPlacesPool(limit: 2)
        let a = ScoredWord(tagger.lexiconWord("the"), model: tagger.model, pool: pool)
        let again = ScoredWord(tagger.lexiconWord("the"), model: tagger.model, pool: pool)
        let b = ScoredWord(tagger.lexiconWord("said"), model: tagger.model, pool: pool)
        let c = ScoredWord(tagger.lexiconWord("running"), model: tagger.model, pool: pool)
        #expect(a.places == again.places && !a.hasWidePlaces && !b.hasWidePlaces)
        #expect(pool.keptCount == 2)
        #expect(c.hasWidePlaces && c.places == WordPlaces.zero)
    }

    /// Many forms, in a pool that grows its slots several times, each found again.
    @Test func aGrowingPoolFindsEveryPlacesAgain() {
        let pool = WordPlacesPool(limit: 10_000)
        func places(_ k: Int) -> WordPlaces {
            var s = TagScores()
            s.low[k % 16] = Int32(k)
            s.high = Int32(k % 7)
            return WordPlaces(first: PlaceScores(before: s, twoBefore: TagScores(), after: s, twoAfter: TagScores())!, second: PlaceScores())
        }
        let kept = (0..<5_000).map { pool.intern(places($0))! }
        #expect(pool.keptCount == 5_000)
        for k in 0..<5_000 { #expect(pool.intern(places(k)) == kept[k]) }
        #expect(pool.keptCount == 5_000)
    }

    @Test func wordsWhosePlacesAreNotKeptTagAsTheTrainerReadsThem() throws {
        let tagger = PartOfSpeechTagger.embedded
        let none = WordPlacesPool(limit: 0)
        var sentences = 0
        for forms in try ScoredWordTests.devSentences(limit: 400) + [Self.forms] {
            let words = forms.map { ScoredWord(tagger.lexiconWord($0), model: tagger.model, pool: none) }
            #expect(words.allSatisfy { $0.hasWidePlaces })
            #expect(tagger.tag(words) == tagger.referenceTags(forms), "\(forms)")
            #expect(tagger.tag(words) == tagger.tag(forms: forms))
            sentences += 1
        }
        #expect(sentences > 300)
    }
}
