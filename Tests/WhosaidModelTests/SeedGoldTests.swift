import Testing
@testable import WhosaidModel

/// The seed article's hand annotation (15 direct quotes, 6 reported statements, 8 actors),
/// written down here as the project's own expectations.
@Suite struct SeedGoldTests {
    static let analysis = Engine().analyze(DocumentLoader.seed())

    /// (opening words of the quote, speaker's name)
    static let directQuotes: [(String, String)] = [
        ("“a villain, a crazy person", "a North Korean diplomat"),
        ("“wasteland”", "President Obama"),
        ("“The North Koreans understand", "Leon V. Sigal"),
        ("“I can say to them", "Leon V. Sigal"),
        ("“a way for the North Koreans", "John Delury"),
        ("“There’s a lot that you pick up", "John Delury"),
        ("“Even now, as bad as things are", "Leon V. Sigal"),
        ("“they would suspend certain activities", "Leon V. Sigal"),
        ("“You don’t know until", "Leon V. Sigal"),
        ("“During several meetings", "Evans Revere"),
        ("“The response from them", "Evans Revere"),
        ("“the denuclearization of the whole Korean Peninsula", "the state news agency"),
        ("“But the onus is on North Korea", "Anna Richey-Allen"),
        ("“Most people in Washington", "Leon V. Sigal"),
        ("“I think you have to be talking to them", "Leon V. Sigal"),
    ]

    static let reported: [(String, String)] = [
        ("with communication between North Korea", "John Delury"),
        ("the talks have revealed a North Korea", "Leon V. Sigal"),
        ("those negotiations may not be successful", "Leon V. Sigal"),
        ("they’ve seen no sign of North Korean willingness", "Some other Track 2 participants"),
        ("Washington is open to talking to Pyongyang", "Anna Richey-Allen"),
        ("the U.S. must focus on those years", "Leon V. Sigal"),
    ]

    @Test(arguments: directQuotes)
    func directQuoteIsFoundWithItsSpeaker(opening: String, speaker: String) throws {
        let a = Self.analysis
        let s = try #require(a.statements.first { $0.kind == .direct && $0.text.hasPrefix(opening) }, "missing \(opening)")
        #expect(a.actor(of: s)?.name == speaker)
    }

    @Test func atLeastFiveOfTheSixReportedStatementsAreFound() {
        let a = Self.analysis
        let found = Self.reported.filter { opening, speaker in
            a.statements.contains { $0.kind != .direct && $0.text.hasPrefix(opening) && a.actor(of: $0)?.name == speaker }
        }
        #expect(found.count >= 5, "found \(found.map(\.0))")
    }

    @Test func exactlyTheEightActorsSpeakWithTheirRoles() {
        let expected: [String: String?] = [
            "Leon V. Sigal": "a former State Department policy official and long a key player in what are commonly called Track 2 talks",
            "John Delury": "a professor at Yonsei University in Seoul",
            "Evans Revere": "a former Asia specialist at the State Department",
            "Anna Richey-Allen": "the spokesperson for the State Department’s East Asia and Pacific Bureau",
            "President Obama": nil,
            "a North Korean diplomat": nil,
            "the state news agency": nil,
            "Some other Track 2 participants": nil,
        ]
        let actors = Self.analysis.actors
        #expect(Set(actors.map(\.name)) == Set(expected.keys))
        for actor in actors {
            #expect(actor.role == expected[actor.name] ?? nil, "role of \(actor.name)")
        }
    }

    @Test func offsetsAreUnicodeScalarOffsetsIntoTheText() {
        let a = Self.analysis
        let scalars = Array(a.document.text.unicodeScalars)
        for s in a.statements {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[s.span.start..<s.span.end])
            #expect(String(view) == s.text)
        }
    }
}
