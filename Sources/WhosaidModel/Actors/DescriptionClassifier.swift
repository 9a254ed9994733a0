/// The word that says which one of its kind a role description means: "finance" in "Britain's
/// finance minister", "prime" in "the prime minister", "press" in "the press secretary". Two
/// descriptions with the same head and different classifiers name different people, so a
/// definite description does not take up an earlier one whose classifier it lacks (`the prime
/// minister` is not `the finance minister` said just before); `the minister` may still take up
/// either.
enum DescriptionClassifier {
    /// Adjectives that name an office as a noun before the head does (`prime minister`, `foreign
    /// secretary`, `deputy mayor`): classifiers though the tagger calls them adjectives.
    static let officeAdjectives: WordSet = [
        "assistant", "associate", "deputy", "federal", "foreign", "general", "municipal", "national", "prime", "vice",
    ]

    /// Modifiers before a head that rank, age or date its holder rather than say which office
    /// it is (`the senior official`, `the former minister`): they classify nothing, and a
    /// description with one may take up an earlier one without it.
    static let rankAndTenureWords: WordSet = [
        "acting", "chief", "current", "elderly", "ex", "former", "incoming", "interim", "junior", "late",
        "longtime", "long-time", "new", "old", "outgoing", "retired", "same", "senior", "then", "top",
        "veteran", "young", "younger", "older",
    ]

    /// The classifier of description mention `m`: the word just before its head's first
    /// occurrence when it is a lower-case common noun (`finance`, `press`) or one of
    /// ``officeAdjectives``, and not one of ``rankAndTenureWords``; nil otherwise. An evaluative
    /// adjective (`the embattled mayor`) classifies nothing, nor a capitalised modifier (`a White
    /// House official`: a name, which the checks of owners read).
    static func classifier(of m: SpeakerMention, tokens: Tokens) -> String? {
        guard m.last > m.first, let h = (m.first + 1...m.last).first(where: { tokens[$0].lower == m.head }) else { return nil }
        let t = tokens[h - 1]
        guard t.isWord, !t.isCapitalized, t.quote == tokens[h].quote else { return nil }
        let word = t.lower
        guard t.tag == .noun || officeAdjectives.contains(word), !rankAndTenureWords.contains(word),
              !ActorBuilder.keylessDeterminers.contains(word), !word.isPossessiveForm else { return nil }
        return word
    }

    /// Whether a definite description with classifier `later` (nil: none) may take up an earlier
    /// description filed with classifier `earlier`, whose key is `earlierKey`: yes when the later
    /// one has none, or the same, or a word of the earlier key (`the finance minister` after
    /// `the state's finance and budget minister`); an office adjective (`the deputy mayor`) never
    /// takes up a description without it (`the mayor`), another classifier only one with none.
    static func mayTakeUp(later: String?, earlier: String?, earlierKey: String) -> Bool {
        guard let later, later != earlier else { return true }
        if earlierKey.spaceSeparatedWords.contains(where: { $0 == later }) { return true }
        return earlier == nil && !officeAdjectives.contains(later)
    }
}
