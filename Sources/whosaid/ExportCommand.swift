import ArgumentParser

/// Placeholder until implemented.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export", abstract: "Not implemented yet.")
    func run() throws { throw ValidationError("export is not implemented yet") }
}
