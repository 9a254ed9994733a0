import Foundation
import Testing
@testable import WhosaidModel

/// A JSONL line is a document when its `id` and `text` are; whatever else it holds only has to
/// be JSON (issue 11, item 5a).
@Suite struct JSONLReaderTests {
    func item(_ line: String) -> JSONLReader.Item? {
        JSONLReader.item(from: Data(line.utf8), number: 3)
    }

    func document(_ line: String) -> (id: String, text: String)? {
        if case .document(let id, let text)? = item(line) { return (id, text) }
        return nil
    }

    func error(_ line: String) -> String? {
        if case .error(_, let message)? = item(line) { return message }
        return nil
    }

    @Test func fieldsTheEngineDoesNotReadMayHoldAnyJSON() throws {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        for extra in [#""\ud800""#, #""\udc00 and \ud83d""#, "1e400", "-1E-400", deep, #"{"a": {"b": [null, true, 0.5]}}"#] {
            let doc = try #require(document(#"{"id": "x", "meta": \#(extra), "text": "Ann Lee said it held."}"#), "\(extra.prefix(20))")
            #expect(doc.id == "x")
            #expect(doc.text == "Ann Lee said it held.")
        }
    }

    @Test func escapesInTheTextAreDecodedAndALoneSurrogateIsOneReplacementScalar() throws {
        let doc = try #require(document(#"{"text": "\u201cHi\u201d \ud83c\udf89 \ud800x \/ \t\"", "id": "e"}"#))
        #expect(doc.text == "\u{201C}Hi\u{201D} \u{1F389} \u{FFFD}x / \t\"")
        // Python counts the lone surrogate as one code point, as U+FFFD is one scalar: offsets agree.
        #expect(doc.text.unicodeScalars.count == 14)
    }

    @Test func aRawByteOrderMarkInsideTheTextIsKept() throws {
        // Foundation's reader dropped it, so offsets after it were one short (two PolNeAR texts).
        let doc = try #require(document("{\"id\": \"b\", \"text\": \"\u{FEFF}One.\\n\\n\u{FEFF}Also, Ann Lee said it held.\"}"))
        #expect(Array(doc.text.unicodeScalars) == Array("\u{FEFF}One.\n\n\u{FEFF}Also, Ann Lee said it held.".unicodeScalars))
    }

    @Test func idsThatAreNeitherStringsNorNumbersAreRefused() {
        #expect(error(#"{"id": true, "text": "Ann Lee said it held."}"#) == "\"id\" is true; give a string or a number")
        #expect(error(#"{"id": null, "text": "Ann Lee said it held."}"#) == "\"id\" is null; give a string or a number")
        #expect(error(#"{"id": [1], "text": "Ann Lee said it held."}"#) == "\"id\" is an array; give a string or a number")
        #expect(error(#"{"id": {}, "text": "Ann Lee said it held."}"#) == "\"id\" is an object; give a string or a number")
        #expect(document(#"{"id": 12, "text": "Ann Lee said it held."}"#)?.id == "12")
        #expect(document(#"{"text": "Ann Lee said it held."}"#)?.id == "3")
    }

    @Test func linesThatAreNoJSONObjectSayWhy() {
        #expect(error("not json") == "not a JSON object")
        #expect(error("[1, 2]") == "not a JSON object")
        #expect(error(#"{"id": "a", "text": "x"} trailing"#) == "document \"a\": not JSON: unexpected text after the JSON value at byte 25")
        #expect(error(#"{"id": "a",, "text": "x"}"#) == "document \"a\": not JSON: expected a member name in quotes at byte 11")
        #expect(error(#"{"id": "a", "meta": [1,,2], "text": "x"}"#) == "document \"a\": not JSON: not a JSON value at byte 23")
        #expect(error(#"{"id": "a", "text": "x", , }"#) == "document \"a\": not JSON: expected a member name in quotes at byte 25")
        #expect(error(#"{"id": "a", "meta": 01, "text": "x"}"#) == "document \"a\": not JSON: expected , or } in an object at byte 21")
        #expect(error("{\"id\": \"a\", \"text\": \"tab\tinside\"}") == "document \"a\": not JSON: a control character inside a string at byte 24")
        #expect(error(#"{"id": "a", "text": 5}"#) == "document \"a\": \"text\" is a number; give a string")
        #expect(item("  \r") == nil)
    }

