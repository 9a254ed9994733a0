import Foundation

/// Turns an analysis into the JSON document format of `../shared/eval` (and `score.py`):
/// `id`, `text`, `quotes` (`start`, `end`, `text`, `kind`, `speaker`, `speaker_aliases`, `cue`, …)
/// and `actors`.
public enum AnalysisJSON {
    /// The JSON object for one analysed document.
    public static func object(_ analysis: Analysis, id: String, includeText: Bool = true, statements: [Statement]? = nil) -> [String: Any] {
        var doc: [String: Any] = ["id": id]
        if includeText { doc["text"] = analysis.document.text }
        if let h = analysis.document.headline { doc["headline"] = h }
        doc["quotes"] = (statements ?? analysis.statements).map { s -> [String: Any] in
            let actor = analysis.actor(of: s)
            var q: [String: Any] = [
                "id": s.id, "start": s.span.start, "end": s.span.end, "text": s.text, "kind": s.kind.rawValue,
                "speaker": actor?.name ?? NSNull(), "speaker_aliases": actor?.aliases ?? [],
                "cue": s.cue ?? NSNull(), "paragraph": s.paragraph + 1, "rule": s.rule.rawValue,
                "confidence": (s.confidence * 100).rounded() / 100,
                "topics": s.topicIDs.map { analysis.topics[$0].phrase },
            ]
            if let a = actor { q["actor"] = a.id }
            if let c = s.cueSpan { q["cue_start"] = c.start; q["cue_end"] = c.end }
            return q
        }
        doc["actors"] = analysis.actors.map { a -> [String: Any] in
            ["id": a.id, "name": a.name, "aliases": a.aliases, "role": a.role ?? NSNull(), "roles": a.roles,
             "kind": a.kind.rawValue, "statements": a.statementIDs.count]
        }
        return doc
    }

    /// Serialises `object` as one line of JSON (no pretty printing, keys sorted for stable output).
    public static func line(_ object: [String: Any], pretty: Bool = false) -> Data {
        var options: JSONSerialization.WritingOptions = [.sortedKeys, .withoutEscapingSlashes]
        if pretty { options.insert(.prettyPrinted) }
        return (try? JSONSerialization.data(withJSONObject: object, options: options)) ?? Data("{}".utf8)
    }
}
