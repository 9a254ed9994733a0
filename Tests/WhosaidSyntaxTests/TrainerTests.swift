import Testing
@testable import WhosaidSyntax
@testable import WhosaidModel

/// Training is deterministic, the model format round-trips, and the treebank is read as the
/// engine tokenises.
@Suite struct TrainerTests {
    static let corpus = """
        # sent_id = 1
        1\tAnn\t_\tPROPN\t_\t_\t_\t_\t_\t_
        2\tsaid\t_\tVERB\t_\t_\t_\t_\t_\t_
        3\tno\t_\tINTJ\t_\t_\t_\t_\t_\tSpaceAfter=No
        4\t.\t_\tPUNCT\t_\t_\t_\t_\t_\t_

        1-2\tdon't\t_\t_\t_\t_\t_\t_\t_\t_
        1\tdo\t_\tAUX\t_\t_\t_\t_\t_\t_
        2\tn't\t_\tPART\t_\t_\t_\t_\t_\t_
        3\tRichey\t_\tPROPN\t_\t_\t_\t_\t_\tSpaceAfter=No
        4\t-\t_\tPUNCT\t_\t_\t_\t_\t_\tSpaceAfter=No
        5\tAllen\t_\tPROPN\t_\t_\t_\t_\t_\t_
        6\tspoke\t_\tVERB\t_\t_\t_\t_\t_\t_

        """

    @Test func readsWordLinesAndSkipsRangeLines() {
        let s = CoNLLU.sentences(in: Self.corpus)
        #expect(s.count == 2)
        #expect(s[1].map(\.form) == ["do", "n't", "Richey", "-", "Allen", "spoke"])
        #expect(s[0][2].spaceAfter == false)
    }

    @Test func hyphenatedWordsAreJoinedAsTheEngineTokenises() {
        let t = CoNLLU.trainingSentences(CoNLLU.sentences(in: Self.corpus))
        #expect(t[1].map(\.form) == ["do", "n't", "Richey-Allen", "spoke"])
        #expect(t[1][2].tag == .propn)
    }

    @Test func sameDataSameModelByteForByte() {
        var options = PerceptronTrainer.Options()
        options.iterations = 3
        options.folds = 2
        let data = CoNLLU.trainingSentences(CoNLLU.sentences(in: Self.corpus))
        let a = PerceptronTrainer(options: options).train(data).bytes
        let b = PerceptronTrainer(options: options).train(data).bytes
        #expect(a == b)
        let model = try? a.withUnsafeBytes { raw throws(TaggerModelError) in try TaggerModel(bytes: raw) }
        #expect(model?.featureCount == PerceptronTrainer(options: options).train(data).model.featureCount)
    }

    @Test func brokenModelBytesAreRejectedWithAMessage() {
        let bad: [UInt8] = Array("WSTG".utf8) + [9, 0, 0, 0] + Array(repeating: 0, count: 12)
        #expect(throws: TaggerModelError.wrongVersion) { try bad.withUnsafeBytes { raw throws(TaggerModelError) in try TaggerModel(bytes: raw) } }
        let short: [UInt8] = Array("WSTG".utf8) + [4, 0, 0, 0, 64, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0]
        #expect(throws: TaggerModelError.truncated) { try short.withUnsafeBytes { raw throws(TaggerModelError) in try TaggerModel(bytes: raw) } }
        #expect(TaggerModelError.notAModel.description.contains("whosaid-train"))
    }

    @Test func engineTokensSplitIntoTreebankWords() {
        #expect(TokenTagging.treebankWords("don't") == ["do", "n't"])
        #expect(TokenTagging.treebankWords("can’t") == ["ca", "n’t"])
        #expect(TokenTagging.treebankWords("Sigal’s") == ["Sigal", "’s"])
        #expect(TokenTagging.treebankWords("we'll") == ["we", "'ll"])
        #expect(TokenTagging.treebankWords("O'Brien") == ["O'Brien"])
        #expect(TokenTagging.treebankWords("'s") == ["'s"])
    }
}
