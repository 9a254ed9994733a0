@testable import WhosaidModel

/// British and Commonwealth copy, whose outer quotation marks are single (`'…'`, `‘…’`) with
/// double marks nested inside: one table per rule, with sentences written for the purpose; run by
/// ``AttributionGrammarTests/attribution(_:)``.
enum SingleQuoteShapeTests {
    typealias Case = AttributionGrammarTests.Case

    /// `'…, "…," and …'`: a double quote opened inside a single-quoted one is nested in it, part of
    /// that quotation and no quotation of its own (``QuoteScanner/notNested(_:in:)``).
    static let nestedDoubleCases: [Case] = [
        Case(text: "Mrs Penn said: 'My daughter told me, \"Mum, I'm lost,\" and then the call dropped.'",
             expected: [("Mrs Penn", "'My daughter told me, \"Mum, I'm lost,\" and then the call dropped.'")]),
        Case(text: "'The landlord told us \"it's not his job\",' said Mr Doyle.",
             expected: [("Mr Doyle", "'The landlord told us \"it's not his job\",'")]),
        Case(text: "Mrs Penn said: ‘My daughter told me, “Mum, I’m lost,” and then the call dropped.’",
             expected: [("Mrs Penn", "‘My daughter told me, “Mum, I’m lost,” and then the call dropped.’")]),
        Case(text: "‘The landlord told us “it’s not his job”,’ said Mr Doyle.",
             expected: [("Mr Doyle", "‘The landlord told us “it’s not his job”,’")]),
    ]

    /// `'…home.¶'Nobody…'`: a single quote left open at the end of a paragraph goes on when the
    /// next paragraph opens with a mark of its kind, as double quotes do, unless that paragraph's
    /// quote closes before a cue of its own.
    static let paragraphBreakCases: [Case] = [
        Case(text: "Tom Reeve, 71, said: 'We have farmed here since 1962. This is our land.\n\n'Nobody is going to take it from us.'",
             expected: [("Tom Reeve", "'We have farmed here since 1962. This is our land.\n\n'Nobody is going to take it from us.'")]),
        Case(text: "Tom Reeve, 71, said: ‘We have farmed here since 1962. This is our land.\n\n‘Nobody is going to take it from us.’",
             expected: [("Tom Reeve", "‘We have farmed here since 1962. This is our land.\n\n‘Nobody is going to take it from us.’")]),
        // The reopened quote closes on a comma before a cue of its own: two quotations.
        Case(text: "Tom Reeve said: 'We have farmed here since 1962. This is our land.\n\n'Nobody is taking it,' said Ann Reeve.",
             expected: [("Tom Reeve", "'We have farmed here since 1962. This is our land."),
                        ("Ann Reeve", "'Nobody is taking it,'")]),
    ]

    /// Apostrophes inside a single-quoted quotation (`It’s`, `rock 'n' roll`, the `'90s`,
    /// `Evans'`) neither open nor close one.
    static let apostropheCases: [Case] = [
        Case(text: "‘It’s finished,’ said Ms Hale.", expected: [("Ms Hale", "‘It’s finished,’")]),
        Case(text: "'We played rock 'n' roll all night,' said Mr Dunn.",
             expected: [("Mr Dunn", "'We played rock 'n' roll all night,'")]),
        Case(text: "‘We played rock ‘n’ roll all night,’ said Mr Dunn.",
             expected: [("Mr Dunn", "‘We played rock ‘n’ roll all night,’")]),
        Case(text: "'Back in the '80s, this street was full of shops,' said Mr Dunn.",
             expected: [("Mr Dunn", "'Back in the '80s, this street was full of shops,'")]),
        Case(text: "'The Evans' farm was the last to close,' said Ms Hale.",
             expected: [("Ms Hale", "'The Evans' farm was the last to close,'")]),
    ]

    /// Double marks outside with single ones nested inside, the American way, stay as they were.
    static let americanNestingCases: [Case] = [
        Case(text: "\"She said 'never' to me,\" Lowe said.", expected: [("Lowe", "\"She said 'never' to me,\"")]),
        Case(text: "“She said ‘never’ to me,” Lowe said.", expected: [("Lowe", "“She said ‘never’ to me,”")]),
    ]

    static let allCases: [Case] = nestedDoubleCases + paragraphBreakCases + apostropheCases + americanNestingCases
}
