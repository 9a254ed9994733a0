/// Splits paragraphs into sentences by scalar offsets.
///
/// A sentence ends at `.`, `!` or `?` (with any closing quotes and brackets after it) that is
/// followed by white space and a capital letter, a digit or an opening quote. Titles and
/// abbreviations ("Mr.", "Jan.", "Inc."), initials ("Leon V. Sigal") and dotted acronyms ("U.S.")
/// do not end a sentence, except that an acronym, or a US state set off by a comma, does before
/// a typical sentence opener.
enum SentenceSplitter {
    /// Abbreviations that never end a sentence, lower-cased without the dot.
    static let titles = WordSet([
        "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "maj", "capt",
        "sgt", "adm", "cmdr", "rev", "st", "mt", "ft", "jr", "sr", "hon", "pres", "supt", "det",
        "messrs", "mmes", "msgr", "sens", "reps", "atty", "insp", "cpl", "pvt", "gens", "cllr", "brig",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "inc", "co", "corp", "ltd", "bros", "no", "nos", "vs", "v", "etc", "approx", "dept",
        "univ", "assn", "ave", "blvd", "rd", "fig", "vol", "ch", "pp", "p", "e.g", "i.e", "cf",
        "al", "ca", "ariz", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan",
        "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla",
        "ore", "pa", "tenn", "tex", "va", "vt", "wash", "wis", "wyo", "ala", "ark",
    ])
    /// Words that typically open a sentence: after "U.S." they mean the sentence ended.
    static let openers = WordSet(openerWords)
    /// The words of ``openers``, from which ``stateSentenceOpeners`` is derived.
    static let openerWords: Set<String> = [
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "but", "and", "in", "this", "that",
        "there", "his", "her", "their", "its", "our", "as", "at", "on", "for", "if", "when",
        "while", "after", "so", "yet", "still", "however", "meanwhile", "since", "those", "these",
        "some", "many", "most", "one", "what", "who", "why", "how", "no", "not", "even", "now",
        "then", "also", "you", "my", "to", "by", "with", "from", "officials", "both",
    ]

