import Foundation
import Testing
@testable import WhosaidModel
@testable import WhosaidSyntax

/// The shipped model, measured: a broken or retrained-for-the-worse model cannot land.
@Suite struct TaggerAccuracyTests {
    static let treebank = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared/treebanks/en_ewt")

    /// Share of gold UPOS tags the embedded tagger gets right on the first `limit` sentences of EWT dev.
    static func devAccuracy(limit: Int) throws -> Double {
        let text = try String(contentsOf: treebank.appendingPathComponent("en_ewt-ud-dev.conllu"), encoding: .utf8)
        let tagger = PartOfSpeechTagger.embedded
        var right = 0, total = 0
        for sentence in CoNLLU.sentences(in: text).prefix(limit) {
            let tags = tagger.tag(forms: sentence.map(\.form))
            for (word, tag) in zip(sentence, tags) {
                total += 1
                if word.tag == tag { right += 1 }
            }
        }
        return Double(right) / Double(max(total, 1))
    }

    @Test func shippedModelTagsEWTDevAtLeastAsWellAsMeasured() throws {
        // whosaid-train measured 95.27% on all of dev; the first 1,000 sentences are easier.
        let accuracy = try Self.devAccuracy(limit: 1_000)
        #expect(accuracy >= 0.95, "UPOS accuracy on EWT dev slice: \(accuracy)")
    }

    @Test func embeddedModelIsTheCheckedInFile() throws {
        let file = Self.treebank.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("main/Sources/CWhosaidTaggerModel/tagger.model")
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/CWhosaidTaggerModel/tagger.model")
        let bytes = try Data(contentsOf: FileManager.default.fileExists(atPath: path.path) ? path : file)
        let model = try bytes.withUnsafeBytes { raw throws(TaggerModelError) in try TaggerModel(bytes: raw) }
        #expect(model.featureCount == PartOfSpeechTagger.embedded.model.featureCount)
        #expect(model.lexiconCount == PartOfSpeechTagger.embedded.model.lexiconCount)
    }
}
