import ArgumentParser

/// Placeholder until implemented.
struct SpeakersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "speakers", abstract: "Not implemented yet.")
    func run() throws { throw ValidationError("speakers is not implemented yet") }
}
