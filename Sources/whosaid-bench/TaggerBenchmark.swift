import Foundation
import WhosaidModel
import WhosaidSyntax

/// Tagger throughput: the embedded tagger on the sentences of UD EWT train (gold tokens, each
/// distinct form read once as the engine does), in CPU time of one core.
func runTaggerBenchmark() {
    let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared/treebanks/en_ewt/en_ewt-ud-train.conllu")
    guard let text = try? String(contentsOf: path, encoding: .utf8) else {
        print("tagger: cannot read \(path.path); the benchmark needs ../shared/treebanks/en_ewt beside the project")
        return
    }
    let tagger = PartOfSpeechTagger.embedded
    let sentences = CoNLLU.sentences(in: text).map { $0.map(\.form) }
    let tokens = sentences.reduce(0) { $0 + $1.count }
    let rounds = 5
    var start = cpuSeconds()
    var cache: [String: ScoredWord] = [:]
    var read: [[ScoredWord]] = []
    for s in sentences {
        read.append(s.map { form in
            if let w = cache[form] { return w }
            let w = tagger.word(form)
            cache[form] = w
            return w
        })
    }
    let readSeconds = cpuSeconds() - start
    start = cpuSeconds()
    var checksum = 0
    for _ in 0..<rounds {
        for words in read { checksum &+= Int(tagger.tag(words).last?.rawValue ?? 0) }
    }
    let seconds = cpuSeconds() - start
    print(String(format: "tagger: %d tokens x%d in %.3f s of CPU: %.2f M tokens/s (reading %d distinct forms: %.3f s) [%d]",
                 tokens, rounds, seconds, Double(tokens * rounds) / seconds / 1e6, cache.count, readSeconds, checksum & 1))
}
