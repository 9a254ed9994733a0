/// Renders statements from many articles of a corpus as one Markdown document.
///
/// Like ``MarkdownExporter``, but each statement names the article it comes from (title and
/// date) beside its kind, cue and paragraph. By ``MarkdownExporter/Grouping``:
/// - `speaker`: a level-2 heading per speaker (the corpus person), in order of first statement,
///   unattributed statements last;
/// - `article`: a level-2 heading per article, statements in article order, each labelled with
///   its speaker.
public struct CorpusMarkdownExporter: Sendable {
    /// How statements are grouped.
    var grouping: MarkdownExporter.Grouping

    /// Creates an exporter.
    public init(grouping: MarkdownExporter.Grouping = .speaker) {
        self.grouping = grouping
    }

    /// The Markdown for `statements` (duplicates dropped), from the corpus named `source`.
    /// The text ends with one line break.
    public func render(_ statements: [CorpusStatement], source: String) -> String {
        var seen = Set<Int64>()
        let unique = statements.filter { seen.insert($0.id).inserted }
        let order = grouping == .speaker ? "grouped by speaker" : "grouped by article"
        var blocks = [
            "# Statements from " + MarkdownEscaper.inline(source),
            [
                "- Source: " + MarkdownEscaper.inline(source),
                "- Statements: \(unique.count)",
                "- Articles: \(Set(unique.map(\.article)).count)",
                "- Order: \(order)",
            ].joined(separator: "\n"),
        ]
        if unique.isEmpty { return (blocks + ["No statements to export."]).joined(separator: "\n\n") + "\n" }
        let exporter = MarkdownExporter(grouping: grouping)
        switch grouping {
        case .speaker:
            for (speaker, group) in Self.grouped(unique, by: { $0.speaker }, nilLast: true) {
                blocks.append("## " + (speaker.map(Self.name) ?? "Unattributed statements (speaker not identified)"))
                for s in group {
                    var parts = exporter.statementBlocks(s.statement, speaker: nil)
                    parts[0] += " · " + Self.articleReference(s)
                    if let role = s.role.map(MarkdownEscaper.inline), !role.isEmpty { parts[0] += " · " + role }
                    blocks += parts
                }
            }
        case .article:
            for (_, group) in Self.grouped(unique, by: { $0.article }, nilLast: false) {
                blocks.append("## " + Self.articleReference(group[0]))
                for s in group.sorted(by: { $0.statement.span.start < $1.statement.span.start }) {
                    let speaker = s.speaker.map { Self.name($0) + (s.role.map { " (" + MarkdownEscaper.inline($0) + ")" } ?? "") }
                    blocks += exporter.statementBlocks(s.statement, speaker: speaker ?? "speaker not identified")
                }
            }
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    /// The article as a label: its title in italics (its key when it has none) and its date.
    static func articleReference(_ s: CorpusStatement) -> String {
        let title = s.title.flatMap { MarkdownEscaper.lines(of: $0).isEmpty ? nil : $0 } ?? s.articleKey
        let shown = MarkdownEscaper.inline(title)
        let named = shown.isEmpty ? "untitled article" : "*\(shown)*"
        return s.date.map { named + " (" + MarkdownEscaper.inline($0) + ")" } ?? named
    }

    static func name(_ speaker: String) -> String {
        let name = MarkdownEscaper.inline(speaker)
        return name.isEmpty ? "Unnamed speaker" : name
    }

    /// `statements` in groups of equal `key`, groups in order of first appearance (a nil key
    /// last when `nilLast`).
    static func grouped<Key: Hashable>(
        _ statements: [CorpusStatement], by key: (CorpusStatement) -> Key?, nilLast: Bool
    ) -> [(Key?, [CorpusStatement])] {
        var order: [Key?] = []
        var groups: [Key?: [CorpusStatement]] = [:]
        for s in statements {
            let k = key(s)
            if groups[k] == nil { order.append(k) }
            groups[k, default: []].append(s)
        }
        if nilLast, let i = order.firstIndex(where: { $0 == nil }) { order.append(order.remove(at: i)) }
        return order.map { ($0, groups[$0] ?? []) }
    }
}
