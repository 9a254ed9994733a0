/// Head nouns of descriptions that show a person's gender ("his mother", "the widower"), so that
/// "he" never takes "his mother". Data: the lists are checked by a test.
enum GenderedNouns {
    static let female: WordSet = [
        "mother", "wife", "daughter", "sister", "woman", "girl", "grandmother", "granddaughter", "aunt", "niece",
        "widow", "actress", "mom", "mum", "girlfriend", "bride", "businesswoman", "stepmother", "landlady",
    ]
    static let male: WordSet = [
        "father", "husband", "son", "brother", "man", "boy", "grandfather", "grandson", "uncle", "nephew",
        "widower", "dad", "boyfriend", "groom", "businessman", "stepfather", "landlord",
    ]

    /// The gender the head noun `head` (lower-cased) shows, with the titles that show one
    /// (``Lexicon/maleTitles``, ``Lexicon/femaleTitles``); nil for any other noun.
    static func gender(of head: String) -> Gender? {
        if female.contains(head) || Lexicon.femaleTitles.contains(head) { return .female }
        if male.contains(head) || Lexicon.maleTitles.contains(head) { return .male }
        return nil
    }

    /// The gender the noun `head` (lower-cased) shows by itself (``female``, ``male``), titles left out.
    static func nounGender(of head: String) -> Gender? {
        female.contains(head) ? .female : male.contains(head) ? .male : nil
    }
}
