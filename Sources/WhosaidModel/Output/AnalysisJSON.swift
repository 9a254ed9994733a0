/// Writes an analysis in the JSON document format of `../shared/eval` (and `score.py`):
/// `id`, `text`, `quotes` (`start`, `end`, `text`, `kind`, `speaker`, `speaker_aliases`, `cue`, …)
/// and `actors`. Offsets are Unicode scalar offsets, end exclusive.
public enum AnalysisJSON {
    /// One document as a single line of JSON (no trailing newline).
    public static func line(_ analysis: Analysis, id: String, statements: [Statement]? = nil, includeText: Bool = true) -> [UInt8] {
        var w = JSONWriter(capacity: analysis.document.utf8Count * 3 + 1024)
        write(analysis, id: id, statements: statements ?? analysis.statements, includeText: includeText, into: &w,
              piece: .max) { _ in }
        return w.takeBytes()
    }

    /// The most of its actor's aliases a statement's `speaker_aliases` lists (the actor object
    /// under `actors` lists them all): an actor with thousands of forms repeated them at every
    /// one of its statements, output growing with the square of the input. Real news gives an
    /// actor a handful.
    public static let maxSpeakerAliases = 16

    /// About how many bytes of a document's JSON ``stream(_:id:statements:to:)`` hands over at a time.
    public static let streamPiece = 1 << 20

    /// One document as a single line of JSON (no trailing newline), handed to `sink` in pieces of
    /// about ``streamPiece`` bytes as it is written: a large document's JSON, three times its
    /// text, is never held whole. The bytes are those of ``line(_:id:statements:includeText:)``.
    public static func stream(_ analysis: Analysis, id: String, statements: [Statement]? = nil,
                              to sink: ([UInt8]) throws -> Void) rethrows {
        var w = JSONWriter(capacity: min(analysis.document.utf8Count * 3, streamPiece) + 1024)
        try write(analysis, id: id, statements: statements ?? analysis.statements, includeText: true, into: &w,
                  piece: streamPiece, sink: sink)
        try w.drain(to: sink)
    }

    /// The "why this speaker" chain of statement `s`: `via` (how the speaker mention was tied to
    /// the actor), the `mention` itself, and for a pronoun its `antecedent`, for a quote without
    /// a cue the statement it `continues`.
    static func writeWhy(_ s: Statement, analysis: Analysis, into w: inout JSONWriter) {
        guard let link = s.link else { return }
        w.key("via"); w.string(link.label)
        if let m = s.speakerMention { w.key("mention"); writeSpan(m, analysis: analysis, into: &w) }
        switch link {
        case .pronoun(let antecedent?): w.key("antecedent"); writeSpan(antecedent, analysis: analysis, into: &w)
        case .continuation(let of): w.key("continues"); w.int(of)
        default: break
        }
    }

    static func writeSpan(_ span: TextSpan, analysis: Analysis, into w: inout JSONWriter) {
        w.beginObject()
        w.key("start"); w.int(span.start)
        w.key("end"); w.int(span.end)
        // Written from the scalars, with no string made of them (``Document/text(in:)``).
        w.key("text"); w.string(analysis.document.scalars, analysis.document.scalarRange(of: span))
        w.endObject()
    }

