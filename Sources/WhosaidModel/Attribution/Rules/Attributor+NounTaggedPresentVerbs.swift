/// A present-tense verb in -s that the tagger read as a plural noun compounded with the noun
/// before it (`The dough rests overnight`, `The oven heats slowly`): before a parenthetical cue
/// and a coordinated clause (`The dough rests overnight, she explains, and nothing is
/// rushed.`) the words before the cue are a clause only when they hold a finite verb, so the
/// misread verb lost both statements.
///
///     The dough rests overnight, she explains, and nothing is rushed.   → two statements, hers
///     The price rises sharply, he said, and buyers wait.                 → two statements, his
extension Attributor {
    /// Whether tokens `a...b` (outside quotes) hold a word in -s tagged as a noun right after a
    /// noun not in -s, with an adverb right after it: a noun phrase (`The dough`) and its verb
    /// (`rests`) read as one compound. An adverb follows no such compound's head (`The dough
    /// rests` alone, or `the price rises in March`, stays a noun phrase).
    func holdsNounTaggedPresentVerb(_ a: Int, _ b: Int) -> Bool {
        guard a + 2 <= b else { return false }
        for k in (a + 1)..<b {
            let t = tokens[k], before = tokens[k - 1], after = tokens[k + 1]
            guard t.tag == .noun, t.quote == nil, before.quote == nil, after.quote == nil, !t.isCapitalized,
                  t.lower.utf8.count > 3, t.lower.endsWith("s"), !t.lower.endsWith("ss") else { continue }
            if before.tag == .noun, !before.lower.endsWith("s"), after.tag == .adv { return true }
        }
        return false
    }
}
