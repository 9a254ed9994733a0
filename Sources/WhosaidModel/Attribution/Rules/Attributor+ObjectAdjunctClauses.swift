import WhosaidSyntax

/// A clause of time or manner after a noun-phrase object: the object is what was said, the
/// clause tells when or how the speaker said it.
///
///     Ruiz announced the merger after cutting ties with its old partner.   → the merger
///     Lowe tweeted her thoughts on the rally as she waited in line.        → her thoughts on the rally
///     An aide confirmed the meeting on condition of anonymity.             → the meeting
///     Hale praised the nurses even as he criticised their managers.        → the nurses
///
/// Only after an object with no verb of its own (`said he would leave after the vote` keeps its
/// clause; so does `pointed to Obama endorsing Clinton after…`), and never after `say`, whose
/// complement is a clause (`said the plant after the flood would close`).
extension Attributor {
    /// Subordinators that open a clause of time or manner after an object. Not `because` (the
    /// grounds given for criticism are often what was said), `when` (a relative adverb after a
    /// noun: `described the excitement when the director called`) or `once` (an adverb as often:
    /// `criticized him for once holding…`).
    static let objectAdjunctSubordinators: WordSet = ["after", "before", "as", "while", "until"]
    /// The subordinators of ``objectAdjunctSubordinators`` that may open with a gerund (`after cutting ties`).
    static let gerundAdjunctSubordinators: WordSet = ["after", "before", "while", "until"]
    /// Words before `as` that make it no subordinator (`such as`, `as well as`, `so as`).
    static let asNonSubordinatorWords: WordSet = ["such", "well", "so", "as", "same"]
    /// Adverbs that may lead a subordinator and go with its clause (`even as`, `shortly after`).
    static let subordinatorLeadAdverbs: WordSet = ["even", "just", "shortly", "right", "soon", "long", "only"]
    /// Nouns of time whose own clause a subordinator opens (`the night before the storm hit`,
    /// `the years after the plant closed`): data, checked by a test.
    static let timeNouns: WordSet = [
        "night", "nights", "day", "days", "morning", "mornings", "evening", "evenings", "afternoon", "week", "weeks",
        "month", "months", "year", "years", "moment", "moments", "time", "times", "hour", "hours", "minute", "minutes",
        "decade", "decades", "period", "era", "season", "summer", "winter", "spring", "fall", "weekend",
    ]
    /// The most tokens of an object before its adjunct clause.
    static let maxObjectBeforeAdjunctClause = 14

    /// The token opening an adjunct clause (``objectAdjunctSubordinators``, or `on condition of
    /// anonymity`) after the noun-phrase object `c...end` of the cue `w`, or nil: when the object
    /// holds a verb, a quotation or a comma before it, or the cue is a form of `say`.
    func objectAdjunctClause(in c: Int, _ end: Int, cue w: String) -> Int? {
        // "recalled sitting in on focus groups when…": a gerund object is a clause of its own.
        guard !Self.sayForms.contains(w), end - c >= 2, tokens[c].quote == nil, tokens[c].isWord,
              tokens[c].tag != .verb, tokens[c].tag != .aux,
              !Self.objectAdjunctSubordinators.contains(tokens[c].lower), tokens[c].lower != "that", tokens[c].lower != "to" else { return nil }
        var k = c + 1
        while k < end, k - c <= Self.maxObjectBeforeAdjunctClause {
            let t = tokens[k]
            if t.quote != nil || isOpenMark(k) || !t.isWord { return nil }
            // "recalled the night before the storm hit": a clause after a noun of time tells which one.
            if opensAnonymityCondition(at: k, end: end) || opensObjectAdjunctClause(at: k, end: end) && !Self.timeNouns.contains(tokens[k - 1].lower) {
                return k - 1 > c && Self.subordinatorLeadAdverbs.contains(tokens[k - 1].lower) ? k - 1 : k
            }
            // A verb in the object is a clause's or a participle's: its adjuncts are its own.
            if t.tag == .verb || t.tag == .aux { return nil }
            k += 1
        }
        return nil
    }

    /// Whether a subordinator at `k` opens a finite clause, or a gerund (``gerundAdjunctSubordinators``).
    func opensObjectAdjunctClause(at k: Int, end: Int) -> Bool {
        let w = tokens[k].lower
        guard k + 2 <= end, Self.objectAdjunctSubordinators.contains(w) else { return false }
        if w == "as", Self.asNonSubordinatorWords.contains(tokens[k - 1].lower) || describesObjectInPresent(asAt: k, end: end) { return false }
        let next = tokens[k + 1]
        if Self.gerundAdjunctSubordinators.contains(w), next.tag == .verb, Lexicon.isGerund(next.lower) { return true }
        return startsFiniteClause(at: k + 1, last: end)
    }

    /// Pronouns of things or groups that an `as` clause after an object takes up
    /// (``describesObjectInPresent(asAt:end:)``).
    static let objectAsClausePronouns: WordSet = ["it", "they"]

    /// Whether the `as` at `k` opens a clause in the simple present whose subject is `it` or
    /// `they` (``objectAsClausePronouns``): `explained the rules as they apply to renters`,
    /// `has no strategy as it relates to the port`. Such a clause says which or what kind of
    /// thing the object is, and is part of what was said (as news annotation marks it); a
    /// clause of the speaker's own time (`as she waited in line`, `as it was sailing through`,
    /// `as it commented on the rule`) is not this shape.
    func describesObjectInPresent(asAt k: Int, end: Int) -> Bool {
        guard k + 2 <= end, Self.objectAsClausePronouns.contains(tokens[k + 1].lower), tokens[k + 2].tag == .verb, tokens[k + 2].quote == nil else { return false }
        let v = tokens[k + 2].lower
        return !v.endsWith("ed") && !Lexicon.irregularPastForms.contains(v) && !Self.irregularSimplePasts.contains(v) && !Lexicon.isGerund(v)
    }

    /// Whether `on condition of anonymity` / `on the condition that…` opens at `k`.
    func opensAnonymityCondition(at k: Int, end: Int) -> Bool {
        guard k + 2 <= end, tokens[k].lower == "on" else { return false }
        let n = tokens[k + 1].lower == "the" ? k + 2 : k + 1
        return n + 1 <= end && tokens[n].lower == "condition" && tokens[n + 1].lower.isOne(of: "of", "that")
    }
}
