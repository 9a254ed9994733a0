/// Kinds of hostile or degenerate article text, each of which once made some stage of the engine
/// take time quadratic in its size (issue 11, "Hangs"). `PathologicalFamily.text(bytes:)` builds
/// one of a given size; the benchmark times them and a test checks that time grows linearly.
public enum PathologicalFamily: String, CaseIterable, Sendable {
    /// `« a « a …`: opening guillemets that never close, in one paragraph.
    case unclosedGuillemets
    /// `` ``a ``a …``: NYT-style opening backtick pairs that never close.
    case backtickPairs
    /// Runs of punctuation and quotation marks of every kind, with a few spaces, in one paragraph.
    case punctuationRuns
    /// `“‘“‘…`: curly double and single opening marks, alternating, never closed.
    case unclosedNestedMarks
    /// `“a ‘a “a ‘a … ’ ” ’ ”`: quotes nested as deep as the size allows, then all closed.
    case deeplyNestedMarks
    /// `“a “a “a …`: curly opening marks, each followed by a word, never closed.
    case curlyOpenings
    /// Distinct people, each introduced with an appositive role and quoted:
    /// `Ada Bel, the minister of Cor, said “…” `.
    case namesWithRoles
    /// Many short paragraphs holding only quotation marks.
    case quoteMarkParagraphs
    /// One sentence of words (names and reporting verbs among them) without any punctuation.
    case unpunctuatedSentence
    /// The same attributed quotation, sentence after sentence, in one paragraph.
    case repeatedQuote
    /// One sentence that holds a reporting verb and then many short quotations.
    case manyQuotesOneSentence
    /// Many people who share one surname, each named in full once, then by surname alone.
    case sharedSurname
    /// One paragraph of people's statements, each followed by one that `it` (no organisation) made.
    case pronounsInOneParagraph
    /// One sentence of quotes each introduced by a colon: `the plan: “…” and the plan: “…” and …`.
    case colonQuotes
    /// One sentence of reporting verbs nested without end: `officials said the minister said …`.
    case reportedChain
    /// One person quoted again and again, each time with another role and title:
    /// `Gov. Ada Bel, the minister of Cor, said “…” `.
    case oneSpeakerManyRoles
    /// One sentence of subjects with relative clauses, each told by the next:
    /// `Ada Bel, who said the plan would win, told reporters, Ada Bel, who …`.
    case chainedRelativeClauses
    /// One reported sentence followed by many finite clauses of reason:
    /// `Ada Bel said the plan failed, because it was late, because it was late, …`.
    case reasonClauses
    /// One sentence of parenthetical cues: `It was wrong, Ada Bel said, it was wrong, Ada Bel said, …`.
    case parentheticalCues
    /// One sentence of quotes that finish a reporter's clause, each with its cue:
    /// `Bel, citing "x," said Bel, citing "x," said …`.
    case citingQuotes
    /// One sentence of reports, each with a coordinated deed after its clause and a pronoun:
    /// `Ada Bel said she admires the plan and left Ada Bel said she …`.
    case coordinatedDeeds
    /// One opening paragraph of title-case headline labels whose names the text never repeats:
    /// `Zorq Vantic: We Should Cut Taxes Now. Zorq Vantic: …`.
    case headlineLabels
    /// One quote's trailing cue with a run of coordinated roles after it, each apposed to the
    /// next: `“We won,” said the owner and chairman, the owner and chairman, …` (a reader that
    /// read each apposition's description anew recursed once per role and overflowed the stack).
    case coordinatedRoles
    /// Distinct capitalised words the tagger does not know, each the subject of a verb and never
    /// named again: `Kobamirix left. Ribamirix left. …` (each read as a bare surname read the
    /// whole text for a capitalised use of it inside a sentence).
    case bareSurnameSubjects
    /// Distinct people named in full, each then by surname alone as a subject, one to a
    /// paragraph: `Banoka Kobamirix left. Kobamirix stayed.` (each surname echo read the whole text).
    case surnameEchoes
    /// Quotes whose speaker is the role of another place each time, one to a paragraph:
    /// `“We won,” said the mayor of Kobamiriville.` These descriptions once joined one actor,
    /// whose aliases every quote of the JSON output repeated (output quadratic in the text); each
    /// now names its own owner and actor, and a statement lists a bounded number of aliases.
    case placeRoleSpeakers
    /// Distinct people given one title, each then quoted as that role's description, one to a
    /// paragraph: `Mayor Banoka Kobamirix spoke. “We won,” said the mayor.` Timed with role
    /// descriptions linked to their holders (``linksRoleDescriptions``), as `browse` reads them:
    /// each description read every person before it.
    case oneRoleManyHolders
    /// Distinct people quoted by surname, each followed by a role that no one holds, one to a
    /// paragraph: `“No,” Kobamirix said. “Yes,” said the mayor.` Timed with role descriptions
    /// linked: each description read every speaker before it for one holding its role.
    case unheldRoleAmongSpeakers
    /// A titled person, a speaker by surname, a role description and an age description to a
    /// paragraph, all distinct people: `Sen. Tom Kobamirix spoke. “No,” Kobamiriz said. “Yes,” said
    /// the mayor. “Maybe,” said the 31-year-old.` Timed with role descriptions linked.
    case titledPeopleAndDescriptions
    /// People who share a surname, each quoted with a role of two proper modifiers, then that
    /// role's description, one to a paragraph: `“Yes,” said Banoka Kobamirix, a Florida Republican
    /// senator. “We won,” said the Florida Republican senator.` Timed with role descriptions
    /// linked: each description re-checked every speaker of its role.
    case sharedRoleModifiers
    /// As ``sharedRoleModifiers``, with another invented modifier in each paragraph's role and
    /// description (`a Florida Bakomirin senator`, `the Florida Bakomirin senator`): each
    /// description read every holder of its head among the names.
    case distinctRoleModifiers
    /// Statements whose speaker is a pronoun that no name before it can take, in one paragraph:
    /// `“We will win the vote,” she said. “We will win the vote,” she said. …`. Each pronoun
    /// read back over every statement before it for the one a speaker had spoken.
    case unnamedPronounSpeakers
    /// People of one first name and surname, each quoted with another invented middle name, one
    /// to a paragraph: `“Yes,” said Ann Kobamirin Kobamirix.` Each new full name read every
    /// earlier person with that first name and surname for one that agrees.
    case sharedFirstNameDistinctMiddles
    /// People who share a surname, each quoted with an initial before an invented given name,
    /// then by that given name alone, one pair to a paragraph: `“Yes,” said C. Banoka Kobamirix.
    /// “No,” said Banoka Kobamirix.` Each given name read every earlier person with an initial of
    /// its letter.
    case initialsSharedSurname
    /// `中中中…`: letters of a script written without spaces, all one word, in one paragraph.
    case unspacedScript
    /// Random Unicode scalars (valid UTF-8): ASCII, quotation marks, line breaks, accents, CJK, emoji.
    case randomScalars
    /// One reported clause of finding verbs without end: `Ann Lee said The data imply that The
    /// data imply that …` (each verb's clause searched its whole rest for an adjunct, quadratic).
    case findingVerbChain

    /// Whether the family is timed with role descriptions linked to the people holding the role
    /// (the engine's `linkRoleDescriptions`, on in `browse`): only then does it reach the stage
    /// it tests.
    public var linksRoleDescriptions: Bool {
        switch self {
        case .oneRoleManyHolders, .unheldRoleAmongSpeakers, .titledPeopleAndDescriptions, .sharedRoleModifiers,
             .distinctRoleModifiers: true
        default: false
        }
    }

    /// How many times the common test size a text of this family must be for time quadratic in it
    /// to show: some stages are quadratic only in the people or paragraphs of a text, whose cost
    /// at the common size is still small beside the linear cost of tagging it.
    public var testScale: Int {
        switch self {
        case .bareSurnameSubjects, .oneRoleManyHolders, .unheldRoleAmongSpeakers, .titledPeopleAndDescriptions,
             .sharedRoleModifiers, .distinctRoleModifiers, .sharedFirstNameDistinctMiddles: 4
        case .surnameEchoes, .unnamedPronounSpeakers, .initialsSharedSurname, .findingVerbChain: 8
        default: 1
        }
    }
}