    /// Clock abbreviations, lower-cased without the final dot.
    static let clockAbbreviations: WordSet = ["a.m", "p.m"]
    /// Words that go on from a clock time inside its sentence: days, months, time zones.
    static let clockContinuations: WordSet = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
        "oct", "nov", "dec", "et", "est", "edt", "ct", "cst", "cdt", "mt", "mst", "mdt", "pt", "pst", "pdt",
        "gmt", "utc", "bst", "cet", "eastern", "central", "mountain", "pacific", "local", "today", "tonight",
    ]
    /// Dotted codes of US states and the capital, lower-cased without the final dot.
    static let dottedPlaceCodes: WordSet = ["d.c", "n.y", "n.j", "n.c", "s.c", "n.h", "n.m", "n.d", "s.d", "r.i", "w.va"]

    /// Sentence spans of every paragraph, in text order.
    static func sentences(in scalars: some ScalarReader, paragraphs: [TextSpan]) -> [TextSpan] {
        var result: [TextSpan] = []
        result.reserveCapacity(paragraphs.count * 3)
        for p in paragraphs { split(scalars, p, into: &result) }
        return result
    }

    static func split(_ s: some ScalarReader, _ p: TextSpan, into result: inout [TextSpan]) {
        var start = p.start
        var i = p.start
        while i < p.end {
            // Straight to the next full stop, ! or ? (or non-ASCII scalar, read to tell: …).
            i = s.nextCandidate(from: i, to: p.end, 0x2E, 0x21, 0x3F)
            guard i < p.end else { break }
            let c = s[i]
            guard c == "." || c == "!" || c == "?" || c == "\u{2026}" else { i += 1; continue }
            var j = i + 1
            // "…,” Trump said.Trump claimed…": a full stop the space after it was lost from.
            if c == ".", isGluedSentenceEnd(s, dot: i, end: p.end) {
                result.append(trimmed(s, TextSpan(start: start, end: j)))
                start = j
                i = j
                continue
            }
            while j < p.end, Characters.isClosingPunctuation(s[j]) || s[j] == "." || s[j] == "!" || s[j] == "?" { j += 1 }
            guard j < p.end, Characters.isSpace(s[j]) else { i = j; continue }
            var k = j
            while k < p.end, Characters.isSpace(s[k]) { k += 1 }
            guard k < p.end else { break }
            let next = s[k]
            let startsSentence = Characters.isUpper(next) || Characters.isNumeric(next)
                || Characters.isOpeningQuote(next) || next == "(" || next == "["
            if startsSentence, c != "." || endsSentence(s, dot: i, next: k, paragraph: p) {
                result.append(trimmed(s, TextSpan(start: start, end: j)))
                start = k
            }
            i = k
        }
        if start < p.end { result.append(trimmed(s, TextSpan(start: start, end: p.end))) }
    }

    /// Whether the full stop at `dot` (before `end`) ends a sentence though no space follows it:
    /// two lower-case letters before it and a capitalised word after it (`said.Trump claimed`),
    /// as in text whose space was lost. Not an abbreviation (`U.S.`, `e.g.`), a domain
    /// (`Amazon.com`) or an initialism after a word (`www.NYTimes.com`).
    static func isGluedSentenceEnd(_ s: some ScalarReader, dot: Int, end: Int) -> Bool {
        guard dot >= 2, dot + 2 < end else { return false }
        return isLowerASCII(s[dot - 1]) && isLowerASCII(s[dot - 2]) && Characters.isUpper(s[dot + 1]) && isLowerASCII(s[dot + 2])
    }

    @inline(__always) static func isLowerASCII(_ c: Unicode.Scalar) -> Bool { c.value >= 0x61 && c.value <= 0x7A }

    /// Abbreviations that are also everyday words ("voted no.", "fell ill.", "a near miss."): only
    /// capitalised ("No. 5", "Ill.", "Miss.") are they abbreviations.
    static let everydayWordAbbreviations = WordSet(["no", "ill", "mass", "miss", "wash", "ore", "ind", "mo", "pa", "la", "del", "co"])

    /// Abbreviations of US states (AP style), which a comma sets off after a place ("Naples, Fla.").
    static let stateAbbreviations: WordSet = [
        "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky", "la", "md", "mass",
        "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va", "vt", "wash", "wis", "wyo",
    ]

    /// Words that open a sentence after a state set off by a comma: ``openers`` and the
    /// quantifiers and subordinators no place's name or title starts with (`…, Ore. Another
    /// owner said`, `…, Ill. Each of them…`).
    static let stateSentenceOpeners = WordSet(openerWords.union([
        "another", "each", "every", "several", "few", "all", "other", "such", "neither", "either", "although",
        "though", "because", "unless", "whether", "where", "perhaps", "instead",
    ]))

    /// Abbreviations that stand before a name, never at a sentence's end.
    static let personTitles: WordSet = ["mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "capt", "sgt", "rev", "st", "hon"]

    static func isOpeningDoubleQuote(_ c: Unicode.Scalar) -> Bool { c == "\u{201C}" || c == "\"" || c == "\u{00AB}" }

    /// Whether an opening double quotation mark and a capital start at `next`: `“She`, `"She`,
    /// the curly single mark of British news (`‘She`), or the doubled marks some newspapers type
    /// (`''She`, ``` ``She ```).
    static func opensQuotedSentence(_ s: some ScalarReader, at next: Int, paragraph p: TextSpan) -> Bool {
        guard next + 1 < p.end else { return false }
        if isOpeningDoubleQuote(s[next]) || s[next] == "\u{2018}" { return Characters.isUpper(s[next + 1]) }
        guard next + 2 < p.end, s[next] == s[next + 1], s[next] == "'" || s[next] == "`" else { return false }
        return Characters.isUpper(s[next + 2])
    }

    /// Whether the full stop at `dot` ends a sentence, given the next word starts at `next`.
    static func endsSentence(_ s: some ScalarReader, dot: Int, next: Int, paragraph p: TextSpan) -> Bool {
        var w = dot
        while w > p.start, !Characters.isSpace(s[w - 1]), !Characters.isOpeningPunctuation(s[w - 1]) { w -= 1 }
        let word = Tokenizer.lowered(s, w, dot)
        if word.isEmpty { return true }
        // "…,” Amy Cole said in Naples, Fla. “It would be nice…”": after a place or month
        // abbreviation, an opening quotation mark and a capital start a new sentence.
        if titles.contains(word) {
            // "…and voted no. Greer said": written in lower case, these are words, not abbreviations.
            // Not before a number, where "no." is the abbreviation ("the no. 1 seed").
            if everydayWordAbbreviations.contains(word), !Characters.isUpper(s[w]), next >= p.end || !Characters.isNumeric(s[next]) { return true }
            // "…killed in San Bernardino, Calif. The group said…", "…of Portland, Ore. Another
            // owner said…": a state set off by a comma, then a word that opens sentences (an
            // article, a pronoun, a quantifier, a subordinator). Copy often leaves out the comma
            // after the state, so a day or a name may go on with the sentence (`Salem, Ore.
            // Tuesday`, `the Portland, Ore. Police Bureau`).
            if stateAbbreviations.contains(word), w >= p.start + 2, s[w - 1] == " ", s[w - 2] == ",",
               stateSentenceOpeners.contains(lowercasedWord(s, from: next, paragraph: p)) {
                return true
            }
            return !personTitles.contains(word) && opensQuotedSentence(s, at: next, paragraph: p)
        }
        // Counted, not filtered into a string of its own (about 1,800 instructions a dot).
        var letters = 0
        for c in word.unicodeScalars where Characters.isLetter(c) { letters += 1 }
        // An initial ("V.") or dotted acronym ("U.S.", "D.C.")
        let isInitial = letters == 1 && word.unicodeScalars.count == 1 && Characters.isUpper(s[w])
        // "called at 10.30pm. Police said…", "rose 2.5bn. “It…”": a dot between digits makes a
        // decimal, no acronym.
        let isAcronym = word.containsByte(0x2E) && letters <= 4 && !word.unicodeScalars.contains(where: Characters.isNumeric)
        if isInitial { return false }
        if isAcronym {
            // "The meeting ended at 9 p.m. Brooks said…": a clock time goes on only into a day, a
            // month or a time zone (`9 p.m. Tuesday`, `9 p.m. ET`); any other capital opens a
            // sentence, as does a quotation opening with one (`at 7 a.m. “We ran,” she said`).
            if clockAbbreviations.contains(word), next < p.end, Characters.isUpper(s[next]) {
                return !clockContinuations.contains(lowercasedWord(s, from: next, paragraph: p))
            }
            if clockAbbreviations.contains(word), opensQuotedSentence(s, at: next, paragraph: p) { return true }
            // "…from Washington, D.C. Police said…": a dotted place code set off by a comma is
            // followed by a comma inside a sentence; a capital after it opens the next one. (Not
            // initials, which open a name: `Last week, J.J. Goldberg wrote`.)
            if w >= p.start + 2, s[w - 1] == " ", s[w - 2] == ",", dottedPlaceCodes.contains(word),
               next < p.end, Characters.isUpper(s[next]) {
                return true
            }
            // "…,” Ruiz said in Binghamton, N.Y. “Her department…”", "said Sen. Dana Grant, R-S.C.
            // “I get that.”": a place or party code set off by a comma, then an opening quotation
            // mark and a capital.
            if w >= p.start + 2, s[w - 1] == " ", s[w - 2] == ",", opensQuotedSentence(s, at: next, paragraph: p) {
                return true
            }
            return openers.contains(lowercasedWord(s, from: next, paragraph: p))
        }
        return true
    }

    /// The letters from `start` to the first other scalar, lower-cased.
    static func lowercasedWord(_ s: some ScalarReader, from start: Int, paragraph p: TextSpan) -> String {
        var e = start
        while e < p.end, Characters.isLetter(s[e]) { e += 1 }
        return String(String.UnicodeScalarView((start..<e).lazy.map { s[$0] })).lowercased()
    }

    static func trimmed(_ s: some ScalarReader, _ span: TextSpan) -> TextSpan {
        var a = span.start
        var b = span.end
        while a < b, Characters.isSpace(s[a]) { a += 1 }
        while b > a, Characters.isSpace(s[b - 1]) { b -= 1 }
        return TextSpan(start: a, end: b)
    }
}
