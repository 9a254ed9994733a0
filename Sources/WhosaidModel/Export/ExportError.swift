/// Why an export file could not be written. Each message names the path and says what to do.
public enum ExportError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A file is already there and overwriting was not allowed.
    case exists(path: String)
    /// The directory exists but no file can be created in it (permissions, read-only disk).
    case unwritableDirectory(path: String, reason: String)
    /// The path cannot name a new file: empty, a directory, or its directory is missing.
    case badPath(path: String, reason: String)
    /// The disk or quota is full.
    case diskFull(path: String)
    /// Any other input/output failure.
    case io(path: String, reason: String)

    /// The path the error is about (for ``unwritableDirectory(path:reason:)``, the directory).
    public var path: String {
        switch self {
        case .exists(let p), .unwritableDirectory(let p, _), .badPath(let p, _), .diskFull(let p), .io(let p, _):
            return p
        }
    }

    /// One line: `PATH: problem; what to do`.
    public var description: String {
        switch self {
        case .exists(let p): return "\(p): already exists; choose another name or confirm overwriting it"
        case .unwritableDirectory(let p, let r):
            return "\(p): cannot create files in this directory (\(r)); choose another directory"
        case .badPath(let p, let r): return "\(p.isEmpty ? "(empty path)" : p): \(r); choose another file path"
        case .diskFull(let p): return "\(p): the disk is full; free some space or write elsewhere"
        case .io(let p, let r): return "\(p): could not be written (\(r)); try again or write elsewhere"
        }
    }
}
