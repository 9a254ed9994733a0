/// Benchmark placeholder, replaced by its owner.
func runBrowserBenchmark() { print("Browser benchmark: not written yet") }
