import Foundation

/// Reads article files and checks that they hold UTF-8 text.
public enum DocumentLoader {
    /// The largest file one document can be: offsets inside the engine are 32-bit.
    static let maximumBytes = 2_000_000_000

    /// Loads the article at `path` into a ``Document``.
    /// `-` reads standard input, as command-line tools do.
    public static func load(path: String) throws(LoadError) -> Document {
        let source = path == "-" ? "/dev/stdin" : path
        let data = try read(path: source)
        let text = try decode(data, path: path == "-" ? "stdin" : path)
        return Document(name: path == "-" ? "stdin" : path, text: text)
    }

    /// The bundled seed article (`seeds/000_5f41ddfe102fbffe.txt`), available from any directory.
    public static func seed() -> Document {
        Document(name: SeedArticle.fileName, text: SeedArticle.text)
    }

    /// Reads the raw bytes of `path` (a file, or a pipe, FIFO or device read to its end), telling a
    /// missing file, a directory and an unreadable file apart.
    public static func read(path: String) throws(LoadError) -> Data {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .notFound(path: path)
        }
        if isDirectory.boolValue { throw .isDirectory(path: path) }
        // A pipe, FIFO or device has no size to map: read it to its end instead.
        if !isRegularFile(path) { return try readStream(path: path) }
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe)
        } catch {
            let reason = FileManager.default.isReadableFile(atPath: path) ? "I/O error" : "permission denied"
            throw .unreadable(path: path, reason: reason)
        }
    }

    /// Decodes `data` as UTF-8 text, rejecting empty, binary and malformed input.
    public static func decode(_ data: Data, path: String) throws(LoadError) -> String {
        if data.isEmpty { throw .empty(path: path) }
        if data.count > maximumBytes { throw .tooLarge(path: path, bytes: data.count) }
        let verdict: Result<String, LoadError> = data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            // UTF-16 and UTF-32 hold NUL bytes too: name them rather than call them binary.
            if let encoding = otherUnicodeEncoding(bytes) { return .failure(.otherUnicode(path: path, encoding: encoding)) }
            // A NUL byte or many control characters mean binary data, whether or not it is valid UTF-8.
            if bytes.contains(0) || looksBinary(bytes) { return .failure(.binary(path: path)) }
            if let bad = firstInvalidUTF8Byte(bytes) { return .failure(.invalidUTF8(path: path, byteOffset: bad)) }
            return .success(String(decoding: bytes, as: UTF8.self))
        }
        let text = try verdict.get()
        if !hasText(text) { throw .empty(path: path) }
        return text
    }

    /// Whether `text` holds anything to analyse: something besides white space and byte-order marks.
    public static func hasText(_ text: String) -> Bool {
        text.unicodeScalars.contains { !$0.properties.isWhitespace && $0 != "\u{FEFF}" }
    }

    /// "UTF-16" or "UTF-32" when `bytes` open with that encoding's byte-order mark (either byte
    /// order), else nil. UTF-32's little-endian mark begins with UTF-16's, so it is tried first.
    static func otherUnicodeEncoding(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let head = Array(bytes.prefix(4))
        if head == [0xFF, 0xFE, 0x00, 0x00] || head == [0x00, 0x00, 0xFE, 0xFF] { return "UTF-32" }
        if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) { return "UTF-16" }
        return nil
    }

    /// Whether many of the first 4 KiB are control characters other than tab and line ends.
    static func looksBinary(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let sample = bytes.prefix(4096)
        let controls = sample.filter { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D && $0 != 0x0C }.count
        return controls * 20 > sample.count
    }

    /// Offset of the first byte that breaks UTF-8, or nil when all of `bytes` is valid.
    static func firstInvalidUTF8Byte(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let length: Int
            var minimum: UInt32
            var value: UInt32
            switch b {
            case 0xC2...0xDF: length = 2; minimum = 0x80; value = UInt32(b & 0x1F)
            case 0xE0...0xEF: length = 3; minimum = 0x800; value = UInt32(b & 0x0F)
            case 0xF0...0xF4: length = 4; minimum = 0x10000; value = UInt32(b & 0x07)
            default: return i
            }
            guard i + length <= n else { return i }
            for k in 1..<length {
                let c = bytes[i + k]
                guard c & 0xC0 == 0x80 else { return i }
                value = value << 6 | UInt32(c & 0x3F)
            }
            if value < minimum || value > 0x10FFFF || (0xD800...0xDFFF).contains(value) { return i }
            minimum = 0
            i += length
        }
        return nil
    }
}
