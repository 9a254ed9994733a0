import ArgumentParser
import Foundation
import WhosaidBrowser
import WhosaidModel
import WhosaidTerminal

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `whosaid [FILE]`: the full-screen browser of actors, statements and the source text.
struct BrowseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse",
        abstract: "Browse who said what in an article (the default command).",
        discussion: "Keys: j/k move, Tab switches panes, Enter opens, / searches, t topics, Space marks, e exports, ? help, q quits."
    )

    @Argument(help: "The article to browse (UTF-8 text), a corpus database (made by whosaid index), or a folder to index into one and browse. Without it, the bundled seed article.")
    var file: String?

    @Flag(name: .customLong("no-mouse"), help: "Do not capture the mouse (keeps the terminal's own selection).")
    var noMouse = false

    /// Whether role descriptions are tied to the people holding the role: on by default, as the
    /// browser is a reader's view (the other commands' `--link-roles` is off by default).
    @Flag(inversion: .prefixedNo, help: "Tie a role description such as “the mayor” to the person the article gave that role; --no-link-roles keeps it a speaker of its own.")
    var linkRoles = true

    func run() throws {
        let corpus = try file.flatMap { try Self.corpusDatabase(for: $0, linkingRoles: linkRoles) }
        let document: Document
        if corpus != nil {
            document = DocumentLoader.seed()
        } else if let file {
            do {
                document = try DocumentLoader.load(path: file)
            } catch {
                throw Diagnostics.Failure(error.description)
            }
        } else {
            document = DocumentLoader.seed()
        }
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw Diagnostics.Failure("the browser needs a terminal; for machine-readable output use `whosaid extract \(file ?? "FILE")`")
        }
        let environment = ProcessInfo.processInfo.environment
        if let refusal = TerminalCheck.refusal(term: environment["TERM"], file: file) { throw Diagnostics.Failure(refusal) }
        let locale = TerminalLocale.select()
        if let note = locale.note { Diagnostics.report(note) }
        if let corpus { return try browseCorpus(corpus, environment: environment, locale: locale) }
        let corrections: Corrections
        do {
            corrections = try CorrectionsStore.standard().load(for: document)
        } catch {
            throw Diagnostics.Failure(error.description)
        }
        let options = EngineFlags.options(linkRoles: linkRoles)
        BrowserApp.run(
            name: URL(fileURLWithPath: document.name).lastPathComponent, characters: document.scalars.count,
            prepare: {
                let reading = CorrectedReading(document: document, corrections: corrections, options: options)
                let status = reading.note.map { StatusMessage($0.prefix(1).uppercased() + $0.dropFirst()) }
                return State(analysis: reading.analysis, size: Size(width: 80, height: 24), corrections: reading.corrections, status: status)
            },
            mouse: !noMouse, locale: locale, environment: environment)
    }
}
