import Foundation
import Testing
@testable import WhosaidModel

/// Strings made from UTF-8 already checked or encoded, without a second check (issue 12), equal
/// the decoded ones.
struct UncheckedTextTests {
    @Test func stringsFromCheckedUTF8EqualDecodedOnes() throws {
        for text in ["plain ASCII words", "caf\u{00E9} \u{201C}quoted\u{201D} \u{1F600}", "", "short"] {
            let bytes = Array(text.utf8)
            let made = bytes.withUnsafeBufferPointer { String(validUTF8: $0, isASCII: text.utf8.allSatisfy { $0 < 0x80 }) }
            #expect(made == text)
            #expect(made.lowercased() == text.lowercased())
            let json = try JSONValue.parse(Data("\"\(text)\\n\\u00e9\"".utf8))
            #expect(json == .string(text + "\n\u{00E9}"))
        }
    }

    @Test func longTextsOfOtherScalarsAreMadeWhole() {
        let text = String(repeating: "Caf\u{00E9} owners \u{201C}said\u{201D} no \u{2014} twice. ", count: 5)
        let scalars = Array(text.utf8).withUnsafeBufferPointer { TextScalars(decodingUTF8: $0) }
        let count = text.unicodeScalars.count
        #expect(scalars.string(0..<count) == text)
        #expect(scalars.string(5..<count - 3) == String(String.UnicodeScalarView(Array(text.unicodeScalars)[5..<count - 3])))
        #expect(scalars.string(5..<11) == "owners")
    }
}
