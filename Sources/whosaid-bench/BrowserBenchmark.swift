import Foundation
import WhosaidBrowser
import WhosaidModel

/// Browser speed: time to the first rendered screen for the seed (load + analyse + lay out +
/// render), and per-key reduce + render time on synthetic analyses of 1,000 and 10,000 statements.
func runBrowserBenchmark() {
    benchmarkFirstScreen()
    benchmarkKeys(statements: 1_000)
    benchmarkKeys(statements: 10_000)
}

private func milliseconds(since start: UInt64) -> Double {
    Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
}

/// Load, analyse and render the seed at 100x30, ten times; report the median and the worst.
private func benchmarkFirstScreen() {
    var times: [Double] = []
    var lines = 0
    for _ in 0..<10 {
        let start = DispatchTime.now().uptimeNanoseconds
        let document = DocumentLoader.seed()
        let analysis = Engine().analyze(document)
        let screen = render(State(analysis: analysis, size: Size(width: 100, height: 30)))
        times.append(milliseconds(since: start))
        lines = screen.lines.count
    }
    times.sort()
    print(String(format: "browser: first screen of the seed (load+analyze+render, 100x30, %d rows): median %.2f ms, worst %.2f ms (target < 100 ms)",
                 lines, times[times.count / 2], times.last!))
}

/// An article of `count` paragraphs, each with one quote, spoken by 50 actors, with 20 topics.
private func syntheticAnalysis(statements count: Int) -> Analysis {
    var text = "Synthetic Article for the Browser Benchmark\n"
    var spans: [TextSpan] = []
    var offset = text.unicodeScalars.count
    for i in 0..<count {
        let lead = "Paragraph \(i) opens with some context about the harbour, the budget and the vote. "
        let quote = "“Statement number \(i) is about topic \(i % 20) and it goes on for a while to wrap,”"
        let tail = " said Speaker \(i % 50), a member of committee \(i % 7).\n"
        let start = offset + lead.unicodeScalars.count
        spans.append(TextSpan(start: start, end: start + quote.unicodeScalars.count))
        text += lead + quote + tail
        offset += (lead + quote + tail).unicodeScalars.count
    }
    let document = Document(name: "synthetic.txt", text: text)
    let statements = spans.enumerated().map { i, span in
        Statement(
            id: i, span: span, text: document.text(in: span), kind: i % 3 == 0 ? .indirect : .direct, cue: "said",
            actorID: i % 50, paragraph: i + 1, rule: .trailingCue, confidence: 0.9, topicIDs: [i % 20])
    }
    let actors = (0..<50).map { a in
        Actor(
            id: a, name: "Speaker \(a)", aliases: ["S\(a)"], roles: ["a member of committee \(a % 7)"], kind: .person,
            mentions: [], statementIDs: Array(stride(from: a, to: count, by: 50)))
    }
    let topics = (0..<20).map { t in
        Topic(id: t, phrase: "topic \(t)", score: Double(20 - t), statementIDs: Array(stride(from: t, to: count, by: 20)))
    }
    return Analysis(document: document, statements: statements, actors: actors, topics: topics)
}

/// Reduce + render per key at 120x40 over a mix of keys in every pane; mean, 99th percentile, worst.
private func benchmarkKeys(statements count: Int) {
    let setupStart = DispatchTime.now().uptimeNanoseconds
    var state = State(analysis: syntheticAnalysis(statements: count), size: Size(width: 120, height: 40))
    let setup = milliseconds(since: setupStart)
    var script: [Action] = []
    script += [.focus(.statements)] + Array(repeating: .moveDown, count: 200) + [.pageDown, .pageDown, .moveLast, .moveFirst]
    script += [.focus(.list), .moveDown, .moveDown, .startSearch] + "speaker 4".map(Action.insert) + [.open, .back]
    script += [.toggleTopics, .moveDown, .moveDown, .toggleTopics, .clearFilters]
    script += [.focus(.statements), .startSearch] + "number 99".map(Action.insert) + [.open, .nextMatch, .nextMatch]
    script += [.focus(.source)] + Array(repeating: .pageDown, count: 20) + [.moveLast]
    script += [.focus(.statements), .toggleMark, .markAllListed, .clearMarks, .toggleHelp, .toggleHelp]
    script += [.resize(Size(width: 80, height: 24)), .resize(Size(width: 120, height: 40))]
    var times: [Double] = []
    for action in script {
        let start = DispatchTime.now().uptimeNanoseconds
        state = reduce(state, action)
        _ = render(state)
        times.append(milliseconds(since: start))
    }
    let sorted = times.sorted()
    let mean = times.reduce(0, +) / Double(times.count)
    let p99 = sorted[min(sorted.count - 1, sorted.count * 99 / 100)]
    let worstIndex = times.firstIndex(of: sorted.last!)!
    print(String(format: "browser: %d statements: setup %.1f ms; %d keys, reduce+render per key mean %.2f ms, p99 %.2f ms, worst %.2f ms (%@) (target < 16 ms)",
                 count, setup, times.count, mean, p99, sorted.last!, "\(script[worstIndex])"))
}
