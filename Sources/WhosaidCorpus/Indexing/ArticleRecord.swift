import Foundation
import WhosaidModel

/// One article as the corpus stores it: what a fresh analysis or an imported
/// `whosaid extract` line gives, in one shape.
public struct ArticleRecord: Sendable {
    /// One statement; `actor` indexes ``actors``.
    public struct StatementRow: Sendable {
        public var start: Int, end: Int
        public var text: String
        public var kind: String
        public var cue: String?
        public var cueSpan: TextSpan?
        public var actor: Int?
        /// The mention the speaker was found through ("he", "Sigal").
        public var speakerMention: TextSpan?
        /// How that mention was tied to the actor.
        public var link: SpeakerLink?
        /// 1-based.
        public var paragraph: Int
        public var rule: String
        public var confidence: Double
        /// Indexes into ``topics``.
        public var topics: [Int]
    }

    /// One actor of the article, with its per-article role.
    public struct ActorRow: Sendable {
        public var number: Int
        public var name: String
        public var aliases: [String]
        public var roles: [String]
        public var kind: String
        public var statements: Int
        public var mentions: [TextSpan]
    }

    /// Where it comes from and what it is.
    public var source: SourceItem.Meta
    public var text: String
    public var statements: [StatementRow] = []
    public var actors: [ActorRow] = []
    public var topics: [(phrase: String, score: Double)] = []
    /// `whosaid VERSION` for an analysis made here, `imported` for extract output.
    public var analysed: String
}

extension ArticleRecord {
    /// The record of a fresh analysis.
    public init(analysis: Analysis, source: SourceItem.Meta, analysedBy: String) {
        self.source = source
        self.text = analysis.document.text
        self.analysed = analysedBy
        if self.source.title == nil { self.source.title = analysis.document.headline }
        statements = analysis.statements.map { s in
            StatementRow(
                start: s.span.start, end: s.span.end, text: s.text, kind: s.kind.rawValue, cue: s.cue,
                cueSpan: s.cueSpan, actor: s.actorID, speakerMention: s.speakerMention, link: s.link, paragraph: s.paragraph + 1, rule: s.rule.rawValue, confidence: s.confidence,
                topics: s.topicIDs)
        }
        actors = analysis.actors.map { a in
            ActorRow(
                number: a.id, name: a.name, aliases: a.aliases, roles: a.roles, kind: a.kind.rawValue,
                statements: a.statementIDs.count, mentions: a.mentions)
        }
        topics = analysis.topics.map { ($0.phrase, $0.score) }
    }

    /// The record of one line of `whosaid extract --format jsonl` output: statements and actors
    /// as written, no analysis. Quotes without `start` and `end` are skipped.
    public init(extractOutput object: [String: Any], text: String, source: SourceItem.Meta) {
        self.source = source
        self.text = text
        self.analysed = "imported"
        if self.source.title == nil { self.source.title = object["headline"] as? String }
        var actorIndex: [Int: Int] = [:]
        for item in object["actors"] as? [[String: Any]] ?? [] {
            guard let name = item["name"] as? String else { continue }
            let number = (item["id"] as? NSNumber)?.intValue ?? actors.count
            actorIndex[number] = actors.count
            let role = item["role"] as? String
            actors.append(ActorRow(
                number: number, name: name, aliases: item["aliases"] as? [String] ?? [],
                roles: item["roles"] as? [String] ?? (role.map { [$0] } ?? []),
                kind: item["kind"] as? String ?? "person",
                statements: 0, mentions: []))
        }
        var topicIndex: [String: Int] = [:]
        for quote in object["quotes"] as? [[String: Any]] ?? [] {
            guard let start = (quote["start"] as? NSNumber)?.intValue, let end = (quote["end"] as? NSNumber)?.intValue else { continue }
            let actor = (quote["actor"] as? NSNumber).flatMap { actorIndex[$0.intValue] }
            if let a = actor { actors[a].statements += 1 }
            let phrases = quote["topics"] as? [String] ?? []
            let topicIDs = phrases.map { phrase in
                topicIndex[phrase] ?? {
                    topicIndex[phrase] = topics.count
                    topics.append((phrase, 0))
                    return topics.count - 1
                }()
            }
            statements.append(StatementRow(
                start: start, end: end, text: quote["text"] as? String ?? Self.slice(text, start, end),
                kind: quote["kind"] as? String ?? "direct", cue: quote["cue"] as? String,
                cueSpan: Self.span(quote["cue_start"], quote["cue_end"]), actor: actor,
                speakerMention: Self.span(quote["mention"]), link: Self.link(quote),
                paragraph: (quote["paragraph"] as? NSNumber)?.intValue ?? 0,
                rule: quote["rule"] as? String ?? "imported",
                confidence: (quote["confidence"] as? NSNumber)?.doubleValue ?? 1, topics: topicIDs))
        }
    }

    /// A span from two JSON numbers, when both are there.
    static func span(_ start: Any?, _ end: Any?) -> TextSpan? {
        guard let a = (start as? NSNumber)?.intValue, let b = (end as? NSNumber)?.intValue else { return nil }
        return TextSpan(start: a, end: b)
    }

    /// A span from a JSON object `{"start", "end", ...}`.
    static func span(_ object: Any?) -> TextSpan? {
        guard let o = object as? [String: Any] else { return nil }
        return span(o["start"], o["end"])
    }

    /// The "why this speaker" link extract writes as `via`, `antecedent` and `continues`.
    static func link(_ quote: [String: Any]) -> SpeakerLink? {
        SpeakerLink(label: quote["via"] as? String, antecedent: span(quote["antecedent"]),
                    continues: (quote["continues"] as? NSNumber)?.intValue)
    }

    /// The text between two Unicode scalar offsets.
    static func slice(_ text: String, _ start: Int, _ end: Int) -> String {
        let scalars = text.unicodeScalars
        guard start >= 0, end >= start, end <= scalars.count else { return "" }
        let a = scalars.index(scalars.startIndex, offsetBy: start)
        let b = scalars.index(a, offsetBy: end - start)
        return String(scalars[a..<b])
    }
}

extension SpeakerLink {
    /// The link with this JSON `label` (``SpeakerLink/label``), as stored; nil for none or an
    /// unknown label.
    init?(label: String?, antecedent: TextSpan?, continues: Int?) {
        switch label {
        case "name": self = .name
        case "description": self = .description
        case "pronoun": self = .pronoun(antecedent: antecedent)
        case "continuation":
            guard let continues else { return nil }
            self = .continuation(of: continues)
        default: return nil
        }
    }

    /// The antecedent of a pronoun link, and the statement a continuation follows.
    var antecedent: TextSpan? {
        if case .pronoun(let a) = self { return a }
        return nil
    }

    var continues: Int? {
        if case .continuation(let of) = self { return of }
        return nil
    }
}
