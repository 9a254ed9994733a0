import Testing
@testable import WhosaidModel

/// The compact words of the topic stage (issue 12, memory): ``TopicScan/Word`` in 16 bytes, its
/// key, capital and acronym mark read from its form, and its sentence from its block.
@Suite struct CompactTopicWordTests {
    @Test func aTopicWordTakesSixteenBytes() {
        // 24 bytes with its key, sentence, capital and acronym mark stored; on a 66 MB document
        // each byte a word saves is about 11 MB.
        #expect(MemoryLayout<TopicScan.Word>.stride == 16)
    }

    @Test func wordFieldsRoundTrip() {
        for opens in [false, true] {
            for follows in [false, true] {
                for role in [TopicToken.Role.content, .weak, .number, .stop] {
                    let w = TopicScan.Word(start: 1_234_567, form: 89, block: 4_321, opensSentence: opens, followsSpace: follows, role: role)
                    #expect((w.start, w.form, w.block, w.opensSentence, w.followsSpace, w.role) == (1_234_567, 89, 4_321, opens, follows, role))
                }
            }
        }
    }

    /// Each word reads its form's key, capital and acronym mark, and the sentence that holds it.
    @Test func derivedFieldsMatchTheText() {
        let text = "The U.S. talks, Korea said. Talks resumed; the U.S. envoy left.\n\nNo talks, no deal. Korea waits."
        let document = Document(name: "t", text: text)
        let scan = TopicTokenizer.scan(document)
        #expect(scan.words.count == 17)
        for w in scan.words {
            let surface = scan.surface(of: w.form)
            let expected = document.sentences.firstIndex { $0.start <= Int(w.start) && Int(w.start) < $0.end }
            #expect(Int(scan.sentence(of: w)) == expected, "\(surface)")
            #expect(scan.keys[Int(scan.key(of: w))] == TopicScan.analyse(surface).keyText, "\(surface)")
            #expect(scan.isCapitalized(w) == (surface.first?.isUppercase ?? false), "\(surface)")
            #expect(scan.isAcronym(w) == (surface == "U.S."), "\(surface)")
        }
        let sentences = scan.words.map { scan.sentence(of: $0) }
        #expect(sentences == [0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3].map { Int32($0) })
    }

    /// The sentence of a block, by search and by a walk in order, with sentences whose first
    /// blocks are far apart.
    @Test func blockSentencesBySearchAndByWalk() {
        var sentences = BlockSentences()
        for first: Int32 in [1, 2, 7, 8, 30] { sentences.openSentence(atBlock: first) }
        let expected: [Int32] = [-1, 0, 1, 1, 1, 1, 1, 2, 3] + Array(repeating: 3, count: 21) + [4, 4]
        var cursor = BlockSentences.Cursor(sentences)
        for block in expected.indices {
            #expect(sentences.sentence(ofBlock: Int32(block)) == expected[block], "block \(block)")
            #expect(cursor.sentence(ofBlock: Int32(block)) == expected[block], "block \(block)")
        }
    }
}
