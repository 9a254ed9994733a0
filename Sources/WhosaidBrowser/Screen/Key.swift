/// One input event, as the terminal backend decodes it.
public enum Key: Hashable, Sendable {
    /// A printable character.
    case char(Character)
    /// A control character typed with Ctrl (`.ctrl("d")` is Ctrl-D).
    case ctrl(Character)
    case up, down, left, right
    case home, end, pageUp, pageDown
    case tab, backTab, enter, escape, backspace, delete
    /// A mouse event at a cell.
    case mouse(MouseEvent)
}

/// A mouse click or wheel step at a cell.
public struct MouseEvent: Hashable, Sendable {
    /// What happened.
    public enum Kind: Hashable, Sendable { case click, wheelUp, wheelDown }
    /// What happened.
    public var kind: Kind
    /// Column of the pointer.
    public var x: Int
    /// Row of the pointer.
    public var y: Int

    /// Creates a mouse event.
    public init(_ kind: Kind, x: Int, y: Int) {
        self.kind = kind
        self.x = x
        self.y = y
    }
}
