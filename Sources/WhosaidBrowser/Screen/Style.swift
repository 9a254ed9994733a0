/// What a cell shows, by meaning; a ``Theme`` turns it into attributes and colours.
///
/// The raw value is the letter snapshot tests use for the style grid.
public enum Style: Character, Sendable, CaseIterable {
    /// Plain text.
    case normal = "."
    /// Secondary text: roles, counts, paragraph numbers, separators.
    case dim = "d"
    /// Emphasis: speaker names and headings.
    case bold = "b"
    /// A pane title.
    case title = "t"
    /// The title of the focused pane.
    case titleFocused = "T"
    /// The selected item of the focused pane.
    case selected = "S"
    /// The selected item of a pane without focus.
    case selectedInactive = "s"
    /// The selected statement in the source text.
    case highlight = "H"
    /// Another listed statement in the source text.
    case quote = "q"
    /// A mention of the selected actor in the source text.
    case mention = "M"
    /// A search match.
    case match = "m"
    /// A mark on a statement.
    case marked = "*"
    /// The status line.
    case status = "L"
    /// An error or warning message.
    case error = "E"
}

/// A colour of the terminal's basic eight.
public enum Color: Int, Sendable {
    case black, red, green, yellow, blue, magenta, cyan, white
}

/// How a terminal shows a ``Style``.
public struct Attributes: Hashable, Sendable {
    public var bold = false
    public var dim = false
    public var reverse = false
    public var underline = false
    /// Text colour, or nil for the terminal default.
    public var foreground: Color?
    /// Background colour, or nil for the terminal default.
    public var background: Color?

    /// Creates attributes.
    public init(
        bold: Bool = false, dim: Bool = false, reverse: Bool = false, underline: Bool = false,
        foreground: Color? = nil, background: Color? = nil
    ) {
        self.bold = bold
        self.dim = dim
        self.reverse = reverse
        self.underline = underline
        self.foreground = foreground
        self.background = background
    }
}

/// Maps styles to attributes: in colour, or monochrome (for `NO_COLOR` and terminals without colour).
public struct Theme: Sendable {
    /// Whether the theme uses colours.
    public let usesColor: Bool

    /// The colour theme.
    public static let color = Theme(usesColor: true)
    /// The monochrome theme: attributes only, reverse video for selections.
    public static let monochrome = Theme(usesColor: false)

    /// The theme for an environment: monochrome when `NO_COLOR` is set and not empty.
    public static func forEnvironment(_ environment: [String: String], terminalHasColors: Bool) -> Theme {
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        return noColor || !terminalHasColors ? .monochrome : .color
    }

    /// The attributes of `style`.
    public func attributes(for style: Style) -> Attributes {
        usesColor ? colorAttributes(style) : monochromeAttributes(style)
    }

    private func monochromeAttributes(_ style: Style) -> Attributes {
        switch style {
        case .normal, .quote: return Attributes()
        case .dim: return Attributes(dim: true)
        case .bold, .title, .marked: return Attributes(bold: true)
        case .titleFocused, .selected, .status, .highlight: return Attributes(reverse: true)
        case .selectedInactive: return Attributes(bold: true, underline: true)
        case .mention: return Attributes(bold: true, underline: true)
        case .match: return Attributes(bold: true, reverse: true, underline: true)
        case .error: return Attributes(bold: true, reverse: true)
        }
    }

    private func colorAttributes(_ style: Style) -> Attributes {
        switch style {
        case .normal: return Attributes()
        case .dim: return Attributes(dim: true)
        case .bold: return Attributes(bold: true)
        case .title: return Attributes(bold: true, foreground: .cyan)
        case .titleFocused: return Attributes(bold: true, foreground: .black, background: .cyan)
        case .selected: return Attributes(reverse: true)
        case .selectedInactive: return Attributes(bold: true, underline: true)
        case .highlight: return Attributes(foreground: .black, background: .yellow)
        case .quote: return Attributes(foreground: .green)
        case .mention: return Attributes(bold: true, underline: true, foreground: .magenta)
        case .match: return Attributes(bold: true, foreground: .black, background: .magenta)
        case .marked: return Attributes(bold: true, foreground: .yellow)
        case .status: return Attributes(foreground: .black, background: .white)
        case .error: return Attributes(bold: true, foreground: .white, background: .red)
        }
    }
}
