/// Splits an article into ``TopicToken``s: words with their sentence, block, casing and role.
///
/// A word is a run of letters and digits; an apostrophe or a hyphen between two such characters
/// and the full stops of an acronym ("U.S.") stay inside it. Any other mark between two words
/// starts a new block.
enum TopicTokenizer {
    static func tokens(of document: Document) -> [TopicToken] {
        let scalars = document.scalars
        var tokens: [TopicToken] = []
        var block = 0
        var afterTo: [Int] = []
        let headline = document.headline != nil ? document.paragraphs.first : nil
        for (sentenceIndex, sentence) in document.sentences.enumerated() {
            block += 1
            let inHeadline = headline?.contains(sentence.start) ?? false
            var i = sentence.start
            var firstInSentence = true
            while i < sentence.end {
                let s = scalars[i]
                guard isWordScalar(s) else {
                    if !s.properties.isWhitespace { block += 1 }
                    i += 1
                    continue
                }
                let end = wordEnd(scalars, from: i, limit: sentence.end)
                let span = TextSpan(start: i, end: end)
                var t = token(document.text(in: span), span: span, sentence: sentenceIndex, block: block,
                              opensSentence: firstInSentence || inHeadline)
                if let previous = tokens.last, previous.block == block, !t.isCapitalized || t.opensSentence,
                    t.role == .content || t.role == .weak
                {
                    if isModal(previous.folded) {
                        t.role = .stop  // "would cut parking": a verb.
                    } else if previous.folded == "to" {
                        afterTo.append(tokens.count)
                    }
                }
                tokens.append(t)
                firstInSentence = false
                i = end
            }
        }
        // A word after "to" is a verb ("to achieve justice") unless it also turns up elsewhere
        // ("lead back to official negotiations" next to "official talks").
        let afterToSet = Set(afterTo)
        let elsewhere = Set(
            tokens.indices.filter { !afterToSet.contains($0) && tokens[$0].role != .stop }.map { tokens[$0].key })
        for k in afterTo where !elsewhere.contains(tokens[k].key) { tokens[k].role = .stop }
        return tokens
    }

    /// Words after which a lower-case word is a verb: the modals.
    static func isModal(_ folded: String) -> Bool { modals.contains(folded) }

    private static let modals: Set<String> = [
        "will", "would", "can", "could", "should", "must", "may", "might", "shall", "did", "does",
        "do", "cannot", "wont", "dont", "didnt", "doesnt", "wouldnt", "couldnt", "shouldnt", "cant",
    ]

    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        s.properties.isAlphabetic || s.properties.numericType != nil
    }

    /// One past the end of the word starting at `start`.
    private static func wordEnd(_ scalars: [Unicode.Scalar], from start: Int, limit: Int) -> Int {
        var j = start
        while j < limit {
            if isWordScalar(scalars[j]) {
                j += 1
            } else if isJoiner(scalars[j]), j + 1 < limit, isWordScalar(scalars[j + 1]), j > start {
                j += 1
            } else if scalars[j] == ".", isAcronymStop(scalars, at: j, start: start, limit: limit) {
                j += 1
            } else {
                break
            }
        }
        return j
    }

    private static func isJoiner(_ s: Unicode.Scalar) -> Bool {
        s == "-" || s == "\u{2010}" || s == "\u{2011}" || TextFolding.isApostrophe(s)
    }

    /// A full stop right after a single letter that is itself the first letter of the word or
    /// follows another such stop, and is followed by a letter or ends an acronym ("U.S.").
    private static func isAcronymStop(_ scalars: [Unicode.Scalar], at j: Int, start: Int, limit: Int) -> Bool {
        guard j - 1 >= start, scalars[j - 1].properties.isUppercase else { return false }
        let singleLetter = j - 1 == start || scalars[j - 2] == "."
        guard singleLetter else { return false }
        let nextIsLetter = j + 1 < limit && scalars[j + 1].properties.isUppercase
        let closesAcronym = j - 2 > start && scalars[j - 2] == "."
        return nextIsLetter || closesAcronym
    }

    private static func token(
        _ surface: String, span: TextSpan, sentence: Int, block: Int, opensSentence: Bool
    ) -> TopicToken {
        let folded = TextFolding.bytes(surface)
        let key = folded.split(separator: 0x20)
            .map { String(decoding: Stemmer.stem(folded: Array($0)), as: UTF8.self) }
            .joined(separator: " ")
        let letters = surface.unicodeScalars.filter { $0.properties.isAlphabetic }
        let isCapitalized = letters.first?.properties.isUppercase ?? false
        let isAcronym = surface.contains(".")
            || (letters.count >= 2 && letters.allSatisfy { $0.properties.isUppercase })
        let plain = String(decoding: folded, as: UTF8.self)
        // "Monday’s" is as much a stop word as "Monday".
        let possessive = surface.unicodeScalars.count > 2 && surface.hasSuffix("s")
            && TextFolding.isApostrophe(surface.unicodeScalars.dropLast().last!)
        let base = possessive ? String(plain.dropLast()) : plain
        let lowerCase = !isCapitalized || opensSentence
        let role: TopicToken.Role
        if letters.isEmpty {
            role = .number
        } else if isAcronym {
            role = .content
        } else if !lowerCase, StopWords.namePart(base) {
            role = .content  // "New York", "First Lady"
        } else if StopWords.contains(base) || isAdverb(plain) || (lowerCase && isPastForm(plain)) {
            role = .stop
        } else if lowerCase, plain.count > 5, plain.hasSuffix("ing") {
            role = .weak
        } else {
            role = .content
        }
        return TopicToken(
            span: span, surface: surface, folded: plain, key: key, sentence: sentence, block: block,
            opensSentence: opensSentence, isCapitalized: isCapitalized, isAcronym: isAcronym, role: role)
    }

    /// `-ly` adverbs ("regularly", "officially"), short of the nouns that end so.
    private static func isAdverb(_ w: String) -> Bool {
        w.count > 4 && w.hasSuffix("ly") && !lyNouns.contains(w)
    }

    private static let lyNouns: Set<String> = [
        "family", "italy", "supply", "rally", "july", "assembly", "ally", "anomaly", "monopoly",
        "reply", "bully", "jelly", "belly", "folly", "lily", "melly", "sally", "kelly", "emily",
    ]

    /// Lower-case `-ed` forms, which are mostly verbs or participles in news text.
    private static func isPastForm(_ w: String) -> Bool {
        w.count > 4 && w.hasSuffix("ed") && !w.hasSuffix("eed")
    }
}
