/// Renders statements of an ``Analysis`` as a Markdown document with provenance.
///
/// The document starts with a level-1 heading (the headline, else the file name) and a list
/// giving the source file, the number of statements and their order. Then, by ``Grouping``:
/// - ``Grouping/speaker``: a level-2 heading per actor with their role, in order of first
///   statement, and one for unattributed statements last;
/// - ``Grouping/article``: the statements in article order, each labelled with its speaker.
///
/// Each statement gets a label line naming its kind, cue and 1-based paragraph number. Direct
/// quotes follow as blockquotes, verbatim; reported speech follows as a plain paragraph labelled
/// as paraphrase, never as a blockquote. All article words are escaped with ``MarkdownEscaper``.
public struct MarkdownExporter: Sendable {
    /// How statements are ordered in the document.
    public enum Grouping: String, Sendable, CaseIterable, Codable {
        /// One section per speaker (the default).
        case speaker
        /// One list in article order, each statement labelled with its speaker.
        case article
    }

    /// How statements are ordered.
    var grouping: Grouping

    /// Creates an exporter.
    public init(grouping: Grouping = .speaker) {
        self.grouping = grouping
    }

    /// The Markdown for `statements` (statements of `analysis`; duplicates are dropped and
    /// they are put in article order). The text ends with one line break.
    public func render(_ statements: [Statement], of analysis: Analysis) -> String {
        var seen = Set<Int>()
        let ordered = statements.filter { seen.insert($0.id).inserted }.sorted { $0.id < $1.id }
        var blocks = header(for: analysis, count: ordered.count)
        if ordered.isEmpty {
            blocks.append("No statements to export.")
        } else {
            switch grouping {
            case .speaker: blocks += speakerSections(ordered, of: analysis)
            case .article: blocks += ordered.flatMap { statementBlocks($0, speaker: speakerLabel($0, in: analysis)) }
            }
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    /// The Markdown for every statement of `analysis`.
    public func render(_ analysis: Analysis) -> String {
        render(analysis.statements, of: analysis)
    }

    // MARK: - Parts

    /// Title heading and the facts list.
    func header(for analysis: Analysis, count: Int) -> [String] {
        let document = analysis.document
        let order = grouping == .speaker ? "grouped by speaker" : "article order"
        return [
            "# " + MarkdownEscaper.inline(Self.title(of: document)),
            [
                "- Source: " + MarkdownEscaper.inline(document.name),
                "- Statements: \(count)",
                "- Order: \(order)",
            ].joined(separator: "\n"),
        ]
    }

    /// The headline, else the last component of the document's name.
    static func title(of document: Document) -> String {
        if let headline = document.headline, !MarkdownEscaper.lines(of: headline).isEmpty { return headline }
        let base = document.name.split(separator: "/").last.map(String.init) ?? ""
        return MarkdownEscaper.lines(of: base).isEmpty ? "Untitled article" : base
    }

    /// One section per actor in order of first statement, then unattributed statements.
    func speakerSections(_ statements: [Statement], of analysis: Analysis) -> [String] {
        var order: [Int?] = []
        var groups: [Int?: [Statement]] = [:]
        for statement in statements {
            let key = Self.actor(of: statement, in: analysis)?.id
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(statement)
        }
        if let unattributed = order.firstIndex(where: { $0 == nil }) {
            order.append(order.remove(at: unattributed))
        }
        return order.flatMap { key -> [String] in
            let heading: String
            if let key { heading = Self.actorHeading(analysis.actors[key]) }
            else { heading = "Unattributed statements (speaker not identified)" }
            return ["## " + heading] + (groups[key] ?? []).flatMap { statementBlocks($0, speaker: nil) }
        }
    }

    /// `Name — role` for a heading, `Name (role)` as a label; just the name when the role is empty.
    static func actorHeading(_ actor: Actor, asLabel: Bool = false) -> String {
        let name = MarkdownEscaper.inline(actor.name)
        let role = MarkdownEscaper.inline(actor.role ?? "")
        let shownName = name.isEmpty ? "Unnamed speaker" : name
        if role.isEmpty { return shownName }
        return asLabel ? "\(shownName) (\(role))" : "\(shownName) — \(role)"
    }

    /// The statement's actor when its id is valid; a bad id counts as unattributed.
    static func actor(of statement: Statement, in analysis: Analysis) -> Actor? {
        guard let id = statement.actorID, analysis.actors.indices.contains(id) else { return nil }
        return analysis.actors[id]
    }

    /// The speaker as shown beside a statement in article order.
    func speakerLabel(_ statement: Statement, in analysis: Analysis) -> String {
        guard let actor = Self.actor(of: statement, in: analysis) else { return "speaker not identified" }
        return Self.actorHeading(actor, asLabel: true)
    }

    /// The label line, then the statement as blockquote (direct) or paragraphs (reported).
    func statementBlocks(_ statement: Statement, speaker: String?) -> [String] {
        let kindLabel: String
        switch statement.kind {
        case .direct: kindLabel = "**Quote**"
        case .indirect: kindLabel = "**Paraphrase** (reported speech, not a verbatim quote)"
        case .mixed: kindLabel = "**Paraphrase with quoted words** (reported speech, not a verbatim quote)"
        }
        let cue = statement.cue.map(MarkdownEscaper.inline).flatMap { $0.isEmpty ? nil : $0 }
        var label = kindLabel
        if let speaker { label += " — " + speaker }
        label += " · " + (cue.map { "cue: \($0)" } ?? "no cue")
        label += " · paragraph \(statement.paragraph + 1)"

        let lines = MarkdownEscaper.lines(statement.text)
        let body: String
        if lines.isEmpty {
            body = "(empty statement)"
        } else if statement.kind == .direct {
            body = lines.map { "> " + $0 }.joined(separator: "\n>\n")
        } else {
            body = lines.joined(separator: "\n\n")
        }
        return [label, body]
    }
}
