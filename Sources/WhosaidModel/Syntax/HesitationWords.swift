import WhosaidSyntax

/// Sounds a speaker makes while thinking ("Um, the job was out at the college", "Uh, yes"): a
/// transcript writes them capitalised at the start of a turn, where the tagger, which never saw
/// them, reads a name. They are interjections, never names or speakers.
enum HesitationWords {
    /// The sounds, lower case. Data: checked by a test.
    static let words: Set<String> = ["um", "uh", "umm", "uhm", "uhh", "erm", "er", "hmm", "hm", "mm", "mmm", "ah", "eh", "uh-huh", "mhm", "mm-hmm"]

    /// What a word must have to be asked about: a length (in UTF-8 bytes) of a sound, and the
    /// first two bytes of one (`first << 8 | second`). Most words fail one or the other before the
    /// set hashes them: asking the set for every word of every sentence was 1.7% of the engine on
    /// real news, 5% of tagging.
    struct Filter {
        let lengths: ClosedRange<Int>
        let openings: [UInt16]

        init(_ words: Set<String>) {
            let counts = words.map(\.utf8.count)
            lengths = (counts.min() ?? 1)...(counts.max() ?? 0)
            openings = Set(words.map { Filter.opening($0.utf8) ?? 0 }).sorted()
        }

        /// The first two bytes of `utf8`, or nil when it has fewer.
        @inline(__always) static func opening(_ utf8: String.UTF8View) -> UInt16? {
            var bytes = utf8.makeIterator()
            guard let a = bytes.next(), let b = bytes.next() else { return nil }
            return UInt16(a) << 8 | UInt16(b)
        }

        /// Whether `lower` is one of `words`, the sounds the filter was made of.
        @inline(__always) func contains(_ lower: String, in words: Set<String>) -> Bool {
            let utf8 = lower.utf8
            guard lengths.contains(utf8.count) else { return false }
            // A sound of one byte has no opening: the set answers for it.
            guard let opening = Self.opening(utf8) else { return words.contains(lower) }
            return openings.contains(opening) && words.contains(lower)
        }
    }

    static let filter = Filter(words)

    /// Whether `lower` is one of ``words``.
    static func isHesitation(_ lower: String) -> Bool { filter.contains(lower, in: words) }

    /// Which of a document's forms (by id) are sounds, or nil when none is: read from each form's
    /// lexicon classes (``Lexicon/WordClass/hesitation``), which the tokenizer looked up once per
    /// distinct form (asking the filter and the set again was 0.6% of the engine on real news),
    /// and most articles have none, so their sentences skip the repair.
    static func forms(_ forms: WordTable) -> [Bool]? {
        let classes = forms.classes
        guard let first = classes.firstIndex(where: { $0.contains(.hesitation) }) else { return nil }
        var sounds = [Bool](repeating: false, count: classes.count)
        for form in first..<classes.count { sounds[form] = classes[form].contains(.hesitation) }
        return sounds
    }

    /// Tags every hesitation sound among `tokens` as an interjection; `sounds` is ``forms(_:)``
    /// of the tokens' forms.
    static func repair(_ tokens: inout Tokens, _ range: Range<Int>, sounds: [Bool]) {
        // Through the records: the subscript in the condition copied each whole token.
        tokens.withUnsafeMutableTags { t, tags, forms in
            for k in range where tags[k] != .intj {
                let form = Int(t[k].form)
                if form < sounds.count, sounds[form], forms[form].kind == .word { tags[k] = .intj }
            }
        }
    }
}
