extension RandomAccessCollection {
    /// The index of the first element for which `belongsInSecondPart` is true, in a collection
    /// where every such element comes after every other (a binary search; `endIndex` when none).
    /// The one binary search of the model and the browser: in a sorted array, the first element
    /// at least `x` is `partitioningIndex { $0 >= x }`, the first greater than `x`
    /// `partitioningIndex { $0 > x }`.
    @inlinable
    public func partitioningIndex(where belongsInSecondPart: (Element) throws -> Bool) rethrows -> Index {
        var low = startIndex
        var count = self.count
        while count > 0 {
            let half = count / 2
            let middle = index(low, offsetBy: half)
            if try belongsInSecondPart(self[middle]) {
                count = half
            } else {
                low = index(after: middle)
                count -= half + 1
            }
        }
        return low
    }
}
