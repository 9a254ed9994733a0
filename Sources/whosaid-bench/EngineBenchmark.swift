import Foundation
import WhosaidModel

/// Engine throughput on the seed article repeated to at least 5 MB, analysed as one document,
/// plus peak memory (max RSS) of the process.
func runEngineBenchmark() {
    let seed = SeedArticle.text
    let targetBytes = 5 * 1024 * 1024
    let copies = targetBytes / seed.utf8.count + 1
    let text = Array(repeating: seed, count: copies).joined(separator: "\n")
    let megabytes = Double(text.utf8.count) / 1_048_576
    let engine = Engine()
    // Warm up on one copy, then time the whole input.
    _ = engine.analyze(text: seed)
    let document = Document(name: "bench", text: text)
    let words = document.wordCount
    // CPU time of this (single-threaded) process, so that other work on the machine does not
    // count against the engine.
    let start = cpuSeconds()
    let analysis = engine.analyze(Document(name: "bench", text: text))
    let seconds = cpuSeconds() - start
    print(String(format: "engine: %.1f MB (%d words, seed x%d) in %.3f s of CPU: %.1f MB/s, %.0f words/s; %d statements, %d actors; peak RSS %.0f MB",
                 megabytes, words, copies, seconds, megabytes / seconds, Double(words) / seconds,
                 analysis.statements.count, analysis.actors.count, peakResidentMegabytes()))
}

/// CPU time used by this process so far, in seconds.
func cpuSeconds() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}

/// Peak resident set size of this process in MB (Linux `VmHWM`).
func peakResidentMegabytes() -> Double { processStatusMegabytes("VmHWM:") }

/// The resident set size of this process now, in MB (Linux `VmRSS`).
func residentMegabytes() -> Double { processStatusMegabytes("VmRSS:") }

/// A size in kB from `/proc/self/status` (the line starting with `field`), in MB.
func processStatusMegabytes(_ field: String) -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
    for line in status.split(separator: "\n") where line.hasPrefix(field) {
        let kb = line.split(separator: " ").compactMap { Double($0) }.first ?? 0
        return kb / 1024
    }
    return 0
}
