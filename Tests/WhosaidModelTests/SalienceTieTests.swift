import Testing
@testable import WhosaidModel

/// Two earlier mentions that tie on salience (neither a subject, same sentence, both of the
/// pronoun's gender): the actor the text has mentioned more often wins, the nearer one only
/// when the counts are equal (``PronounSalience/outranks(score:mentions:best:bestMentions:)``).
struct SalienceTieTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var text: String
        var fragment: String
        var speaker: String
        var testDescription: String { text }
    }

    /// Paragraphs with no person in them, to put the subject mentions beyond the scored window.
    static let padding = "The city had three mills and a port. Its harbour froze in winter. Ships waited for weeks. Trade suffered."

    static let cases: [Case] = [
        // The person the text is about, against one named once beside them.
        Case(text: "Omar Haddad grew up in Leeds. He studied law in York.\n\n\(padding)\n\nLetters to Haddad from a cousin, Peter Lund, survive in the archive.\n\nIn 1995 he wrote, \"The city has been good to me.\"",
             fragment: "good to me", speaker: "Omar Haddad"),
        Case(text: "Nora Quist grew up in Leeds. She studied law in York.\n\n\(padding)\n\nLetters to Quist from a friend, Mary Holt, survive in the archive.\n\nIn 1995 she wrote, \"The city has been good to me.\"",
             fragment: "good to me", speaker: "Nora Quist"),
        // Guards: a subject still beats an object mentioned more often; equal counts go to the nearer.
        Case(text: "Omar Haddad grew up in Leeds. He studied law in York.\n\n\(padding)\n\nPeter Lund sent letters to Haddad from the archive.\n\nIn 1995 he wrote, \"The city has been good to me.\"",
             fragment: "good to me", speaker: "Peter Lund"),
        Case(text: "\(padding)\n\nLetters to Omar Haddad from a cousin, Peter Lund, survive in the archive.\n\nIn 1995 he wrote, \"The city has been good to me.\"",
             fragment: "good to me", speaker: "Peter Lund"),
    ]

    @Test(arguments: cases)
    func aTieGoesToThePersonMentionedMoreOften(_ c: Case) {
        #expect(analyze(c.text).speaker(of: c.fragment) == c.speaker)
    }
}
