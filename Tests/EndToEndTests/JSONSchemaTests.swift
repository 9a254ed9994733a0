import Foundation
import Testing
@testable import WhosaidModel

/// The JSON of `extract`, `speakers` and `topics` has one key style and is what
/// `schema/whosaid.schema.json` says it is (issue 11, item 12).
@Suite struct JSONSchemaTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let schemaURL = repository.appendingPathComponent("schema/whosaid.schema.json")

    /// Articles with every kind of field: the seed, a wrapped story (statements over line ends),
    /// one with no statements, and a headline with a control character.
    static let articles: [String] = {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("whosaid-schema-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let texts = [
            "quiet.txt": "The harbour was quiet on Sunday.\n",
            "bell.txt": "Bell\u{07} Rings Twice\n\n\u{201C}It rang,\u{201D} said Ada Ng, the keeper. Officials said that the bell was old.\n",
        ]
        return [repository.appendingPathComponent("seeds/000_5f41ddfe102fbffe.txt").path] + texts.sorted { $0.key < $1.key }.map { name, text in
            let url = dir.appendingPathComponent(name)
            try? Data(text.utf8).write(to: url)
            return url.path
        }
    }()

    /// The JSON values of `run`'s standard output: one per line.
    func lines(_ stdout: String) throws -> [JSONValue] {
        try stdout.split(separator: "\n").map { try JSONValue.parse(Data($0.utf8)) }
    }

    @Test(arguments: [("extract", "extract"), ("speakers", "speakers"), ("topics", "topics")])
    func outputIsValidAgainstTheSchema(command: String, definition: String) throws {
        let schema = try JSONSchema(contentsOf: Self.schemaURL)
        let run = try whosaid([command, "--format", "jsonl"] + Self.articles)
        #expect(run.status == 0)
        let objects = try lines(run.stdout)
        #expect(objects.count == Self.articles.count)
        for object in objects {
            #expect(schema.errors(object, definition: definition) == [])
            #expect(schema.errors(object) == [])
        }
        // --format json: the same objects, in one array.
        let array = try whosaid([command, "--format", "json"] + Self.articles)
        #expect(try JSONValue.parse(Data(array.stdout.utf8)) == .array(objects))
    }

    @Test func theValidatorFindsWhatIsWrong() throws {
        let schema = try JSONSchema(contentsOf: Self.schemaURL)
        let wrong = try JSONValue.parse(Data(#"{"id": "a", "speakers": [{"id": 1.5, "name": null, "statementCount": 2}]}"#.utf8))
        let errors = schema.errors(wrong, definition: "speakers")
        #expect(errors.contains("$.speakers[0].id: a number, not integer"))
        #expect(errors.contains("$.speakers[0].name: null, not string"))
        #expect(errors.contains("$.speakers[0]: unexpected key statementCount"))
        #expect(errors.contains("$.speakers[0]: no statement_ids"))
        let aliases = (0...16).map { "\"a\($0)\"" }.joined(separator: ",")
        let quote17 = #"{"id": 0, "start": 0, "end": 0, "text": "", "kind": "direct", "speaker": null, "speaker_aliases": ["#
            + aliases + #"], "cue": null, "paragraph": 1, "rule": "trailing-cue", "confidence": 1, "topics": []}"#
        let long = try JSONValue.parse(Data((#"{"id": "a", "text": "", "quotes": ["# + quote17 + #"], "actors": []}"#).utf8))
        #expect(schema.errors(long, definition: "extract").contains("$.quotes[0].speaker_aliases: 17 items, more than the maximum 16"))
        let quote = schema.root["$defs"]?.objectValue?["quote"]?.objectValue?["properties"]?.objectValue
        #expect(quote?["speaker_aliases"]?.objectValue?["maxItems"] == .number(String(AnalysisJSON.maxSpeakerAliases)))
    }

    @Test func everyKeyIsSnakeCase() throws {
        let keys = try String(contentsOf: Self.schemaURL, encoding: .utf8)
        let properties = try JSONValue.parse(Data(keys.utf8)).objectValue?["$defs"]?.objectValue?.values.compactMap { $0.objectValue?["properties"]?.objectValue?.keys } ?? []
        for name in properties.joined() {
            #expect(name.range(of: "^[a-z]+(_[a-z]+)*$", options: .regularExpression) != nil, "\(name)")
        }
    }

    @Test func theKeysTheScorerReadsAreKept() throws {
        // ../shared/eval/score.py reads id, text, quotes and each quote's start, end, kind,
        // speaker and speaker_aliases.
        let run = try whosaid(["extract", "--format", "jsonl"])
        let document = try #require(try lines(run.stdout).first?.objectValue)
        #expect(document["id"]?.stringValue != nil && document["text"]?.stringValue != nil)
        let quote = try #require(document["quotes"]?.arrayValue?.first?.objectValue)
        for key in ["start", "end", "kind", "speaker", "speaker_aliases"] { #expect(quote[key] != nil, "\(key)") }
    }
}
