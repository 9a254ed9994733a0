/// Running counts over an article's tokens, so that rules asking whether a stretch of a sentence
/// holds a finite verb, a quotation or a comma get the answer in constant time: scanning the
/// stretch for every verb or comma made one long sentence quadratic.
struct TokenCounts {
    /// `finiteVerbs[i]`: finite verbs and auxiliaries outside quotes among tokens `0..<i`.
    private var finiteVerbs: [Int32] = [0]
    /// `quoteTokens[i]`: tokens inside a quote or opening one among tokens `0..<i`.
    private var quoteTokens: [Int32] = [0]
    /// `commas[i]`: commas (inside quotes too) among tokens `0..<i`.
    private var commas: [Int32] = [0]
    /// `nextFreeComma[i]`: the first comma outside quotes at or after token `i` (`count` if none).
    /// 32-bit, as ``Token`` offsets are: one entry per token.
    private var nextFreeComma: [Int32] = []

    init() {}

    /// Counts over `tokens`; `openMark[i]` tells whether token `i` opens a quote.
    init(tokens: [Token], openMark: [Bool]) {
        finiteVerbs.reserveCapacity(tokens.count + 1)
        quoteTokens.reserveCapacity(tokens.count + 1)
        commas.reserveCapacity(tokens.count + 1)
        for (k, t) in tokens.enumerated() {
            let finite = t.quote == nil && (t.tag == .aux || t.tag == .verb && !t.lower.hasSuffix("ing"))
            finiteVerbs.append(finiteVerbs[k] + (finite ? 1 : 0))
            quoteTokens.append(quoteTokens[k] + (t.quote != nil || openMark[k] ? 1 : 0))
            commas.append(commas[k] + (t.lower == "," ? 1 : 0))
        }
        nextFreeComma = Array(repeating: Int32(truncatingIfNeeded: tokens.count), count: tokens.count + 1)
        for k in tokens.indices.reversed() {
            nextFreeComma[k] = tokens[k].lower == "," && tokens[k].quote == nil ? Int32(truncatingIfNeeded: k) : nextFreeComma[k + 1]
        }
    }

    /// Whether tokens `a...b` hold a finite verb or auxiliary outside quotes.
    func holdsFiniteVerb(_ a: Int, _ b: Int) -> Bool { a <= b && finiteVerbs[b + 1] > finiteVerbs[a] }

    /// Whether tokens `a...b` hold a quoted token or a quote's opening mark.
    func holdsQuote(_ a: Int, _ b: Int) -> Bool { a <= b && quoteTokens[b + 1] > quoteTokens[a] }

    /// Whether tokens `range` hold a comma.
    func holdsComma(_ range: Range<Int>) -> Bool { !range.isEmpty && commas[range.upperBound] > commas[range.lowerBound] }

    /// The first comma outside quotes in tokens `a...b`, if any.
    func firstFreeComma(_ a: Int, _ b: Int) -> Int? {
        guard a <= b, a < nextFreeComma.count else { return nil }
        let k = Int(nextFreeComma[a])
        return k <= b ? k : nil
    }
}
