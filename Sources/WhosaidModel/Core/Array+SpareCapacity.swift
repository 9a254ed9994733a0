extension Array {
    /// Least room an array grown by appending must leave unused, in bytes, for
    /// ``trimmingSpareCapacity()`` to move it into a buffer of its count: an article's arrays
    /// are never copied, a large document's longest-lived ones are (a doubling leaves up to half
    /// its buffer unused, issue 12).
    static var minTrimmedSpareBytes: Int { 1 << 20 }

    /// This array in a buffer of about its count, when its unused capacity is at least
    /// ``minTrimmedSpareBytes``; else this array as it is. For an array that is built once and
    /// then kept through a large document's memory peak without growing again.
    func trimmingSpareCapacity() -> [Element] {
        guard (capacity - count) * MemoryLayout<Element>.stride >= Self.minTrimmedSpareBytes else { return self }
        var exact: [Element] = []
        exact.reserveCapacity(count)
        exact.append(contentsOf: self)
        return exact
    }
}
