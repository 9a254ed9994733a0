import Testing
@testable import WhosaidSyntax

/// A form's normal form for the tagger: lower case, typography folded (issue 12: a form with no
/// capital is returned as it is, not lower-cased again).
struct NormalizedFormTests {
    @Test("Forms fold to lower case and the treebank's marks", arguments: [
        ("said", "said"),
        ("Said", "said"),
        ("NASA", "nasa"),
        ("''", "\""),
        ("'", "'"),
        ("it\u{2019}s", "it's"),
        ("`Tis", "'tis"),
        ("\u{2014}", "--"),
        ("\u{201C}", "\""),
        ("Caf\u{00C9}", "caf\u{00E9}"),
        ("3-2", "3-2"),
        ("", ""),
    ] as [(String, String)])
    func normalized(form: String, expected: String) {
        #expect(TaggerWord.normalized(form) == expected)
    }
}
