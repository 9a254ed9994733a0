import Foundation
import WhosaidSyntax

/// `whosaid-train tagger TREEBANK_DIR [--out PATH] [--iterations N] [--prune SHARE]
/// [--min-lexicon-count N] [--sure-share SHARE]`: trains the part-of-speech
/// tagger on UD English EWT's train split, reports accuracy on its dev split, and writes the model
/// that `Sources/CWhosaidTaggerModel` embeds in the binary. Same input, same model, byte for byte.
func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("whosaid-train: \(message)\n".utf8))
    exit(2)
}

var args = Array(CommandLine.arguments.dropFirst())
guard args.first == "tagger", args.count >= 2 else {
    fail("usage: whosaid-train tagger TREEBANK_DIR [--out PATH] [--iterations N] [--prune SHARE] [--min-lexicon-count N] [--sure-share SHARE]")
}
let dir = URL(fileURLWithPath: args[1])
var out = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("CWhosaidTaggerModel/tagger.model")
var options = PerceptronTrainer.Options()
var k = 2
while k < args.count {
    switch args[k] {
    case "--out" where k + 1 < args.count: out = URL(fileURLWithPath: args[k + 1]); k += 2
    case "--iterations" where k + 1 < args.count:
        guard let n = Int(args[k + 1]), n > 0 else { fail("--iterations takes a positive number") }
        options.iterations = n; k += 2
    case "--prune" where k + 1 < args.count:
        guard let x = Double(args[k + 1]), x >= 0 else { fail("--prune takes a share, such as 0.002") }
        options.pruneShare = x; k += 2
    case "--min-lexicon-count" where k + 1 < args.count:
        guard let n = Int(args[k + 1]), n > 0 else { fail("--min-lexicon-count takes a positive number") }
        options.minLexiconCount = n; k += 2
    case "--sure-share" where k + 1 < args.count:
        guard let x = Double(args[k + 1]), x > 0, x <= 1 else { fail("--sure-share takes a share, such as 0.97") }
        options.sureMinShare = x; k += 2
    default: fail("unknown argument \(args[k])")
    }
}

func read(_ split: String) -> [[CoNLLU.Word]] {
    let url = dir.appendingPathComponent("en_ewt-ud-\(split).conllu")
    guard let text = try? String(contentsOf: url, encoding: .utf8) else { fail("cannot read \(url.path)") }
    return CoNLLU.sentences(in: text)
}

let train = CoNLLU.trainingSentences(read("train"))
let dev = read("dev")
let started = Date()
let (model, bytes) = PerceptronTrainer(options: options).train(train) { name, pass, accuracy in
    print("\(name) pass, iteration \(pass): \(String(format: "%.2f", accuracy * 100))% of training words right")
}
let tagger = PartOfSpeechTagger(model: model)
var right = 0, total = 0
for sentence in dev {
    let tags = tagger.tag(forms: sentence.map(\.form))
    for (w, t) in zip(sentence, tags) { total += 1; if w.tag == t { right += 1 } }
}
print(String(format: "dev UPOS accuracy %.2f%% (%d words); %d features, %d lexicon forms; %.1f s",
             Double(right) * 100 / Double(total), total, model.featureCount, model.lexiconCount, Date().timeIntervalSince(started)))

do {
    try Data(bytes).write(to: out, options: .atomic)
    print("wrote \(out.path) (\(bytes.count) bytes)")
} catch {
    fail("cannot write \(out.path): \(error.localizedDescription)")
}

