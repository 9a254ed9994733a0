/// The grammatical gender a person's mentions agree with ("he" / "she").
enum Gender: Sendable, Equatable {
    case male
    case female

    /// The gender a third-person singular pronoun asks for ("he", "she"); nil for any other word.
    init?(pronoun: String) {
        switch pronoun {
        case "he", "him", "his", "himself": self = .male
        case "she", "her", "hers", "herself": self = .female
        default: return nil
        }
    }

    /// The gender a title shows ("Mr.", "Congresswoman"), from ``Lexicon/maleTitles`` and
    /// ``Lexicon/femaleTitles``; nil when the title says nothing ("Sen.", "Dr.").
    init?(title: String) {
        let words = title.lowercased().spaceSeparatedWords.map(String.init)
        if words.contains(where: Lexicon.femaleTitles.contains) {
            self = .female
        } else if words.contains(where: Lexicon.maleTitles.contains) {
            self = .male
        } else {
            return nil
        }
    }
}
