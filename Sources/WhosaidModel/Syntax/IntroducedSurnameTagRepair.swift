import WhosaidSyntax

/// Fixes the tag of a surname standing alone after the article has introduced its person by full
/// name.
///
/// `Karl Young, a physicist, spoke first. … Young disagreed. “The data are sound,” he said.`: the
/// tagger reads a surname that is also a common word by its common sense wherever no capital
/// inside a sentence speaks for the name (`Young/ADJ disagreed/NOUN`, `But Young/ADJ …`), so the
/// person is no proper noun there, no new subject for a later pronoun, and the pronoun goes back to
/// an earlier speaker. Once a full name (a known first name, then the capitalised surname, both
/// proper nouns) has introduced the surname in an earlier sentence, a later capitalised word of
/// that form is the person's name wherever it stands, when a verb follows it (within
/// ``maxAdverbsBeforeVerb`` adverbs) as a subject's does, and it is no word that commonly opens a
/// sentence in its own sense (``commonOpeners``: `Little is known…` after `Ann Little`). A word
/// after it that the tagger read as a noun for its `-ed` ending, and knows as no common noun
/// (`Young disagreed`), is the name's verb.
///
/// One pass over the tokens in text order, after the sentences are tagged: linear in the text.
enum IntroducedSurnameTagRepair {
    /// Tags a surname read in its common sense may have.
    static let repairable = NameTagRepair.TagSet([.adv, .adj, .noun, .verb, .intj, .x])
    /// Tags of a word after the surname that make it a subject.
    static let verbs = NameTagRepair.TagSet([.verb, .aux])
    /// Most adverbs between the surname and its verb (`Young also said`).
    static let maxAdverbsBeforeVerb = 2

    /// Words that, capitalised, commonly open a sentence in their own sense before a verb (`Little
    /// is known`, `Much has changed`, `Still remaining are…`), so they stay what the tagger read,
    /// though someone in the article bears them as a surname. (Modals need no place here: a verb
    /// never follows one that opens a question, `Will it pass?`, and `May said` is Theresa May.)
    static let commonOpeners: WordSet = [
        "little", "much", "more", "most", "many", "few", "less", "least", "some", "all", "both", "each", "either", "neither",
        "none", "such", "here", "there", "now", "then", "still", "yet", "so", "also", "even", "only", "just", "soon", "later",
        "once", "first", "last", "next", "never", "often", "perhaps", "maybe", "well", "too", "very", "however", "instead",
        "meanwhile", "nevertheless", "please", "today", "tomorrow", "yesterday",
    ]

    /// Retags, in text order, the lone surnames of people introduced by full name in an earlier
    /// sentence; `formCount` bounds the tokens' form ids.
    static func repair(_ tokens: inout Tokens, formCount: Int, tagger: PartOfSpeechTagger) {
        // Per form id: whether a full name of an earlier sentence ended with it.
        var introduced = [Bool](repeating: false, count: formCount)
        var anyIntroduced = false
        // Both loops below start only from a capitalised word (``isLoneSurname(_:_:end:introduced:)``,
        // ``endsFullName(_:_:end:)``), and a word's capital is its form's: each sentence's are
        // listed as its end is found, so neither loop reads every word.
        // The room for a sentence's capitals: a slot a token.
        let room = UnsafeMutablePointer<Int32>.allocate(capacity: max(1, tokens.count))
        defer { room.deallocate() }
        var start = 0
        while start < tokens.count {
            let end = tokens.sentenceEnd(from: start)
            let capitals = UnsafeBufferPointer(start: room, count: tokens.capitalizedWords(from: start, to: end, into: room))
            if anyIntroduced {
                for site in capitals {
                    let k = Int(site)
                    guard isLoneSurname(tokens, k, end: end, introduced: introduced) else { continue }
                    var v = k + 1
                    while v < end, v - k <= maxAdverbsBeforeVerb, tokens[v].tag == .adv { v += 1 }
                    guard v < end else { continue }
                    if verbs.contains(tokens[v].tag) {
                        tokens[k].tag = .propn
                    } else if v == k + 1, isVerbReadAsNoun(tokens[v], tagger: tagger) {
                        tokens[k].tag = .propn
                        tokens[v].tag = .verb
                    }
                }
            }
            // The tag is tested here first: most words are no proper noun, and are settled without a call.
            for site in capitals {
                let k = Int(site)
                guard tokens.tag(at: k) == .propn, endsFullName(tokens, k, end: end) else { continue }
                let form = Int(tokens[k].form)
                if form < formCount {
                    introduced[form] = true
                    anyIntroduced = true
                }
            }
            start = end
        }
    }

    /// Whether token `k`, in a sentence ending before `end`, is the capitalised last word of a
    /// full name: a proper noun after a known first name that is one too, with no further
    /// capitalised proper noun after it.
    static func endsFullName(_ tokens: Tokens, _ k: Int, end: Int) -> Bool {
        let t = tokens[k]
        guard k > 0, t.tag == .propn, t.isCapitalized, t.kind == .word, tokens[k - 1].sentence == t.sentence else { return false }
        let given = tokens[k - 1]
        guard given.tag == .propn, given.isCapitalized, FirstNameGender.isFirstName(given.lower) else { return false }
        return k + 1 >= end || !(tokens[k + 1].tag == .propn && tokens[k + 1].isCapitalized)
    }

    /// Whether token `k` is a capitalised word with an introduced surname's form that the tagger
    /// read in its common sense, and no common sentence opener.
    static func isLoneSurname(_ tokens: Tokens, _ k: Int, end: Int, introduced: [Bool]) -> Bool {
        let t = tokens[k]
        guard t.kind == .word, t.isCapitalized, repairable.contains(t.tag) else { return false }
        let form = Int(t.form)
        guard form < introduced.count, introduced[form] else { return false }
        // A first name of a full name (`Young Kim`) is no lone surname.
        if k + 1 < end, tokens[k + 1].isCapitalized, tokens[k + 1].kind == .word { return false }
        return !commonOpeners.contains(t.lower)
    }

    /// Whether `t` is a past form the tagger read as a noun for want of a subject before it: a
    /// lower-case word in `-ed` that the tagger knows as no common noun (`disagreed`, `resigned`).
    static func isVerbReadAsNoun(_ t: Token, tagger: PartOfSpeechTagger) -> Bool {
        t.tag == .noun && !t.isCapitalized && t.lower.endsWith("ed") && !tagger.knowsAsCommonNoun(t.lower)
    }
}
