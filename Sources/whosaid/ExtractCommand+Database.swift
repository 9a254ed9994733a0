import ArgumentParser
import WhosaidCorpus
import WhosaidModel

/// `extract --db FILE`: the statements stored in a corpus database, as `extract` lists files.
extension ExtractCommand {
    /// Lists each stored article that has statements the filters keep (every article without
    /// filters), oldest first, in the same formats and JSON as `extract FILE...`: the JSONL can be
    /// indexed again. `--speaker` also matches the corpus person a speaker belongs to.
    func extractDatabase(_ path: String) throws {
        guard files.isEmpty, jsonlInput == nil else {
            throw ValidationError("--db reads the articles from the database; leave out the FILE arguments and --jsonl-input")
        }
        let corpus = try CorpusCommand.open(path)
        let filter = StatementFilter(speakers: speakers, topics: topics)
        let current = KeptStatements()
        let output = ListingOutput(
            format: format ?? .text,
            text: { StatementTable.render($0, statements: current.statements) },
            json: { try AnalysisJSON.stream($0, id: $0.document.name, statements: current.statements, to: $1) })
        try output.list { body in
            try CorpusCommand.run {
                try corpus.forEachArticle(keeping: filter) { article in
                    current.statements = article.statements
                    try body(article.analysis)
                }
            }
            return false
        }
    }
}

/// The statements kept of the article being listed, for the listing's closures.
private final class KeptStatements {
    var statements: [Statement] = []
}
