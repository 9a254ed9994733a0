import Foundation

/// Reads JSON Lines documents `{"id", "text", …}` one line at a time, so memory stays bounded
/// by the longest line however long the stream is.
///
/// A line that cannot serve as a document (not JSON, no text, a text with nothing to analyse)
/// is an ``Item/error(line:message:)`` and reading goes on; a failure to read the input itself is
/// ``Item/unreadable(line:reason:)``, after which the sequence ends.
public struct JSONLReader: Sequence, IteratorProtocol {
    /// One input line: a document, or why the line could not be read.
    public enum Item {
        case document(id: String, text: String)
        case error(line: Int, message: String)
        /// The input could not be read at `line` (an I/O error); this is the last item.
        case unreadable(line: Int, reason: String)
    }

    private var lines: LineReader
    private var lineNumber = 0
    private var finished = false

    /// Reads from an open file handle (standard input or a file).
    public init(handle: FileHandle) {
        lines = LineReader(descriptor: handle.fileDescriptor)
    }

    public mutating func next() -> Item? {
        while !finished {
            guard let line = lines.next() else {
                finished = true
                return lines.failure.map { .unreadable(line: lineNumber + 1, reason: $0) }
            }
            lineNumber += 1
            if let item = Self.item(from: line, number: lineNumber) { return item }
        }
        return nil
    }

    /// Whether `line` holds only spaces, tabs and a carriage return: it is skipped.
    public static func isBlank(_ line: Data) -> Bool {
        line.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
    }

    /// The document on line `number` of the input (its number is the id when it has none), or
    /// why the line is none; nil for a blank line, which is skipped.
    public static func item(from line: Data, number: Int) -> Item? {
        if isBlank(line) { return nil }
        guard let obj = try? JSONSerialization.jsonObject(with: line), let dict = obj as? [String: Any] else {
            return .error(line: number, message: "not a JSON object")
        }
        guard let text = dict["text"] as? String else {
            return .error(line: number, message: "no \"text\" string")
        }
        let id: String
        switch dict["id"] {
        case let s as String: id = s
        case let n as NSNumber: id = n.stringValue
        default: id = String(number)
        }
        guard DocumentLoader.hasText(text) else {
            return .error(line: number, message: "document \"\(id)\": the text is empty; there is nothing to analyse")
        }
        return .document(id: id, text: text)
    }
}
