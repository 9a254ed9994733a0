import WhosaidBrowser
import WhosaidModel

/// Carries out an ``Effect`` (writes the export file) and reports the outcome as an ``Action``.
/// It lives with the terminal, the impure layer: the browser library only describes the work.
public enum EffectRunner {
    /// Performs `effect` for `analysis`.
    public static func perform(_ effect: Effect, analysis: Analysis, store: CorrectionsStore = .standard()) -> Action {
        switch effect {
        case .saveCorrections(let corrections):
            do {
                try store.save(corrections, for: analysis.document)
                return .correctionsSaved(nil)
            } catch {
                return .correctionsSaved(error.description)
            }
        case .export(let ids, let path, let overwrite):
            let statements = ids.map { analysis.statements[$0] }
            return write(MarkdownExporter().render(statements, of: analysis), count: statements.count, to: path, overwrite: overwrite)
        }
    }

    /// Performs a corpus browser's `effect`, reading the statements from `source` (named `name`
    /// in the export's heading).
    public static func perform(_ effect: CorpusEffect, source: any CorpusSource, name: String) -> Action {
        switch effect {
        case .export(let ids, let path, let overwrite, let grouping):
            let statements: [CorpusStatement]
            do {
                statements = try source.statements(ids: ids)
            } catch {
                return .exportFinished(.failed("Cannot read the corpus: \(error)"))
            }
            return write(CorpusMarkdownExporter(grouping: grouping).render(statements, source: name), count: statements.count, to: path, overwrite: overwrite)
        }
    }

    /// Writes an export of `count` statements and reports how it went.
    static func write(_ markdown: String, count: Int, to path: String, overwrite: Bool) -> Action {
        do {
            try ExportFile.write(markdown, to: path, overwrite: overwrite)
            return .exportFinished(.written(count: count, path: path))
        } catch .exists(let existing) {
            return .exportFinished(.exists(path: existing))
        } catch {
            return .exportFinished(.failed(error.description))
        }
    }
}
