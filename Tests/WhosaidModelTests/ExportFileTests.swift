import Foundation
import Testing
@testable import WhosaidModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

@Suite struct ExportFileTests {
    /// A fresh empty directory, removed when the value goes away.
    final class Scratch {
        let path: String
        init() throws {
            let url = FileManager.default.temporaryDirectory.appendingPathComponent("whosaid-export-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false)
            path = url.path
        }
        deinit { try? FileManager.default.removeItem(atPath: path) }
    }

    static func contents(of directory: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
    }

    static func read(_ path: String) throws -> String {
        try String(contentsOfFile: path, encoding: .utf8)
    }

    @Test func writesANewFileAndLeavesNothingElse() throws {
        let dir = try Scratch()
        let text = "# Title\n\n> “quoted” ünïcödé\n"
        try ExportFile.write(text, to: dir.path + "/out.md")
        #expect(try Self.read(dir.path + "/out.md") == text)
        #expect(try Self.contents(of: dir.path) == ["out.md"])
    }

    @Test func refusesToOverwriteWithoutTheFlag() throws {
        let dir = try Scratch()
        let path = dir.path + "/out.md"
        try "old\n".write(toFile: path, atomically: false, encoding: .utf8)
        #expect(throws: ExportError.exists(path: path)) { try ExportFile.write("new\n", to: path) }
        #expect(try Self.read(path) == "old\n")
        #expect(try Self.contents(of: dir.path) == ["out.md"])

        try ExportFile.write("new\n", to: path, overwrite: true)
        #expect(try Self.read(path) == "new\n")
        #expect(try Self.contents(of: dir.path) == ["out.md"])
    }

    @Test func aDanglingSymlinkCountsAsExisting() throws {
        let dir = try Scratch()
        let path = dir.path + "/link.md"
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: dir.path + "/nowhere.md")
        #expect(throws: ExportError.exists(path: path)) { try ExportFile.write("x", to: path) }
        #expect(try Self.contents(of: dir.path) == ["link.md"])
    }

