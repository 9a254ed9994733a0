import Foundation
import PathologicalInputs
import WhosaidBrowser
import WhosaidCorpus
import WhosaidModel

/// Corpus benchmark: indexes N articles of ``SyntheticNews`` (default 10,000) into a fresh
/// database, printing time, resident memory and database size at each tenth (is the growth
/// linear?), then runs it again with nothing changed and with 1% changed, then times the
/// corpus browser on the result (``runCorpusBrowseBenchmark(_:)``).
///
/// `swift run -c release whosaid-bench corpus [N] [--db PATH]`: with `--db` the database is
/// kept there (and browsed again by `whosaid-bench corpus-browse PATH`). Run it under
/// `taskset -c 0` for the one-core figure.
func runCorpusBenchmark(_ arguments: [String]) {
    let count = arguments.first.flatMap(Int.init) ?? 10_000
    let kept = arguments.firstIndex(of: "--db").flatMap { arguments.indices.contains($0 + 1) ? arguments[$0 + 1] : nil }
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("whosaid-bench-corpus-\(getpid())")
    try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let input = dir.appendingPathComponent("articles.jsonl").path
    let db = kept ?? dir.appendingPathComponent("corpus.db").path
    if kept != nil { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: db + suffix) } }
    let news = SyntheticNews(articles: count)
    /// Writes the articles a line at a time (the input is never held in memory, so the memory
    /// printed is the indexer's); with `changedEvery`, one article in that many gets another
    /// first word in its text.
    func writeInput(changedEvery: Int?) {
        _ = FileManager.default.createFile(atPath: input, contents: nil)
        let out = FileHandle(forWritingAtPath: input)!
        defer { try? out.close() }
        var buffer = Data()
        for i in 0..<count {
            var article = news.article(i)
            if let every = changedEvery, i % every == 0 { article.text = "UPDATED " + article.text }
            let object = ["id": article.id, "title": article.title, "date": article.date, "publisher": article.publisher, "text": article.text]
            buffer += try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
            buffer.append(0x0A)
            if buffer.count > 1 << 20 {
                out.write(buffer)
                buffer.removeAll(keepingCapacity: true)
            }
        }
        out.write(buffer)
    }
    func run(_ label: String, checkpoints: Bool) {
        let clock = ContinuousClock()
        var progress = Indexer.Progress()
        var next = count / 10
        var last = (done: 0, seconds: 0.0, cpu: cpuSeconds())
        let startCPU = cpuSeconds()
        let time = clock.measure {
            let corpus = try! Corpus.openForWriting(path: db)
            var indexer = Indexer(corpus: corpus, analysedBy: "whosaid-bench")
            if checkpoints {
                indexer.onProgress = { p in
                    guard p.done >= next, next > 0 else { return }
                    let cpu = cpuSeconds()
                    print(String(format: "    %7d articles  %6.1f s  this tenth %5.0f articles/s (%.0f/s per CPU second)  RSS %4.0f MB  database %5.0f MB",
                                 p.done, p.seconds, Double(p.done - last.done) / (p.seconds - last.seconds),
                                 Double(p.done - last.done) / (cpu - last.cpu), residentMegabytes(), fileMegabytes(db)))
                    last = (p.done, p.seconds, cpu)
                    next += count / 10
                }
            }
            progress = try! indexer.run(paths: [input])
        }
        let seconds = time.seconds
        let stored = progress.added + progress.replaced
        print(String(format: "  %@: %.2f s (%.1f s CPU), %d stored (%.0f articles/s), %d unchanged, %d statements, %d people; peak RSS %.0f MB",
                     label, seconds, cpuSeconds() - startCPU, stored, Double(stored) / seconds, progress.unchanged, progress.statements,
                     progress.people, peakResidentMegabytes()))
    }
    writeInput(changedEvery: nil)
    print("Corpus benchmark: \(count) synthetic articles (\(news.people) people in the pool), \(ProcessInfo.processInfo.activeProcessorCount) cores")
    run("first run", checkpoints: true)
    run("nothing changed", checkpoints: false)
    writeInput(changedEvery: 100)
    run("1% changed", checkpoints: false)
    print(String(format: "  database %.1f MB", fileMegabytes(db)))
    runCorpusBrowseBenchmark([db])
}

