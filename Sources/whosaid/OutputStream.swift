import Foundation

/// A buffered writer for standard output and standard error.
final class OutputStream {
    private let handle: FileHandle
    private var buffer = Data()
    private let limit: Int

    private init(handle: FileHandle, limit: Int) {
        self.handle = handle
        self.limit = limit
    }

    nonisolated(unsafe) static let standardOutput = OutputStream(handle: .standardOutput, limit: 1 << 16)
    nonisolated(unsafe) static let standardError = OutputStream(handle: .standardError, limit: 0)

    func write(_ data: Data) {
        buffer.append(data)
        if buffer.count > limit { flush() }
    }

    func write(_ string: String) { write(Data(string.utf8)) }

    func write(_ bytes: [UInt8]) { write(Data(bytes)) }

    func flush() {
        guard !buffer.isEmpty else { return }
        handle.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
