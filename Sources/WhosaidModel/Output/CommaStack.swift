/// Whether each open object or array of a ``JSONWriter`` has a value yet (so the next one needs
/// a comma), innermost first: one bit a level in a word, levels deeper than 64 spilled to an
/// array. A `[Bool]` stack checked its uniqueness and bounds at every key and value (issue 12).
struct CommaStack {
    /// The innermost levels' bits, the innermost lowest.
    private var bits: UInt64 = 0
    /// How many levels are open.
    private var depth = 0
    /// The bits pushed out of `bits` by levels past the 64 innermost, outermost first.
    private var spilled: [Bool] = []

    /// How many levels fit in `bits`.
    private static let wordLevels = 64

    /// Whether no object or array is open.
    var isEmpty: Bool { @inline(__always) get { depth == 0 } }

    /// Opens a level with no value yet.
    @inline(__always) mutating func push() {
        if depth >= Self.wordLevels { spilled.append(bits >> 63 != 0) }
        bits <<= 1
        depth += 1
    }

    /// Closes the innermost level.
    @inline(__always) mutating func pop() {
        precondition(depth > 0, "no open object or array to close")
        bits >>= 1
        depth -= 1
        if depth >= Self.wordLevels, spilled.removeLast() { bits |= 1 << 63 }
    }

    /// Whether the innermost level has a value yet; setting it marks it so.
    var top: Bool {
        @inline(__always) get { bits & 1 != 0 }
        @inline(__always) set { bits = newValue ? bits | 1 : bits & ~1 }
    }
}
