import Foundation
import WhosaidModel

/// Lines for the user on standard error, written with `write(2)`. When even stderr cannot be
/// written there is nowhere left to say so: the failure is ignored, and the exit status still tells.
///
/// Each message stays one line and harmless to the terminal: control characters in it (from a
/// file name, say, or an article's words) are made visible with ``TerminalText``, a line feed too.
enum Diagnostics {
    /// Writes `whosaid: message` as one line.
    static func report(_ message: String) {
        note("whosaid: \(message)")
    }

    /// Writes `whosaid: message` as one line and exits with status 1: the one way a command
    /// stops on an error it cannot go on from.
    static func fail(_ message: String) -> Never {
        report(message)
        exit(1)
    }

    /// Writes `message` as one line, with no prefix (progress such as "Exported 3 statements");
    /// a message of several lines (usage) keeps the `kept` line feeds and tabs.
    static func note(_ message: String, keeping kept: TerminalText.Kept = []) {
        let line = Array("\(TerminalText.visible(message, keeping: kept))\n".utf8)
        _ = line.withUnsafeBytes { DescriptorWriter.writeAll($0, to: STDERR_FILENO) }
    }
}
