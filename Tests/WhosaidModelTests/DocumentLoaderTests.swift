import Foundation
import Testing
@testable import WhosaidModel

@Suite struct DocumentLoaderTests {
    let dir: URL = {
        let d = FileManager.default.temporaryDirectory.appendingPathComponent("whosaid-loader-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: d, withIntermediateDirectories: true)
        return d
    }()

    func write(_ bytes: [UInt8], _ name: String) -> String {
        let url = dir.appendingPathComponent(name)
        _ = FileManager.default.createFile(atPath: url.path, contents: Data(bytes))
        return url.path
    }

    @Test func missingFileNamesThePath() {
        let path = dir.appendingPathComponent("nope.txt").path
        #expect(throws: LoadError.notFound(path: path)) { try DocumentLoader.load(path: path) }
        #expect(LoadError.notFound(path: path).description == "\(path): no such file; check the path")
    }

    @Test func directoryIsRejected() {
        #expect(throws: LoadError.isDirectory(path: dir.path)) { try DocumentLoader.load(path: dir.path) }
    }

    @Test func emptyAndBlankFilesAreRejected() {
        let empty = write([], "empty.txt")
        let blank = write(Array(" \n\t\n".utf8), "blank.txt")
        #expect(throws: LoadError.empty(path: empty)) { try DocumentLoader.load(path: empty) }
        #expect(throws: LoadError.empty(path: blank)) { try DocumentLoader.load(path: blank) }
    }

    @Test func binaryFileIsRejected() {
        let path = write([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00, 0x00, 0xFF], "a.out")
        #expect(throws: LoadError.binary(path: path)) { try DocumentLoader.load(path: path) }
    }

    /// A file saved as "Unicode" by a Windows editor is UTF-16 with a byte-order mark: say so and
    /// how to convert it, rather than call it binary (its NUL bytes would).
    @Test func utf16AndUTF32FilesAreNamed() {
        let sentence = "Ines Okoro said, \u{201C}The ferry runs again.\u{201D}"
        let le = write([0xFF, 0xFE] + sentence.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }, "le16.txt")
        let be = write([0xFE, 0xFF] + sentence.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }, "be16.txt")
        let le32 = write([0xFF, 0xFE, 0x00, 0x00] + sentence.unicodeScalars.flatMap { s in
            (0..<4).map { UInt8((s.value >> (8 * UInt32($0))) & 0xFF) }
        }, "le32.txt")
        #expect(throws: LoadError.otherUnicode(path: le, encoding: "UTF-16")) { try DocumentLoader.load(path: le) }
        #expect(throws: LoadError.otherUnicode(path: be, encoding: "UTF-16")) { try DocumentLoader.load(path: be) }
        #expect(throws: LoadError.otherUnicode(path: le32, encoding: "UTF-32")) { try DocumentLoader.load(path: le32) }
        #expect(LoadError.otherUnicode(path: "a.txt", encoding: "UTF-16").description
            == "a.txt: is UTF-16 text, not UTF-8; convert it, e.g. with iconv -f UTF-16 -t UTF-8")
    }

    @Test func invalidUTF8GivesTheOffsetOfTheFirstBadByte() {
        let path = write(Array("Caf".utf8) + [0xE9] + Array(" au lait, she said.".utf8), "latin1.txt")
        #expect(throws: LoadError.invalidUTF8(path: path, byteOffset: 3)) { try DocumentLoader.load(path: path) }
        // Overlong encodings and lone continuation bytes are invalid too.
        let overlong = write([0x41, 0xC0, 0xAF, 0x41], "overlong.txt")
        #expect(throws: LoadError.invalidUTF8(path: overlong, byteOffset: 1)) { try DocumentLoader.load(path: overlong) }
    }

    @Test func byteOrderMarkAndCRLFKeepOffsetsOfTheOriginalText() throws {
        let path = write([0xEF, 0xBB, 0xBF] + Array("Headline\r\n“It works,” Ann Lee said.\r\n".utf8), "crlf.txt")
        let doc = try DocumentLoader.load(path: path)
        #expect(doc.paragraphs.count == 2)
        #expect(doc.text(in: doc.paragraphs[0]) == "Headline")
        let analysis = Engine().analyze(doc)
        let quote = try #require(analysis.statements.first)
        #expect(doc.text(in: quote.span) == "“It works,”")
        #expect(Array(doc.text.unicodeScalars)[quote.span.start] == "“")
    }

    @Test func tooLargeSaysWhatToDo() {
        #expect(LoadError.tooLarge(path: "a.txt", bytes: 3_000_000_000).description
                == "a.txt: is 3000 MB, more than one document can hold (2000 MB); split it into articles")
    }

    @Test func seedIsAvailableWithoutFiles() {
        let doc = DocumentLoader.seed()
        #expect(doc.name == "000_5f41ddfe102fbffe.txt")
        #expect(doc.paragraphs.count > 20)
    }
}

/// A byte-order mark inside the text separates sentences and words as a space does, and stays in
/// the text so that offsets remain true.
@Suite struct InnerByteOrderMarkTests {
    @Test func anInnerByteOrderMarkSeparatesSentences() {
        let text = "He said hi.\u{FEFF} “We won,” said Ann Lee."
        let a = Engine().analyze(text: text)
        #expect(a.statements.map(\.text) == ["“We won,”"])
        #expect(a.statements.map { a.actor(of: $0)?.name } == ["Ann Lee"])
        let scalars = Array(text.unicodeScalars)
        let s = a.statements[0].span
        #expect(String(String.UnicodeScalarView(scalars[s.start..<s.end])) == "“We won,”")
    }
}
