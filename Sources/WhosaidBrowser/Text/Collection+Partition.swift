extension RandomAccessCollection {
    /// The index of the first element for which `belongsInSecondPart` is true, in a collection
    /// where every such element comes after every other (a binary search; `endIndex` when none).
    func partitioningIndex(where belongsInSecondPart: (Element) -> Bool) -> Index {
        var low = startIndex
        var count = self.count
        while count > 0 {
            let half = count / 2
            let middle = index(low, offsetBy: half)
            if belongsInSecondPart(self[middle]) {
                count = half
            } else {
                low = index(after: middle)
                count -= half + 1
            }
        }
        return low
    }
}