    @Test func overwritingALinkReplacesTheFileItPointsTo() throws {
        let dir = try Scratch()
        try FileManager.default.createDirectory(atPath: dir.path + "/real", withIntermediateDirectories: false)
        try "old".write(toFile: dir.path + "/real/notes.md", atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: dir.path + "/link.md", withDestinationPath: "real/notes.md")
        try ExportFile.write("new", to: dir.path + "/link.md", overwrite: true)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: dir.path + "/link.md") == "real/notes.md")
        #expect(try Self.read(dir.path + "/real/notes.md") == "new")
        #expect(try Self.contents(of: dir.path) == ["link.md", "real"])
        #expect(try Self.contents(of: dir.path + "/real") == ["notes.md"])
    }

    @Test func specialFilesAreNeverReplaced() throws {
        let dir = try Scratch()
        let fifo = dir.path + "/pipe"
        try #require(mkfifo(fifo, 0o600) == 0)
        let error = try #require(throws: ExportError.self) { try ExportFile.write("x", to: fifo, overwrite: true) }
        #expect(error == .badPath(path: fifo, reason: "is a device or special file, not a regular file"))
        var info = stat()
        #expect(lstat(fifo, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
        #expect(try Self.contents(of: dir.path) == ["pipe"])
    }

    @Test func overwritingKeepsThePermissions() throws {
        let dir = try Scratch()
        let path = dir.path + "/out.md"
        try "old".write(toFile: path, atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: path)
        try ExportFile.write("new", to: path, overwrite: true)
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o640)
        #expect(try Self.contents(of: dir.path) == ["out.md"])
    }

    @Test func missingDirectoryIsABadPath() throws {
        let dir = try Scratch()
        let path = dir.path + "/no/such/dir/out.md"
        #expect(throws: ExportError.badPath(path: path, reason: "directory \(dir.path)/no/such/dir does not exist")) {
            try ExportFile.write("x", to: path)
        }
        #expect(try Self.contents(of: dir.path).isEmpty)
    }

    @Test func parentThatIsAFileIsABadPathAndLeavesNoTemporaryFile() throws {
        let dir = try Scratch()
        try "not a directory".write(toFile: dir.path + "/file", atomically: false, encoding: .utf8)
        for path in [dir.path + "/file/out.md", dir.path + "/file/deeper/out.md"] {
            let error = try #require(throws: ExportError.self) { try ExportFile.write("x", to: path) }
            guard case .badPath(let p, _) = error else {
                Issue.record("expected badPath, got \(error)")
                continue
            }
            #expect(p == path)
        }
        #expect(try Self.contents(of: dir.path) == ["file"])
        #expect(try Self.read(dir.path + "/file") == "not a directory")
    }

    @Test func directoriesEmptyPathsAndOverlongNamesAreBadPaths() throws {
        let dir = try Scratch()
        try FileManager.default.createDirectory(atPath: dir.path + "/sub", withIntermediateDirectories: false)
        #expect(throws: ExportError.badPath(path: dir.path + "/sub", reason: "is a directory")) {
            try ExportFile.write("x", to: dir.path + "/sub", overwrite: true)
        }
        #expect(throws: ExportError.badPath(path: dir.path + "/new/", reason: "names a directory, not a file")) {
            try ExportFile.write("x", to: dir.path + "/new/")
        }
        #expect(throws: ExportError.badPath(path: "", reason: "the path is empty")) { try ExportFile.write("x", to: "") }
        let long = dir.path + "/" + String(repeating: "n", count: 300) + ".md"
        #expect(throws: ExportError.badPath(path: long, reason: "the name is too long")) {
            try ExportFile.write("x", to: long)
        }
        #expect(try Self.contents(of: dir.path) == ["sub"])
        #expect(try Self.contents(of: dir.path + "/sub").isEmpty)
    }

    @Test func fullDiskIsReportedAndTheTemporaryFileRemoved() throws {
        let dir = try Scratch()
        let path = dir.path + "/out.md"
        var calls = 0
        #expect(throws: ExportError.diskFull(path: path)) {
            try ExportFile.write(Array(repeating: 65, count: 10_000), to: path, overwrite: false) { fd, buffer in
                calls += 1
                if calls == 1 { return DescriptorWriter.systemWrite(fd, UnsafeRawBufferPointer(rebasing: buffer.prefix(100))) }
                errno = ENOSPC
                return -1
            }
        }
        #expect(calls == 2)
        #expect(try Self.contents(of: dir.path).isEmpty)
    }

    @Test func aFailedReplacementKeepsTheOldFile() throws {
        let dir = try Scratch()
        let path = dir.path + "/out.md"
        try "old".write(toFile: path, atomically: false, encoding: .utf8)
        #expect(throws: ExportError.io(path: path, reason: ExportFile.reason(EIO))) {
            try ExportFile.write(Array("new".utf8), to: path, overwrite: true) { _, _ in 0 }
        }
        #expect(try Self.read(path) == "old")
        #expect(try Self.contents(of: dir.path) == ["out.md"])
    }

    @Test func shortWritesAreCompleted() throws {
        let dir = try Scratch()
        let text = String(repeating: "0123456789", count: 1000)
        try ExportFile.write(Array(text.utf8), to: dir.path + "/out.md", overwrite: false) { fd, buffer in
            DescriptorWriter.systemWrite(fd, UnsafeRawBufferPointer(rebasing: buffer.prefix(7)))
        }
        #expect(try Self.read(dir.path + "/out.md") == text)
    }

    @Test func relativePathsAndTildeResolve() throws {
        #expect(ExportFile.directoryPart(of: "out.md") == ".")
        #expect(ExportFile.directoryPart(of: "/out.md") == "/")
        #expect(ExportFile.directoryPart(of: "a/b/out.md") == "a/b")
        #expect(ExportFile.expandTilde("~/x.md") == NSHomeDirectory() + "/x.md")
        #expect(ExportFile.expandTilde("a~/x.md") == "a~/x.md")
    }

    @Test func defaultNameDropsDirectoryAndExtension() {
        #expect(ExportFile.defaultName(forArticle: "seeds/000_5f41ddfe102fbffe.txt") == "000_5f41ddfe102fbffe-statements.md")
        #expect(ExportFile.defaultName(forArticle: "/a/b/report.final.txt") == "report.final-statements.md")
        #expect(ExportFile.defaultName(forArticle: "article") == "article-statements.md")
        #expect(ExportFile.defaultName(forArticle: ".hidden") == "hidden-statements.md")
        #expect(ExportFile.defaultName(forArticle: "") == "article-statements.md")
        #expect(ExportFile.defaultName(forArticle: "dir/") == "dir-statements.md")
        #expect(ExportFile.defaultPath(forArticle: "x/story.txt", in: "/home/me/notes") == "/home/me/notes/story-statements.md")
        #expect(ExportFile.defaultPath(forArticle: "story.txt", in: "/tmp/") == "/tmp/story-statements.md")
        #expect(ExportFile.defaultPath(forArticle: "story.txt", in: "") == "story-statements.md")
    }

    @Test func everyErrorDescriptionIsOneLineWithAnAction() {
        let errors: [ExportError] = [
            .exists(path: "a.md"), .unwritableDirectory(path: "/ro", reason: "read-only file system"),
            .badPath(path: "", reason: "the path is empty"), .diskFull(path: "a.md"), .io(path: "a.md", reason: "i/o error"),
        ]
        for error in errors {
            #expect(!error.description.contains("\n"))
            #expect(error.description.contains("; "), "\(error.description) should say what to do")
        }
    }

    /// A signal that comes while the file is written is held until the export is over: were it
    /// delivered at once, its default action would end the process with the temporary file left.
    @Test func aSignalDuringTheWriteWaitsUntilTheTemporaryFileIsGone() throws {
        let dir = try Scratch()
        let previous = signal(SIGUSR2) { _ in signalsSeenDuringExportTest += 1 }
        defer { signal(SIGUSR2, previous) }
        // The test runner's threads may block it: let it through on this thread, as in a program.
        var usr2 = sigset_t()
        sigemptyset(&usr2)
        sigaddset(&usr2, SIGUSR2)
        var mask = sigset_t()
        pthread_sigmask(SIG_UNBLOCK, &usr2, &mask)
        defer { pthread_sigmask(SIG_SETMASK, &mask, nil) }
        signalsSeenDuringExportTest = 0
        var seenWhileWriting: Int?
        try ExportFile.write(Array("text\n".utf8), to: dir.path + "/out.md", overwrite: false) { fd, buffer in
            if seenWhileWriting == nil {
                raise(SIGUSR2)
                seenWhileWriting = signalsSeenDuringExportTest
            }
            return DescriptorWriter.systemWrite(fd, buffer)
        }
        #expect(seenWhileWriting == 0, "the signal was delivered in the middle of the export")
        #expect(signalsSeenDuringExportTest == 1, "the signal was lost")
        #expect(try Self.contents(of: dir.path) == ["out.md"])
    }
}

/// Signals counted by ``ExportFileTests/aSignalDuringTheWriteWaitsUntilTheTemporaryFileIsGone()``.
nonisolated(unsafe) private var signalsSeenDuringExportTest = 0
