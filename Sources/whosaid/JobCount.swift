import ArgumentParser
import Foundation

/// The value of `--jobs N`: how many documents are analysed at once, a whole number from 1.
/// Without the option, one per core (``defaultValue``).
struct JobCount: ExpressibleByArgument, Equatable {
    let value: Int

    init(_ value: Int) { self.value = max(1, value) }

    init?(argument: String) {
        guard let n = Int(argument), n >= 1 else { return nil }
        value = n
    }

    /// One job per core this process may use.
    static var defaultValue: JobCount { JobCount(ProcessInfo.processInfo.activeProcessorCount) }

    static let help = ArgumentHelp("Analyse N documents at once (default: one per core); output stays in input order.", valueName: "N")
}
