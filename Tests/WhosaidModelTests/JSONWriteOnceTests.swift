import Testing
@testable import WhosaidModel

/// Strings with nothing to escape are written in one piece, and keys with the comma before them
/// (issue 12): the bytes are those the escaping writer gives.
struct JSONWriteOnceTests {
    @Test("A string value is written as the escaping writer writes it", arguments: [
        ("plain", #""plain""#),
        ("", #""""#),
        ("a longer plain value of more than sixteen bytes", #""a longer plain value of more than sixteen bytes""#),
        ("caf\u{00E9} \u{00A9} \u{201C}ok\u{201D}", "\"caf\u{00E9} \u{00A9} \u{201C}ok\u{201D}\""),
        ("say \"no\"", #""say \"no\"""#),
        ("tab\there", #""tab\there""#),
        ("del\u{7F}", #""del\u007f""#),
        ("c1\u{85}", #""c1\u0085""#),
        ("back\\slash", #""back\\slash""#),
    ] as [(String, String)])
    func stringValue(value: String, expected: String) {
        var w = JSONWriter()
        w.beginArray()
        w.string(value)
        w.string(value)
        w.endArray()
        #expect(String(decoding: w.bytes, as: UTF8.self) == "[\(expected),\(expected)]")
    }

    @Test func keysTakeTheCommaBeforeThem() {
        var w = JSONWriter()
        w.beginObject()
        w.key("a"); w.int(1)
        w.key("b"); w.beginObject(); w.key("c"); w.string("d"); w.key("e"); w.null(); w.endObject()
        w.key("f"); w.strings([])
        w.endObject()
        #expect(String(decoding: w.bytes, as: UTF8.self) == #"{"a":1,"b":{"c":"d","e":null},"f":[]}"#)
    }

    @Test func aMentionIsWrittenFromTheScalars() {
        let a = analyze("\u{201C}Rain is coming,\u{201D} said Ida Berg, a farmer.")
        let line = String(decoding: AnalysisJSON.line(a, id: "doc-1"), as: UTF8.self)
        #expect(line.contains(#""mention":{"start":23,"end":31,"text":"Ida Berg"}"#))
    }
}
