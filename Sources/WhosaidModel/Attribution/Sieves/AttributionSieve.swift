/// One sieve of attribution: a rule that reads one shape of sentence and says who spoke.
///
/// Sieves run in the order ``AttributionPipeline/standard`` lists them, most precise first, as the
/// sieves of CoreNLP's quote attribution do (trigram `Q, said S`, then the parse, then one name in
/// the sentence, then the conversation): a quotation keeps the first attribution it gets, and a
/// word one sieve took as its cue starts no statement of its own later. Every statement carries
/// the rule of the sieve that made it (JSON `rule`); ``rules`` lists the values a sieve may give.
///
/// A sieve is a small value without state: what it reads (tokens and tags, quotations, mentions,
/// the cues already used) belongs to the ``Attributor``, and its logic lives in an
/// `extension Attributor` in the sieve's own file, with the helpers only it uses.
protocol AttributionSieve: Sendable {
    /// The sieve's name, for tests and for reading a pipeline (`trailing-cue`, `colon`).
    var name: String { get }
    /// The rules of the statements the sieve makes.
    var rules: Set<AttributionRule> { get }
    /// Whether the sieve runs under `options`: the optional ones can be switched off.
    func isOn(_ options: Engine.Options) -> Bool
}

extension AttributionSieve {
    func isOn(_ options: Engine.Options) -> Bool { true }
}

/// Stage 1: a sieve that reads a quotation and a cue right beside it.
protocol QuoteSieve: AttributionSieve {
    /// The statement quotation `qi` makes with a cue this sieve reads beside it, or nil. The sieve
    /// marks the cue it takes in ``Attributor/usedCue``.
    func attribute(quote qi: Int, in a: inout Attributor) -> Candidate?
}

/// Stage 2: a sieve that reads a whole sentence as one frame (`To NAME, CLAUSE`, a headline). When
/// one finds its statement, no other sieve of the stage reads the sentence.
protocol SentenceSieve: AttributionSieve {
    /// The statement sentence `si` (tokens `first...last`) makes as a whole, or nil.
    func statement(sentence si: Int, first: Int, last: Int, in a: inout Attributor) -> Candidate?
}

/// Stage 2: a sieve that reads a sentence at one word, a cue that governs a reported clause.
protocol CueWordSieve: AttributionSieve {
    /// The statements the word at `v` governs in sentence `si` (tokens `first...last`), or nil.
    /// A verb the sieve takes as its cue is marked in ``Attributor/usedCue``.
    func statements(at v: Int, sentence si: Int, first: Int, last: Int, in a: inout Attributor) -> CueWordFinding?
    /// The word classes of which a word must have one for the sieve to find statements at it, or
    /// nil when any word may be its cue. ``Attributor/reportedSpeech()`` asks the sieve only at
    /// words that have one (``CueWordGate``): most words are no cue of any sieve.
    var cueClasses: Lexicon.WordClass? { get }
}

extension CueWordSieve {
    var cueClasses: Lexicon.WordClass? { nil }
}

/// What a ``CueWordSieve`` found at one word.
struct CueWordFinding {
    /// The statements, in text order.
    var statements: [Candidate]
    /// The last token they cover: a cue inside them (`Lee says Ruiz promised to…`) starts none of its own.
    var coveredUpTo: Int
}

/// Stage 3: a sieve for a quotation that stages 1 and 2 left without a speaker.
protocol LeftoverQuoteSieve: AttributionSieve {
    /// The attribution of `quote` (its speaker or the statement it continues, the cue, rule and
    /// confidence), given the candidates so far in text order, or nil.
    func attribute(_ quote: LeftoverQuote, among all: [Candidate], in a: Attributor) -> Candidate?
}

/// A quotation without a speaker after stages 1 and 2, as stage 3 reads it.
struct LeftoverQuote {
    /// The quotation's index in ``Attributor/quotes``.
    var quote: Int
    /// Its index among the candidates so far.
    var index: Int
    /// Whether it stands inside running text (`a “crazy” plan`): only a cue closing its sentence
    /// names its speaker then.
    var isFragment: Bool
    /// The end offset of the latest attributed statement before it.
    var lastAttributedEnd: Int
}
