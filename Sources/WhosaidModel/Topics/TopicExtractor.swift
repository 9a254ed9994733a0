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
        let scan = TopicTokenizer.scan(document)
        let statistics = TermStatistics(scan: scan, sentenceCount: document.sentences.count)
        let candidates = KeyphraseCandidates(scan: scan, statistics: statistics)
        let ranking = KeyphraseRanking(
            candidates: candidates, scan: scan, statistics: statistics,
            sentenceCount: document.sentences.count, personNames: personNames(in: analysis, scan: scan),
            limit: limit)

        let best = ranking.ranked.first?.importance ?? 1
        let phrases = ranking.ranked.map {
            displayForm(
                of: candidates.occurrences(of: $0.candidate), scan: scan, document: document, statistics: statistics)
        }
        let links = TopicLinks(statements: analysis.statements.map(\.text), phrases: phrases)
        return ranking.ranked.enumerated().map { id, entry in
            let statementIDs = links.statementIDs[id]
            let actorIDs = Set(statementIDs.compactMap { analysis.statements[$0].actorID }).sorted()
            return Topic(
                id: id, phrase: phrases[id], score: best > 0 ? entry.importance / best : 0,
                statementIDs: statementIDs, actorIDs: actorIDs)
        }
    }

    /// Stems of the names and aliases of the person speakers, as ids of the article's stems
    /// (-1 for a stem the article's words lack).
    static func personNames(in analysis: Analysis, scan: TopicScan) -> [[Int32]] {
        analysis.actors.filter { $0.kind == .person }.flatMap { actor in
            ([actor.name] + actor.aliases).map {
                StemMatching.plainStems(of: $0).map { scan.components.id(of: $0) ?? -1 }
            }
        }
    }

    /// The most frequent written form of the phrase (the earliest on a tie), with the capitals
    /// of sentence openers and headline words dropped unless they belong to names (or have other
    /// capitals: "PACs", "McKinley"), and without a
    /// final possessive ("Chelsea Clinton’s" -> "Chelsea Clinton").
    static func displayForm(
        of occurrences: ArraySlice<KeyphraseCandidates.Occurrence>, scan: TopicScan, document: Document,
        statistics: TermStatistics
    ) -> String {
        let tokens = scan.words
        /// Whether each form has no capital after its first letter (0 no, 1 yes, -1 not known yet).
        var restLower = [Int8](repeating: -1, count: scan.forms.count)
        /// Whether the word loses its capital.
        func lowered(_ t: TopicScan.Word) -> Bool {
            guard t.opensSentence, !statistics.isNameLike(t), t.role != .number, !t.isAcronym else { return false }
            let f = Int(t.form)
            if restLower[f] < 0 {
                let rest = scan.forms[f].surface.unicodeScalars.dropFirst().allSatisfy { !$0.properties.isUppercase }
                restLower[f] = rest ? 1 : 0
            }
            return restLower[f] == 1
        }
        func render(_ o: KeyphraseCandidates.Occurrence) -> String {
            var text = ""
            for k in Int(o.lower)...Int(o.upper) {
                let t = tokens[k]
                if k > o.lower {
                    text += document.text(in: TextSpan(start: Int(tokens[k - 1].end), end: Int(t.start)))
                }
                var word = scan.forms[Int(t.form)].surface
                if lowered(t) {
                    word = word.prefix(1).lowercased() + word.dropFirst()
                }
                if k == o.upper, word.count > 2, word.hasSuffix("s"),
                    let apostrophe = word.unicodeScalars.dropLast().last, TextFolding.isApostrophe(apostrophe)
                {
                    word.removeLast(2)
                }
                text += word
            }
            return text
        }
        // Occurrences written alike share a signature (forms, capitals, gaps); each is rendered once.
        var gaps: [String: Int32] = [:]
        var signatures = SequenceInterner<Int32>()
        var rendered: [Int] = []
        var texts: [String] = []
        var textIndex: [String: Int] = [:]
        var counts: [Int] = []
        var signature: [Int32] = []
        for o in occurrences {
            signature.removeAll(keepingCapacity: true)
            for k in Int(o.lower)...Int(o.upper) {
                let t = tokens[k]
                if k > o.lower {
                    if t.followsSpace {
                        signature.append(-1)
                    } else {
                        let start = Int(tokens[k - 1].end)
                        let end = Int(t.start)
                        let gap = document.text(in: TextSpan(start: start, end: end))
                        if let id = gaps[gap] {
                            signature.append(id)
                        } else {
                            signature.append(Int32(gaps.count))
                            gaps[gap] = Int32(gaps.count)
                        }
                    }
                }
                signature.append(t.form)
                signature.append(lowered(t) ? 1 : 0)
            }
            let (id, isNew) = signatures.intern(signature)
            let index: Int
            if !isNew {
                index = rendered[Int(id)]
            } else {
                let text = render(o)
                if let known = textIndex[text] {
                    index = known
                } else {
                    index = texts.count
                    textIndex[text] = index
                    texts.append(text)
                    counts.append(0)
                }
                rendered.append(index)
            }
            counts[index] += 1
        }
        var best = 0
        for form in texts.indices where counts[form] > counts[best] { best = form }
        return texts.isEmpty ? "" : texts[best]
    }
}
