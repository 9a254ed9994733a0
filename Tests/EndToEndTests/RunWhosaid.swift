import Foundation
import Testing

/// Runs the built `whosaid` binary with `arguments` (and `input`, or the file at `stdinFile`, on
/// stdin) and collects its output; with `stdoutFile` its standard output goes to that file instead.
/// `environment` is added to this process's environment.
func whosaid(
    _ arguments: [String], input: Data? = nil, stdinFile: String? = nil, stdoutFile: String? = nil,
    environment: [String: String] = [:]
) throws -> (status: Int32, stdout: String, stderr: String) {
    let binary = try #require(whosaidBinary(), "whosaid binary not built beside the tests")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: binary)
    process.arguments = arguments
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    let out = Pipe()
    let inPipe = Pipe()
    // stderr goes to a file so that only one pipe needs draining while the child runs.
    let errURL = FileManager.default.temporaryDirectory.appendingPathComponent("whosaid-stderr-\(UUID().uuidString)")
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let err = try FileHandle(forWritingTo: errURL)
    defer { try? FileManager.default.removeItem(at: errURL) }
    if let stdoutFile {
        process.standardOutput = try #require(FileHandle(forWritingAtPath: stdoutFile), "cannot open \(stdoutFile)")
    } else {
        process.standardOutput = out
    }
    process.standardError = err
    if let stdinFile {
        process.standardInput = try #require(FileHandle(forReadingAtPath: stdinFile), "cannot open \(stdinFile)")
    } else {
        process.standardInput = input == nil ? FileHandle.nullDevice : inPipe
    }
    try process.run()
    if let input {
        inPipe.fileHandleForWriting.write(input)
        try inPipe.fileHandleForWriting.close()
    }
    let stdout = stdoutFile == nil ? out.fileHandleForReading.readDataToEndOfFile() : Data()
    process.waitUntilExit()
    try err.close()
    let stderr = try Data(contentsOf: errURL)
    return (process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self))
}
