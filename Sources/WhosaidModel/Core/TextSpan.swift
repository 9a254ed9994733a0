/// A half-open range of Unicode scalar offsets into a document's text (end exclusive).
///
/// Offsets count Unicode scalars, the unit Python's `str` indexes, so spans written by
/// whosaid can be read by scripts in any language that indexes code points.
public struct TextSpan: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    /// First scalar offset in the span.
    public var start: Int
    /// Offset one past the last scalar of the span.
    public var end: Int

    /// Creates a span; `end` is clamped so that it is never before `start`.
    public init(start: Int, end: Int) {
        self.start = start
        self.end = Swift.max(start, end)
    }

    /// Number of scalars covered.
    var length: Int { end - start }
    /// Whether the span covers nothing.
    public var isEmpty: Bool { end <= start }

    /// Whether `offset` lies inside the span.
    public func contains(_ offset: Int) -> Bool { offset >= start && offset < end }
    /// Whether `other` lies completely inside the span.
    public func contains(_ other: TextSpan) -> Bool { other.start >= start && other.end <= end }
    /// Whether the two spans share at least one scalar.
    func overlaps(_ other: TextSpan) -> Bool { start < other.end && other.start < end }

    public static func < (lhs: TextSpan, rhs: TextSpan) -> Bool {
        lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
    }

    public var description: String { "\(start)..<\(end)" }
}
