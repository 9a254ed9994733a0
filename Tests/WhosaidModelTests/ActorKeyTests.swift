import Testing
@testable import WhosaidModel

/// An actor's key read byte by byte (``ActorBuilder/plainKey(_:)``) is the key read by
/// Characters (``ActorBuilder/unicodeKey(_:)``) for every text it takes, and it leaves any other
/// text to it.
@Suite struct ActorKeyTests {
    static let texts = [
        "", "s", "'s", "’s", "Maria Ruiz", "Maria Ruiz's", "Maria Ruiz’s", "MARIA RUIZ’S", "O’Brien", "O’Brien’s",
        "the City Council", "The Senators’", "Senators'", "Gov. Tom Hale Jr.", "U.S. Rep. Ana Lopez", "A-ha's",
        "rock 'n' roll", "Tom Reid’ s", "he said \"yes's\"", "CEO’S", "Jane Doe ’s", "’", "’’s", "x\r\n's",
        "Zoë Ruiz's", "Élodie Martin", "Renée’s", "İstanbul", "Ana\u{2018}s", "Ana\u{2019}\u{301}s", "Straße",
    ]

    @Test func theByteKeyIsTheCharacterKeyForEveryTextItTakes() {
        var taken = 0
        for text in Self.texts {
            guard let plain = ActorBuilder.plainKey(text) else { continue }
            taken += 1
            #expect(plain == ActorBuilder.unicodeKey(text), "“\(text)”")
        }
        #expect(taken == 24)
    }

    @Test func textsBeyondASCIIAndCurlyApostrophesAreReadByCharacters() {
        for text in ["Zoë Ruiz's", "Élodie Martin", "Renée’s", "İstanbul", "Ana\u{2018}s", "Ana\u{2019}\u{301}s", "Straße"] {
            #expect(ActorBuilder.plainKey(text) == nil, "“\(text)”")
        }
        #expect(ActorBuilder.plainKey("Maria Ruiz’s") == "maria ruiz")
    }
}

/// A description's words after its determiner, read byte by byte from an ASCII text
/// (``ActorBuilder/asciiWordsAfterFirst(_:)``), are the words split out and joined by one space.
@Suite struct DeterminerStripTests {
    @Test func theWordsAfterTheFirstAreJoinedByOneSpace() {
        let texts = ["the senators", "the  senior  senators ", " those city council members", "the", "the ", "", "  ", "a b c",
                     "these three groups of voters", "the senators’ aides", "the Zoë fans"]
        for text in texts {
            let words = text.spaceSeparatedWords
            let joined = words.count > 1 ? words.dropFirst().joined(separator: " ") : text
            if let read = ActorBuilder.asciiWordsAfterFirst(text) {
                #expect(read == joined, "“\(text)”")
            } else {
                #expect(text.utf8.contains { $0 >= 0x80 }, "“\(text)”")
            }
        }
        #expect(ActorBuilder.asciiWordsAfterFirst("the  senior  senators ") == "senior senators")
    }
}
