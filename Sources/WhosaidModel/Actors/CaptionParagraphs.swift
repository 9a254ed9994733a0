/// Paragraphs that are captions or section headings, not discourse: after the first paragraph
/// (the headline, which names what the text is about), a short paragraph with no verb
/// ("John Ortiz, 2nd Earl of Leeds", "Early life", "Shimon Vaknin image: Ana Reyes."). A name
/// in one labels a picture or a section; a pronoun in the text after it does not refer to it.
enum CaptionParagraphs {
    /// Most tokens of a caption or heading.
    static let longestCaption = 16

    /// The indices of the caption paragraphs of `tokens`, whose
    /// ``Narrator/paragraphRanges(_:document:)`` are `paragraphs`.
    static func indices(in tokens: Tokens, document: Document, paragraphs: [Range<Int>]) -> Set<Int> {
        var captions: Set<Int> = []
        for range in paragraphs {
            let p = document.paragraph(ofSentence: tokens[range.lowerBound].sentence)
            guard p > 0, range.count <= longestCaption else { continue }
            if !range.contains(where: { tokens[$0].tag == .verb || tokens[$0].tag == .aux }) { captions.insert(p) }
        }
        return captions
    }
}
