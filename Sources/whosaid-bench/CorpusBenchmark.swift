import Foundation
import PathologicalInputs
import WhosaidCorpus

/// Invented news articles for corpus benchmarks: a few hundred people (given names × surnames,
/// some sharing a surname) quoted directly and in reported speech, with titles, roles and
/// dates. The same seed always gives the same articles.
struct SyntheticArticles {
    static let given = ["Ingrid", "Tomas", "Anna", "Kwame", "Lucia", "Oskar", "Mira", "Dale", "Ruth", "Harold",
                        "Selin", "Pavel", "Amara", "Jonas", "Noor", "Elena", "Femi", "Greta", "Idris", "Yuki"]
    static let surnames = ["Halvorsen", "Brekke", "Osei", "Lindqvist", "Carver", "Pike", "Moreau", "Okafor",
                           "Sato", "Varga", "Castell", "Dunmore", "Eriksen", "Quayle", "Tamsin", "Rourke"]
    static let roles = ["the mayor", "a councillor", "the harbour master", "an engineer at the port authority",
                        "a spokeswoman for the ferry company", "the transport minister", "a local shop owner"]
    static let subjects = ["the bridge", "ferry fares", "the fish market", "the new crane", "the winter schedule",
                           "the harbour budget", "the storm repairs", "the cargo terminal"]
    static let verbs = ["would cost more than planned", "was finished on time", "needed another review",
                        "had the support of the council", "would open in the spring", "was a mistake"]

    var random: SplitMix64

    init(seed: UInt64) { random = SplitMix64(state: seed) }

    mutating func pick(_ words: [String]) -> String { words.randomElement(using: &random)! }

    /// One article as a JSONL line `{"id", "title", "date", "text"}`.
    mutating func jsonl(number: Int) -> String {
        let subject = pick(Self.subjects)
        let title = "Harbour Report: \(subject.prefix(1).uppercased() + subject.dropFirst()) (\(number))"
        var paragraphs = [title, "The harbour commission met on Tuesday to discuss \(subject)."]
        for _ in 0..<Int.random(in: 2...5, using: &random) {
            let name = "\(pick(Self.given)) \(pick(Self.surnames))"
            let surname = name.split(separator: " ").last!
            paragraphs.append("“\(subject.prefix(1).uppercased() + subject.dropFirst()) \(pick(Self.verbs)),” said \(name), \(pick(Self.roles)).")
            paragraphs.append("\(surname) said that \(pick(Self.subjects)) \(pick(Self.verbs)) and that item \(number) was next.")
        }
        let date = String(format: "20%02d-%02d-%02d", 20 + number % 5, 1 + number % 12, 1 + number % 28)
        let object = ["id": "synthetic-\(number)", "title": title, "date": date, "text": paragraphs.joined(separator: "\n\n")]
        let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }
}

/// Corpus benchmark: indexes N synthetic articles (default 10,000) into a fresh database, then
/// again with nothing changed, then with 1% changed, and times a full-text query and a people
/// listing. `swift run -c release whosaid-bench corpus [N]`.
func runCorpusBenchmark(_ arguments: [String]) {
    let count = arguments.first.flatMap(Int.init) ?? 10_000
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("whosaid-bench-corpus-\(getpid())")
    try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let input = dir.appendingPathComponent("articles.jsonl").path
    let db = dir.appendingPathComponent("corpus.db").path
    /// Writes the articles a line at a time (the input is never held in memory, so the peak
    /// RSS printed is the indexer's); with `changedEvery`, one article in that many gets
    /// another first word in its title and text.
    func writeInput(changedEvery: Int?) {
        _ = FileManager.default.createFile(atPath: input, contents: nil)
        let out = FileHandle(forWritingAtPath: input)!
        defer { try? out.close() }
        var generator = SyntheticArticles(seed: 13)
        for i in 0..<count {
            var line = generator.jsonl(number: i)
            if let every = changedEvery, i % every == 0 {
                line = line.replacingOccurrences(of: "Harbour Report:", with: "Harbour Update:")
            }
            out.write(Data((line + "\n").utf8))
        }
    }
    func run(_ label: String) {
        let clock = ContinuousClock()
        var progress = Indexer.Progress()
        let time = clock.measure {
            let corpus = try! Corpus.openForWriting(path: db)
            progress = try! Indexer(corpus: corpus, analysedBy: "whosaid-bench").run(paths: [input])
        }
        let seconds = time.seconds
        let stored = progress.added + progress.replaced
        print(String(format: "  %@: %.2f s, %d stored (%.0f articles/s), %d unchanged, %d statements, %d people; peak RSS %.0f MB",
                     label, seconds, stored, Double(stored) / seconds, progress.unchanged, progress.statements,
                     progress.people, peakResidentMegabytes()))
    }
    writeInput(changedEvery: nil)
    print("Corpus benchmark: \(count) synthetic articles, \(ProcessInfo.processInfo.activeProcessorCount) cores")
    run("first run")
    run("nothing changed")
    writeInput(changedEvery: 100)
    run("1% changed")
    let corpus = try! Corpus.openForReading(path: db)
    let clock = ContinuousClock()
    var hits = 0
    let search = clock.measure { hits = try! corpus.searchStatements("fish market review", limit: 50).count }
    var people = 0
    let listing = clock.measure { people = try! corpus.people(name: "Brekke", limit: 100).count }
    let size = (try? FileManager.default.attributesOfItem(atPath: db)[.size] as? Int) ?? 0
    print(String(format: "  full-text query: %.1f ms (%d hits); people named Brekke: %.1f ms (%d); database %.1f MB",
                 search.milliseconds, hits, listing.milliseconds, people, Double(size) / 1_048_576))
}

extension Duration {
    fileprivate var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
    fileprivate var milliseconds: Double { seconds * 1000 }
}
