/// A quotation found in the text: the marks and what they enclose.
public struct Quotation: Hashable, Sendable {
    /// From the opening mark to the closing mark, both included.
    public var span: TextSpan
    /// What the marks enclose.
    public var content: TextSpan
    /// Whether a closing mark was found; an unclosed quote ends with its paragraph.
    public var isClosed: Bool
}
