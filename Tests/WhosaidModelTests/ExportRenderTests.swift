import Foundation
import Testing
@testable import WhosaidModel

/// Runs the `cmark` reference CommonMark renderer and reads its HTML back as text.
enum CommonMark {
    struct Missing: Error, CustomStringConvertible {
        var description: String {
            "cmark is not on PATH: install the Debian package `cmark` (apt-get install cmark); .ci/run does this"
        }
    }

    /// Path of the `cmark` binary, searched on PATH.
    static func binary() throws -> String {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            let candidate = "\(dir)/cmark"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        throw Missing()
    }

    /// The HTML cmark renders for `markdown` (raw HTML allowed through, so leaks show as tags).
    static func html(_ markdown: String) throws -> String {
        let input = FileManager.default.temporaryDirectory.appendingPathComponent("whosaid-cmark-\(UUID().uuidString).md")
        try Data(markdown.utf8).write(to: input)
        defer { try? FileManager.default.removeItem(at: input) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try binary())
        process.arguments = ["--unsafe", input.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let html = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "cmark failed")
        return String(decoding: html, as: UTF8.self)
    }

    /// `html` with tags removed, entities decoded and white space runs collapsed to one space.
    static func text(_ html: String) -> String {
        var stripped = ""
        var inTag = false
        for c in html {
            if c == "<" { inTag = true; stripped.append(" "); continue }
            if c == ">" && inTag { inTag = false; continue }
            if !inTag { stripped.append(c) }
        }
        return normalize(decodeEntities(stripped))
    }

    /// Decodes the entities cmark writes: `&lt; &gt; &amp; &quot;` and numeric ones.
    static func decodeEntities(_ s: String) -> String {
        var out = ""
        var rest = Substring(s)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            rest = rest[amp...]
            guard let semi = rest.prefix(12).firstIndex(of: ";") else {
                out.append("&")
                rest = rest.dropFirst()
                continue
            }
            let name = rest[rest.index(after: rest.startIndex)..<semi]
            let named = ["lt": "<", "gt": ">", "amp": "&", "quot": "\""]
            var decoded: String?
            if let v = named[String(name)] {
                decoded = v
            } else if name.hasPrefix("#x") || name.hasPrefix("#X"), let n = UInt32(name.dropFirst(2), radix: 16) {
                decoded = Unicode.Scalar(n).map { String(Character($0)) }
            } else if name.hasPrefix("#"), let n = UInt32(name.dropFirst()) {
                decoded = Unicode.Scalar(n).map { String(Character($0)) }
            }
            if let decoded {
                out += decoded
                rest = rest[rest.index(after: semi)...]
            } else {
                out.append("&")
                rest = rest.dropFirst()
            }
        }
        return out + rest
    }

    /// White space runs as single spaces, trimmed.
    static func normalize(_ s: String) -> String {
        s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Text of each element `<tag>…</tag>` (not nested in itself), in document order.
    static func elements(_ tag: String, in html: String) -> [String] {
        var result: [String] = []
        var rest = Substring(html)
        while let open = rest.range(of: "<\(tag)>"), let close = rest.range(of: "</\(tag)>", range: open.upperBound..<rest.endIndex) {
            result.append(text(String(rest[open.upperBound..<close.lowerBound])))
            rest = rest[close.upperBound...]
        }
        return result
    }

    /// Names of all tags in `html` (`p`, `blockquote`, …), opening and closing alike.
    static func tagNames(in html: String) -> Set<String> {
        var names = Set<String>()
        var rest = Substring(html)
        while let lt = rest.firstIndex(of: "<") {
            let afterLT = rest[rest.index(after: lt)...].drop(while: { $0 == "/" })
            let name = afterLT.prefix(while: { $0.isLetter || $0.isNumber })
            names.insert(name.isEmpty ? String(afterLT.prefix(4)) : String(name).lowercased())
            rest = afterLT
        }
        return names
    }
}

/// Hand-built analyses for export tests. The texts are written for these tests.
enum ExportFixture {
    struct Line {
        var text: String
        var kind: StatementKind
        var cue: String?
        var actor: Int?
        var paragraph: Int
    }

    /// An analysis whose document holds the headline and the statements' texts, one per line.
    static func analysis(
        name: String = "notes/hostile article.txt", headline: String?, actors: [Actor], lines: [Line]
    ) -> Analysis {
        var text = headline.map { $0 + "\n" } ?? ""
        var statements: [Statement] = []
        var actors = actors
        for (i, line) in lines.enumerated() {
            let start = text.unicodeScalars.count
            text += line.text + "\n"
            statements.append(Statement(
                id: i, span: TextSpan(start: start, end: start + line.text.unicodeScalars.count), text: line.text,
                kind: line.kind, cue: line.cue, actorID: line.actor, paragraph: line.paragraph,
                rule: line.actor == nil ? .unattributed : .trailingCue, confidence: 0.9))
            if let a = line.actor { actors[a].statementIDs.append(i) }
        }
        return Analysis(document: Document(name: name, text: text), statements: statements, actors: actors)
    }

