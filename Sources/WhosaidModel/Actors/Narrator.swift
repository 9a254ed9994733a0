import WhosaidSyntax

/// Who says "I" outside quotes in a text told in the first person: an essay's author named in
/// its byline ("By Ana Reyes"), a letter's writer named under its closing ("Love, / Marcie"), a
/// speech's speaker named in its heading ("Reyes Floor Speech on …", "Remarks by Senator Ana
/// Reyes"), the guest an interview's heading names ("Radio interviews Ana Reyes on …", "Ana
/// Reyes, harbour master, interviewed by Radio"), or a speaker who introduces themselves ("My
/// name is Ana Reyes"). An interviewer's questions may say "I" too, but the guest's answers
/// are most of an interview. In an interview "you" outside quotes is the guest too: the
/// interviewer's questions address them ("You said that the dredger was late").
///
/// A byline, signature or heading names the narrator of the whole text; a self-introduction
/// names the narrator from there on (a transcript's next speaker may introduce themselves in
/// turn). News is told in the third person, so a news text rarely has either.
struct Narrator {
    /// One place that names the narrator.
    struct Claim {
        /// The first token the claim covers ("I" from here on).
        var from: Int
        /// The narrator's name as the text writes it, titles left out.
        var entry: PersonNameIndex.Entry
        /// Whether the claim names an interview's guest, whom "you" addresses as well.
        var isGuest = false
    }

    /// Most paragraphs from the top a byline may stand in (after a title and a subtitle).
    static let bylineParagraphs = 4
    /// Most paragraphs from the end a signature may stand in (a postscript may follow it).
    static let signatureParagraphs = 3
    /// Most words of a name in a byline, signature, heading or self-introduction.
    static let longestName = 4

    /// The claims of `tokens`, in text order.
    static func claims(in document: Document, tokens: Tokens, names: PersonNameIndex) -> [Claim] {
        claims(in: document, tokens: tokens, names: names, paragraphs: paragraphRanges(tokens, document: document))
    }

    /// The claims of `tokens`, whose ``paragraphRanges(_:document:)`` are `paragraphs`.
    static func claims(in document: Document, tokens: Tokens, names: PersonNameIndex, paragraphs: [Range<Int>]) -> [Claim] {
        var whole: Claim?
        for range in paragraphs.prefix(bylineParagraphs) {
            if let c = byline(range, document: document, tokens: tokens) { whole = c; break }
        }
        if whole == nil { whole = signature(paragraphs, document: document, tokens: tokens) }
        if whole == nil, let first = paragraphs.first { whole = speechHeading(first, document: document, tokens: tokens) }
        if whole == nil, let first = paragraphs.first { whole = interviewHeading(first, document: document, tokens: tokens, names: names) }
        if whole == nil, paragraphs.count > 1 {
            whole = interviewLead(heading: paragraphs[0], lead: paragraphs[1], document: document, tokens: tokens, names: names)
        }
        var claims = whole.map { [$0] } ?? []
        claims += selfIntroductions(document: document, tokens: tokens)
        claims += floorCalls(paragraphs, document: document, tokens: tokens)
        claims.sort { $0.from < $1.from }
        return claims
    }