/// The corpus browser on a database (`whosaid-bench corpus-browse DB`): the first screen (open +
/// first pages + render), a people search and a full-text search typed a key at a time, `G` to
/// the last row of each list, and the command line's ranked full-text query. Each time is reduce
/// + render, as the terminal would draw it, at 120×40.
func runCorpusBrowseBenchmark(_ arguments: [String]) {
    guard let db = arguments.first else { return print("usage: whosaid-bench corpus-browse DB") }
    // A corpus of an older schema is brought up to date first, people and topics too (as
    // `whosaid index` would).
    let size = Size(width: 120, height: 40)
    let clock = ContinuousClock()
    do {
        let writable = try Corpus.openForWriting(path: db)
        if try writable.peopleAreStale() {
            let time = clock.measure { _ = try? writable.updatePeople() }
            print(String(format: "  people and topics pass (the schema changed): %.1f s", time.seconds))
        }
    } catch { return print("\(error)") }
    var opens: [Double] = []
    var openCPU: [Double] = []
    var state: CorpusState!
    for _ in 0..<5 {
        let before = threadCPUSeconds()
        defer { openCPU.append((threadCPUSeconds() - before) * 1000) }
        opens.append(clock.measure {
            let corpus = try! Corpus.openForReading(path: db)
            state = reduce(CorpusState(source: CorpusBrowserSource(corpus: corpus), name: "corpus.db", size: size), .resize(size))
            _ = render(state)
        }.milliseconds)
    }
    print(String(format: "  browser first screen (open, first pages, render): first %.1f ms, median of 5 %.1f ms (CPU: first %.1f, median %.1f; target < 300 ms); %d articles, %d people, %d statements",
                 opens[0], opens.sorted()[2], openCPU[0], openCPU.sorted()[2], state.articleRowCount - 1, state.personRowCount - 1, state.statementCount))

    /// Times each action from `start`; returns the state after them.
    @discardableResult
    func keys(_ label: String, _ actions: [Action], from start: CorpusState, target: Double) -> CorpusState {
        var s = start
        var times: [Double] = []
        var cpu: [Double] = []
        for action in actions {
            let before = threadCPUSeconds()
            times.append(clock.measure {
                s = reduce(s, action)
                _ = render(s)
            }.milliseconds)
            cpu.append((threadCPUSeconds() - before) * 1000)
        }
        let typed = actions.compactMap { if case .insert(let c) = $0 { c } else { nil } }
        let worst = times.indices.max { times[$0] < times[$1] } ?? 0
        print(String(format: "  %@%@: per key mean %.1f ms, worst %.1f ms at key %d (CPU: mean %.1f, worst %.1f; target < %.0f ms); %d listed",
                     label, typed.isEmpty ? "" : " “\(String(typed))”", times.reduce(0, +) / Double(times.count), times.max() ?? 0, worst + 1,
                     cpu.reduce(0, +) / Double(cpu.count), cpu.max() ?? 0, target, s.statementCount))
        return s
    }
    func typing(_ text: String) -> [Action] { text.map { Action.insert($0) } }

    let person = SyntheticNews.person(101)
    let people = reduce(reduce(state, .focusCorpus(.people)), .startSearch)
    keys("people search", typing(person.surname.lowercased()), from: people, target: 16)
    keys("people search", typing("\(person.given) \(person.surname)"), from: people, target: 16)
    let text = reduce(reduce(state, .focusCorpus(.statements)), .startSearch)
    keys("full-text search", typing("fish market"), from: text, target: 50)
    keys("full-text search", typing("harbour budget"), from: text, target: 50)
    let rare = SyntheticNews.lexicon[900]
    keys("full-text search", typing(rare), from: text, target: 50)
    keys("t, then j, j, G in the topics pane", [.toggleTopics, .moveDown, .moveDown, .moveLast], from: state, target: 16)
    for pane in [CorpusPane.articles, .people, .statements] {
        let focused = reduce(state, .focusCorpus(pane))
        keys("G, g and G again in the \(pane) pane", [.moveLast, .moveFirst, .moveLast, .moveUp, .pageUp], from: focused, target: 16)
    }
    let corpus = try! Corpus.openForReading(path: db)
    for query in ["fish market", "harbour", rare] {
        var hits = 0
        let time = clock.measure { hits = try! corpus.searchStatements(query, limit: 50).count }
        print(String(format: "  whosaid search “%@” (ranked, 50 hits): %.1f ms (%d hits)", query, time.milliseconds, hits))
    }
}

/// CPU time of the calling thread so far, in seconds (a busy machine stretches wall time, much
/// less this).
func threadCPUSeconds() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}

/// The size of a database with its write-ahead log, in MB.
func fileMegabytes(_ path: String) -> Double {
    let sizes = ["", "-wal"].map { (try? FileManager.default.attributesOfItem(atPath: path + $0)[.size] as? Int) ?? 0 }
    return Double(sizes.reduce(0, +)) / 1_048_576
}

extension Duration {
    fileprivate var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
    fileprivate var milliseconds: Double { seconds * 1000 }
}
