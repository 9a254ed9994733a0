/// Ranks an article's key phrases and links them to the statements and actors that mention them.
///
/// Unsupervised and single-document, in the manner of YAKE and RAKE: words are scored by
/// casing, position, frequency, relatedness to context and spread (``TermStatistics``);
/// candidate phrases of one to three words, split at stop words and punctuation
/// (``KeyphraseCandidates``), are ranked from their words and their own frequency
/// (``KeyphraseRanking``); inflected forms merge through a light stemmer (``Stemmer``).
/// Each topic then links to the statements whose text mentions it, inflections tolerated.
public enum TopicExtractor {
    /// How many topics an article gets at most.
    public static let limit = 25

    /// Topics of `analysis`, most important first; `topics[i].id == i`. The top topic scores 1,
    /// the others their importance relative to it.
    public static func topics(for analysis: Analysis) -> [Topic] {
        let document = analysis.document
        let tokens = TopicTokenizer.tokens(of: document)
        let statistics = TermStatistics(tokens: tokens, sentenceCount: document.sentences.count)
        let candidates = KeyphraseCandidates(tokens: tokens, statistics: statistics)
        let ranking = KeyphraseRanking(
            candidates: candidates, tokens: tokens, statistics: statistics,
            sentenceCount: document.sentences.count, personNames: personNames(in: analysis), limit: limit)

        let best = ranking.ranked.first?.importance ?? 1
        let statementStems = analysis.statements.map { StemMatching.stems(of: $0.text) }
        return ranking.ranked.enumerated().map { id, entry in
            let phrase = displayForm(of: entry.candidate, tokens: tokens, document: document, statistics: statistics)
            let stems = StemMatching.stems(of: phrase)
            let statementIDs = statementStems.indices.filter { StemMatching.containsRun(stems, in: statementStems[$0]) }
            let actorIDs = Set(statementIDs.compactMap { analysis.statements[$0].actorID }).sorted()
            return Topic(
                id: id, phrase: phrase, score: best > 0 ? entry.importance / best : 0,
                statementIDs: statementIDs, actorIDs: actorIDs)
        }
    }

    /// Stems of the names and aliases of the person speakers.
    static func personNames(in analysis: Analysis) -> [[[UInt8]]] {
        analysis.actors.filter { $0.kind == .person }.flatMap { actor in
            ([actor.name] + actor.aliases).map(StemMatching.stems(of:))
        }
    }

    /// The most frequent written form of the phrase (the earliest on a tie), with a sentence
    /// opener's capital dropped unless the word is a name.
    static func displayForm(
        of c: KeyphraseCandidates.Candidate, tokens: [TopicToken], document: Document, statistics: TermStatistics
    ) -> String {
        var counts: [String: Int] = [:]
        var order: [String] = []
        for o in c.occurrences {
            let first = tokens[o.lowerBound]
            var text = document.text(in: TextSpan(start: first.span.start, end: tokens[o.upperBound].span.end))
            if first.opensSentence, !statistics.isNameLike(first) {
                text = text.prefix(1).lowercased() + text.dropFirst()
            }
            if counts[text] == nil { order.append(text) }
            counts[text, default: 0] += 1
        }
        var best = order.first ?? ""
        for form in order where counts[form, default: 0] > counts[best, default: 0] { best = form }
        return best
    }
}
