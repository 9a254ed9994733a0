import ArgumentParser
import WhosaidModel

/// `--link-roles`, for the commands that analyse articles (`extract`, `speakers`, `topics`,
/// `export`, `index`); off by default, as the literal reading is what news annotation scores.
/// The browser declares its own, on by default (``BrowseCommand/linkRoles``).
struct LinkRolesFlag: ParsableArguments {
    /// The flag's help: what linking does, in one line.
    static let help = "Tie a role description such as “the mayor” to the person the article gave that role (“Mayor Ann Pruett”) instead of listing it as a speaker of its own."

    @Flag(name: .customLong("link-roles"), help: ArgumentHelp(Self.help))
    var linkRoles = false

    /// Refuses the flag where a command reads analyses stored in a corpus database (`--db`):
    /// they were made when the articles were indexed, and it would change nothing.
    func validateReadingStored() throws {
        guard linkRoles else { return }
        throw ValidationError("--db reads the analyses stored when the articles were indexed; pass --link-roles to whosaid index instead")
    }
}

/// The engine's options from the command-line flags: the one place they are built, for every
/// command and for a `--jsonl-input` worker, which reads its command line without ArgumentParser
/// (``WorkerLaunch``).
enum EngineFlags {
    /// The options for these flag values (`--unattributed`, `--link-roles`).
    static func options(unattributed: Bool = false, linkRoles: Bool = false) -> Engine.Options {
        var options = Engine.Options()
        options.unattributedQuotes = unattributed
        options.linkRoleDescriptions = linkRoles
        return options
    }
}
