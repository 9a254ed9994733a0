/// A phrase found over part-of-speech tags: a run of words in one sentence.
public struct Chunk: Sendable, Equatable {
    /// What kind of phrase it is.
    public enum Kind: String, Sendable, Equatable {
        /// A noun phrase: `the former ambassador`, `Leon V. Sigal`, `Sigal's wife`, `he`.
        case nounPhrase = "NP"
        /// A verb group: auxiliaries, negation, adverbs and catenatives around a verb
        /// (`has not yet said`, `tried to argue`, `was quoted as saying`).
        case verbGroup = "VG"
        /// A name and its appositive role: `Tom Reyes, the fire chief,` (head: the name).
        case apposition = "APPOS"
        /// Coordinated noun phrases: `Ann Pruett and Tom Reyes`.
        case coordination = "COORD"
    }

    /// The kind of phrase.
    public var kind: Kind
    /// Word indexes in the sentence, end exclusive.
    public var range: Range<Int>
    /// The index of the phrase's head word (the last noun of a noun phrase, the main verb of a
    /// verb group, the name of an apposition).
    public var head: Int

    /// Creates a chunk.
    public init(kind: Kind, range: Range<Int>, head: Int) {
        self.kind = kind
        self.range = range
        self.head = head
    }
}

/// Noun phrases, verb groups, appositions, coordinations and clause openings over a sentence's
/// tags, by a few patterns in the manner of NLTK's `RegexpParser` (each pattern a function below).
public enum Chunker {
    /// Lower-case particles inside names: `Bill de Blasio`, `Osama bin Laden`.
    public static let nameParticles: Set<String> = ["de", "van", "von", "der", "den", "bin", "al", "da", "du", "le", "la", "di", "del", "ibn", "ben"]
    /// Words that make a following verb part of the same group: `to` and the `as` of `quoted as saying`.
    static let catenativeLinks: Set<String> = ["to", "as"]

    /// The chunks of one sentence: noun phrases and verb groups in order, then appositions and
    /// coordinations built over them. `words` are lower-case forms.
    public static func chunks(tags: [UPOS], words: [String]) -> [Chunk] {
        var out: [Chunk] = []
        var i = 0
        while i < tags.count {
            if let np = nounPhrase(at: i, tags, words) {
                out.append(np)
                i = np.range.upperBound
            } else if let vg = verbGroup(at: i, tags, words) {
                out.append(vg)
                i = vg.range.upperBound
            } else {
                i += 1
            }
        }
        return out + combined(out, tags, words)
    }

    /// NP: (DET | possessive PRON)? (ADV? ADJ | NUM | VERB-participle)* (NOUN | PROPN)+
    /// ('s (ADJ)* (NOUN | PROPN)+)*, proper names joined through particles and `of` between
    /// capitalised parts; or a PRON alone.
    static func nounPhrase(at start: Int, _ tags: [UPOS], _ words: [String]) -> Chunk? {
        let n = tags.count
        var i = start
        if tags[i] == .pron {
            // A possessive pronoun opens a longer phrase ("his wife"); any other pronoun stands alone.
            if i + 1 < n, possessivePronouns.contains(words[i]), let rest = nominalRun(at: i + 1, tags, words) {
                return Chunk(kind: .nounPhrase, range: start..<rest.end, head: rest.head)
            }
            return Chunk(kind: .nounPhrase, range: start..<(start + 1), head: start)
        }
        if tags[i] == .det { i += 1 }
        guard i < n, let run = nominalRun(at: i, tags, words) else {
            // "Some said", "the two": a determiner or number standing alone as a phrase.
            if tags[start] == .det || tags[start] == .num, start + 1 < n, tags[start + 1] == .verb || tags[start + 1] == .aux {
                return Chunk(kind: .nounPhrase, range: start..<(start + 1), head: start)
            }
            return nil
        }
        return Chunk(kind: .nounPhrase, range: start..<run.end, head: run.head)
    }

    static let possessivePronouns: Set<String> = ["his", "her", "its", "their", "our", "my", "your"]

    /// Modifiers then nouns, with possessive and proper-name continuations.
    static func nominalRun(at start: Int, _ tags: [UPOS], _ words: [String]) -> (end: Int, head: Int)? {
        let n = tags.count
        var i = start
        while i < n {
            if tags[i] == .adj || tags[i] == .num { i += 1; continue }
            // "the growing security fears", "high-ranking officials": a participle as a modifier.
            if tags[i] == .verb, words[i].hasSuffix("ing") || words[i].hasSuffix("ed"), i + 1 < n,
               tags[i + 1] == .noun || tags[i + 1] == .propn || tags[i + 1] == .adj,
               i > start || words[i].contains("-") || start > 0 && (tags[start - 1] == .det || tags[start - 1] == .adj) {
                i += 1
                continue
            }
            // "very large", "most senior": an adverb before an adjective.
            if tags[i] == .adv, i + 1 < n, tags[i + 1] == .adj { i += 2; continue }
            break
        }
        var head = -1
        while i < n {
            if tags[i] == .noun || tags[i] == .propn {
                head = i
                i += 1
                // "North Korea's nuclear program": a possessive written into the word.
                if words[head].hasSuffix("'s") || words[head].hasSuffix("s'"), i < n {
                    var k = i
                    while k < n, tags[k] == .adj || tags[k] == .num { k += 1 }
                    if k < n, tags[k] == .noun || tags[k] == .propn { i = k }
                }
            } else if head >= 0, tags[i] == .part, words[i] == "'s" || words[i] == "'", i + 1 < n {
                // "Ortiz's fire chief": the possessive and what follows belong to one phrase.
                var k = i + 1
                while k < n, tags[k] == .adj || tags[k] == .num { k += 1 }
                guard k < n, tags[k] == .noun || tags[k] == .propn else { break }
                i = k
            } else if head >= 0, tags[head] == .propn, i + 1 < n, tags[i + 1] == .propn,
                      nameParticles.contains(words[i]) || words[i] == "of" && isCapitalisedName(tags, head) {
                // "Bill de Blasio", "Secretary of State John Kerry".
                i += 1
            } else if head >= 0, (tags[i] == .num || tags[i] == .adj) && i + 1 < n && (tags[i + 1] == .noun || tags[i + 1] == .propn)
                        && tags[head] == .noun {
                // "a 30-year veteran officer": modifiers between compound nouns.
                i += 1
            } else {
                break
            }
        }
        return head >= 0 ? (i, head) : nil
    }

