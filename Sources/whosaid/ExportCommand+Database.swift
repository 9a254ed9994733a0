import ArgumentParser
import Foundation
import WhosaidCorpus
import WhosaidModel

/// `export --db FILE --speaker NAME`: a speaker's statements across the articles of a corpus.
extension ExportCommand {
    /// Exports the statements of the speakers named (matched as in `extract --db`, the corpus
    /// person's other names too), each with its article's title and date, grouped by speaker or
    /// by article.
    func exportDatabase(_ path: String) throws {
        guard file == nil else { throw ValidationError("--db exports from the database; leave out the FILE argument") }
        guard !speakers.isEmpty else {
            throw ValidationError("--db needs --speaker NAME: whose statements to export (whosaid speakers --db \(path) lists them)")
        }
        let corpus = try CorpusCommand.open(path)
        var statements: [CorpusStatement] = []
        try CorpusCommand.run {
            try corpus.forEachArticle(keeping: StatementFilter(speakers: speakers, topics: topics)) { article in
                statements += article.corpusStatements
            }
        }
        let name = URL(fileURLWithPath: path).lastPathComponent
        try deliver(CorpusMarkdownExporter(grouping: groupBy).render(statements, source: name), count: statements.count)
    }
}
