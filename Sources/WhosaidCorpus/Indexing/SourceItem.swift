import Foundation
import WhosaidModel

/// One article found in the inputs, before analysis: a text file, or one JSONL line.
public struct SourceItem: Sendable {
    /// What the corpus keeps about an article besides its analysis.
    public struct Meta: Sendable, Hashable {
        /// Identity across runs: the JSONL `id`, or the file's absolute path.
        public var key: String
        public var title: String?
        /// The JSONL `date`, as given.
        public var date: String?
        /// The outlet (`publisher`, `source`), if the JSONL names one.
        public var source: String?
        /// The file, with `:LINE` for a JSONL line.
        public var origin: String
    }

    /// What is left to do for the article.
    public enum Work: Sendable {
        /// Analyse this text.
        case analyse(String)
        /// Already analysed (`whosaid extract` output): store as it is.
        case imported(ArticleRecord)
    }

    public var meta: Meta
    /// Content hash; an article whose key and hash are in the corpus is skipped.
    public var hash: String
    public var work: Work
}

/// Walks the paths given to `whosaid index` and reads their articles in order: files named
/// directly (any extension: the user chose them), `.txt`, `.md` and `.jsonl` files below
/// directories (hidden ones skipped), one article per text file and per JSONL line.
public struct SourceReader {
    /// A problem with one input (unreadable file, a JSONL line that is no document); the
    /// indexer reports it and goes on.
    public struct Problem: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// Files to read, in order.
    public let files: [String]
    /// Directories or files that do not exist or cannot be listed.
    public let missing: [Problem]
    /// Marks analyses in the content hash, so that a new whosaid analyses again.
    let analysedBy: String

    /// Lists the files under `paths`.
    public init(paths: [String], analysedBy: String) {
        var files: [String] = []
        var missing: [Problem] = []
        let fm = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
                missing.append(Problem(description: "\(path): no such file or directory"))
                continue
            }
            guard isDirectory.boolValue else {
                files.append(path)
                continue
            }
            guard let walker = fm.enumerator(atPath: path) else {
                missing.append(Problem(description: "\(path): cannot list the directory"))
                continue
            }
            var found: [String] = []
            while let relative = walker.nextObject() as? String {
                let name = (relative as NSString).lastPathComponent
                if name.hasPrefix(".") {
                    walker.skipDescendants()
                    continue
                }
                let ext = (name as NSString).pathExtension.lowercased()
                guard ["txt", "md", "jsonl"].contains(ext) else { continue }
                let full = (path as NSString).appendingPathComponent(relative)
                var dir: ObjCBool = false
                if fm.fileExists(atPath: full, isDirectory: &dir), !dir.boolValue { found.append(full) }
            }
            files += found.sorted()
        }
        self.files = files
        self.missing = missing
        self.analysedBy = analysedBy
    }

    /// Whether `path` is read as JSON Lines.
    static func isJSONL(_ path: String) -> Bool { (path as NSString).pathExtension.lowercased() == "jsonl" }

    /// How many articles the files hold, at most (JSONL lines counted by their line feeds):
    /// the progress bar's total.
    public func estimatedCount() -> Int {
        files.reduce(0) { total, path in
            guard Self.isJSONL(path) else { return total + 1 }
            return total + Self.countLines(path)
        }
    }

    static func countLines(_ path: String) -> Int {
        guard let fd = try? DocumentLoader.openForReading(path: path) else { return 0 }
        defer { close(fd) }
        var lines = LineReader(descriptor: fd)
        var n = 0
        while let line = lines.next() {
            if !JSONLReader.isBlank(line) { n += 1 }
        }
        return n
    }

    /// Reads every article in order and hands it (or the problem with it) to `body`.
    public func forEach(_ body: (Result<SourceItem, Problem>) throws -> Void) rethrows {
        for p in missing { try body(.failure(p)) }
        for path in files {
            if Self.isJSONL(path) {
                try readJSONL(path, body)
            } else {
                try body(readTextFile(path))
            }
        }
    }

    func readTextFile(_ path: String) -> Result<SourceItem, Problem> {
        do {
            let data = try DocumentLoader.read(path: path)
            let text = try DocumentLoader.decode(data, path: path)
            guard DocumentLoader.hasText(text) else { return .failure(Problem(description: "\(path): the file is empty; there is nothing to analyse")) }
            let key = URL(fileURLWithPath: path).standardizedFileURL.path
            let meta = SourceItem.Meta(key: key, title: nil, date: nil, source: nil, origin: path)
            return .success(SourceItem(meta: meta, hash: ContentHash.of(data, salt: analysedBy), work: .analyse(text)))
        } catch {
            return .failure(Problem(description: error.description))
        }
    }

    func readJSONL(_ path: String, _ body: (Result<SourceItem, Problem>) throws -> Void) rethrows {
        let fd: Int32
        do {
            fd = try DocumentLoader.openForReading(path: path)
        } catch {
            try body(.failure(Problem(description: error.description)))
            return
        }
        defer { close(fd) }
        var lines = LineReader(descriptor: fd)
        var number = 0
        while let line = lines.next() {
            number += 1
            if JSONLReader.isBlank(line) { continue }
            try body(item(jsonl: line, path: path, number: number))
        }
        if let reason = lines.failure {
            try body(.failure(Problem(description: "\(path):\(number + 1): cannot read the input (\(reason)); the rest of it was not indexed")))
        }
    }

    /// One JSONL line: a document to analyse, or `whosaid extract` output to import as it is.
    /// Extract output is told by its `actors` list, which whosaid always writes: gold data such
    /// as PolNeAR's has `quotes` too, but no actors, and is analysed like any document.
    func item(jsonl line: Data, path: String, number: Int) -> Result<SourceItem, Problem> {
        let origin = "\(path):\(number)"
        guard let object = (try? JSONSerialization.jsonObject(with: line)) as? [String: Any] else {
            return .failure(Problem(description: "\(origin): not a JSON object; skipped"))
        }
        guard let text = object["text"] as? String else {
            return .failure(Problem(description: "\(origin): no \"text\" string; skipped"))
        }
        guard DocumentLoader.hasText(text) else {
            return .failure(Problem(description: "\(origin): the text is empty; skipped"))
        }
        let id: String
        switch object["id"] {
        case let s as String: id = s
        case let n as NSNumber: id = n.stringValue
        default: id = origin
        }
        let meta = SourceItem.Meta(
            key: id, title: object["title"] as? String, date: Self.string(object["date"]),
            source: object["publisher"] as? String ?? object["outlet"] as? String ?? object["source"] as? String,
            origin: origin)
        if object["quotes"] is [Any], object["actors"] is [Any] {
            let record = ArticleRecord(extractOutput: object, text: text, source: meta)
            return .success(SourceItem(meta: meta, hash: ContentHash.of(line, salt: "imported"), work: .imported(record)))
        }
        return .success(SourceItem(meta: meta, hash: ContentHash.of(line, salt: analysedBy), work: .analyse(text)))
    }

    static func string(_ value: Any?) -> String? {
        switch value {
        case let s as String: return s.isEmpty ? nil : s
        case let n as NSNumber: return n.stringValue
        default: return nil
        }
    }
}

/// A 64-bit FNV-1a hash of an article's bytes, as hex: enough to tell whether the article at one
/// key changed (it is never compared across keys).
enum ContentHash {
    static func of(_ data: Data, salt: String) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in salt.utf8 { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        h = (h ^ 0) &* 0x0000_0100_0000_01B3
        data.withUnsafeBytes { raw in
            for b in raw { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
