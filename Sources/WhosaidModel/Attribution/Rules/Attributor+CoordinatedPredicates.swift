/// A complement with no verb of its own (`demands accountability from the president`, `described
/// the incident as a “terrible situation,”`) cannot hold a second predicate: a coordinated verb
/// after it (`…, yet refuses to release his taxes`, `…, but stopped short of calling…`) is the
/// subject's next deed, told by the reporter.
extension Attributor {
    /// Coordinators that join a second predicate to the subject's first.
    static let predicateCoordinators: Set<String> = ["but", "yet", "and"]

    /// The last token of the verbless complement from `c` before a coordinated predicate that
    /// starts by `end` (`, but`/`, yet`/`, and` or a bare `but`/`yet`/`and`, then a finite verb, perhaps
    /// after an adverb), or nil when the complement holds a finite verb first or none follows.
    func coordinatedPredicateCut(from c: Int, to end: Int) -> Int? {
        var k = c
        while k + 1 <= end {
            let t = tokens[k]
            // A verb inside a quotation counts too ("that Trump “really is” in favor, but wants…").
            if t.tag == .aux || t.tag == .verb && !Lexicon.isGerund(t.lower) { return nil }
            // "he’s proud of his campaign and expects…": a pronoun with its auxiliary in one token.
            if t.tag == .pron, Self.auxiliaryClitics.contains(where: { t.lower.hasSuffix($0) }) { return nil }
            if t.quote == nil {
                let comma = t.lower == ","
                let coordinator = comma ? k + 1 : k
                if coordinator + 1 <= end, comma || Self.predicateCoordinators.contains(t.lower),
                   Self.predicateCoordinators.contains(tokens[coordinator].lower), tokens[coordinator].quote == nil {
                    var verb = coordinator + 1
                    if tokens[verb].tag == .adv, verb + 1 <= end { verb += 1 }
                    let v = tokens[verb]
                    if v.tag == .verb, !v.isCapitalized, !Lexicon.isGerund(v.lower), v.quote == nil, k - 1 >= c { return k - 1 }
                }
            }
            k += 1
        }
        return nil
    }
}
