import Foundation

/// Where a reader's corrections live: one JSON file per article text in
/// `$XDG_DATA_HOME/whosaid/corrections` (or `~/.local/share/whosaid/corrections`), named by a
/// hash of the text, so the article's own folder is never written to and a copy of the article
/// elsewhere keeps its corrections.
public struct CorrectionsStore: Sendable {
    /// The folder that holds the files.
    let directory: URL

    /// A store in `directory`.
    public init(directory: URL) { self.directory = directory }

    /// The store in the user's data folder, read from `environment`.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> CorrectionsStore {
        let base: URL
        if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty {
            base = URL(fileURLWithPath: xdg)
        } else {
            base = URL(fileURLWithPath: environment["HOME"] ?? NSTemporaryDirectory()).appendingPathComponent(".local/share")
        }
        return CorrectionsStore(directory: base.appendingPathComponent("whosaid/corrections"))
    }

    /// The file for the article `document`.
    func url(for document: Document) -> URL {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a, 64 bits
        for byte in document.text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return directory.appendingPathComponent(String(hash, radix: 16) + ".json")
    }

    /// The corrections saved for `document`: none when no file exists.
    public func load(for document: Document) throws(CorrectionsError) -> Corrections {
        let url = url(for: document)
        guard FileManager.default.fileExists(atPath: url.path) else { return Corrections() }
        do {
            return try JSONDecoder().decode(Corrections.self, from: Data(contentsOf: url))
        } catch {
            throw .unreadable(url.path)
        }
    }

    /// Saves `corrections` for `document`, atomically: a killed process leaves the old file or
    /// the new one, never half of one.
    public func save(_ corrections: Corrections, for document: Document) throws(CorrectionsError) {
        let url = url(for: document)
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            try encoder.encode(corrections).write(to: url, options: .atomic)
        } catch {
            throw .notSaved(url.path)
        }
    }
}

/// Why corrections could not be read or written.
public enum CorrectionsError: Error, Equatable, CustomStringConvertible {
    case unreadable(String)
    case notSaved(String)

    public var description: String {
        switch self {
        case .unreadable(let path): "corrections file \(path) cannot be read; move it away to start afresh"
        case .notSaved(let path): "could not save corrections to \(path); check that folder's permissions"
        }
    }
}
