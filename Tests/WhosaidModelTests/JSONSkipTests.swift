import Foundation
import Testing
@testable import WhosaidModel

/// The fast check of members a JSONL line's reader does not keep (`JSONParser.skippedValueEnd`)
/// must never take what the parser refuses, and must end a value where the parser ends it.
@Suite struct JSONSkipTests {
    func end(_ json: String) -> Int? {
        Array(json.utf8).withUnsafeBufferPointer { JSONParser.skippedValueEnd($0, from: 0) }
    }

    @Test func plainValuesEndWhereTheParserEndsThem() throws {
        let values = [
            #""plain""#, #"  "with \"escapes\" \\ \/ \b\f\n\r\t \u00e9 \ud83c\udf89 \ud800""#, "\"caf\u{E9} \u{201C}q\u{201D} \u{1F389}\"",
            "0", "-0", "12", "-3.25", "1e400", "-1E-4", "2.5e+3", "true", "false", "null",
            "[]", "{}", "[ ]", "{ }", "[1, [2, [3]], {\"a\": []}]",
            #"[{"start": 120, "end": 211, "text": "it", "group": null, "speech_cue": false, "m": [{"s": 1}]}]"#,
            String(repeating: "[", count: 64) + String(repeating: "]", count: 64),
        ]
        for value in values {
            let e = try #require(end(value + " , \"next\": 1}"), "\(value.prefix(30))")
            let bytes = Array(value.utf8)
            #expect(e == bytes.count, "\(value.prefix(30))")
            #expect((try? JSONValue.parse(bytes)) != nil, "\(value.prefix(30))")
        }
    }

    @Test func whatTheParserRefusesOrIsLenientAboutIsLeftToIt() {
        let refused = [
            "", "   ", "[1,]", "{\"a\": 1,}", "[1 2]", "{\"a\" 1}", "{a: 1}", "{\"a\": }", "[", "{\"a\": [1}",
            "tru", "nul", "-", "1.", "1e", "+1", ".5", "\"open", "\"a\\x\"", "\"\\u12g4\"",
            "\"tab\there\"", "\"\u{01}\"",
        ]
        for value in refused {
            #expect(end(value) == nil, "\(value)")
        }
        // Deeper than the check follows: left to the parser.
        #expect(end(String(repeating: "[", count: 65) + String(repeating: "]", count: 65)) == nil)
        // Bytes that are no UTF-8 inside a string.
        #expect([0x22, 0xC3, 0x28, 0x22].withUnsafeBufferPointer { JSONParser.skippedValueEnd($0, from: 0) } == nil)
        #expect([0x22, 0xED, 0xA0, 0x80, 0x22].withUnsafeBufferPointer { JSONParser.skippedValueEnd($0, from: 0) } == nil)
    }

    @Test func plainRunsStopAtTheFirstByteThatNeedsALook() {
        let text = Array("abcdefghijklmnopqrstuvwxyz0123456789".utf8)
        for k in 0..<text.count {
            for special: UInt8 in [0x22, 0x5C, 0x0A, 0x1F, 0x80, 0xE2] {
                var bytes = text
                bytes[k] = special
                let e = bytes.withUnsafeBufferPointer { JSONParser.plainRunEnd($0, from: 0) }
                #expect(e == k, "byte \(special) at \(k)")
            }
        }
        #expect(text.withUnsafeBufferPointer { JSONParser.plainRunEnd($0, from: 3) } == text.count)
    }

    /// The run ends at the first of several bytes that need a look in the same eight (a zero
    /// test's borrow may mark a byte above one that is marked rightly, never one below), and
    /// bytes just beside those that need a look do not end it.
    @Test func plainRunsStopAtTheFirstOfSeveralInOneWord() {
        let plain: [UInt8] = [0x20, 0x21, 0x23, 0x5B, 0x5D, 0x7F, 0x61]
        let specials: [UInt8] = [0x00, 0x1F, 0x22, 0x5C, 0x80, 0xFF]
        for k in 0..<12 {
            for first in specials {
                for second in specials {
                    for gap in 1...8 {
                        var bytes = (0..<24).map { plain[$0 % plain.count] }
                        bytes[k] = first
                        bytes[k + gap] = second
                        let e = bytes.withUnsafeBufferPointer { JSONParser.plainRunEnd($0, from: 0) }
                        #expect(e == k, "bytes \(first) at \(k) and \(second) at \(k + gap)")
                    }
                }
            }
        }
        let all = (0..<24).map { plain[$0 % plain.count] }
        #expect(all.withUnsafeBufferPointer { JSONParser.plainRunEnd($0, from: 0) } == all.count)
    }

    @Test func aLineReadsAsBeforeWhateverItsOtherMembersHold() throws {
        let line = #"{"id": "q", "quotes": [{"start": 1, "text": "don\u2019t", "ok": true}], "extra": [1,], "text": "Ann said it."}"#
        guard case .document(let id, let text)? = JSONLReader.item(from: Data(line.utf8), number: 1) else {
            Issue.record("not read")
            return
        }
        #expect(id == "q")
        #expect(text == "Ann said it.")
        let broken = #"{"id": "q", "quotes": [{"start": 1, "text": "a\x"}], "text": "Ann said it."}"#
        guard case .error(_, let message)? = JSONLReader.item(from: Data(broken.utf8), number: 1) else {
            Issue.record("read")
            return
        }
        #expect(message == "document \"q\": not JSON: an unknown escape in a string at byte 47")
    }
}
