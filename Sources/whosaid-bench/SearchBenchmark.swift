import Foundation
import WhosaidModel

/// Search benchmark: per-keystroke filter updates on a synthetic index of 10,000 statements and
/// 1,000 actors (speaker filter, topic filter, statement-text search), and topic extraction on
/// the seed article. Run with `swift run -c release whosaid-bench search`.
func runSearchBenchmark() {
    let analysis = SyntheticAnalysis.make(statements: 10_000, actors: 1_000)
    let clock = ContinuousClock()
    var index: SearchIndex?
    let build = clock.measure { index = SearchIndex(analysis) }
    guard let index else { return }
    print("Search benchmark: \(analysis.statements.count) statements, \(analysis.actors.count) actors")
    print(String(format: "  index build: %.1f ms (once per analysis)", build.milliseconds))

    func typed(_ label: String, _ queries: [String], _ update: (String) -> Int) {
        var times: [Double] = []
        var lastCount = 0
        for query in queries {
            for length in 1...query.count {
                let prefix = String(query.prefix(length))
                var count = 0
                times.append(clock.measure { count = update(prefix) }.milliseconds)
                lastCount = count
            }
        }
        let mean = times.reduce(0, +) / Double(times.count)
        print(String(format: "  %@: %d keystrokes, mean %.3f ms, max %.3f ms (last query: %d hits)",
                     label, times.count, mean, times.max() ?? 0, lastCount))
    }
    let speakerQueries = ["richey allen", "state dep", "delury", "yonsei", "professor seoul"]
    typed("speaker filter", speakerQueries) { StatementFilter(speakers: [$0]).statementIDs(in: index).count }
    typed("actor list", speakerQueries) { index.actorIDs(matching: SearchQuery($0)).count }
    typed("topic filter", ["official negotiations", "nuclear program", "track 2"]) {
        StatementFilter(topics: [$0]).statementIDs(in: index).count
    }
    typed("speaker + topic", ["sanctions"]) {
        StatementFilter(speakers: ["state"], topics: [$0]).statementIDs(in: index).count
    }
    typed("statement text search", ["missile tests", "denucl", "the"]) {
        index.statementIDs(matchingText: SearchQuery($0)).count
    }
    let bySpeaker = clock.measure { _ = StatementFilter(speakers: ["delury"]).apply(to: analysis) }
    let byTopic = clock.measure { _ = StatementFilter(topics: ["sanctions"]).apply(to: analysis) }
    print(String(format: "  apply(to: Analysis), no prebuilt index (as the CLI does): speaker %.1f ms, topic %.1f ms",
                 bySpeaker.milliseconds, byTopic.milliseconds))

    let seed = Engine().analyze(DocumentLoader.seed())
    let runs = 20
    let topics = clock.measure { for _ in 0..<runs { _ = TopicExtractor.topics(for: seed) } }
    print(String(format: "  topic extraction on the seed: %.2f ms per run (%d runs, %d topics)",
                 topics.milliseconds / Double(runs), runs, seed.topics.count))
}

extension Duration {
    fileprivate var milliseconds: Double {
        Double(components.seconds) * 1000 + Double(components.attoseconds) / 1e15
    }
}

/// A reproducible made-up analysis of any size.
private enum SyntheticAnalysis {
    static let firstNames = ["John", "Anna", "Leon", "Evans", "Maria", "Tom", "Chloé", "Jürgen", "Min-jun", "Aisha",
                             "Pedro", "Ingrid", "Kenji", "Fatima", "Olga", "Samuel"]
    static let lastNames = ["Delury", "Richey-Allen", "Sigal", "Revere", "Lopez", "Reed", "Dubois", "Müller", "Kim",
                            "Okafor", "Silva", "Larsen", "Tanaka", "Haddad", "Ivanova", "O’Brien"]
    static let roles = ["a professor at Yonsei University in Seoul", "a former State Department official",
                        "the spokesperson for the ministry", "an analyst at a think tank", "a council member",
                        "a senior diplomat", "the mayor", "a retired general"]
    static let words = """
        the talks official negotiations nuclear program sanctions government minister said would could \
        missile tests denuclearization track 2 meetings with of and to in a for on is that economy trade \
        security council vote budget plan agreement deal summit policy reform election campaign court
        """.split(separator: " ").map(String.init)

    static func make(statements: Int, actors: Int) -> Analysis {
        var rng = SplitMix(seed: 42)
        let actorList = (0..<actors).map { id in
            let first = firstNames[rng.next(firstNames.count)]
            let last = lastNames[rng.next(lastNames.count)]
            return Actor(id: id, name: "\(first) \(last) \(id)", aliases: [last, "Mr. \(last)"],
                         roles: [roles[rng.next(roles.count)]], kind: .person)
        }
        var list: [Statement] = []
        var actorStatements = [[Int]](repeating: [], count: actors)
        for id in 0..<statements {
            let length = 15 + rng.next(30)
            let text = (0..<length).map { _ in words[rng.next(words.count)] }.joined(separator: " ")
            let actor = rng.next(actors)
            actorStatements[actor].append(id)
            list.append(Statement(id: id, span: TextSpan(start: 0, end: 0), text: text, kind: .indirect,
                                  actorID: actor, paragraph: id, rule: .reportedSpeech, confidence: 0.8))
        }
        let withStatements = actorList.map { a -> Actor in
            var a = a
            a.statementIDs = actorStatements[a.id]
            return a
        }
        let topics = ["official negotiations", "nuclear program", "sanctions"].enumerated().map {
            Topic(id: $0.offset, phrase: $0.element, score: 1)
        }
        return Analysis(document: Document(name: "synthetic", text: ""), statements: list,
                        actors: withStatements, topics: topics)
    }
}

/// SplitMix64: a tiny deterministic generator, so every run measures the same data.
private struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }
}
