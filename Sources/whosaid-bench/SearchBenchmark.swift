/// Benchmark placeholder, replaced by its owner.
func runSearchBenchmark() { print("Search benchmark: not written yet") }
