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
            guard let line = lines.nextBytes() else {
                finished = true
                return lines.failure.map { .unreadable(line: lineNumber + 1, reason: $0) }
            }
            lineNumber += 1
            if let item = Self.item(from: line, number: lineNumber) { return item }
        }
        return nil
    }

    /// Whether `line` holds only spaces, tabs and a carriage return: it is skipped.
    @inlinable public static func isBlank(_ line: some Collection<UInt8>) -> Bool {
        line.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
    }

    /// The document on line `number` of the input (its number is the id when it has none), or
    /// why the line is none; nil for a blank line, which is skipped. Only `id` and `text` are
    /// read: any other member only has to be JSON (``JSONValue``), whatever it holds. The message
    /// of a line that is no document names the document (`document "a": …`) when its `id` can be
    /// read, also from a line that is no JSON after it or that holds bytes that are no UTF-8.
    public static func item(from line: Data, number: Int) -> Item? {
        item(from: Array(line), number: number)
    }

    /// The item of line `number` as the `Data` overload reads it, the line being
    /// `bytes[start..<end]`, to the array's end when `end` is nil (parsed in place, not copied out).
    public static func item(from bytes: [UInt8], start: Int = 0, end: Int? = nil, number: Int) -> Item? {
        let line = bytes[start..<(end ?? bytes.count)]
        if isBlank(line) { return nil }
        var parser = JSONParser(bytes: bytes, from: start, to: end, keptMembers: ["id", "text"])
        let members: [String: JSONValue]
        do {
            members = try parser.parseDocument().objectValue ?? [:]
        } catch {
            let message = error.reason == "not a JSON object" ? error.reason : "not JSON: \(error)"
            return .error(line: number, message: named(message, id: idOfBrokenLine(line, error: error, read: parser.membersRead)))
        }
        let id: String
        switch members["id"] {
        case .string(let s)?: id = s
        case .number(let n)?: id = n
        case nil: id = String(number)
        case let other?:
            // true would read as "1", and null or [] as the line number, which may be another
            // document's id: the line is refused instead.
            return .error(line: number, message: "\"id\" is \(other.typeDescription); give a string or a number")
        }
        guard let text = members["text"]?.stringValue else {
            let message = members["text"].map { "\"text\" is \($0.typeDescription); give a string" } ?? "no \"text\" string"
            return .error(line: number, message: named(message, id: members["id"] == nil ? nil : id))
        }
        guard DocumentLoader.hasText(text) else {
            return .error(line: number, message: "document \"\(id)\": the text is empty; there is nothing to analyse")
        }
        return .document(id: id, text: text)
    }

    /// `message` about the document `id` (none when the line gives no id).
    private static func named(_ message: String, id: String?) -> String {
        id.map { "document \"\($0)\": \(message)" } ?? message
    }

    /// The `id` of a line that is no JSON: read before the error, or for bytes that are no UTF-8,
    /// from the line with those bytes replaced.
    private static func idOfBrokenLine(_ line: ArraySlice<UInt8>, error: JSONValue.SyntaxError, read: [String: JSONValue]) -> String? {
        var members = read
        if members["id"] == nil, error.reason == "not valid UTF-8" {
            var repaired = JSONParser(bytes: Array(String(decoding: line, as: UTF8.self).utf8), keptMembers: ["id"])
            members = (try? repaired.parseDocument())?.objectValue ?? repaired.membersRead
        }
        switch members["id"] {
        case .string(let s)?: return s
        case .number(let n)?: return n
        default: return nil
        }
    }
}
