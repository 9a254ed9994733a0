// Release-mode benchmarks: `swift run -c release whosaid-bench [engine|tagger|browser|search|pathological|corpus [N] [--db PATH]|corpus-browse DB|all]`.
let which = CommandLine.arguments.dropFirst().first ?? "all"
switch which {
case "engine": runEngineBenchmark()
case "browser": runBrowserBenchmark()
case "search": runSearchBenchmark()
case "tagger": runTaggerBenchmark()
case "pathological": runPathologicalBenchmark(Array(CommandLine.arguments.dropFirst(2)))
case "corpus": runCorpusBenchmark(Array(CommandLine.arguments.dropFirst(2)))
case "corpus-browse": runCorpusBrowseBenchmark(Array(CommandLine.arguments.dropFirst(2)))
case "all":
    runTaggerBenchmark()
    runEngineBenchmark()
    runBrowserBenchmark()
    runSearchBenchmark()
default:
    print("usage: whosaid-bench [engine|tagger|browser|search|pathological|corpus [N] [--db PATH]|corpus-browse DB|all]")
}
