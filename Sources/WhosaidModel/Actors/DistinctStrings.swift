/// Strings each kept once, in the order first added: looked up by a scan while they are few and
/// by a set once they are many, so that adding one stays cheap however many there are (a speaker
/// with thousands of distinct roles or mention texts made actor building quadratic).
struct DistinctStrings {
    /// Up to this many strings are looked up by a scan, which beats hashing for a handful.
    static let scanLimit = 16

    /// The strings, in the order first added.
    private(set) var items: [String] = []
    /// `items` as a set, once there are more than ``scanLimit``.
    private var set: Set<String>? = nil

    /// The distinct strings of `strings`, in order of first appearance.
    init(_ strings: [String] = []) {
        for s in strings { insert(s) }
    }

    func contains(_ s: String) -> Bool { set?.contains(s) ?? items.contains(s) }

    /// Adds `s` unless it is already there; whether it was added.
    @discardableResult
    mutating func insert(_ s: String) -> Bool {
        if contains(s) { return false }
        items.append(s)
        if set != nil {
            set!.insert(s)
        } else if items.count > Self.scanLimit {
            set = Set(items)
        }
        return true
    }
}
