/// A line of text being typed (a search, a file name) and the cursor in it, with the editing keys
/// of a shell prompt (readline's Ctrl-U, Ctrl-W, Ctrl-K, ←/→, Home/End).
public struct LineEdit: Equatable, Sendable {
    /// An editing command.
    public enum Command: Equatable, Sendable {
        case left, right, home, end
        /// Delete the character under the cursor.
        case deleteForward
        /// Ctrl-U: delete everything before the cursor.
        case deleteToStart
        /// Ctrl-K: delete everything from the cursor on.
        case deleteToEnd
        /// Ctrl-W: delete the word before the cursor (and the spaces after it).
        case deleteWordBackward
    }

    /// The text.
    public private(set) var text: String
    /// The cursor, in characters from the start (0 to `text.count`).
    public private(set) var cursor: Int

    /// A line holding `text` with the cursor at `cursor` (clamped; the end when nil).
    public init(_ text: String, cursor: Int? = nil) {
        self.text = text
        self.cursor = min(max(0, cursor ?? text.count), text.count)
    }

    private var cursorIndex: String.Index { text.index(text.startIndex, offsetBy: cursor) }

    /// Types `c` at the cursor.
    public mutating func insert(_ c: Character) {
        text.insert(c, at: cursorIndex)
        cursor += 1
    }

    /// Deletes the character before the cursor.
    public mutating func deleteBackward() {
        guard cursor > 0 else { return }
        cursor -= 1
        text.remove(at: cursorIndex)
    }

    /// Carries out `command`.
    public mutating func apply(_ command: Command) {
        switch command {
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(text.count, cursor + 1)
        case .home: cursor = 0
        case .end: cursor = text.count
        case .deleteForward:
            if cursor < text.count { text.remove(at: cursorIndex) }
        case .deleteToStart:
            text.removeSubrange(text.startIndex..<cursorIndex)
            cursor = 0
        case .deleteToEnd:
            text.removeSubrange(cursorIndex...)
        case .deleteWordBackward:
            let before = Array(text[..<cursorIndex])
            var start = before.count
            while start > 0, before[start - 1].isWhitespace { start -= 1 }
            while start > 0, !before[start - 1].isWhitespace { start -= 1 }
            text.removeSubrange(text.index(text.startIndex, offsetBy: start)..<cursorIndex)
            cursor = start
        }
    }
}
