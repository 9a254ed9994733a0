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
        // Most forms have neither mark: their UTF-8 has no `'` and no `’` (E2 80 99). A form
        // with neither ends in no clitic (each holds a `'`), so the test changes no answer;
        // the apostrophes are folded scalar by scalar (Foundation's search and replace cost
        // about 20,000 instructions a form).
        // The bytes are searched in the string's storage (through the view's iterator, about 250
        // instructions a form), and the fold is a plain loop (a lazy map appended 8,000 a form).
        guard mayEndInClitic(form) else { return [form] }
        var view = String.UnicodeScalarView()
        for c in form.unicodeScalars { view.append(c == "\u{2019}" ? "'" : c) }
        let folded = String(view).lowercased()
        for clitic in clitics where folded.hasSuffix(clitic) && folded.count > clitic.count {
            let cut = form.index(form.endIndex, offsetBy: -clitic.count)
            return [String(form[..<cut]), String(form[cut...])]
        }
        return [form]
    }

    /// Whether `form`'s UTF-8 holds a `'` or the last byte of a `’` (E2 80 99), as every form
    /// that ends in a clitic does: a form without is its only treebank word.
    @inline(__always) static func mayEndInClitic(_ form: String) -> Bool {
        form.utf8.withContiguousStorageIfAvailable { $0.contains(0x27) || $0.contains(0x99) }
            ?? (form.utf8.contains(0x27) || form.utf8.contains(0x99))
    }

    /// Whether the tokens `range` are a title-case line ("Mayor Vows to Rebuild the Bridge"): at
    /// least ``titleCaseMinWords`` words, and every lower-case word a short function word.
    static func isTitleCase(_ tokens: Tokens, _ range: Range<Int>) -> Bool {
        var words = 0
        for k in range where tokens[k].kind == .word {
            words += 1
            // The form's class, not a set lookup: this runs at the first words of every sentence.
            if !tokens[k].isCapitalized && !tokens[k].is(.titleCaseLower) { return false }
        }
        return words >= titleCaseMinWords
    }

    /// The words title case leaves in lower case.
    static let titleCaseLowerWords: WordSet = [
        "a", "an", "the", "and", "but", "or", "nor", "for", "of", "in", "on", "at", "to", "by", "up", "as", "vs", "vs.",
        "via", "with", "from", "into", "over", "per",
    ]

    /// The fewest words a line needs to be read as a title-case headline.
    static let titleCaseMinWords = 4

    /// Sets ``Token/tag`` on every token.
    static func tag(_ tokens: inout Tokens, forms: WordTable, tagger: PartOfSpeechTagger = .embedded) {
        // The document's distinct treebank words, read once; `pieces[form]` points at a form's
        // words, which the generations in `held` keep alive.
        var held: [TaggerWordCache.Generation] = []
        let pieces = readings(forms, tagger: tagger, holding: &held)
        var sentence = SentenceWords()
        defer { sentence.deallocate() }
        var openingNames = OpeningNameTagRepair(formCount: forms.count)
        let hesitations = HesitationWords.forms(forms)
        // Whether the tagger's lexicon knows each form, from the form's reading above.
        let known = pieces.map { $0[0].isKnown }
        var start = 0
        while start < tokens.count {
            let end = tokens.sentenceEnd(from: start)
            sentence.start(tokens: end - start)
            // In a title-case headline a capital says nothing: words not known as names are read lower-cased.
            let headline = isTitleCase(tokens, start..<end)
            for k in start..<end {
                if headline, tokens[k].isCapitalized, k > start, !tagger.knowsOnlyAsName(tokens[k].lower) {
                    let lower = tokens[k].lower
                    let key = TaggerWordCache.key(lower)
                    sentence.append(token: k - start, reading(key, of: lower, tagger: tagger, holding: &held))
                    continue
                }
                sentence.append(token: k - start, pieces[Int(tokens[k].form)])
            }
            tagger.tag(UnsafeBufferPointer(start: UnsafePointer(sentence.words), count: sentence.count),
                       into: UnsafeMutableBufferPointer(start: sentence.tags, count: sentence.count))
            tokens.withUnsafeMutableTags { _, out, _ in
                for k in start..<end { out[k] = sentence.tag(ofToken: k - start) }
            }
            if !headline {
                NameTagRepair.repair(&tokens, start..<end, knows: known)
                GerundNameTagRepair.repair(&tokens, start..<end)
                SubjectTagRepair.repair(&tokens, start..<end)
                PositionNounTagRepair.repair(&tokens, start..<end)
                InfinitiveMarkerTagRepair.repair(&tokens, start..<end)
                ReportingVerbTagRepair.repair(&tokens, start..<end)
                CatenativeVerbTagRepair.repair(&tokens, start..<end)
                NameVerbTagRepair.repair(&tokens, start..<end)
                openingNames.learn(tokens, start..<end)
            }
            if let hesitations { HesitationWords.repair(&tokens, start..<end, sounds: hesitations) }
            start = end
        }
        openingNames.repair(&tokens)
        IntroducedSurnameTagRepair.repair(&tokens, formCount: forms.count, tagger: tagger)
        withExtendedLifetime(held) {}
    }

    /// The reading of every form of the document, by form id: looked up in the shared cache all
    /// at once, and the forms it lacks read and kept there.
    static func readings(
        _ forms: WordTable, tagger: PartOfSpeechTagger, holding held: inout [TaggerWordCache.Generation]
    ) -> [UnsafeBufferPointer<ScoredWord>] {
        let keys = (0..<forms.count).map(forms.fingerprint)
        var found = [UnsafeBufferPointer<ScoredWord>?](repeating: nil, count: forms.count)
        keys.withUnsafeBufferPointer { k in
            found.withUnsafeMutableBufferPointer { TaggerWordCache.lookUp(k, into: $0, holding: &held) }
        }
        return found.indices.map { form in
            found[form] ?? read(forms.written(form), key: keys[form], tagger: tagger, holding: &held)
        }
    }

    /// The reading of the form `text`, whose fingerprint is `key`: from the shared cache, or read
    /// and kept there.
    static func reading(
        _ key: UInt64, of text: String, tagger: PartOfSpeechTagger, holding held: inout [TaggerWordCache.Generation]
    ) -> UnsafeBufferPointer<ScoredWord> {
        var found: UnsafeBufferPointer<ScoredWord>? = nil
        withUnsafePointer(to: key) { k in
            withUnsafeMutablePointer(to: &found) { f in
                TaggerWordCache.lookUp(UnsafeBufferPointer(start: k, count: 1), into: UnsafeMutableBufferPointer(start: f, count: 1), holding: &held)
            }
        }
        return found ?? read(text, key: key, tagger: tagger, holding: &held)
    }

    /// The tagger's reading of the written form `text`, whose fingerprint is `key`: its treebank
    /// words, read into a buffer on the stack and moved into the shared cache, which keeps them.
    static func read(
        _ text: String, key: UInt64, tagger: PartOfSpeechTagger, holding held: inout [TaggerWordCache.Generation]
    ) -> UnsafeBufferPointer<ScoredWord> {
        // Most forms are one treebank word, read without an array of their words.
        guard mayEndInClitic(text) else {
            return withUnsafeTemporaryAllocation(of: ScoredWord.self, capacity: 1) { fresh in
                fresh.baseAddress!.initialize(to: tagger.word(text))
                return TaggerWordCache.store(key, moving: fresh, holding: &held)
            }
        }
        let words = treebankWords(text)
        return withUnsafeTemporaryAllocation(of: ScoredWord.self, capacity: words.count) { fresh in
            for (i, word) in words.enumerated() { (fresh.baseAddress! + i).initialize(to: tagger.word(word)) }
            return TaggerWordCache.store(key, moving: fresh, holding: &held)
        }
    }
}
