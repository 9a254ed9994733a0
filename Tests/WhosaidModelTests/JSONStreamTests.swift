import Testing
@testable import WhosaidModel

/// JSON written in pieces (``JSONWriter/string(_:inPiecesOf:to:)``, ``AnalysisJSON/stream(_:id:statements:to:)``)
/// is byte for byte the JSON written whole.
@Suite struct JSONStreamTests {
    /// Quotes, backslashes, controls, a C1 control (two UTF-8 bytes), DEL and scalars of two to
    /// four bytes: every piece size cuts some of them apart if cutting could.
    static let awkward = "a\"b\\c\n\td\u{01}e\u{9B}f\u{7F}g“h”é😀" + String(repeating: "x\u{85}ü", count: 9)

    @Test(arguments: [1, 2, 3, 5, 7, 64, 1 << 20])
    func aStringInPiecesIsTheStringWrittenWhole(piece: Int) {
        var whole = JSONWriter()
        whole.string(Self.awkward)
        var pieces: [[UInt8]] = []
        var w = JSONWriter()
        w.string(Self.awkward, inPiecesOf: piece) { pieces.append($0) }
        w.drain { pieces.append($0) }
        #expect(pieces.joined().elementsEqual(whole.bytes))
        if piece < 8 { #expect(pieces.count > 1, "the string went out in pieces") }
    }

    @Test func aStreamedDocumentIsItsLine() {
        let paragraph = "“Rain is coming,” said Ida Berg, a farmer. The mayor said the roads would close.\n\n"
        let a = analyze(String(repeating: paragraph, count: 200))
        var streamed: [UInt8] = []
        AnalysisJSON.stream(a, id: "doc-1") { streamed += $0 }
        #expect(streamed == AnalysisJSON.line(a, id: "doc-1"))
        #expect(!a.statements.isEmpty)
    }
}
