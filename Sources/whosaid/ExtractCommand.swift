import ArgumentParser

/// Placeholder until implemented.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "extract", abstract: "Not implemented yet.")
    func run() throws { throw ValidationError("extract is not implemented yet") }
}
