import ArgumentParser

/// Placeholder until implemented.
struct TopicsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "topics", abstract: "Not implemented yet.")
    func run() throws { throw ValidationError("topics is not implemented yet") }
}
