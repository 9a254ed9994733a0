import WhosaidSyntax

/// A reporting verb in the infinitive of purpose after a verb of taking an occasion: `Reyes used
/// the speech to warn that…`, `went on television to argue that…`, `held a news conference in
/// the capital to announce that…`. The occasion verb's subject speaks; its object and places
/// belong to the verb group, as `took to Twitter to say` always did. Not for a participle
/// (`taking care to praise`: its subject is often far off or absent).
extension Attributor {
    /// Verbs of taking an occasion to speak, in every form, whose subject speaks the reporting
    /// verb of their purpose infinitive. Verbs whose object may be the infinitive's agent
    /// (`asked voters to say`, `sent aides to tell`, `gave reporters time to ask`, `called on the
    /// board to explain`) are not among them.
    static let occasionVerbs: WordSet = [
        "take", "takes", "took", "taken",
        "use", "uses", "used",
        "go", "goes", "went", "gone",
        "hold", "holds", "held",
        "appear", "appears", "appeared",
        "return", "returns", "returned",
        "step", "steps", "stepped",
        "rise", "rises", "rose", "risen",
        "seize", "seizes", "seized",
        "convene", "convenes", "convened",
        "visit", "visits", "visited",
        "travel", "travels", "traveled", "travelled",
        "come", "comes", "came",
        "stop", "stops", "stopped",
        "pause", "pauses", "paused",
        "interrupt", "interrupts", "interrupted",
        "post", "posts", "posted",
        "issue", "issues", "issued",
        "release", "releases", "released",
    ]

    /// Reporting verbs that after an occasion verb name or word something rather than report
    /// speech (`used a slur to describe her rival`, `uses the term to refer to`).
    static let namingInfinitives: WordSet = ["describe", "characterize", "characterise", "refer", "label", "dub"]

    /// Most tokens between an occasion verb and the `to` of its purpose infinitive (`to Twitter
    /// late on Sunday`, `a news conference in Harrisburg`).
    static let maxOccasionObjectTokens = 6

    /// Tags a token between an occasion verb and its purpose infinitive may carry: a noun
    /// phrase's words, prepositions and adverbs (`on television`, `overnight`).
    static let occasionObjectTags: Set<UPOS> = [.det, .adj, .noun, .propn, .num, .adp, .adv, .pron]

    /// The occasion verb (``occasionVerbs``) whose purpose infinitive's `to` is token `to`, with
    /// at most ``maxOccasionObjectTokens`` words of object, places and times between and no
    /// punctuation, quote or other verb; nil for any other shape.
    func occasionVerb(beforePurposeTo to: Int, floor: Int) -> Int? {
        guard to + 1 < tokens.count, !Self.namingInfinitives.contains(tokens[to + 1].lower) else { return nil }
        var k = to - 1
        while k >= floor, to - 1 - k <= Self.maxOccasionObjectTokens {
            let t = tokens[k]
            guard t.quote == nil, t.isWord else { return nil }
            if t.tag == .verb {
                // An expletive `it` has no one to speak: `if it takes this long to confirm a judge`.
                guard Self.occasionVerbs.contains(t.lower), k - 1 < floor || tokens[k - 1].lower != "it" else { return nil }
                return k
            }
            guard Self.occasionObjectTags.contains(t.tag) else { return nil }
            k -= 1
        }
        return nil
    }
}
