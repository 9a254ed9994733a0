import Foundation

/// Ranks candidate phrases, most important first, and drops the ones that make poor topics.
///
/// A phrase's importance is its length times the geometric mean of its words' importances
/// (so a phrase of strong words beats a lone word of middling strength, as in RAKE, but one
/// weak word drags it down), times `1 + ln(frequency)` of the phrase itself, times a position
/// factor from 1.5 for a phrase first seen in the opening sentence down to 1 at the end.
///
/// Not eligible at all:
/// - a single word seen once, seen mostly inside longer phrases ("nuclear" in "nuclear
///   program", "North" in "North Korea"), looking like an adjective ("intolerable") or
///   beginning with a digit ("13th");
/// - a phrase seen once that has three words, or mixes a name with common words ("North
///   Korean diplomat": it is about the name, which stands on its own), or opens with an `-ing`
///   form;
/// - a phrase closing with an `-ing` form never used as a noun ("emergency room following");
/// - a person speaker's name, or a name that holds one ("Hillary Clinton" when "Clinton" speaks).
///
/// Then, in rank order, a phrase is skipped when every occurrence lies inside a phrase already
/// kept, when it is a name inside or around a kept name ("Crutcher" after "Terence
/// Crutcher"), or when it is spelled almost like a kept phrase ("North Koreans" after "North
/// Korea"); and a kept phrase seen only inside a later, longer one is replaced by it.
struct KeyphraseRanking {
    /// A kept phrase and its importance (higher is more important).
    struct Ranked {
        var candidate: KeyphraseCandidates.Candidate
        var importance: Double
    }

    /// Kept phrases, most important first.
    private(set) var ranked: [Ranked] = []

    init(
        candidates: KeyphraseCandidates, tokens: [TopicToken], statistics: TermStatistics,
        sentenceCount: Int, personNames: [[[UInt8]]], limit: Int
    ) {
        let scored = candidates.byKey.values
            .filter { Self.isEligible($0, tokens: tokens, statistics: statistics, personNames: personNames) }
            .map {
                Ranked(
                    candidate: $0,
                    importance: Self.importance(
                        of: $0, tokens: tokens, statistics: statistics, sentenceCount: sentenceCount))
            }
            .sorted {
                $0.importance != $1.importance
                    ? $0.importance > $1.importance
                    : $0.candidate.occurrences[0].lowerBound < $1.candidate.occurrences[0].lowerBound
            }
        var keptSpellings: [[Character]] = []
        for entry in scored where ranked.count < limit {
            if isCovered(entry.candidate) || repeatsKeptName(entry.candidate, tokens: tokens, statistics: statistics) {
                continue
            }
            let spelling = Array(entry.candidate.terms.joined(separator: " "))
            if keptSpellings.contains(where: { Self.similarity($0, spelling) >= 0.8 }) { continue }
            // A kept phrase seen only inside this longer one gives way to it, keeping its rank
            // ("America’s prison" -> "America’s prison system").
            if let shorter = ranked.firstIndex(where: { Self.occursOnlyInside($0.candidate, entry.candidate) }) {
                ranked[shorter].candidate = entry.candidate
                keptSpellings[shorter] = spelling
                continue
            }
            ranked.append(entry)
            keptSpellings.append(spelling)
        }
    }

    /// Length times the geometric mean of the words' importances, times `1 + ln(phrase frequency)`,
    /// times the position factor; stop words inside add nothing.
    static func importance(
        of c: KeyphraseCandidates.Candidate, tokens: [TopicToken], statistics: TermStatistics, sentenceCount: Int
    ) -> Double {
        let words = c.terms.compactMap { statistics.importance[$0] }.map { max($0, 1e-9) }
        guard !words.isEmpty else { return 0 }
        let geometricMean = exp(words.map(log).reduce(0, +) / Double(words.count))
        let firstSentence = Double(tokens[c.occurrences[0].lowerBound].sentence)
        let position = 1.5 - 0.5 * firstSentence / Double(max(1, sentenceCount))
        return Double(words.count) * geometricMean * (1 + log(Double(c.occurrences.count))) * position
    }

