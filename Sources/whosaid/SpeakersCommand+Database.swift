import ArgumentParser
import WhosaidCorpus
import WhosaidModel

/// `speakers --db FILE`: the people of a corpus database, across its articles.
extension SpeakersCommand {
    /// Lists every corpus person and organisation, most statements first: text (as `whosaid
    /// people` prints them), one JSON array, or one object per line (`corpus_speaker` in the schema).
    func listCorpusSpeakers(_ path: String) throws {
        guard files.isEmpty else { throw ValidationError("--db lists the speakers of the database; leave out the FILE arguments") }
        let corpus = try CorpusCommand.open(path)
        let people = try CorpusCommand.run { try corpus.people(kind: nil, limit: Int.max) }
        try OutputStream.writing { out in
            switch format {
            case .text:
                try PeopleListing.write(people, showingKind: true, to: out)
            case .json:
                try ListingOutput.writeJSON(people.map(CorpusSpeaker.init), to: out)
            case .jsonl:
                for p in people { try ListingOutput.writeJSON(CorpusSpeaker(p), to: out, pretty: false) }
            }
        }
    }
}

/// A corpus person as `speakers --db` writes it in JSON (snake_case keys).
struct CorpusSpeaker: Encodable {
    let name: String
    let aliases: [String]
    let kind: String
    let statements: Int
    let articles: Int
    let firstDate: String?
    let lastDate: String?
    let roles: [String]

    init(_ p: PersonSummary) {
        name = p.name
        aliases = p.aliases
        kind = p.kind
        statements = p.statements
        articles = p.articles
        firstDate = p.firstDate
        lastDate = p.lastDate
        roles = p.roles
    }

    enum CodingKeys: String, CodingKey {
        case name, aliases, kind, statements, articles, roles
        case firstDate = "first_date"
        case lastDate = "last_date"
    }
}