    /// Issue 12, item 6: a line that is no document is named by its id whenever the line gives one.
    @Test func aBrokenLineIsNamedByItsIdWhenItHasOne() {
        // The id comes before the damage, or (bytes that are no UTF-8) anywhere in the line.
        #expect(error(#"{"id": "k1", "text": "Ann Lee said"#) == "document \"k1\": not JSON: unterminated string at byte 34")
        #expect(error(#"{"id": 42, "text": "x" "#) == "document \"42\": not JSON: unexpected end of input at byte 23")
        let badByte = Data(#"{"text": "Ann Lee said "#.utf8) + [0xC3, 0x28] + Data(#"", "id": "late"}"#.utf8)
        let message: String? = {
            if case .error(_, let message)? = JSONLReader.item(from: badByte, number: 3) { return message }
            return nil
        }()
        #expect(message == "document \"late\": not JSON: not valid UTF-8 at byte 23")
        // No id, or one only after the damage: the line number alone names the line.
        #expect(error(#"{"text": "x" "id": "a"}"#) == "not JSON: expected , or } in an object at byte 13")
        #expect(error(#"{"text": "Ann Lee said it held."}"#) == nil)
        #expect(error(#"{"title": "no text here"}"#) == "no \"text\" string")
        #expect(error(#"{"id": "t", "title": "no text here"}"#) == "document \"t\": no \"text\" string")
        #expect(error(#"{"id": "n", "text": null}"#) == "document \"n\": \"text\" is null; give a string")
        #expect(error(#"{"id": "o", "text": ["Ann Lee said it."]}"#) == "document \"o\": \"text\" is an array; give a string")
    }

    @Test func aCommaBeforeAClosingBracketIsAcceptedAsFoundationAcceptsIt() throws {
        // Found by the fuzzer: Foundation's reader, which whosaid used before, reads these lines.
        for line in [#"{"id": "a", "text": "Ann Lee said it held.",}"#, #"{"id": "a", "m": [1, {"k": [],}, ], "text": "Ann Lee said it held." , }"#] {
            #expect(document(line)?.text == "Ann Lee said it held.", "\(line)")
        }
        #expect(try JSONValue.parse(Data("[1,]".utf8)) == .array([.number("1")]))
        #expect(throws: JSONValue.SyntaxError.self) { try JSONValue.parse(Data("[,]".utf8)) }
        #expect(throws: JSONValue.SyntaxError.self) { try JSONValue.parse(Data("{,}".utf8)) }
    }

    @Test func aRepeatedKeyCountsOnceTheLastTime() {
        #expect(document(#"{"id": "a", "text": "old", "id": "b", "text": "Ann Lee said it held."}"#)?.id == "b")
    }

    @Test func everyValueIsReadAsFoundationReadsIt() throws {
        let json = #"{"a": [1, -2.5e3, "x\u00e9", true, false, null, {}, []], "b": {"c": "\\"}}"#
        let value = try JSONValue.parse(Data(json.utf8))
        #expect(value == .object([
            "a": .array([.number("1"), .number("-2.5e3"), .string("xé"), .bool(true), .bool(false), .null, .object([:]), .array([])]),
            "b": .object(["c": .string("\\")]),
        ]))
        #expect(throws: JSONValue.SyntaxError.self) { try JSONValue.parse(Data((String(repeating: "[", count: 600) + String(repeating: "]", count: 600)).utf8)) }
        #expect(throws: JSONValue.SyntaxError.self) { try JSONValue.parse([0x22, 0xC3, 0x28, 0x22]) }
    }
}
