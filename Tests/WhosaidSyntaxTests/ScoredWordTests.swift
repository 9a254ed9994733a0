import Foundation
import Testing
@testable import WhosaidModel
@testable import WhosaidSyntax

/// Tagging reads precomputed scores (``ScoredWord``) where training looks up every feature
/// (``TaggerFeatures/extract``): the two must agree exactly, or tags drift from what was trained.
@Suite struct ScoredWordTests {
    static func devSentences(limit: Int) throws -> [[String]] {
        let text = try String(contentsOf: TaggerAccuracyTests.treebank.appendingPathComponent("en_ewt-ud-dev.conllu"), encoding: .utf8)
        return CoNLLU.sentences(in: text).prefix(limit).map { $0.map(\.form) }
    }

    @Test func scoresEqualEveryFeatureLookedUp() throws {
        let tagger = PartOfSpeechTagger.embedded
        let pad = TaggerFeatures.padding
        var rng = SystemRandomNumberGenerator()
        var positions = 0
        for forms in try Self.devSentences(limit: 300) + [["“", "Don’t", "—", "U.S.", "$5.5", "1999", "iPhone", "ﬁ"]] {
            let reference = forms.map {
                PartOfSpeechTagger.scoringOwnFeatures(tagger.lexiconWord($0), first: tagger.model.first, second: tagger.model.second)
            }
            let context = [TaggerWord](repeating: .start, count: pad) + reference + [TaggerWord](repeating: .end, count: pad)
            let scored = ScoredWords(Array(tagger.paddingWords.words) + forms.map(tagger.word))
            let identity = context.indices.map { Int32($0) }
            let base = scored.words.baseAddress!
            let pointers = [base, base] + (0..<forms.count).map { base + 2 + $0 } + [base + 1, base + 1]
            for i in 0..<forms.count {
                for second in [false, true] {
                    let prev = UInt8.random(in: 0...17, using: &rng), prev2 = UInt8.random(in: 0...17, using: &rng)
                    let tags: [UInt8] = Array(0...16) + [TaggerFeatures.endTag]
                    let next = tags.randomElement(using: &rng)!, next2 = tags.randomElement(using: &rng)!
                    let table = second ? tagger.model.second : tagger.model.first
                    var expected = [Int32](repeating: 0, count: UPOS.count)
                    var keys = [UInt64](repeating: 0, count: TaggerFeatures.maxCount)
                    context.withUnsafeBufferPointer { c in
                        identity.withUnsafeBufferPointer { ix in
                            keys.withUnsafeMutableBufferPointer { k in
                                let n = TaggerFeatures.extract(
                                    TaggerContext(table: c.baseAddress!, indices: ix.baseAddress!), at: i + pad, prev: prev, prev2: prev2,
                                    next: second ? next : TaggerFeatures.noLookahead, next2: second ? next2 : TaggerFeatures.noLookahead,
                                    into: k.baseAddress!)
                                expected.withUnsafeMutableBufferPointer { table.accumulate(k.baseAddress!, n, into: $0.baseAddress!) }
                            }
                        }
                    }
                    var got = [Int32](repeating: 0, count: UPOS.count)
                    pointers.withUnsafeBufferPointer { w in
                        let s = tagger.scores(second: second, table, w.baseAddress!, at: i + pad,
                                              prev: prev, prev2: prev2, next: next, next2: next2)
                        got.withUnsafeMutableBufferPointer { s.store(into: $0.baseAddress!) }
                    }
                    if scored.words[i + 2].sureTag == TaggerWord.noTag {
                        #expect(got == expected, "\(forms[i]) in \(forms.joined(separator: " ")), second pass: \(second)")
                        positions += 1
                    }
                }
            }
        }
        #expect(positions > 1_000)
    }

    @Test func tagsEqualTheTrainersReadingOnEWTDev() throws {
        let tagger = PartOfSpeechTagger.embedded
        var differing = 0
        for forms in try Self.devSentences(limit: .max) {
            for variant in [forms, forms.map { $0.uppercased() }] where tagger.tag(forms: variant) != tagger.referenceTags(variant) {
                differing += 1
            }
        }
        #expect(differing == 0)
    }
}

@Suite struct ShapeHashTests {
    @Test(arguments: ["Sigal", "U.S.", "$5.5", "iPhone", "n't", "`", "``", "ABCDEFGHabcdefgh1234-._", "a-b-c-d-e-f-g-h-i", "", "“", "Ré", "1999", "x\u{301}"])
    func shapeHashIsTheHashOfTheShape(_ form: String) {
        #expect(TaggerWord.shapeHash(form) == FeatureHash.bytes(Array(TaggerWord.shape(of: form).utf8)))
    }
}
