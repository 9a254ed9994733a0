/// Why an article could not be loaded. Each message names the file and says what to do.
public enum LoadError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No file at that path.
    case notFound(path: String)
    /// The path names a directory.
    case isDirectory(path: String)
    /// The file exists but could not be read (permissions, I/O error).
    case unreadable(path: String, reason: String)
    /// The file holds no text at all.
    case empty(path: String)
    /// The file holds NUL bytes or other binary data.
    case binary(path: String)
    /// The file opens with the byte-order mark of another Unicode encoding (`encoding` is "UTF-16"
    /// or "UTF-32"), as Windows editors write when saving "Unicode" text.
    case otherUnicode(path: String, encoding: String)
    /// The file is not valid UTF-8; `byteOffset` is the first bad byte.
    case invalidUTF8(path: String, byteOffset: Int)
    /// The file is larger than one document can be (offsets are 32-bit).
    case tooLarge(path: String, bytes: Int)

    /// The path the error is about.
    public var path: String {
        switch self {
        case .notFound(let p), .isDirectory(let p), .unreadable(let p, _), .empty(let p), .binary(let p),
            .otherUnicode(let p, _), .invalidUTF8(let p, _), .tooLarge(let p, _):
            return p
        }
    }

    /// One line: `PATH: problem; what to do`.
    public var description: String {
        switch self {
        case .notFound(let p): return "\(p): no such file; check the path"
        case .isDirectory(let p): return "\(p): is a directory; name an article file inside it"
        case .unreadable(let p, let r): return "\(p): cannot be read (\(r)); check its permissions"
        case .empty(let p): return "\(p): the file is empty; there is nothing to analyse"
        case .binary(let p): return "\(p): looks like a binary file, not text; give a UTF-8 text article"
        case .otherUnicode(let p, let e):
            return "\(p): is \(e) text, not UTF-8; convert it, e.g. with iconv -f \(e) -t UTF-8"
        case .invalidUTF8(let p, let o):
            return "\(p): is not valid UTF-8 (bad byte at offset \(o)); convert it, e.g. with iconv -t UTF-8"
        case .tooLarge(let p, let n):
            return "\(p): is \(n / 1_000_000) MB, more than one document can hold (\(DocumentLoader.maximumBytes / 1_000_000) MB); split it into articles"
        }
    }
}
