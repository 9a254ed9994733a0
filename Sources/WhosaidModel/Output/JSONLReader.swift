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

    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var position = 0
    private var atEnd = false
    private var lineNumber = 0
    /// Why the input could not be read further (reported once, then the sequence ends).
    private var readFailure: String?
    private let chunkSize = 1 << 20

    /// Reads from an open file handle (standard input or a file).
    public init(handle: FileHandle) {
        self.handle = handle
    }

    public mutating func next() -> Item? {
        while true {
            guard let line = nextLine() else {
                guard let failure = readFailure else { return nil }
                readFailure = nil
                return .unreadable(line: lineNumber + 1, reason: failure)
            }
            lineNumber += 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            guard let obj = try? JSONSerialization.jsonObject(with: line), let dict = obj as? [String: Any] else {
                return .error(line: lineNumber, message: "not a JSON object")
            }
            guard let text = dict["text"] as? String else {
                return .error(line: lineNumber, message: "no \"text\" string")
            }
            let id: String
            switch dict["id"] {
            case let s as String: id = s
            case let n as NSNumber: id = n.stringValue
            default: id = String(lineNumber)
            }
            guard DocumentLoader.hasText(text) else {
                return .error(line: lineNumber, message: "document \"\(id)\": the text is empty; there is nothing to analyse")
            }
            return .document(id: id, text: text)
        }
    }

    private mutating func nextLine() -> Data? {
        while true {
            let newline: Int? = buffer.withUnsafeBufferPointer { all in
                guard position < all.count, let base = all.baseAddress,
                      let hit = memchr(base + position, 0x0A, all.count - position) else { return nil }
                return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            }
            if let nl = newline {
                let line = Data(buffer[position..<nl])
                position = nl + 1
                return line
            }
            if atEnd {
                guard position < buffer.count else { return nil }
                defer { position = buffer.count }
                return Data(buffer[position...])
            }
            // Keep only the unread tail, then read more: each byte is copied a bounded number of times.
            buffer.removeFirst(position)
            position = 0
            if !readChunk() { atEnd = true }
        }
    }

    /// Appends up to `chunkSize` bytes from the input to the buffer; false at the end of the input
    /// or when reading fails (`readFailure` says why). FileHandle's reading traps on an I/O error.
    private mutating func readChunk() -> Bool {
        let old = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: chunkSize))
        var n: Int
        var failure: Int32 = 0
        repeat {
            n = buffer.withUnsafeMutableBytes { raw in
                let got = read(handle.fileDescriptor, raw.baseAddress! + old, chunkSize)
                failure = got < 0 ? errno : 0
                return got
            }
        } while n < 0 && failure == EINTR
        if n < 0 { readFailure = String(cString: strerror(failure)) }
        buffer.removeLast(chunkSize - Swift.max(n, 0))
        return n > 0
    }
}
