/// Token positions worked out on first use and kept, for a value type that reads them from
/// methods that do not mutate it (``PersonNameIndex``'s surname echo subjects).
final class LazyPositions {
    private var found: [Int32]?

    /// The positions, from `find()` on the first call.
    func positions(_ find: () -> [Int32]) -> [Int32] {
        if let found { return found }
        let positions = find()
        found = positions
        return positions
    }
}
