import Foundation
import Testing
@testable import WhosaidModel

/// Properties of the engine's output on random news-like documents (issue 11, item 5): it does not
/// crash, its JSON is valid and holds the text as given, every statement's text is
/// `text[start:end]` in Unicode scalars (in the model and in the JSON), and no span is emitted
/// twice. Fixed seeds: the same documents on every run, a few seconds in all.
@Suite struct OutputPropertyTests {
    @Test(arguments: [UInt64(1), 2, 3, 4])
    func messyDocumentsGiveValidTrueOutput(seed: UInt64) throws {
        let engine = Engine()
        for text in MessyNewsDocuments(seed: seed, count: 250) {
            try Self.checkOutput(of: engine.analyze(text: text, name: "doc\u{1B}\n\"x\""), text: text)
        }
    }

    @Test func theDocumentsCoverWrappedTextLineEndsAndQuotes() {
        let documents = Array(MessyNewsDocuments(seed: 1, count: 250))
        let wrapped = documents.filter { Document(name: "d", text: $0).isHardWrapped }.count
        #expect(wrapped >= 25)
        #expect(documents.contains { $0.contains("\r\n") } && documents.contains { $0.contains("\u{2029}") })
        #expect(documents.filter { !Engine().analyze(text: $0).statements.isEmpty }.count >= 200)
    }

    /// Every property of one analysis of `text`.
    static func checkOutput(of analysis: Analysis, text: String) throws {
        let scalars = Array(text.unicodeScalars)
        let context = Comment(rawValue: text.debugDescription)
        var spans = Set<TextSpan>()
        for s in analysis.statements {
            try #require(s.span.start >= 0 && s.span.start < s.span.end && s.span.end <= scalars.count, context)
            #expect(s.text.unicodeScalars.elementsEqual(scalars[s.span.start..<s.span.end]), context)
            #expect(spans.insert(s.span).inserted, "\(s.span) twice in \(text.debugDescription)")
            #expect(s.paragraph >= 0 && s.paragraph < analysis.document.paragraphs.count, context)
        }
        let json = try JSONValue.parse(AnalysisJSON.line(analysis, id: analysis.document.name))
        let object = try #require(json.objectValue, context)
        #expect(object["id"]?.stringValue == analysis.document.name)
        #expect(object["text"]?.stringValue.map { $0.unicodeScalars.elementsEqual(scalars) } == true, context)
        let quotes = try #require(object["quotes"]?.arrayValue, context)
        #expect(quotes.count == analysis.statements.count)
        for quote in quotes {
            let q = try #require(quote.objectValue)
            guard case .number(let a)? = q["start"], case .number(let b)? = q["end"], let start = Int(a), let end = Int(b),
                let written = q["text"]?.stringValue
            else {
                Issue.record(Comment(rawValue: "a quote without start, end or text in \(text.debugDescription)"))
                continue
            }
            #expect(written.unicodeScalars.elementsEqual(scalars[start..<end]), context)
        }
        // Foundation's reader agrees that it is JSON.
        #expect((try? JSONSerialization.jsonObject(with: Data(AnalysisJSON.line(analysis, id: "x")))) != nil, context)
    }
}