    /// Writes one document object into `w`; each time `w` holds `piece` bytes or more, they go to
    /// `sink` (``JSONWriter/drain(to:)``). With a `piece` of `.max`, `w` keeps it all.
    public static func write(_ analysis: Analysis, id: String, statements: [Statement], includeText: Bool, into w: inout JSONWriter,
                             piece: Int, sink: ([UInt8]) throws -> Void) rethrows {
        func drainIfFull() throws { if w.count >= piece { try w.drain(to: sink) } }
        w.beginObject()
        w.key("id"); w.string(id)
        if includeText { w.key("text"); try w.string(analysis.document.writtenScalars, inPiecesOf: piece, to: sink) }
        if let h = analysis.document.headline { w.key("headline"); w.string(h) }
        w.key("quotes")
        w.beginArray()
        for s in statements {
            let actor = analysis.actor(of: s)
            w.beginObject()
            w.key("id"); w.int(s.id)
            w.key("start"); w.int(s.span.start)
            w.key("end"); w.int(s.span.end)
            w.key("text"); w.string(s.text)
            w.key("kind"); w.string(s.kind.rawValue)
            w.key("speaker"); w.string(actor?.name)
            w.key("speaker_aliases"); w.strings(Array((actor?.aliases ?? []).prefix(maxSpeakerAliases)))
            if let a = actor { w.key("actor"); w.int(a.id) }
            w.key("cue"); w.string(s.cue)
            if let c = s.cueSpan { w.key("cue_start"); w.int(c.start); w.key("cue_end"); w.int(c.end) }
            w.key("paragraph"); w.int(s.paragraph + 1)
            w.key("rule"); w.string(s.rule.rawValue)
            w.key("confidence"); w.number(s.confidence)
            writeWhy(s, analysis: analysis, into: &w)
            w.key("topics"); w.strings(s.topicIDs.map { analysis.topics[$0].phrase })
            w.endObject()
            try drainIfFull()
        }
        w.endArray()
        w.key("actors")
        w.beginArray()
        for a in analysis.actors {
            w.beginObject()
            writeMembers(of: a, into: &w)
            w.endObject()
            try drainIfFull()
        }
        w.endArray()
        w.endObject()
    }

    /// The members every actor object has, in `extract`'s `actors` and in `speakers`: `id`, `name`,
    /// `aliases`, `role`, `roles`, `kind` and `statements` (how many).
    static func writeMembers(of a: Actor, into w: inout JSONWriter) {
        w.key("id"); w.int(a.id)
        w.key("name"); w.string(a.name)
        w.key("aliases"); w.strings(a.aliases)
        w.key("role"); w.string(a.role)
        w.key("roles"); w.strings(a.roles)
        w.key("kind"); w.string(a.kind.rawValue)
        w.key("statements"); w.int(a.statementIDs.count)
    }

    /// One document's speakers as a single line of JSON: `id` (the document), `speakers` (each an
    /// actor object with its `statement_ids` and `topics`).
    public static func speakersLine(_ analysis: Analysis) -> [UInt8] {
        listingLine(analysis, key: "speakers", items: analysis.actors) { a, w in
            writeMembers(of: a, into: &w)
            w.key("statement_ids"); w.ints(a.statementIDs)
            w.key("topics"); w.strings(analysis.topics(of: a).map(\.phrase))
        }
    }

    /// One document's topics as a single line of JSON: `id` (the document), `topics` (`rank`,
    /// `phrase`, `score` with three decimals, `statements` (how many), `statement_ids`, `speakers`).
    public static func topicsLine(_ analysis: Analysis) -> [UInt8] {
        listingLine(analysis, key: "topics", items: analysis.topics) { t, w in
            w.key("rank"); w.int(t.id + 1)
            w.key("phrase"); w.string(t.phrase)
            w.key("score"); w.number(t.score, decimals: 3)
            w.key("statements"); w.int(t.statementIDs.count)
            w.key("statement_ids"); w.ints(t.statementIDs)
            w.key("speakers"); w.strings(t.actorIDs.map { analysis.actors[$0].name })
        }
    }

    /// `{"id": DOCUMENT, key: [ITEM, …]}` on one line, each item an object whose members `members` writes.
    static func listingLine<Item>(
        _ analysis: Analysis, key: StaticString, items: [Item], members: (Item, inout JSONWriter) -> Void
    ) -> [UInt8] {
        var w = JSONWriter()
        w.beginObject()
        w.key("id"); w.string(analysis.document.name)
        w.key(key)
        w.beginArray()
        for item in items {
            w.beginObject()
            members(item, &w)
            w.endObject()
        }
        w.endArray()
        w.endObject()
        return w.takeBytes()
    }
}