    static func isEligible(
        _ c: KeyphraseCandidates.Candidate, tokens: [TopicToken], statistics: TermStatistics,
        personNames: [[[UInt8]]]
    ) -> Bool {
        let first = c.occurrences[0]
        let opener = tokens[first.lowerBound]
        if opener.role == .weak && c.occurrences.count < 2 && !statistics.isNounLike(opener) { return false }
        if !statistics.isNounLike(tokens[first.upperBound]) { return false }
        if c.terms.count == 1 {
            if c.occurrences.count < 2 || Self.looksAdjective(opener.folded) { return false }
            if opener.surface.unicodeScalars.first?.properties.numericType != nil { return false }  // "13th"
            let key = c.terms[0]
            let total = statistics.frequency[key, default: 0]
            if statistics.inPhrase[key, default: 0] * 3 >= total * 2 { return false }
        } else if c.occurrences.count < 2 {
            if c.terms.count > 2 { return false }
            let words = tokens[first].filter { $0.role == .content || $0.role == .weak }
            let names = words.filter { statistics.isNameLike($0) }.count
            if names > 0 && names < words.count { return false }
        }
        let stems = c.terms.flatMap { $0.split(separator: " ").map { Array($0.utf8) } }
        let allNames = tokens[first].allSatisfy { statistics.isNameLike($0) || $0.role == .stop }
        return !personNames.contains {
            StemMatching.containsRun(stems, in: $0) || (allNames && StemMatching.containsRun($0, in: stems))
        }
    }

    /// Adjective endings: such a word alone is no topic ("intolerable", "dangerous").
    static func looksAdjective(_ w: String) -> Bool {
        w.count > 6 && ["able", "ible", "ous", "ful", "less"].contains { w.hasSuffix($0) }
    }

    /// Whether `c` is all name and holds, or is held by, a name already kept.
    private func repeatsKeptName(
        _ c: KeyphraseCandidates.Candidate, tokens: [TopicToken], statistics: TermStatistics
    ) -> Bool {
        func isName(_ c: KeyphraseCandidates.Candidate) -> Bool {
            tokens[c.occurrences[0]].allSatisfy { statistics.isNameLike($0) || $0.role == .stop }
        }
        guard isName(c) else { return false }
        return ranked.contains { kept in
            isName(kept.candidate)
                && (StemMatching.containsRun(kept.candidate.terms, in: c.terms)
                    || StemMatching.containsRun(c.terms, in: kept.candidate.terms))
        }
    }

    /// Whether every occurrence of `inner` lies inside an occurrence of `outer`.
    static func occursOnlyInside(_ inner: KeyphraseCandidates.Candidate, _ outer: KeyphraseCandidates.Candidate) -> Bool {
        inner.occurrences.allSatisfy { o in
            outer.occurrences.contains { $0.contains(o.lowerBound) && $0.contains(o.upperBound) }
        }
    }

    /// Whether every occurrence of `c` lies inside an occurrence of a phrase already kept.
    private func isCovered(_ c: KeyphraseCandidates.Candidate) -> Bool {
        c.occurrences.allSatisfy { o in
            ranked.contains { kept in
                kept.candidate.occurrences.contains { $0.contains(o.lowerBound) && $0.contains(o.upperBound) }
            }
        }
    }

    /// 1 minus the edit distance over the longer length.
    static func similarity(_ a: [Character], _ b: [Character]) -> Double {
        guard !a.isEmpty || !b.isEmpty else { return 1 }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...max(1, a.count) where !a.isEmpty {
            current[0] = i
            for j in stride(from: 1, through: b.count, by: 1) {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        let distance = a.isEmpty ? b.count : previous[b.count]
        return 1 - Double(distance) / Double(max(a.count, b.count))
    }
}