    static let longLine = (1...300).map { "word\($0) *x* _y_ [z]" }.joined(separator: " ")

    /// Markdown syntax, HTML, entities, list and heading starts, long lines, empty roles.
    static let hostile = analysis(
        headline: "Mayor's *bold* plan for #1 <b>Main</b> St. & [the] `docks` | ~harbour~",
        actors: [
            Actor(id: 0, name: "Dana *Star* O'Neil_", roles: ["head of the <i>port</i> authority & co."], kind: .person),
            Actor(id: 1, name: "The [Harbour] Board", roles: [""], kind: .organisation),
            Actor(id: 2, name: "# Hash_tag Group", roles: ["1. first", "second"], kind: .group),
        ],
        lines: [
            Line(text: "“We will *not* raise _fees_ on __anyone__ or **everyone**,”", kind: .direct, cue: "said", actor: 0, paragraph: 1),
            Line(text: "1. This is not a list, and 2) neither is this", kind: .indirect, cue: "*told* reporters", actor: 1, paragraph: 2),
            Line(text: "“- not a bullet\n+ nor this\n> nor a quote\n# nor a heading\n===\n---”", kind: .direct, cue: nil, actor: 2, paragraph: 3),
            Line(text: "<script>alert('x')</script> and <b>bold</b> <!-- hidden --> <http://example.com>", kind: .mixed, cue: "wrote", actor: 0, paragraph: 4),
            Line(text: "“Use `code`, ``two``, ```fence``` and | pipes | here |”", kind: .direct, cue: "said", actor: nil, paragraph: 5),
            Line(text: "[a link](http://example.com) ![an image](x.png) AT&T &amp; &#169; &copy; &nbsp; 5 < 6 > 4", kind: .indirect, cue: "according to", actor: 1, paragraph: 6),
            Line(text: "“back\\slash \\* stays, ends with a backslash\\\nand ~~strike~~ ~tilde~ snake_case_ _lead trail_”", kind: .direct, cue: "said", actor: 0, paragraph: 7),
            Line(text: "“" + longLine + "”", kind: .direct, cue: "added", actor: 2, paragraph: 8),
            Line(text: "    indented four spaces | a | b |\n|---|---|\n| c | d |", kind: .indirect, cue: nil, actor: nil, paragraph: 9),
            Line(text: "- a leading dash\n+ plus\n> angle\n# hash\n2) two\n* star", kind: .indirect, cue: "said", actor: 2, paragraph: 11),
            Line(text: "“!important\t tabs\tand  double  spaces! *”", kind: .direct, cue: "", actor: 1, paragraph: 12),
        ])
}

@Suite struct ExportRenderTests {
    /// What the label and the statement read like once rendered.
    static func renderedEntry(_ s: Statement, speaker: String?) -> String {
        let kind: String
        switch s.kind {
        case .direct: kind = "Quote"
        case .indirect: kind = "Paraphrase (reported speech, not a verbatim quote)"
        case .mixed: kind = "Paraphrase with quoted words (reported speech, not a verbatim quote)"
        }
        let cue = (s.cue?.isEmpty ?? true) ? "no cue" : "cue: " + CommonMark.normalize(s.cue!)
        let who = speaker.map { " — " + $0 } ?? ""
        return CommonMark.normalize("\(kind)\(who) · \(cue) · paragraph \(s.paragraph + 1) \(s.text)")
    }

    static func heading(_ actor: Actor?, asLabel: Bool = false) -> String {
        guard let actor else { return "Unattributed statements (speaker not identified)" }
        let role = CommonMark.normalize(actor.role ?? "")
        if role.isEmpty { return CommonMark.normalize(actor.name) }
        return CommonMark.normalize(actor.name) + (asLabel ? " (\(role))" : " — " + role)
    }

