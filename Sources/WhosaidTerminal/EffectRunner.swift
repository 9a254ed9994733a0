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
            let markdown = MarkdownExporter().render(statements, of: analysis)
            do {
                try ExportFile.write(markdown, to: path, overwrite: overwrite)
                return .exportFinished(.written(count: statements.count, path: path))
            } catch .exists(let existing) {
                return .exportFinished(.exists(path: existing))
            } catch {
                return .exportFinished(.failed(error.description))
            }
        }
    }
}
