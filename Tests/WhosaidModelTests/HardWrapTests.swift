import Testing
@testable import WhosaidModel

/// Hard-wrapped articles (wire copy, mail) are read paragraph by paragraph, not line by line,
/// and offsets still index the text as given (issue 11, item 3). The articles are invented.
@Suite struct HardWrapTests {
    /// An invented wire story, one paragraph per element.
    static let paragraphs = [
        "Harbour Plan Divides Port Town",
        "PORT ELLEN, March 3 -- The town council of Port Ellen voted late on Tuesday to rebuild the old harbour wall, a project that has split the fishing community for more than a decade.",
        "\u{201C}We have waited long enough for this, and the boats cannot wait any longer for a safe berth in winter,\u{201D} said Mara Quinlan, who chairs the harbour committee.",
        "Opponents said the cost would fall on families who no longer fish. Tom Abernethy, a retired skipper, told the meeting that the council had \u{201C}never once asked the people who pay for it what they wanted.\u{201D}",
        "The council said work would begin in the spring.",
    ]

    /// `text` broken greedily into lines of at most `width` characters, as `fold -s` or a mail
    /// client does.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty, line.count + 1 + word.count > width {
                lines.append(line)
                line = ""
            }
            line += line.isEmpty ? String(word) : " " + word
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }

    /// The invented story wrapped at `width`, paragraphs separated by blank lines.
    static func story(width: Int, lineEnd: String = "\n") -> String {
        paragraphs.map { wrap($0, width: width).joined(separator: lineEnd) }.joined(separator: lineEnd + lineEnd) + lineEnd
    }

    /// The paragraphs of `text`, white space runs read as one space.
    static func paragraphTexts(_ doc: Document) -> [String] {
        doc.paragraphs.map { doc.text(in: $0).split(whereSeparator: \.isWhitespace).joined(separator: " ") }
    }

    @Test(arguments: [40, 60, 72, 80, 100])
    func wrappedLinesAreJoinedIntoTheirParagraphs(width: Int) {
        let doc = Document(name: "wire", text: Self.story(width: width))
        #expect(Self.paragraphTexts(doc) == Self.paragraphs)
    }

    /// The document keeps its text only as scalars (issue 12): the engine's reading copy, whose
    /// line breaks are spaces, still gives the text as written, and its UTF-8 length.
    @Test func theReadingCopyGivesTheTextAsWritten() {
        let text = "\u{FEFF}" + Self.story(width: 60, lineEnd: "\r\n")
        let doc = Document(name: "wire", text: text)
        let reading = doc.readingLineBreaksAsSpaces()
        #expect(doc.isHardWrapped && !reading.scalars.elementsEqual(doc.scalars))
        #expect(reading.text == text && doc.text == text)
        #expect(reading.utf8Count == text.utf8.count && doc.utf8Count == text.utf8.count)
    }

    @Test func aQuoteAcrossLineEndsIsOneStatementWithTrueOffsets() throws {
        for lineEnd in ["\n", "\r\n", "\r"] {
            let text = "\u{FEFF}" + Self.story(width: 60, lineEnd: lineEnd)
            let a = analyze(text)
            #expect(a.document.text == text)
            let quote = try #require(a.statement(containing: "waited long enough"))
            #expect(quote.text.hasPrefix("\u{201C}We have waited"))
            #expect(quote.text.hasSuffix("in winter,\u{201D}"))
            #expect(quote.text.contains(lineEnd))
            #expect(a.document.text(in: quote.span) == quote.text)
            #expect(a.actor(of: quote)?.name == "Mara Quinlan")
            // ¶3: the headline, the dateline paragraph, then the quote.
            #expect(quote.paragraph == 2)
            let scalars = Array(text.unicodeScalars)
            #expect(String(String.UnicodeScalarView(scalars[quote.span.start..<quote.span.end])) == quote.text)
        }
    }

    @Test func aNameBrokenAcrossLinesIsOneSpeakerWithOneSpace() throws {
        let story = [
            "The harbour committee met on Tuesday evening to discuss the wall, and its chair, Mara Quinlan, opened the meeting with a short statement to the fishermen who came along.",
            "\u{201C}We have waited long enough for this,\u{201D} Quinlan said after the vote, which passed by a wide margin of nine votes to two in the packed hall of the old school.",
            "Work on the new wall is to start in April, when the winter storms have passed and the boats are out at sea again.",
        ]
        // The first width at which a line ends with "Mara" and the next one starts with "Quinlan,".
        let width = try #require((50...90).first { Self.wrap(story[0], width: $0).contains { $0.hasSuffix(" Mara") } })
        let text = story.map { Self.wrap($0, width: width).joined(separator: "\n") }.joined(separator: "\n\n")
        #expect(text.contains("Mara\nQuinlan"))
        let a = analyze(text)
        #expect(a.document.isHardWrapped)
        #expect(a.actors.map(\.name) == ["Mara Quinlan"])
        let quote = try #require(a.statement(containing: "waited"))
        #expect(a.actor(of: quote)?.name == "Mara Quinlan")
    }

    @Test func indentedParagraphsWithoutBlankLinesAreSeparated() {
        let text = Self.paragraphs.dropFirst().map { "  " + Self.wrap($0, width: 66).joined(separator: "\n") }.joined(separator: "\n") + "\n"
        let doc = Document(name: "indented", text: text)
        #expect(Self.paragraphTexts(doc) == Array(Self.paragraphs.dropFirst()))
    }

    @Test func shortLinesInsideAWrappedArticleStayTheirOwnParagraphs() {
        // A byline block of short lines above a wrapped story.
        let text = "By Ines Marr\nHarbour Correspondent\n\n" + Self.story(width: 70)
        let doc = Document(name: "byline", text: text)
        #expect(Self.paragraphTexts(doc) == ["By Ines Marr", "Harbour Correspondent"] + Self.paragraphs)
    }

    @Test func anArticleWithOneParagraphPerLineIsReadLineByLine() {
        let withBlankLines = Self.paragraphs.joined(separator: "\n\n")
        let without = Self.paragraphs.joined(separator: "\n")
        for text in [withBlankLines, without] {
            #expect(Self.paragraphTexts(Document(name: "lines", text: text)) == Self.paragraphs)
        }
        // Short one-line paragraphs of every length, no blank lines: a list, not a wrapped text.
        let list = ["Results by district:", "North: 4,120 votes for, 3,900 against", "South: 2,200 for",
                    "East: 5,010 votes for and 4,980 votes against the harbour plan", "West: no count yet",
                    "The council will publish the final figures on Friday."]
        #expect(Self.paragraphTexts(Document(name: "list", text: list.joined(separator: "\n"))) == list)
    }

    @Test func shortParagraphsOfOneLengthAreNotWrappedText() {
        // Lines of one length that each end a sentence: full lines, but paragraphs of their own
        // (a browser test's 1.5 MB article of one repeated line became one paragraph).
        let line = "The council approved the new bridge after a long debate about the harbour and its future."
        let text = "Headline\n" + Array(repeating: line, count: 40).joined(separator: "\n") + "\nA zebra crossing.\n"
        let doc = Document(name: "repeated", text: text)
        #expect(!doc.isHardWrapped)
        #expect(doc.paragraphs.count == 42)
    }

    @Test func theSeedIsReadOneParagraphPerLine() {
        let doc = DocumentLoader.seed()
        let lines = doc.text.split(whereSeparator: \.isNewline).filter { !$0.allSatisfy(\.isWhitespace) }
        #expect(doc.paragraphs.count == lines.count)
        #expect(HardWrap.paragraphSpans(in: doc.scalars) == nil)
    }

    @Test func aParagraphSeparatorAlwaysEndsAParagraph() {
        let text = Self.paragraphs.map { Self.wrap($0, width: 60).joined(separator: "\n") }.joined(separator: "\u{2029}")
        #expect(Self.paragraphTexts(Document(name: "ps", text: text)) == Self.paragraphs)
    }
}
