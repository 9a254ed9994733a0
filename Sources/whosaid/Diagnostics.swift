import Foundation
import WhosaidModel

/// Lines for the user on standard error, written with `write(2)`. When even stderr cannot be
/// written there is nowhere left to say so: the failure is ignored, and the exit status still tells.
///
/// Each message stays one line and harmless to the terminal: control characters in it (from a
/// file name, say, or an article's words) are made visible with ``TerminalText``, a line feed too.
///
/// A command reports a problem it goes on from with ``report(_:)`` (a file skipped), and stops on
/// one it cannot go on from by throwing ``Failure``: ``WhosaidCommand/main()`` reports it, after
/// the command has unwound (what it wrote to stdout is flushed), and exits with status 1.
enum Diagnostics {
    /// An error a command cannot go on from, said in one line.
    struct Failure: Error {
        let message: String

        init(_ message: String) {
            self.message = message
        }
    }

    /// Writes `whosaid: message` as one line.
    static func report(_ message: String) {
        note("whosaid: \(message)")
    }

    /// Writes `message` as one line, with no prefix (progress such as "Exported 3 statements");
    /// a message of several lines (usage) keeps the `kept` line feeds and tabs.
    static func note(_ message: String, keeping kept: TerminalText.Kept = []) {
        let line = Array("\(TerminalText.visible(message, keeping: kept))\n".utf8)
        _ = line.withUnsafeBytes { DescriptorWriter.writeAll($0, to: STDERR_FILENO) }
    }
}
