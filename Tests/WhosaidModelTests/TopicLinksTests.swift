import Testing
@testable import WhosaidModel

/// ``TopicLinks`` agrees with ``mentions(_:in:)``, whether the shared stems of short words
/// (``ShortStemCache``) are new or filled by earlier documents.
struct TopicLinksTests {
    static let statements = [
        "The governments agreed on tariffs.",
        "Our government said the tariff stays.",
        "NATO ministers met the U.N. envoy; the nato talks went on.",
        "Négociations résumed after the strikes.",
        "Nothing was agreed.",
    ]
    static let phrases = ["government", "tariff", "NATO", "négociation", "strike", "agree", "talks", "U.N."]

    static func expected() -> [[Int]] {
        phrases.map { p in statements.indices.filter { mentions(p, in: statements[$0]) } }
    }

    @Test func linksMatchMentionsWithAColdAndAWarmCache() {
        let expected = Self.expected()
        #expect(expected[0] == [0, 1])
        // The first run may fill the shared table; the second reads it.
        for _ in 0..<2 {
            #expect(TopicLinks(statements: Self.statements, phrases: Self.phrases).statementIDs == expected)
        }
    }

    @Test func aLongWordWhoseStemIsShortMeetsTheShortWord() {
        // "governments" (11 letters) stems to "government" (10), which packs: one stem, one id.
        let links = TopicLinks(statements: ["The governments met.", "A government fell."], phrases: ["governments"])
        #expect(links.statementIDs == [[0, 1]])
    }

    /// Texts whose words split, join and fold in every way ``TextFolding`` knows: apostrophes
    /// (three kinds) inside and after words, initials and acronyms with and without their last
    /// stop, stops after words of two letters and after digits, letters that fold to two,
    /// accents, a combining mark, non-Latin letters, a stop at the very start, and marks only.
    static let splittingTexts = [
        "O’Brien's aide said the U.S. and the U.K. would talk e.g. on Monday.",
        ".A start, a.b.c. and x.y, Mr.Smith and 3.5 per cent; rock ’n’ roll in the ʼ80s",
        "Straße, Øresund, Æsir and Œuvre; café, naïve, São Paulo, Zürich, e\u{301}lan",
        "Москва и Київ — 東京; ÉPA’s PACs, NATO, U.S, the U.N., AB.C, É.U. rules",
        "Leon V. Sigal, J.R.R. Tolkien and a long-running thirty-five-year-old Ünïcödé word",
        "students' union, 'quoted' words, the 1990s, 24/7, covid-19, and ½ or ² marks",
        "", "—", "...", "a", "É", "x.", ".x", "ab’", "’ab",
    ]

    /// Each text's word codes stand for the stems ``StemMatching/stems(of:)`` gives: as many,
    /// equal exactly where the stems are, acronyms marked alike.
    @Test func statementStemsCodeTheWordsStemMatchingFinds() {
        var stems = StatementStems(shared: ShortStemCache.Table(capacity: 64, absent: 0))
        var codes: [Int32] = []
        var expected: [[UInt8]] = []
        for text in Self.splittingTexts {
            let before = codes.count
            stems.append(text, to: &codes)
            let words = StemMatching.stems(of: text)
            #expect(codes.count - before == words.count, "\(text)")
            expected += words
        }
        guard codes.count == expected.count else { return }
        for a in codes.indices {
            #expect((codes[a] & 1 == 1) == (expected[a].first == 0x5E), "\(String(decoding: expected[a], as: UTF8.self))")
            for b in codes.indices where b > a {
                let sameStem = expected[a].drop(while: { $0 == 0x5E }).elementsEqual(expected[b].drop(while: { $0 == 0x5E }))
                #expect((codes[a] >> 1 == codes[b] >> 1) == sameStem)
            }
        }
    }
}
