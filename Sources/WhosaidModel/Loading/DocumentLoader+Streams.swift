import Foundation

#if canImport(Glibc)
    import Glibc
    /// `read(2)` (inside `DocumentLoader` the name means its own `read(path:)`).
    private let systemRead = Glibc.read
#elseif canImport(Darwin)
    import Darwin
    private let systemRead = Darwin.read
#endif

/// Pipes, FIFOs, `/dev/stdin` and `<(…)` named as files: they have no size to map and can be
/// read only once, so they are read to their end with `read(2)` (issue 11, item 1b).
extension DocumentLoader {
    /// Opens `path` for reading: a regular file, a pipe, a FIFO or a device. The caller closes the
    /// descriptor. Opening reads nothing, so a stream is left whole for the caller.
    public static func openForReading(path: String) throws(LoadError) -> Int32 {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .notFound(path: path)
        }
        if isDirectory.boolValue { throw .isDirectory(path: path) }
        var descriptor: Int32
        var code: Int32 = 0
        repeat {
            descriptor = open(path, O_RDONLY | O_CLOEXEC)
            code = descriptor < 0 ? errno : 0
        } while descriptor < 0 && code == EINTR
        guard descriptor >= 0 else { throw .unreadable(path: path, reason: reason(code)) }
        return descriptor
    }

    /// Whether `path` names a regular file, symbolic links followed.
    static func isRegularFile(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG
    }

    /// Every byte of the stream at `path`, read to its end, or one byte more than a document can
    /// hold (so that ``decode(_:path:)`` says it is too large).
    static func readStream(path: String) throws(LoadError) -> Data {
        let descriptor = try openForReading(path: path)
        defer { close(descriptor) }
        var data = Data()
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while data.count <= maximumBytes {
            var code: Int32 = 0
            let n = chunk.withUnsafeMutableBytes { raw in
                let got = systemRead(descriptor, raw.baseAddress, raw.count)
                code = got < 0 ? errno : 0
                return got
            }
            if n < 0, code == EINTR { continue }
            if n < 0 { throw .unreadable(path: path, reason: reason(code)) }
            if n == 0 { break }
            data.append(contentsOf: chunk[..<n])
        }
        return data
    }

    /// A short reason for `errno` value `code`, as ``LoadError/unreadable(path:reason:)`` gives it.
    static func reason(_ code: Int32) -> String {
        code == EACCES || code == EPERM ? "permission denied" : String(cString: strerror(code))
    }
}