    /// Checks what holds in both groupings: title, facts, words, blockquotes, no stray markup.
    static func checkCommon(_ analysis: Analysis, _ statements: [Statement], html: String, grouping: String) {
        let text = CommonMark.text(html)
        let title = analysis.document.headline ?? String(analysis.document.name.split(separator: "/").last ?? "")
        #expect(CommonMark.elements("h1", in: html) == [CommonMark.normalize(title)])
        let facts = CommonMark.elements("li", in: html)
        #expect(facts == [
            "Source: " + CommonMark.normalize(analysis.document.name), "Statements: \(statements.count)", "Order: \(grouping)",
        ])
        for s in statements {
            #expect(text.contains(CommonMark.normalize(s.text)), "words of statement \(s.id) not rendered exactly")
        }
        let quotes = statements.filter { $0.kind == .direct }
        #expect(CommonMark.elements("blockquote", in: html).sorted() == quotes.map { CommonMark.normalize($0.text) }.sorted())
        let allowed: Set<String> = ["h1", "h2", "p", "ul", "li", "blockquote", "strong"]
        #expect(CommonMark.tagNames(in: html).subtracting(allowed).isEmpty, "stray markup: \(CommonMark.tagNames(in: html).subtracting(allowed))")
        let labels: Set<String> = ["Quote", "Paraphrase", "Paraphrase with quoted words"]
        #expect(Set(CommonMark.elements("strong", in: html)).isSubset(of: labels))
    }

    @Test func hostileTextGroupedBySpeakerRendersExactly() throws {
        let analysis = ExportFixture.hostile
        let markdown = MarkdownExporter().render(analysis)
        let html = try CommonMark.html(markdown)
        Self.checkCommon(analysis, analysis.statements, html: html, grouping: "grouped by speaker")
        #expect(CommonMark.elements("h2", in: html) == [
            Self.heading(analysis.actors[0]), Self.heading(analysis.actors[1]), Self.heading(analysis.actors[2]),
            Self.heading(nil),
        ])
        let text = CommonMark.text(html)
        for s in analysis.statements {
            #expect(text.contains(Self.renderedEntry(s, speaker: nil)), "statement \(s.id): \(Self.renderedEntry(s, speaker: nil))")
        }
        // Sections hold their own actor's statements, in article order.
        let sections = text.components(separatedBy: Self.heading(nil))
        #expect(sections.count == 2)
        #expect(sections[1].contains(CommonMark.normalize(analysis.statements[4].text)))
        #expect(sections[1].contains(CommonMark.normalize(analysis.statements[8].text)))
        #expect(!sections[1].contains(CommonMark.normalize(analysis.statements[0].text)))
    }

    @Test func hostileTextInArticleOrderLabelsEachSpeaker() throws {
        let analysis = ExportFixture.hostile
        let markdown = MarkdownExporter(grouping: .article).render(analysis)
        let html = try CommonMark.html(markdown)
        Self.checkCommon(analysis, analysis.statements, html: html, grouping: "article order")
        #expect(CommonMark.elements("h2", in: html).isEmpty)
        let text = CommonMark.text(html)
        var cursor = text.startIndex
        for s in analysis.statements {
            let speaker = s.actorID.map { Self.heading(analysis.actors[$0], asLabel: true) } ?? "speaker not identified"
            let entry = Self.renderedEntry(s, speaker: speaker)
            let found = text.range(of: entry, range: cursor..<text.endIndex)
            #expect(found != nil, "statement \(s.id) missing or out of order: \(entry)")
            if let found { cursor = found.upperBound }
        }
    }

    @Test func subsetKeepsArticleOrderAndCountsOnlyExported() throws {
        let analysis = ExportFixture.hostile
        let picked = [analysis.statements[6], analysis.statements[1], analysis.statements[6]]
        let html = try CommonMark.html(MarkdownExporter(grouping: .article).render(picked, of: analysis))
        Self.checkCommon(analysis, [analysis.statements[1], analysis.statements[6]], html: html, grouping: "article order")
        let text = CommonMark.text(html)
        #expect(!text.contains(CommonMark.normalize(analysis.statements[0].text)))
        let first = try #require(text.range(of: CommonMark.normalize(analysis.statements[1].text)))
        let second = try #require(text.range(of: CommonMark.normalize(analysis.statements[6].text)))
        #expect(first.lowerBound < second.lowerBound)
    }

    @Test func noHeadlineFallsBackToFileNameAndEmptyExportSaysSo() throws {
        let analysis = ExportFixture.analysis(name: "/tmp/dir/plain_name_.txt", headline: nil, actors: [], lines: [])
        let html = try CommonMark.html(MarkdownExporter().render(analysis))
        #expect(CommonMark.elements("h1", in: html) == ["plain_name_.txt"])
        #expect(CommonMark.elements("li", in: html).contains("Statements: 0"))
        #expect(CommonMark.text(html).contains("No statements to export."))
    }

    @Test func seedExportRendersItsStatements() throws {
        let analysis = Engine().analyze(DocumentLoader.seed())
        for grouping in MarkdownExporter.Grouping.allCases {
            let html = try CommonMark.html(MarkdownExporter(grouping: grouping).render(analysis))
            Self.checkCommon(
                analysis, analysis.statements, html: html,
                grouping: grouping == .speaker ? "grouped by speaker" : "article order")
        }
    }
}
