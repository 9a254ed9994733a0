import Testing
@testable import WhosaidModel

@Suite struct ExportEscaperTests {
    /// Lines that mean something to CommonMark or GitHub-flavoured Markdown; written for this test.
    static let tricky: [String] = [
        "***", "---", "___", "- - -", "* * *", "===", "=== x", "+1 for that", "-1 degrees", "1986. A good year",
        "10) ten", "2024.", "#hashtag", "#", "## two", "a #b", "Hello #", "Hello ##", "<div>", "</p>", "<!-- x -->",
        "<?php echo 1; ?>", "<![CDATA[x]]>", "<http://x.example>", "<me@mail.example>", "&amp;", "&#x41;", "&#65;",
        "&copy", "&copy;", "&", "& co", "x&y;", "AT&T", "[x]: http://a.example", "[^1]", "[a][b]", "[a](b)", "![a](b)",
        "!", "Wow!", "!!", "`", "``", "```", "~~~", "a\\", "\\", "\\*", "*", "**", "_", "a_b_c", "_a_", "__init__",
        "snake_case_", "a*b*c", "~~x~~", "~x~", "| a | b |", "|---|", "www.example.com", "http://x.example",
        "> x", ">x", ">", "    four spaces", "\tindent", "trailing  ", "\u{00A0}nbsp start", "emoji 👍🏽 and Ünïcödé",
        "$x$", "{curly}", "(paren)", "\"quoted\" and 'single'", "a  b   c", "ends with two spaces  ",
    ]

    @Test func everyTrickyLineRendersAsItsOwnWordsInOneParagraph() throws {
        let markdown = Self.tricky.map(MarkdownEscaper.inline).joined(separator: "\n\n")
        let html = try CommonMark.html(markdown)
        let paragraphs = CommonMark.elements("p", in: html)
        #expect(paragraphs.count == Self.tricky.count, "a line became something other than a paragraph:\n\(html)")
        for (line, rendered) in zip(Self.tricky, paragraphs) {
            #expect(rendered == CommonMark.normalize(line), "\(line.debugDescription) rendered as \(rendered.debugDescription)")
        }
        #expect(CommonMark.tagNames(in: html) == ["p"])
    }

    @Test func everyTrickyLineInABlockquoteStaysVerbatim() throws {
        let markdown = Self.tricky.map { "> " + MarkdownEscaper.inline($0) }.joined(separator: "\n\n")
        let html = try CommonMark.html(markdown)
        let quotes = CommonMark.elements("blockquote", in: html)
        #expect(quotes == Self.tricky.map(CommonMark.normalize))
        #expect(CommonMark.tagNames(in: html) == ["p", "blockquote"])
    }

    @Test func ordinaryProseStaysReadable() {
        let prose = "AT&T's snake_case plan costs $5 (or 5%) - really! Wow. \"Yes,\" she said; 3.5 + 2 = 5.5 @home"
        #expect(MarkdownEscaper.inline(prose) == prose)
    }

    @Test func onlyWhatCouldMeanSomethingIsEscaped() {
        #expect(MarkdownEscaper.inline("*a* _b_ [c] <d> `e` #f |g| ~h~ \\i") == ##"\*a\* \_b\_ \[c\] \<d\> \`e\` \#f \|g\| \~h\~ \\i"##)
        #expect(MarkdownEscaper.inline("1. first") == #"1\. first"#)
        #expect(MarkdownEscaper.inline("- dash - mid") == #"\- dash - mid"#)
        #expect(MarkdownEscaper.inline("&amp; & &#1;") == ##"\&amp; & \&\#1;"##)
        #expect(MarkdownEscaper.inline("![x]") == #"\!\[x\]"#)
    }

    @Test func lineBreaksAndWhiteSpace() {
        #expect(MarkdownEscaper.inline("  one\n two\r\n\n- three\u{2028}four  ") == "one two - three four")
        #expect(MarkdownEscaper.lines("  one\n\n two\t\tthree \n- four") == ["one", "two three", #"\- four"#])
        #expect(MarkdownEscaper.lines(" \n\t\n").isEmpty)
    }

    @Test func controlCharactersBecomeVisibleNeverRaw() {
        #expect(MarkdownEscaper.inline("a\u{1B}]0;pwned\u{07} \u{1B}[2J b\u{9B}") == "a␛\\]0;pwned␇ ␛\\[2J b\u{FFFD}")
        #expect(MarkdownEscaper.lines("one\u{1B}c\ntwo") == ["one␛c", "two"])
    }
}