    static func isCapitalisedName(_ tags: [UPOS], _ head: Int) -> Bool { tags[head] == .propn }

    /// VG: (AUX | PART-negation | ADV)* VERB (ADP-particle)? ((to | as) ADV* VERB)*; or an AUX alone
    /// (a copula: "is", "was not").
    static func verbGroup(at start: Int, _ tags: [UPOS], _ words: [String]) -> Chunk? {
        let n = tags.count
        var i = start
        var head = -1
        while i < n {
            switch tags[i] {
            case .aux: head = i; i += 1
            case .part where words[i] == "not" || words[i] == "n't": i += 1
            case .adv where i + 1 < n && (tags[i + 1] == .verb || tags[i + 1] == .aux || tags[i + 1] == .adv): i += 1
            case .verb:
                head = i
                i += 1
                // A particle ("spoke out", "called for") stays out: it may open a phrase of its own.
                // Catenatives: "tried to argue", "was quoted as saying".
                var k = i
                while k < n, tags[k] == .adv { k += 1 }
                if k + 1 < n, catenativeLinks.contains(words[k]), tags[k] == .part || tags[k] == .adp || tags[k] == .sconj,
                   tags[k + 1] == .verb || tags[k + 1] == .aux {
                    i = k + 1
                    continue
                }
                return Chunk(kind: .verbGroup, range: start..<i, head: head)
            default:
                return head >= 0 ? Chunk(kind: .verbGroup, range: start..<i, head: head) : nil
            }
        }
        return head >= 0 ? Chunk(kind: .verbGroup, range: start..<i, head: head) : nil
    }

    /// Second pass: `NAME , NP ,` appositions and `NP and NP` coordinations of names.
    static func combined(_ chunks: [Chunk], _ tags: [UPOS], _ words: [String]) -> [Chunk] {
        var out: [Chunk] = []
        let nps = chunks.filter { $0.kind == .nounPhrase }
        for (k, a) in nps.enumerated() where k + 1 < nps.count {
            let b = nps[k + 1]
            let gap = a.range.upperBound
            guard gap < tags.count else { continue }
            if words[gap] == ",", b.range.lowerBound == gap + 1, tags[a.head] == .propn, tags[b.head] == .noun || tags[b.head] == .propn,
               tags[b.range.lowerBound] != .propn || b.range.count > 1 && tags[b.range.lowerBound] == .det {
                // The role may run on through prepositional phrases up to the closing comma.
                var end = b.range.upperBound
                var j = k + 1
                while end < tags.count, tags[end] == .adp, j + 1 < nps.count, nps[j + 1].range.lowerBound == end + 1 {
                    j += 1
                    end = nps[j].range.upperBound
                }
                if end == tags.count || words[end] == "," || tags[end] == .punct || tags[end] == .verb || tags[end] == .aux {
                    out.append(Chunk(kind: .apposition, range: a.range.lowerBound..<end, head: a.head))
                }
            } else if words[gap] == "and" || words[gap] == "&", b.range.lowerBound == gap + 1, tags[a.head] == .propn, tags[b.head] == .propn {
                out.append(Chunk(kind: .coordination, range: a.range.lowerBound..<b.range.upperBound, head: b.head))
            }
        }
        return out
    }

    /// Indexes of the words that open a new clause: subordinators, relative pronouns after a
    /// noun phrase or comma, and coordinators followed by a subject and a verb.
    public static func clauseStarts(tags: [UPOS], words: [String]) -> [Int] {
        var out: [Int] = []
        for i in tags.indices {
            switch tags[i] {
            case .sconj:
                out.append(i)
            case .pron where ["who", "which", "whom", "whose"].contains(words[i]) && i > 0:
                if tags[i - 1] == .punct || tags[i - 1].isNominal { out.append(i) }
            case .cconj:
                // "…, and Democrats said": a coordinator followed by a subject and a verb.
                var k = i + 1
                while k < tags.count, k - i <= 4, tags[k] == .det || tags[k] == .adj || tags[k].isNominal || tags[k] == .num { k += 1 }
                if k > i + 1, k < tags.count, tags[k].isVerbal || tags[k] == .adv && k + 1 < tags.count && tags[k + 1].isVerbal { out.append(i) }
            default:
                break
            }
        }
        return out
    }
}
