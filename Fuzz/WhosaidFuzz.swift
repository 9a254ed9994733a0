// libFuzzer target over loading, analysis and JSON output (issue 11, item 5). Built and run by
// `Scripts/fuzz.sh`, not by `swift build`: libFuzzer brings its own `main`.
//
// Each input is read three ways: as one JSONL line (`JSONLReader`), and as an article file's
// bytes (`DocumentLoader.decode`), which, when they are text, are analysed and written as JSON.
// A broken invariant stops the run as a crash, so libFuzzer keeps the input:
// - the JSON is valid (read back by `JSONValue`), and its `text` is the input text, scalar for scalar;
// - every statement's span lies in the text, and its text (in the model and in the JSON) is
//   `text[start:end]` in Unicode scalars;
// - no span is emitted twice;
// - text made visible for a terminal (`TerminalText`) holds no control character;
// - a line that Foundation's JSON reader reads as a document is the same document to the
//   JSONL reader (Foundation drops U+FEFF from strings, so those are left out of the comparison).
import Foundation
import WhosaidModel

private let engine = Engine()

@_cdecl("LLVMFuzzerTestOneInput")
public func whosaidFuzz(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let data = count == 0 || bytes == nil ? Data() : Data(bytes: bytes!, count: count)
    let item = JSONLReader.item(from: data, number: 1)
    if case .document(let id, let text)? = item {
        check(text: text, id: id)
    }
    compareWithFoundation(data, item)
    if let text = try? DocumentLoader.decode(data, path: "fuzz") {
        check(text: text, id: "fuzz")
    }
    return 0
}

/// Analyses `text` and checks every invariant of the output.
private func check(text: String, id: String) {
    let analysis = engine.analyze(Document(name: id, text: text))
    let scalars = Array(text.unicodeScalars)
    var spans = Set<TextSpan>()
    for s in analysis.statements {
        guard s.span.start >= 0, s.span.start < s.span.end, s.span.end <= scalars.count else {
            fatalError("statement \(s.id): span \(s.span) outside a text of \(scalars.count) scalars")
        }
        guard s.text.unicodeScalars.elementsEqual(scalars[s.span.start..<s.span.end]) else {
            fatalError("statement \(s.id): its text is not text[\(s.span.start):\(s.span.end)]")
        }
        guard spans.insert(s.span).inserted else { fatalError("span \(s.span) emitted twice") }
    }
    // Read back with whosaid's own JSON reader: Foundation's drops a leading U+FEFF from strings.
    let line = AnalysisJSON.line(analysis, id: id)
    guard let object = (try? JSONValue.parse(line))?.objectValue else { fatalError("AnalysisJSON wrote invalid JSON") }
    guard let written = object["text"]?.stringValue, written.unicodeScalars.elementsEqual(scalars) else {
        fatalError("the JSON text is not the input text")
    }
    guard let quotes = object["quotes"]?.arrayValue, quotes.count == analysis.statements.count else {
        fatalError("the JSON quotes are not the statements")
    }
    for q in quotes {
        guard let q = q.objectValue, case .number(let a)? = q["start"], case .number(let b)? = q["end"],
            let start = Int(a), let end = Int(b), let quote = q["text"]?.stringValue,
            start >= 0, start < end, end <= scalars.count, quote.unicodeScalars.elementsEqual(scalars[start..<end])
        else { fatalError("a JSON quote's text is not text[start:end]") }
    }
    let visible = TerminalText.visible(text + id)
    if visible.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
        fatalError("a control character reached terminal text")
    }
}

/// A line Foundation reads as `{"id": string, "text": string with something to analyse}` must be
/// that document to ``JSONLReader`` too.
private func compareWithFoundation(_ data: Data, _ item: JSONLReader.Item?) {
    guard let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any],
        let id = object["id"] as? String, let text = object["text"] as? String, DocumentLoader.hasText(text)
    else { return }
    guard case .document(let readID, let readText)? = item else { fatalError("a document Foundation reads was refused: \(String(describing: item))") }
    func withoutBOM(_ s: String) -> [Unicode.Scalar] { s.unicodeScalars.filter { $0 != "\u{FEFF}" } }
    guard withoutBOM(readID) == withoutBOM(id), withoutBOM(readText) == withoutBOM(text) else {
        fatalError("the JSONL reader read another id or text than Foundation")
    }
}