    /// Token ranges of the paragraphs that hold tokens, in text order.
    static func paragraphRanges(_ tokens: Tokens, document: Document) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        // At most one range a paragraph: room for all at once, not grown range by range.
        ranges.reserveCapacity(document.paragraphs.count)
        var start = 0
        // A paragraph ends only where a sentence does: the paragraphs are looked up only there.
        for i in tokens.indices where i + 1 == tokens.count || tokens[i + 1].sentence != tokens[i].sentence
            && document.paragraph(ofSentence: tokens[i + 1].sentence) != document.paragraph(ofSentence: tokens[i].sentence) {
            ranges.append(start..<(i + 1))
            start = i + 1
        }
        return ranges
    }

    /// "By Ana Reyes" as a paragraph of its own.
    private static func byline(_ range: Range<Int>, document: Document, tokens: Tokens) -> Claim? {
        guard range.count >= 2, tokens[range.lowerBound].lower == "by", tokens[range.lowerBound].isCapitalized else { return nil }
        return name(in: (range.lowerBound + 1)..<range.upperBound, document: document, tokens: tokens).map { Claim(from: 0, entry: $0) }
    }

    /// A name alone in one of the last paragraphs, under a closing ("Love,", "Best wishes,",
    /// "Sincerely,"): a paragraph ending in a comma or opening with a word of
    /// ``NarratorWords/valedictions``; or a name after such a closing in its own paragraph
    /// (``signedAfterClosing(_:document:tokens:)``).
    private static func signature(_ paragraphs: [Range<Int>], document: Document, tokens: Tokens) -> Claim? {
        guard paragraphs.count >= 2 else { return nil }
        for p in stride(from: paragraphs.count - 1, through: max(1, paragraphs.count - signatureParagraphs), by: -1) {
            var range = paragraphs[p]
            // "[Ana Reyes]": an editor's brackets around the signature.
            if tokens[range.lowerBound].lower == "[", tokens[range.upperBound - 1].lower == "]", range.count > 2 {
                range = (range.lowerBound + 1)..<(range.upperBound - 1)
            }
            if let entry = signedAfterClosing(range, document: document, tokens: tokens) { return Claim(from: 0, entry: entry) }
            guard let entry = name(in: range, document: document, tokens: tokens) else { continue }
            let closing = paragraphs[p - 1]
            if tokens[closing.upperBound - 1].lower == "," || NarratorWords.valedictions.contains(tokens[closing.lowerBound].lower) {
                return Claim(from: 0, entry: entry)
            }
        }
        return nil
    }

    /// Most words of a closing before its comma ("Sincerely", "Best wishes", "Yours very truly").
    static let longestClosing = 3

    /// The name signed after a closing in the same paragraph: "Respectfully, Ana Reyes",
    /// "Sincerely, [Ana Reyes]" (a closing that opens with a word of
    /// ``NarratorWords/valedictions``, its comma, and a name alone, in an editor's brackets or not).
    private static func signedAfterClosing(_ range: Range<Int>, document: Document, tokens: Tokens) -> PersonNameIndex.Entry? {
        guard range.count >= 3, NarratorWords.valedictions.contains(tokens[range.lowerBound].lower), tokens[range.lowerBound].isCapitalized,
              let comma = range.prefix(longestClosing + 1).first(where: { tokens[$0].lower == "," }) else { return nil }
        var signed = (comma + 1)..<range.upperBound
        if signed.count > 2, tokens[signed.lowerBound].lower == "[", tokens[signed.upperBound - 1].lower == "]" {
            signed = (signed.lowerBound + 1)..<(signed.upperBound - 1)
        }
        return name(in: signed, document: document, tokens: tokens)
    }

    /// A heading that names a speech and its speaker: "Remarks by President Ana Reyes at …"
    /// or "Reyes Floor Speech on …" (the leading words the tagger knows only as names).
    private static func speechHeading(_ range: Range<Int>, document: Document, tokens: Tokens) -> Claim? {
        guard document.headline != nil,
              let noun = range.first(where: { NarratorWords.speechNouns.contains(tokens[$0].lower) }) else { return nil }
        if noun + 1 < range.upperBound, tokens[noun + 1].lower == "by" {
            var start = noun + 2
            while start < range.upperBound, Lexicon.titles.contains(tokens[start].lower) { start += 1 }
            var end = start
            while end < range.upperBound, end - start < longestName, tokens[end].isCapitalized, tokens[end].isWord { end += 1 }
            return name(in: start..<end, document: document, tokens: tokens).map { Claim(from: 0, entry: $0) }
        }
        var end = range.lowerBound
        while end < noun, end - range.lowerBound < longestName, tokens[end].isCapitalized, tokens[end].isWord,
              isNameWord(tokens[end].lower) { end += 1 }
        // Only capitalised words between the name and the noun ("Floor", "Inaugural").
        guard end > range.lowerBound, (end..<noun).allSatisfy({ tokens[$0].isCapitalized && tokens[$0].isWord }) else { return nil }
        return name(in: range.lowerBound..<end, document: document, tokens: tokens).map { Claim(from: 0, entry: $0) }
    }

    /// The guest a heading names for an interview: a full name before the heading's colon, else
    /// the first full name after "interviews" or "interview with", or the last before "interviewed by".
    private static func interviewHeading(_ range: Range<Int>, document: Document, tokens: Tokens, names: PersonNameIndex) -> Claim? {
        guard document.headline != nil,
              let word = range.first(where: { NarratorWords.interviewWords.contains(tokens[$0].lower) }) else { return nil }
        let full = names.entries.filter {
            range.contains($0.token) && $0.name.hasSpace && PersonNameIndex.opensWithAGivenName($0.name)
        }
        // "Ana Reyes: An Interview with the Harbour's Voice": a full name opening the heading
        // before its colon is the guest, whatever epithet follows.
        let opening = full.first { $0.token + 1 < word && tokens[$0.token + 1].lower == ":"
            && $0.token + 1 - $0.name.spaceSeparatedWords.count == range.lowerBound }
        let guest = opening ?? (word + 1 < range.upperBound && tokens[word + 1].lower == "by"
            ? full.last { $0.token < word }
            : full.first { $0.token > word })
        return guest.map { Claim(from: 0, entry: withoutTrailingDay($0, document: document, tokens: tokens), isGuest: true) }
    }

    /// The guest an interview's first paragraph names when its heading names none ("Radio North
    /// interviews the president of the Harbour Guild" ⏎ "Radio North spoke with Ana Reyes, …"):
    /// the first full name right after "spoke with", "talked with" or "talked to".
    private static func interviewLead(heading: Range<Int>, lead: Range<Int>, document: Document, tokens: Tokens,
                                      names: PersonNameIndex) -> Claim? {
        guard document.headline != nil, heading.contains(where: { NarratorWords.interviewWords.contains(tokens[$0].lower) }),
              let verb = lead.first(where: { k in
                  NarratorWords.interviewLeadVerbs.contains(tokens[k].lower) && k + 1 < lead.upperBound
                      && tokens[k + 1].lower.isOne(of: "with", "to")
              }) else { return nil }
        // The name's first word right after "with"/"to": its last word's token less its other words.
        let guest = names.entries.first {
            $0.name.hasSpace && lead.contains($0.token) && $0.token - ($0.name.spaceSeparatedWords.count - 1) == verb + 2
        }
        return guest.map { Claim(from: 0, entry: $0, isGuest: true) }
    }

    /// `entry` without a day or month the heading's date glued to it ("Hugh Marr Sunday, May 28").
    private static func withoutTrailingDay(_ entry: PersonNameIndex.Entry, document: Document, tokens: Tokens) -> PersonNameIndex.Entry {
        var e = entry
        while tokens[e.token].is(.timeWord), e.token > 0, tokens[e.token - 1].isWord, e.name.hasSpace {
            e.token -= 1
            e.name = String(e.name[..<e.name.lastIndex(of: " ")!])
            e.surname = tokens[e.token].lower
        }
        return e
    }

    /// "My name is Ana Reyes." opening a sentence outside quotes: the narrator from "My" on. Not
    /// inside a sentence ("they say, 'Hey, my name is John'" reports someone else's words).
    private static func selfIntroductions(document: Document, tokens: Tokens) -> [Claim] {
        var claims: [Claim] = []
        var i = 0
        while i + 3 < tokens.count {
            defer { i += 1 }
            // The sentence's opening first, from the records: a text compared at every capitalised
            // word, mostly unequal, took a call to the string comparison each.
            guard tokens[i].isCapitalized, tokens[i].quote == nil, i == 0 || tokens[i - 1].sentence != tokens[i].sentence,
                  tokens[i].lower == "my", tokens[i + 1].lower == "name", tokens[i + 2].lower == "is" else { continue }
            var end = i + 3
            while end < tokens.count, end - (i + 3) < longestName, tokens[end].isCapitalized, tokens[end].isWord,
                  tokens[end].sentence == tokens[i].sentence { end += 1 }
            if let entry = name(in: (i + 3)..<end, document: document, tokens: tokens) {
                claims.append(Claim(from: i, entry: entry))
            }
        }
        return claims
    }

    /// "Miss Reyes?" or "General Reyes." closing a paragraph of a transcript: the chair gives the
    /// floor, and the one called is the narrator from the next paragraph on (until the next call).
    /// Only a courtesy title (``NarratorWords/floorTitles``) and a name make the call.
    private static func floorCalls(_ paragraphs: [Range<Int>], document: Document, tokens: Tokens) -> [Claim] {
        var claims: [Claim] = []
        for (p, range) in paragraphs.enumerated().dropLast() {
            let end = range.upperBound - 1
            guard range.count >= 3, tokens[end].lower == "?" || tokens[end].lower == "." else { continue }
            let sentence = tokens[end].sentence
            var start = end
            while start > range.lowerBound, tokens[start - 1].sentence == sentence { start -= 1 }
            guard NarratorWords.floorTitles.contains(tokens[start].lower), tokens[start].isCapitalized,
                  end - start >= 2, end - start <= 3,
                  let entry = name(in: (start + 1)..<end, document: document, tokens: tokens) else { continue }
            claims.append(Claim(from: paragraphs[p + 1].lowerBound, entry: entry))
        }
        return claims
    }

    /// The name `range` holds whole: one to ``longestName`` capitalised words (a name particle
    /// may stand between them), none a function word; nil otherwise.
    private static func name(in range: Range<Int>, document: Document, tokens: Tokens) -> PersonNameIndex.Entry? {
        guard !range.isEmpty, range.count <= longestName + 1 else { return nil }
        var words = 0
        for k in range {
            let t = tokens[k]
            if NameForm.surnameParticles.contains(t.lower), k != range.lowerBound, k + 1 != range.upperBound { continue }
            guard t.isWord, t.isCapitalized, !t.is(.stopWord), !t.is(.personalPronoun) else { return nil }
            words += 1
        }
        guard words <= longestName else { return nil }
        let last = range.upperBound - 1
        let text = document.text(in: TextSpan(start: tokens[range.lowerBound].start, end: tokens[last].end))
        return PersonNameIndex.Entry(token: last, name: text, surname: tokens[last].lower, hasPersonEvidence: true, title: nil)
    }

    /// Whether a heading word can be part of a name: the tagger does not know it, or knows it
    /// only as a name ("Reyes", not "Floor").
    private static func isNameWord(_ word: String) -> Bool {
        !PartOfSpeechTagger.embedded.knows(word) || PartOfSpeechTagger.embedded.knowsOnlyAsName(word)
    }
}
