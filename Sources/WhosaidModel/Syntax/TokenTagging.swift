import WhosaidSyntax

/// Tags the engine's tokens with parts of speech, sentence by sentence.
///
/// The engine keeps `don't` and `Sigal’s` whole; the treebank the tagger learnt from splits them
/// (`do n't`, `Sigal ’s`), so each token is read as the treebank's words and takes the tag of the
/// first. Each distinct written form is read once per document.
enum TokenTagging {
    /// Endings the treebank writes as words of their own.
    static let clitics = ["n't", "'s", "'re", "'ve", "'ll", "'d", "'m"]

    /// The treebank words of a written form: the form itself, or its stem and clitic.
    static func treebankWords(_ form: String) -> [String] {
        guard form.contains("'") || form.contains("\u{2019}") else { return [form] }
        let folded = form.replacingOccurrences(of: "\u{2019}", with: "'").lowercased()
        for clitic in clitics where folded.hasSuffix(clitic) && folded.count > clitic.count {
            let cut = form.index(form.endIndex, offsetBy: -clitic.count)
            return [String(form[..<cut]), String(form[cut...])]
        }
        return [form]
    }

    /// Whether the tokens `range` are a title-case line ("Mayor Vows to Rebuild the Bridge"): at
    /// least ``titleCaseMinWords`` words, and every lower-case word a short function word.
    static func isTitleCase(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        var words = 0
        for k in range where tokens[k].kind == .word {
            words += 1
            if !tokens[k].isCapitalized && !titleCaseLowerWords.contains(tokens[k].lower) { return false }
        }
        return words >= titleCaseMinWords
    }

    /// The words title case leaves in lower case.
    static let titleCaseLowerWords: Set<String> = [
        "a", "an", "the", "and", "but", "or", "nor", "for", "of", "in", "on", "at", "to", "by", "up", "as", "vs", "vs.",
        "via", "with", "from", "into", "over", "per",
    ]

    /// The fewest words a line needs to be read as a title-case headline.
    static let titleCaseMinWords = 4

    /// Sets ``Token/tag`` on every token.
    static func tag(_ tokens: inout [Token], forms: WordTable, tagger: PartOfSpeechTagger = .embedded) {
        // The document's distinct treebank words, read once; `pieces[form]` locates a form's words.
        var table = PartOfSpeechTagger.paddingWords
        var pieces = [Range<Int32>?](repeating: nil, count: forms.count)
        func adding(_ read: () -> [TaggerWord]) -> Range<Int32> {
            let start = Int32(table.count)
            table.append(contentsOf: read())
            return start..<Int32(table.count)
        }
        var sentence: [Int32] = []
        var firstWord: [Int] = []
        var tags: [UPOS] = []
        var start = 0
        while start < tokens.count {
            var end = start
            let id = tokens[start].sentence
            sentence.removeAll(keepingCapacity: true)
            firstWord.removeAll(keepingCapacity: true)
            while end < tokens.count, tokens[end].sentence == id { end += 1 }
            // In a title-case headline a capital says nothing: words not known as names are read lower-cased.
            let headline = isTitleCase(tokens, start..<end)
            for k in start..<end {
                let form = Int(tokens[k].form)
                firstWord.append(sentence.count)
                if headline, tokens[k].isCapitalized, k > start, !tagger.knowsOnlyAsName(tokens[k].lower) {
                    let lower = tokens[k].lower
                    sentence.append(contentsOf: adding {
                        TaggerWordCache.words(key: TaggerWordCache.key(lower)) { treebankWords(lower).map(tagger.word) }
                    })
                    continue
                }
                if pieces[form] == nil {
                    pieces[form] = adding {
                        TaggerWordCache.words(key: forms.fingerprint(form)) { treebankWords(forms.written(form)).map(tagger.word) }
                    }
                }
                sentence.append(contentsOf: pieces[form]!)
            }
            if tags.count < sentence.count { tags = Array(repeating: .x, count: sentence.count) }
            table.withUnsafeBufferPointer { t in
                sentence.withUnsafeBufferPointer { input in
                    tags.withUnsafeMutableBufferPointer { out in
                        tagger.tag(input, table: t, into: UnsafeMutableBufferPointer(rebasing: out[0..<input.count]))
                    }
                }
            }
            for k in start..<end { tokens[k].tag = tags[firstWord[k - start]] }
            if !headline {
                // Whether the tagger's lexicon knows a token's form, from the form's reading above.
                let known = (start..<end).map { k in
                    pieces[Int(tokens[k].form)].map { table[Int($0.lowerBound)].isKnown } ?? tagger.knows(tokens[k].lower)
                }
                NameTagRepair.repair(&tokens, start..<end) { known[$0 - start] }
                SubjectTagRepair.repair(&tokens, start..<end)
            }
            start = end
        }
    }
}
