#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

extension DescriptorWriter {
    /// The most parts one `writev(2)` is given (POSIX guarantees at least 16; Linux takes 1024).
    static let maxVectors = 16

    /// Writes every byte of `parts`, one after the other, to `fd` with `writev(2)`: one call
    /// for a line sent in pieces (a request's number, the document, its line feed) where
    /// joining them first copied the document, finishing short writes and retrying interrupted
    /// calls as ``writeAll(_:to:using:)`` does. Returns nil when all were written, else the
    /// `errno` of the call that failed (`EIO` when a call wrote nothing and reported no error).
    public static func writeAll(_ parts: [UnsafeRawBufferPointer], to fd: Int32) -> Int32? {
        var vectors = parts.filter { $0.count > 0 }.map {
            iovec(iov_base: UnsafeMutableRawPointer(mutating: $0.baseAddress), iov_len: $0.count)
        }
        var first = 0
        while first < vectors.count {
            let n = vectors.withUnsafeBufferPointer { v in
                writev(fd, v.baseAddress! + first, Int32(min(v.count - first, maxVectors)))
            }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { return n < 0 ? errno : EIO }
            // Past the parts written whole, into the one written in part.
            var left = n
            while left > 0 {
                if left >= vectors[first].iov_len {
                    left -= vectors[first].iov_len
                    first += 1
                } else {
                    vectors[first].iov_base = vectors[first].iov_base! + left
                    vectors[first].iov_len -= left
                    left = 0
                }
            }
        }
        return nil
    }
}
