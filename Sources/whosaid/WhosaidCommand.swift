import ArgumentParser

/// `whosaid`: a terminal browser for who said what in news articles, and its command-line tools.
@main
struct WhosaidCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "whosaid",
        abstract: "Browse who said what in news articles.",
        discussion: "With no subcommand, opens the browser on FILE (the bundled seed article when none is given).",
        subcommands: [BrowseCommand.self, ExtractCommand.self, SpeakersCommand.self, TopicsCommand.self, ExportCommand.self, TagCommand.self],
        defaultSubcommand: BrowseCommand.self
    )
}
