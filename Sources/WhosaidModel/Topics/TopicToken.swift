/// One word of an article as the topic extractor sees it.
struct TopicToken: Sendable {
    /// How a word may take part in a key phrase.
    enum Role: Sendable {
        /// A content word: may start, continue and end a phrase.
        case content
        /// A lower-case `-ing` form: a verb as often as a noun, so a phrase it opens ("parking
        /// spaces", "growing fears") must be seen twice. (Lower-case `-ed` forms are stop words.)
        case weak
        /// A number: may continue or end a phrase ("Track 2"), never start one.
        case number
        /// A stop word: splits phrases.
        case stop
    }

    /// Where the word stands, in scalar offsets.
    var span: TextSpan
    /// The word as written ("Korea’s", "U.S.").
    var surface: String
    /// The folded word ("koreas", "us").
    var folded: String
    /// Folded word stems joined by spaces, the word's identity for counting ("korea", "us").
    var key: String
    /// Index of the sentence.
    var sentence: Int
    /// Index of the punctuation-free block of words (no punctuation between words of a block).
    var block: Int
    /// Whether the word opens its sentence or stands in a title-case headline (its capital then
    /// says nothing).
    var opensSentence: Bool
    /// Whether the first letter is upper case.
    var isCapitalized: Bool
    /// Whether the word is an acronym ("KCNA", "U.S.").
    var isAcronym: Bool
    /// Content, weak, number or stop.
    var role: Role
}
