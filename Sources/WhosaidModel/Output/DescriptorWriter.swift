#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes whole buffers to a file descriptor with `write(2)`, finishing short writes and retrying
/// interrupted calls. Unlike `FileHandle.write`, which traps when the disk is full or the pipe is
/// closed, it reports the failure so the caller can say what went wrong.
public enum DescriptorWriter {
    /// Writes every byte of `bytes` to `fd`. Returns nil when all were written, else the `errno`
    /// of the call that failed (`EIO` when a call wrote nothing and reported no error).
    public static func writeAll(
        _ bytes: UnsafeRawBufferPointer, to fd: Int32,
        using writeBytes: (Int32, UnsafeRawBufferPointer) -> Int = systemWrite
    ) -> Int32? {
        var offset = 0
        while offset < bytes.count {
            let n = writeBytes(fd, UnsafeRawBufferPointer(rebasing: bytes[offset...]))
            if n > 0 {
                offset += n
            } else if n < 0 && errno == EINTR {
                continue
            } else {
                return n < 0 ? errno : EIO
            }
        }
        return nil
    }

    /// The system's short text for an `errno` value ("No space left on device").
    public static func reason(_ code: Int32) -> String {
        String(cString: strerror(code))
    }

    /// One `write(2)` call.
    public static func systemWrite(_ fd: Int32, _ buffer: UnsafeRawBufferPointer) -> Int {
        #if canImport(Darwin)
            Darwin.write(fd, buffer.baseAddress, buffer.count)
        #elseif canImport(Musl)
            Musl.write(fd, buffer.baseAddress, buffer.count)
        #else
            Glibc.write(fd, buffer.baseAddress, buffer.count)
        #endif
    }
}
