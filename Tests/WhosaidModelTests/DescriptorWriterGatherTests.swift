import Foundation
import Testing
import WhosaidModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// ``DescriptorWriter/writeAll(_:to:)`` with several parts, as a JSONL request and a result line go out.
@Suite struct DescriptorWriterGatherTests {
    /// The parts written to a new file, read back.
    func written(_ parts: [[UInt8]]) -> (failure: Int32?, bytes: [UInt8]) {
        var template = Array((FileManager.default.temporaryDirectory.path + "/gather-XXXXXX").utf8CString)
        let fd = mkstemp(&template)
        let path = String(cString: template)
        defer { unlink(path) }
        let failure = withRawParts(parts) { DescriptorWriter.writeAll($0, to: fd) }
        close(fd)
        return (failure, Array((try? Data(contentsOf: URL(fileURLWithPath: path))) ?? Data()))
    }

    func withRawParts<R>(_ parts: [[UInt8]], _ body: ([UnsafeRawBufferPointer]) -> R) -> R {
        guard let first = parts.first else { return body([]) }
        return first.withUnsafeBytes { head in withRawParts(Array(parts.dropFirst())) { body([head] + $0) } }
    }

    @Test func thePartsArriveWholeAndInOrder() {
        let big = (0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        let parts: [[UInt8]] = [Array("17\t".utf8), [], big, Array("\n".utf8)]
        let (failure, bytes) = written(parts)
        #expect(failure == nil)
        #expect(bytes == parts.flatMap { $0 })
    }

    @Test func moreThanOneCallsWorthOfPartsArriveToo() {
        let parts = (0..<40).map { Array("part \($0);".utf8) }
        let (failure, bytes) = written(parts)
        #expect(failure == nil)
        #expect(bytes == parts.flatMap { $0 })
    }

    @Test func aClosedDescriptorIsReported() {
        #expect(withRawParts([[1, 2, 3]]) { DescriptorWriter.writeAll($0, to: -1) } == EBADF)
    }
}
