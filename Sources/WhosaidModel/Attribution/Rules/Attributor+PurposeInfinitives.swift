import WhosaidSyntax

/// A reporting verb in the infinitive of purpose after a verb of taking an occasion: `Reyes used
/// the speech to warn that…`, `went on television to argue that…`, `held a news conference in
/// the capital to announce that…`. The occasion verb's subject speaks; its object and places
/// belong to the verb group, as `took to Twitter to say` always did. Not for a participle
/// (`taking care to praise`: its subject is often far off or absent).
extension Attributor {
    /// Verbs of going somewhere or taking the floor, in finite forms, whose subject speaks the
    /// reporting verb of their purpose infinitive (`went on television to argue`, `rose on the
    /// floor to object`). A participle's subject is often absent (`taking care to praise`).
    static let occasionMotionVerbs: WordSet = [
        "go", "goes", "went", "gone",
        "appear", "appears", "appeared",
        "return", "returns", "returned",
        "step", "steps", "stepped",
        "rise", "rises", "rose", "risen",
        "visit", "visits", "visited",
        "travel", "travels", "traveled", "travelled",
        "come", "comes", "came",
        "stop", "stops", "stopped",
        "pause", "pauses", "paused",
        "interrupt", "interrupts", "interrupted",
    ]

    /// Verbs whose object must name an occasion (``occasionObjectNouns``) for their subject to
    /// speak the purpose infinitive (`used the speech to warn`, `held a rally to announce`):
    /// with another object the object may be the infinitive's agent (`used children to tell
    /// police`) or the thing read (`took the data to suggest`).
    static let occasionObjectVerbs: WordSet = [
        "take", "takes", "took", "taken",
        "use", "uses", "used",
        "hold", "holds", "held",
        "seize", "seizes", "seized",
        "convene", "convenes", "convened",
        "issue", "issues", "issued",
        "release", "releases", "released",
        "post", "posts", "posted",
    ]

    /// Nouns of an occasion to speak that an occasion verb's object may hold: the occasion
    /// adjuncts' nouns (`speech`, `rally`, `statement`) and the floor or chance taken.
    static let occasionObjectNouns = WordSet(occasionNounList.union([
        "occasion", "opportunity", "chance", "platform", "moment", "stage", "podium", "floor", "microphone", "mic",
        "airwaves", "pulpit", "spotlight", "time", "pains", "account", "page", "feed", "videos", "ads", "posts",
        "media", "comment", "comments", "question", "questions", "answer", "answers", "words",
    ]))

    /// Reporting verbs that after an occasion verb read a sign rather than report speech
    /// (`took his silence to suggest`, `rose sharply to indicate`).
    static let inferenceInfinitives: WordSet = ["suggest", "indicate", "show", "mean", "imply", "signal", "prove", "demonstrate"]

    /// Words before an occasion verb that make it no speaker's: an expletive or relative
    /// pronoun, or a passive auxiliary (`It could take weeks to confirm`, `Officials who went…`,
    /// `The speech was used by…`).
    static let occasionBlockers: WordSet = ["it", "who", "that", "which", "was", "were", "is", "are", "be", "been", "being", "get", "got"]

    /// Reporting verbs that after an occasion verb name or word something rather than report
    /// speech (`used a slur to describe her rival`, `uses the term to refer to`).
    static let namingInfinitives: WordSet = ["describe", "characterize", "characterise", "refer", "label", "dub"]

    /// Most tokens between an occasion verb and the `to` of its purpose infinitive (`to Twitter
    /// late on Sunday`, `a news conference in Harrisburg`).
    static let maxOccasionObjectTokens = 6

    /// Tags a token between an occasion verb and its purpose infinitive may carry: a noun
    /// phrase's words, prepositions and adverbs (`on television`, `overnight`).
    static let occasionObjectTags: Set<UPOS> = [.det, .adj, .noun, .propn, .num, .adp, .adv, .pron]

    /// The occasion verb whose purpose infinitive's `to` is token `to`, with at most
    /// ``maxOccasionObjectTokens`` words of object, places and times between (no punctuation,
    /// quote, `by` or other verb): a verb of going (``occasionMotionVerbs``), or one of
    /// ``occasionObjectVerbs`` with an occasion noun between (or `to` and a name: `took to
    /// Twitter`). Nil for any other shape, or after ``occasionBlockers``.
    func occasionVerb(beforePurposeTo to: Int, floor: Int) -> Int? {
        guard to + 1 < tokens.count, !Self.namingInfinitives.contains(tokens[to + 1].lower),
              !Self.inferenceInfinitives.contains(tokens[to + 1].lower) else { return nil }
        var k = to - 1
        var namesOccasion = false
        while k >= floor, to - 1 - k <= Self.maxOccasionObjectTokens {
            let t = tokens[k]
            guard t.quote == nil, t.isWord, t.lower != "by" else { return nil }
            if t.tag == .verb {
                let motion = Self.occasionMotionVerbs.contains(t.lower)
                guard motion || namesOccasion && Self.occasionObjectVerbs.contains(t.lower) else { return nil }
                // The word before the verb group: no expletive, relative pronoun or passive.
                var b = k - 1
                while b >= floor, tokens[b].tag == .aux && !Self.occasionBlockers.contains(tokens[b].lower)
                    || tokens[b].tag == .adv || tokens[b].lower == "not" { b -= 1 }
                guard b < floor || !Self.occasionBlockers.contains(tokens[b].lower) else { return nil }
                return k
            }
            guard Self.occasionObjectTags.contains(t.tag) else { return nil }
            if Self.occasionObjectNouns.contains(t.lower) || t.isCapitalized && k - 1 >= floor && tokens[k - 1].lower == "to" {
                namesOccasion = true
            }
            k -= 1
        }
        return nil
    }
}
