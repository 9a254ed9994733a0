import Foundation
import GRDB

/// Why a corpus database cannot be used; each description is one line for the user.
public enum CorpusError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file is no SQLite database, or one that another program wrote.
    case notACorpus(path: String, why: String)
    /// The file was written by a newer whosaid.
    case newerSchema(path: String, version: Int)
    /// Reading needs a database, and there is none at the path.
    case missing(path: String)
    /// SQLite failed (disk full, locked, permissions…).
    case database(path: String, message: String)

    public var description: String {
        switch self {
        case .notACorpus(let path, let why):
            return "\(path): not a whosaid corpus database (\(why))"
        case .newerSchema(let path, let version):
            return "\(path): written by a newer whosaid (corpus schema \(version); this one knows up to \(CorpusSchema.version)); upgrade whosaid to use it"
        case .missing(let path):
            return "\(path): no such corpus database (create one with whosaid index)"
        case .database(let path, let message):
            return "\(path): \(message)"
        }
    }
}

/// A corpus: one SQLite file (WAL mode) of articles, statements, actors, people and topics.
public final class Corpus: Sendable {
    /// The database file.
    public let path: String
    /// The connection; all reads and writes go through it.
    public let queue: DatabaseQueue

    private init(path: String, queue: DatabaseQueue) {
        self.path = path
        self.queue = queue
    }

    /// Opens the corpus at `path` for indexing, creating it (or bringing an older schema up to
    /// date) as needed. A file that is not a whosaid corpus is left untouched.
    public static func openForWriting(path: String) throws(CorpusError) -> Corpus {
        if FileManager.default.fileExists(atPath: path) { try check(path: path, creating: true) }
        var config = Configuration()
        config.journalMode = .wal
        config.busyMode = .timeout(10)
        config.prepareDatabase { db in
            // Committed batches survive a killed process in WAL mode with NORMAL; only a power
            // loss could cost the last ones.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        return try wrap(path) {
            let queue = try DatabaseQueue(path: path, configuration: config)
            try CorpusSchema.migrator.migrate(queue)
            try queue.write { db in try db.execute(sql: "PRAGMA user_version = \(CorpusSchema.version)") }
            return Corpus(path: path, queue: queue)
        }
    }

    /// Opens the existing corpus at `path` for reading.
    public static func openForReading(path: String) throws(CorpusError) -> Corpus {
        guard FileManager.default.fileExists(atPath: path) else { throw .missing(path: path) }
        try check(path: path, creating: false)
        var config = Configuration()
        config.readonly = true
        config.busyMode = .timeout(10)
        return try wrap(path) { Corpus(path: path, queue: try DatabaseQueue(path: path, configuration: config)) }
    }

    /// Refuses a file that is not a whosaid corpus of a schema this whosaid knows, before anything
    /// writes to it. An empty file (or an SQLite file without tables) may become a corpus when
    /// `creating`.
    static func check(path: String, creating: Bool) throws(CorpusError) {
        if creating, let size = try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int, size == 0 { return }
        var config = Configuration()
        config.readonly = true
        // A writer closing at that moment (its last checkpoint) holds the file for an instant.
        config.busyMode = .timeout(10)
        let found: (app: Int32, tables: Int, applied: Set<String>) = try wrap(path) {
            let probe = try DatabaseQueue(path: path, configuration: config)
            defer { try? probe.close() }
            return try probe.read { db in
                let app = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                let tables = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE type = 'table'") ?? 0
                let applied = try db.tableExists("grdb_migrations")
                    ? Set(try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")) : []
                return (app, tables, applied)
            }
        }
        if found.app != CorpusSchema.applicationID {
            guard creating, found.tables == 0, found.app == 0 else {
                throw .notACorpus(path: path, why: found.app == 0 ? "an SQLite database of another program" : "application id \(found.app)")
            }
            return
        }
        if !found.applied.isSubset(of: CorpusSchema.migrations) {
            throw .newerSchema(path: path, version: found.applied.count)
        }
        if !creating, found.applied.count < CorpusSchema.version {
            throw .database(path: path, message: "corpus schema \(found.applied.count) is older than this whosaid's \(CorpusSchema.version); run whosaid index on it to update it")
        }
    }

    /// Runs `body`, turning SQLite's errors into one-line ``CorpusError``s.
    static func wrap<T>(_ path: String, _ body: () throws -> T) throws(CorpusError) -> T {
        do {
            return try body()
        } catch let error as CorpusError {
            throw error
        } catch let error as DatabaseError {
            switch error.resultCode {
            case .SQLITE_NOTADB: throw .notACorpus(path: path, why: "not an SQLite file")
            case .SQLITE_CANTOPEN: throw .database(path: path, message: "cannot open the database file")
            default: throw .database(path: path, message: error.message ?? "\(error.resultCode)")
            }
        } catch {
            throw .database(path: path, message: "\(error)")
        }
    }
}
