/// Benchmark placeholder, replaced by its owner.
func runEngineBenchmark() { print("Engine benchmark: not written yet") }
