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
            let pattern = StemMatching.pattern(of: phrase)
            let statementIDs = statementStems.indices.filter { StemMatching.matches(pattern, in: statementStems[$0]) }
            let actorIDs = Set(statementIDs.compactMap { analysis.statements[$0].actorID }).sorted()
            return Topic(
                id: id, phrase: phrase, score: best > 0 ? entry.importance / best : 0,
                statementIDs: statementIDs, actorIDs: actorIDs)
        }
    }

    /// Stems of the names and aliases of the person speakers.
    static func personNames(in analysis: Analysis) -> [[[UInt8]]] {
        analysis.actors.filter { $0.kind == .person }.flatMap { actor in
            ([actor.name] + actor.aliases).map(StemMatching.plainStems(of:))
        }
    }

    /// The most frequent written form of the phrase (the earliest on a tie), with the capitals
    /// of sentence openers and headline words dropped unless they belong to names (or have other
    /// capitals: "PACs", "McKinley"), and without a
    /// final possessive ("Chelsea Clinton’s" -> "Chelsea Clinton").
    static func displayForm(
        of c: KeyphraseCandidates.Candidate, tokens: [TopicToken], document: Document, statistics: TermStatistics
    ) -> String {
        var counts: [String: Int] = [:]
        var order: [String] = []
        for o in c.occurrences {
            var text = ""
            for k in o {
                let t = tokens[k]
                if k > o.lowerBound {
                    text += document.text(in: TextSpan(start: tokens[k - 1].span.end, end: t.span.start))
                }
                var word = t.surface
                if t.opensSentence, !statistics.isNameLike(t), t.role != .number, !t.isAcronym,
                    word.unicodeScalars.dropFirst().allSatisfy({ !$0.properties.isUppercase })
                {
                    word = word.prefix(1).lowercased() + word.dropFirst()
                }
                if k == o.upperBound, word.count > 2, word.hasSuffix("s"),
                    let apostrophe = word.unicodeScalars.dropLast().last, TextFolding.isApostrophe(apostrophe)
                {
                    word.removeLast(2)
                }
                text += word
            }
            if counts[text] == nil { order.append(text) }
            counts[text, default: 0] += 1
        }
        var best = order.first ?? ""
        for form in order where counts[form, default: 0] > counts[best, default: 0] { best = form }
        return best
    }
}
