import ArgumentParser

/// Placeholder until implemented.
struct BrowseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "browse", abstract: "Not implemented yet.")
    func run() throws { throw ValidationError("browse is not implemented yet") }
}
