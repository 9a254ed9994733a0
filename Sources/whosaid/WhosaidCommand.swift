import ArgumentParser
import Foundation
import WhosaidModel

/// `whosaid`: a terminal browser for who said what in news articles, and its command-line tools.
@main
struct WhosaidCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "whosaid",
        abstract: "Browse who said what in news articles.",
        discussion: "With no subcommand, opens the browser on FILE (the bundled seed article when none is given).",
        version: WhosaidVersion.current,
        subcommands: [
            BrowseCommand.self, ExtractCommand.self, SpeakersCommand.self, TopicsCommand.self, ExportCommand.self, TagCommand.self,
            IndexCommand.self, SearchCommand.self, PeopleCommand.self,
        ],
        defaultSubcommand: BrowseCommand.self
    )

    /// Runs the command as ArgumentParser's own `main` does, but writes its messages (help, usage
    /// errors) with control characters made visible: an error quotes the arguments given, and a
    /// file name from a glob may start with `--` and hold an escape sequence.
    static func main() {
        do {
            // A `--jsonl-input` worker's own command line is read without ArgumentParser.
            if let worker = WorkerLaunch(CommandLine.arguments.dropFirst()) { return try worker.run() }
            var command = try parseAsRoot()
            try command.run()
        } catch let failure as Diagnostics.Failure {
            Diagnostics.report(failure.message)
            Foundation.exit(ExitCode.failure.rawValue)
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if !message.isEmpty {
                let shown = TerminalText.visible(message, keeping: [.lineFeeds, .tabs])
                if code.isSuccess {
                    do { try OutputStream.writing { out in try out.write(shown + "\n") } } catch { Foundation.exit(ExitCode.failure.rawValue) }
                } else {
                    Diagnostics.note(shown, keeping: [.lineFeeds, .tabs])
                }
            }
            Foundation.exit(code.rawValue)
        }
    }
}

/// The version `whosaid --version` prints.
enum WhosaidVersion {
    static let current = "0.3.0"
}
