/// A quotation found in the text: the marks and what they enclose.
struct Quotation: Hashable, Sendable {
    /// From the opening mark to the closing mark, both included.
    var span: TextSpan
    /// What the marks enclose.
    var content: TextSpan
    /// Whether a closing mark was found; an unclosed quote ends with its paragraph.
    var isClosed: Bool
}
