/// Words that show who narrates a first-person text (``Narrator``). Data: the lists are checked
/// by a test.
enum NarratorWords {
    /// First words of a letter's closing line, above the writer's name ("Love ya.", "Yours
    /// truly", "Best wishes", "Sincerely").
    static let valedictions: WordSet = [
        "love", "sincerely", "yours", "regards", "best", "cheers", "cordially", "faithfully",
        "affectionately", "respectfully", "warmly", "fondly", "truly", "thanks", "kind", "warm",
    ]

    /// Nouns of a heading that names a speech ("Remarks by …", "… Floor Speech").
    static let speechNouns: WordSet = [
        "speech", "remarks", "address", "sermon", "lecture", "eulogy", "testimony", "statement",
    ]

    /// Words of a heading that names an interview and its guest.
    static let interviewWords: WordSet = ["interview", "interviews", "interviewed"]
    /// Verbs with which an interview's first paragraph names its guest ("spoke with Ana Reyes").
    static let interviewLeadVerbs: WordSet = ["spoke", "talked", "speaks", "talks"]

    /// Courtesy titles with which a transcript's chair calls on the next speaker ("Miss Reyes?",
    /// "General Reyes.").
    static let floorTitles: WordSet = [
        "mr.", "mr", "mrs.", "mrs", "ms.", "ms", "miss", "dr.", "dr", "general", "counsel", "professor", "prof.",
    ]
}
