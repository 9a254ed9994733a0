extension Array where Element: Comparable {
    /// Sorts the elements ascending and keeps each value once: what `Set(self).sorted()` gives
    /// when `<` and `==` agree (as for integers and ``TextSpan``), without a set built, hashed
    /// and released, nor another array made.
    mutating func sortDistinct() {
        sort()
        guard count > 1 else { return }
        var kept = 1
        for i in 1..<count where self[i] != self[kept - 1] {
            self[kept] = self[i]
            kept += 1
        }
        removeLast(count - kept)
    }

    /// The elements ascending, each once (``sortDistinct()``).
    func sortedDistinct() -> [Element] {
        var copy = self
        copy.sortDistinct()
        return copy
    }
}
