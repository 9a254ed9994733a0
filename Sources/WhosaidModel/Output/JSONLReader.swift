import Foundation

/// Reads JSON Lines documents `{"id", "text", …}` one line at a time, so memory stays bounded
/// by the longest line however long the stream is.
public struct JSONLReader: Sequence, IteratorProtocol {
    /// One input line: a document, or why the line could not be read.
    public enum Item {
        case document(id: String, text: String)
        case error(line: Int, message: String)
    }

    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var position = 0
    private var atEnd = false
    private var lineNumber = 0
    private let chunkSize = 1 << 20

    /// Reads from an open file handle (standard input or a file).
    public init(handle: FileHandle) {
        self.handle = handle
    }

    public mutating func next() -> Item? {
        while true {
            guard let line = nextLine() else { return nil }
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
            let chunk = handle.readData(ofLength: chunkSize)
            if chunk.isEmpty { atEnd = true } else { buffer.append(contentsOf: chunk) }
        }
    }
}
