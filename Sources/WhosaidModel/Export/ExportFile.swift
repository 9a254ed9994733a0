import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes export files atomically: the text goes to a temporary file in the target's directory,
/// which is then moved into place, so readers see either no file or the whole file.
///
/// An existing file is never replaced unless the caller passes `overwrite: true`; without it
/// the file is published with `link(2)`, which refuses to replace a file even if one appears
/// while writing. On any error the temporary file is removed; termination signals (Ctrl-C, kill)
/// are held while the file is written and published, so that they end the process only once the
/// temporary file is gone.
public enum ExportFile {
    /// Writes `text` as UTF-8 to `path` (a leading `~/` is expanded).
    ///
    /// - Throws: ``ExportError/exists(path:)`` when a file is there and `overwrite` is false;
    ///   ``ExportError/badPath(path:reason:)``, ``ExportError/unwritableDirectory(path:reason:)``,
    ///   ``ExportError/diskFull(path:)`` or ``ExportError/io(path:reason:)`` otherwise.
    public static func write(_ text: String, to path: String, overwrite: Bool = false) throws(ExportError) {
        try write(Array(text.utf8), to: path, overwrite: overwrite, writeBytes: DescriptorWriter.systemWrite)
    }

    /// The signals held while an export is written: those that end a process by default and that
    /// a user or a session manager sends.
    static let heldSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM]

    /// The steps of ``write(_:to:overwrite:)``, with the `write(2)` call replaceable by tests.
    static func write(
        _ bytes: [UInt8], to path: String, overwrite: Bool,
        writeBytes: (Int32, UnsafeRawBufferPointer) -> Int
    ) throws(ExportError) {
        var held = sigset_t()
        sigemptyset(&held)
        for sig in heldSignals { sigaddset(&held, sig) }
        var previous = sigset_t()
        pthread_sigmask(SIG_BLOCK, &held, &previous)
        // A signal that came meanwhile is delivered here, after the temporary file is gone.
        defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
        try writeHoldingSignals(bytes, to: path, overwrite: overwrite, writeBytes: writeBytes)
    }

    private static func writeHoldingSignals(
        _ bytes: [UInt8], to path: String, overwrite: Bool,
        writeBytes: (Int32, UnsafeRawBufferPointer) -> Int
    ) throws(ExportError) {
        let target = overwrite ? resolvingLink(expandTilde(path)) : expandTilde(path)
        let directory = try checkTarget(target, shownAs: path, overwrite: overwrite)
        let temporary = directory + "/.whosaid-export-" + String(UInt64.random(in: 0...UInt64.max), radix: 16) + ".tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard fd >= 0 else {
            let code = errno
            switch code {
            case EACCES, EPERM, EROFS: throw .unwritableDirectory(path: directory, reason: reason(code))
            default: throw error(code, path: path)
            }
        }
        var open = true
        do throws(ExportError) {
            try writeAll(bytes, to: fd, path: path, writeBytes: writeBytes)
            try keepMode(of: target, for: fd)
            if fsync(fd) != 0 { throw error(errno, path: path) }
            open = false
            if close(fd) != 0 { throw error(errno, path: path) }
        } catch {
            if open { _ = close(fd) }
            unlink(temporary)
            throw error
        }
        do throws(ExportError) {
            try publish(temporary, as: target, shownAs: path, overwrite: overwrite)
        } catch {
            unlink(temporary)
            throw error
        }
    }

    /// Checks that `target` can name a new file and returns its directory.
    static func checkTarget(_ target: String, shownAs path: String, overwrite: Bool) throws(ExportError) -> String {
        if target.isEmpty { throw .badPath(path: path, reason: "the path is empty") }
        if target.hasSuffix("/") { throw .badPath(path: path, reason: "names a directory, not a file") }
        let directory = directoryPart(of: target)
        var info = stat()
        if stat(directory, &info) != 0 {
            let code = errno
            switch code {
            case ENOENT: throw .badPath(path: path, reason: "directory \(directory) does not exist")
            case ENOTDIR: throw .badPath(path: path, reason: "a part of the path is a file, not a directory")
            case EACCES: throw .unwritableDirectory(path: directory, reason: reason(code))
            default: throw error(code, path: path)
            }
        }
        if info.st_mode & S_IFMT != S_IFDIR {
            throw .badPath(path: path, reason: "\(directory) is a file, not a directory")
        }
        if lstat(target, &info) == 0 {
            let type = info.st_mode & S_IFMT
            if type == S_IFDIR { throw .badPath(path: path, reason: "is a directory") }
            if !overwrite { throw .exists(path: path) }
            if type != S_IFREG && type != S_IFLNK {
                throw .badPath(path: path, reason: "is a device or special file, not a regular file")
            }
        }
        return directory
    }

    /// Writes every byte, retrying short writes and interrupted calls.
    static func writeAll(
        _ bytes: [UInt8], to fd: Int32, path: String, writeBytes: (Int32, UnsafeRawBufferPointer) -> Int
    ) throws(ExportError) {
        if let failure = bytes.withUnsafeBytes({ DescriptorWriter.writeAll($0, to: fd, using: writeBytes) }) {
            throw error(failure, path: path)
        }
    }

    /// When replacing a file, gives the new one the old one's permissions.
    static func keepMode(of target: String, for fd: Int32) throws(ExportError) {
        var info = stat()
        guard stat(target, &info) == 0 else { return }
        if fchmod(fd, info.st_mode & 0o7777) != 0 { throw error(errno, path: target) }
    }

    /// Moves the finished temporary file to `target`.
    static func publish(_ temporary: String, as target: String, shownAs path: String, overwrite: Bool) throws(ExportError) {
        if !overwrite {
            if link(temporary, target) == 0 {
                unlink(temporary)
                return
            }
            let code = errno
            switch code {
            case EEXIST: throw .exists(path: path)
            case EPERM, EOPNOTSUPP, ENOSYS, EMLINK:
                // The file system has no hard links: check, then rename (a small race remains).
                var info = stat()
                if lstat(target, &info) == 0 { throw .exists(path: path) }
            default: throw error(code, path: path)
            }
        }
        if rename(temporary, target) != 0 {
            let code = errno
            if code == EISDIR { throw .badPath(path: path, reason: "is a directory") }
            throw error(code, path: path)
        }
    }

    // MARK: - Helpers

    /// The typed error for a failed system call on `path`.
    static func error(_ code: Int32, path: String) -> ExportError {
        switch code {
        case ENOSPC, EDQUOT: return .diskFull(path: path)
        case ENAMETOOLONG: return .badPath(path: path, reason: "the name is too long")
        case EROFS: return .unwritableDirectory(path: directoryPart(of: path), reason: reason(code))
        default: return .io(path: path, reason: reason(code))
        }
    }

    /// The system's short text for `code` ("No space left on device").
    static func reason(_ code: Int32) -> String {
        DescriptorWriter.reason(code).lowercased()
    }

    /// The directory part of a file path: `.` for a bare name, `/` for a file at the root.
    static func directoryPart(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let directory = String(path[..<slash])
        return directory.isEmpty ? "/" : directory
    }

    /// The file a symbolic link finally points to, so that replacing it keeps the link;
    /// `path` itself when it is no link or the link leads nowhere.
    static func resolvingLink(_ path: String) -> String {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK, let resolved = realpath(path, nil) else {
            return path
        }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// `~` or `~/…` expanded to the home directory; any other path unchanged.
    static func expandTilde(_ path: String) -> String {
        guard path == "~" || path.hasPrefix("~/") else { return path }
        return NSString(string: path).expandingTildeInPath
    }
}
