import Foundation
import Testing
@testable import WhosaidModel

@Suite struct JSONOutputTests {
    @Test func writerEscapesStringsAndNestsValues() throws {
        var w = JSONWriter()
        w.beginObject()
        w.key("text"); w.string("He said \"no\"\\\n\t\u{01}“ok”")
        w.key("n"); w.int(-3)
        w.key("x"); w.number(0.95)
        w.key("none"); w.string(nil)
        w.key("list"); w.strings(["a", "b"])
        w.endObject()
        let json = String(decoding: w.bytes, as: UTF8.self)
        #expect(json == #"{"text":"He said \"no\"\\\n\t\u0001“ok”","n":-3,"x":0.95,"none":null,"list":["a","b"]}"#)
        let parsed = try #require(JSONSerialization.jsonObject(with: Data(w.bytes)) as? [String: Any])
        #expect(parsed["text"] as? String == "He said \"no\"\\\n\t\u{01}“ok”")
    }

    @Test func documentLineHasTheScorerFields() throws {
        let a = analyze("“Rain is coming,” said Ida Berg, a farmer.")
        let line = AnalysisJSON.line(a, id: "doc-1")
        let doc = try #require(JSONSerialization.jsonObject(with: Data(line)) as? [String: Any])
        #expect(doc["id"] as? String == "doc-1")
        #expect(doc["text"] as? String == a.document.text)
        let q = try #require((doc["quotes"] as? [[String: Any]])?.first)
        #expect(q["start"] as? Int == 0)
        #expect(q["end"] as? Int == 17)
        #expect(q["kind"] as? String == "direct")
        #expect(q["speaker"] as? String == "Ida Berg")
        #expect(q["cue"] as? String == "said")
        #expect((doc["actors"] as? [[String: Any]])?.first?["role"] as? String == "a farmer")
    }

    /// Each statement says why it has its speaker: the mention, how it was tied to the actor,
    /// the pronoun's antecedent, the statement a quote without a cue continues.
    @Test func statementsCarryTheWhyThisSpeakerChain() throws {
        let text = "Sen. Mary Lind questioned bank chief Tom Reyes on Tuesday.\n\n“You should resign,” Lind told Reyes. “You took the money.”\n\n“I did nothing wrong,” he said."
        let a = analyze(text)
        let doc = try #require(JSONSerialization.jsonObject(with: Data(AnalysisJSON.line(a, id: "why"))) as? [String: Any])
        let quotes = try #require(doc["quotes"] as? [[String: Any]])
        #expect(quotes.map { $0["via"] as? String } == ["name", "continuation", "pronoun"])
        #expect((quotes[0]["mention"] as? [String: Any])?["text"] as? String == "Lind")
        #expect(quotes[1]["continues"] as? Int == 0)
        #expect(quotes[1]["mention"] == nil)
        let antecedent = try #require(quotes[2]["antecedent"] as? [String: Any])
        #expect(antecedent["text"] as? String == "Reyes")
        let start = try #require(antecedent["start"] as? Int)
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[start..<(start + 5)])) == "Reyes")
        #expect((quotes[2]["mention"] as? [String: Any])?["text"] as? String == "he")
        #expect(quotes[2]["speaker"] as? String == "Tom Reyes")
    }

    @Test func everyControlCharacterIsEscapedC1AndDELToo() throws {
        let text = "a\u{1B}]0;pwned\u{07}\u{1B}[2J\u{7F}\u{9B}2J\u{80}\u{9F}\u{A0}é"
        var w = JSONWriter()
        w.string(text)
        #expect(String(decoding: w.bytes, as: UTF8.self) == #""a\u001b]0;pwned\u0007\u001b[2J\u007f\u009b2J\u0080\u009f\#u{A0}é""#)
        #expect(try JSONSerialization.jsonObject(with: Data(w.bytes), options: .fragmentsAllowed) as? String == text)
    }

    @Test func encoderOutputGetsDELAndC1Escaped() throws {
        let encoded = try JSONEncoder().encode(["k": "x\u{7F}\u{9B}\u{85}y é"])
        let escaped = JSONWriter.escapingDELAndC1(Array(encoded))
        #expect(String(decoding: escaped, as: UTF8.self) == #"{"k":"x\u007f\u009b\u0085y é"}"#)
        #expect(try JSONSerialization.jsonObject(with: Data(escaped)) as? [String: String] == ["k": "x\u{7F}\u{9B}\u{85}y é"])
    }

    /// Integers are written digit by digit, as `String` writes them.
    @Test func integersAreWrittenAsStringWritesThem() {
        var values = [0, 1, -1, 9, 10, -10, 99, 100, 1_000_000, 1_234_567_890, -987_654_321, Int.max, Int.min, Int.max - 1]
        for k in 0..<19 {
            var p = 1
            for _ in 0..<k { p *= 10 }
            values += [p - 1, p, p + 1, -p]
        }
        for n in values {
            var w = JSONWriter()
            w.int(n)
            #expect(String(decoding: w.bytes, as: UTF8.self) == String(n))
        }
        var w = JSONWriter()
        w.beginArray()
        w.number(0.001, decimals: 3)
        w.number(-120.5, decimals: 3)
        w.number(3.004, decimals: 3)
        w.number(250)
        w.number(-0.07)
        w.endArray()
        #expect(String(decoding: w.bytes, as: UTF8.self) == "[0.001,-120.5,3.004,250,-0.07]")
    }

    @Test func numbersKeepTheirSignDropTrailingZerosAndNeverBreakTheJSON() {
        var w = JSONWriter()
        w.beginArray()
        for d in [0, 0.5, 0.05, 0.123456, -0.25, -3, 2.0049, 12.5] { w.number(d) }
        w.number(0.39149, decimals: 3)
        for d in [Double.nan, .infinity, -.infinity, 1e300] { w.number(d) }
        w.endArray()
        #expect(String(decoding: w.bytes, as: UTF8.self) == "[0,0.5,0.05,0.12,-0.25,-3,2,12.5,0.391,null,null,null,null]")
    }

    /// Commas stay right through more levels than the writer keeps in one word (64).
    @Test func commasStayRightInDeepNesting() {
        let depth = 70
        var w = JSONWriter()
        for d in 0..<depth {
            w.beginArray()
            w.int(d)
        }
        for d in 0..<depth {
            w.int(-d)
            w.endArray()
        }
        let expected = (0..<depth).map { "[\($0)" }.joined(separator: ",") + (0..<depth).map { ",\(-$0)]" }.joined()
        #expect(String(decoding: w.bytes, as: UTF8.self) == expected)
    }
}
