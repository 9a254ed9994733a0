/// Which of a pipeline's cue-word sieves may find statements at a word, from the word's classes
/// alone (``CueWordSieve/cueClasses``): the stage-2 loop asks a sieve only at the words it admits.
///
/// Most words of a text are no cue of any sieve, and asking every sieve at every word cost about
/// 5% of the engine on real news (an existential copy and a few string tests per sieve per word).
struct CueWordGate: Sendable {
    /// Each sieve's classes, in pipeline order; nil for a sieve that reads every word.
    private let sieveClasses: [Lexicon.WordClass?]
    /// The union of every sieve's classes.
    private let anyClasses: Lexicon.WordClass
    /// Whether some sieve reads every word.
    private let readsEveryWord: Bool

    /// The gate of `sieves`, in pipeline order.
    init(_ sieves: [any CueWordSieve]) {
        sieveClasses = sieves.map(\.cueClasses)
        readsEveryWord = sieveClasses.contains { $0 == nil }
        anyClasses = sieveClasses.reduce(into: []) { $0.formUnion($1 ?? []) }
    }

    /// Whether some sieve may find statements at a word of `classes`.
    @inline(__always) func admitsAny(_ classes: Lexicon.WordClass) -> Bool {
        readsEveryWord || !classes.isDisjoint(with: anyClasses)
    }

    /// Whether sieve `s` may find statements at a word of `classes`.
    @inline(__always) func admits(sieve s: Int, _ classes: Lexicon.WordClass) -> Bool {
        guard let own = sieveClasses[s] else { return true }
        return !classes.isDisjoint(with: own)
    }
}
