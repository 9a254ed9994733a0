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
        var (tokens, forms) = Tokenizer.tokensAndForms(of: analysis.document)
        TokenTagging.tag(&tokens, forms: forms)
        return topics(for: analysis, tags: WordTags(tokens))
    }

    /// Topics of `analysis`, with the part-of-speech tags of its words: candidates are noun phrases.
    static func topics(for analysis: Analysis, tags: consuming WordTags) -> [Topic] {
        let document = analysis.document
        let scan = TopicTokenizer.scan(document)
        // The words' tags are read before the statistics, so that the tokens' tags (5 bytes a
        // token) are let go before the statistics' pair table is made: on a large document that
        // moment is the topic stage's peak.
        let wordTags = tags.tags(of: scan.words)
        _ = consume tags
        let statistics = TermStatistics(scan: scan, sentenceCount: document.sentences.count)
        let candidates = KeyphraseCandidates(scan: scan, statistics: statistics, tags: wordTags)
        let ranking = KeyphraseRanking(
            candidates: candidates, scan: scan, statistics: statistics,
            sentenceCount: document.sentences.count, personNames: personNames(in: analysis, scan: scan),
            limit: limit)

        let best = ranking.ranked.first?.importance ?? 1
        let phrases = DisplayForms.forms(
            of: ranking.ranked.map { candidates.occurrences(of: $0.candidate) }, scan: scan, document: document,
            statistics: statistics)
        let links = TopicLinks(statements: analysis.statements.map(\.text), phrases: phrases)
        return ranking.ranked.enumerated().map { id, entry in
            let statementIDs = links.statementIDs[id]
            var actorIDs = statementIDs.compactMap { analysis.statements[$0].actorID }
            actorIDs.sortDistinct()
            return Topic(
                id: id, phrase: phrases[id], score: best > 0 ? entry.importance / best : 0,
                statementIDs: statementIDs, actorIDs: actorIDs)
        }
    }

    /// Stems of the names and aliases of the person speakers, as ids of the article's stems
    /// (-1, or an id no word has, for a stem the article's words lack). The actors are read in
    /// place: a filtered copy of the list, and a list of each one's name and aliases, retained
    /// and released every string and list of every person.
    static func personNames(in analysis: Analysis, scan: TopicScan) -> [[Int32]] {
        var names: [[Int32]] = []
        for a in analysis.actors.indices where analysis.actors[a].kind == .person {
            names.append(stemIDs(of: analysis.actors[a].name, scan: scan))
            for alias in analysis.actors[a].aliases { names.append(stemIDs(of: alias, scan: scan)) }
        }
        return names
    }

    /// The ids in `scan` of the stems of the words of `name` (-1, or an id no word has, for a
    /// stem the article's words lack).
    private static func stemIDs(of name: String, scan: TopicScan) -> [Int32] {
        scan.componentIDs(of: StemMatching.plainStems(of: name)).map { $0 ?? -1 }
    }
}
