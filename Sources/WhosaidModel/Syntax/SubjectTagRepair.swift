import WhosaidSyntax

/// Fixes the tags of a clause's subject that the tagger read as a verb or an auxiliary right
/// before a reporting verb: two finite verbs do not stand side by side, so in `Cook said`,
/// `But critics say`, `Nearly half said` the first word is the subject's noun.
enum SubjectTagRepair {
    /// Every word the auxiliary tag truly belongs to (a closed class).
    static let auxiliaries: WordSet = [
        "be", "am", "is", "are", "was", "were", "been", "being", "have", "has", "had", "having", "do", "does", "did",
        "will", "would", "shall", "should", "can", "could", "may", "might", "must", "ought", "'s", "'re", "'m", "'ve",
        "'d", "'ll", "ca", "wo", "get", "got", "gets", "getting", "need", "dare", "used",
    ]

    /// Adjectives that stand alone as a quantity of people ("Many said", "Few say"), never a surname.
    static let quantityAdjectives: WordSet = [
        "many", "few", "several", "most", "some", "both", "all", "other", "others", "more", "fewer", "much", "various",
        "numerous", "half", "each", "either", "neither", "such",
    ]

    /// Adverbs of place that may follow a subject's noun (`Officials there said`, `Those inside
    /// said`) or close a relative clause's verb (`People who were there said`); the tagger may
    /// read `there` and `here` as the existential pronoun.
    static let locativeAdverbs: WordSet = ["there", "here", "inside", "outside", "nearby", "upstairs", "downstairs", "abroad", "overseas"]

    /// Nouns in -ly that the tagger may read as adverbs before a verb ("A Clinton ally suggested").
    static let lyNouns: WordSet = ["ally", "family", "assembly", "rally", "supply", "monopoly", "bully", "tally", "anomaly"]

    /// Tags a capitalised word right after a reporting verb may wrongly get from its common sense.
    static let invertedSubjectMistags: Set<UPOS> = [.adj, .aux, .verb, .adv, .noun]

    /// Repairs the subjects of the sentence `range`: each rule in turn, every one reading only the
    /// sentence's ``RepairSites`` (its reporting verbs, adjectives and capitalised auxiliaries),
    /// the only words any of them starts from.
    static func repair(_ tokens: inout Tokens, _ range: Range<Int>) {
        // The sites are kept on the stack: a sentence's few words need no heap block.
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: range.count) { room in
            let sites = RepairSites.find(in: tokens, range, into: room)
            guard !sites.isEmpty else { return }
            repairInvertedSubjects(&tokens, range, sites)
            repairSubjectsBeforeAsides(&tokens, range, sites)
            repairHeadsBeforePostnominalModifiers(&tokens, range, sites)
            repairHeadsBeforeWho(&tokens, range, sites)
            repairInvertedDescribedHeads(&tokens, range, sites)
            repairHeadsBeforeApposedNames(&tokens, range, sites)
            repairModalNames(&tokens, range, sites)
            repairSubjectsBeforeCues(&tokens, range, sites)
        }
    }

    /// `Cook said`, `But critics say`, `Nearly half said`, `the admiral said`: the word right
    /// before a reporting verb, which two finite verbs cannot share, read as its subject's noun.
    static func repairSubjectsBeforeCues(_ tokens: inout Tokens, _ range: Range<Int>, _ sites: RepairSites.List) {
        for site in sites {
            let k = Int(site) - 1
            // The tests on the tag and class come before the copy: a Token holds a String, so
            // copying one at every word (as `let` does) cost a retain and release each.
            guard k >= range.lowerBound, tokens.tag(at: k + 1) == .verb, tokens[k + 1].is(.reporting) else { continue }
            let next = tokens[k + 1]
            guard next.tag == .verb, next.is(.reporting), !Lexicon.isGerund(next.lower), tokens[k].kind == .word,
                  tokens[k].quote == nil else { continue }
            let t = tokens[k]
            let opensClause = k == range.lowerBound || tokens[k - 1].tag == .cconj || tokens[k - 1].lower == ","
                || tokens[k - 1].tag == .adv || isClosingQuoteMark(tokens[k - 1])
            if t.tag == .verb, opensClause, !Lexicon.isGerund(t.lower), !t.lower.endsWith("ed"), !t.is(.reporting) {
                // "Cook said" (a name), "But critics say" (a plural noun); "Take, say, Obama" is
                // an imperative: a name takes "said" or "says", never "say".
                let plural = t.lower.endsWith("s")
                guard plural || next.lower != "say" && !Lexicon.reportingBases.contains(next.lower) else { continue }
                tokens[k].tag = t.isCapitalized && !plural ? .propn : .noun
            } else if t.tag == .adj, t.isCapitalized, next.lower != "say", !quantityAdjectives.contains(t.lower),
                      k == range.lowerBound || isClosingQuoteMark(tokens[k - 1]) || tokens[k - 1].lower == "," {
                // `“…,” Cuban said`, `Young says the plan…`: a capitalised adjective opening the
                // clause right before the cue is a surname ("Many said" is a quantity).
                tokens[k].tag = .propn
            } else if t.tag == .adj, !t.isCapitalized, !quantityAdjectives.contains(t.lower), mayHeadPhrase(t.lower),
                      opensDeterminedPhrase(before: k, tokens, range) {
                // "the admiral said", "An official cautioned", "The company's chief executive said":
                // a determiner's phrase ends before the verb, so its last word is the head noun the
                // tagger read as an adjective (by its ending).
                tokens[k].tag = .noun
            } else if t.tag == .adv, t.isCapitalized, k > range.lowerBound,
                      !Lexicon.reportingBases.contains(next.lower), isClosingQuoteMark(tokens[k - 1]) || tokens[k - 1].lower == "," {
                // `“…,” Long said`, `The deal is fair, Long said`: no adverb is capitalised inside a
                // sentence, so a capitalised one right before a trailing cue is its speaker's surname.
                tokens[k].tag = .propn
            } else if t.tag == .adv, lyNouns.contains(t.lower), k > range.lowerBound,
                      [.det, .propn, .adj, .noun].contains(tokens[k - 1].tag) {
                tokens[k].tag = .noun  // "A Clinton ally suggested": a noun in -ly, not an adverb
            } else if t.tag == .adv, opensClause, k > range.lowerBound, MentionFinder.bareHeads.contains(t.lower) {
                tokens[k].tag = .noun  // "Of those polled, most said": a group word, not "most recently"
            } else if t.tag == .aux, !isAuxiliary(t.lower) {
                tokens[k].tag = .noun  // "Nearly half said"
            } else if t.tag == .pron, k > range.lowerBound, locativeAdverbs.contains(t.lower) {
                // "Officials there said", "Workers here vowed": an existential `there` takes `be`
                // (`there are`), never a reporting verb, so right before one it is the place
                // after the subject's noun.
                tokens[k].tag = .adv
            }
        }
    }

    /// Whether the written form `w` is an auxiliary, perhaps with a clitic (`can't`, `wouldn’t`,
    /// `hasn't`): its first treebank word is one of ``auxiliaries``.
    static func isAuxiliary(_ w: String) -> Bool {
        auxiliaries.contains(w) || TokenTagging.treebankWords(w).first.map { auxiliaries.contains($0.lowercased()) } == true
    }

    /// Adjectives that never head a noun phrase ("its own list", "the same").
    static let neverHeads: WordSet = ["own", "other", "same", "next", "last", "first", "former", "latter", "entire", "whole", "only"]

    /// Whether an adjective-tagged word may be a head noun the tagger misread: no comparative or
    /// superlative, no participle, none of ``neverHeads``.
    static func mayHeadPhrase(_ w: String) -> Bool {
        !neverHeads.contains(w) && !w.endsWith("er") && !w.endsWith("est") && !w.endsWith("ed")
    }

    /// `A senior official familiar with the talks said`: a determiner's adjective-tagged word
    /// right before a postnominal modifier and its preposition (`familiar with`, `close to`) is
    /// the head noun the modifier follows.
    static func repairHeadsBeforePostnominalModifiers(_ tokens: inout Tokens, _ range: Range<Int>, _ sites: RepairSites.List) {
        for site in sites {
            let k = Int(site)
            guard k + 2 < range.upperBound, tokens.tag(at: k) == .adj, tokens.tag(at: k + 2) == .adp else { continue }
            let t = tokens[k]
            guard t.kind == .word, !t.isCapitalized, t.quote == nil, !quantityAdjectives.contains(t.lower), mayHeadPhrase(t.lower),
                  let prepositions = MentionFinder.postnominalModifiers[tokens[k + 1].lower], prepositions.contains(tokens[k + 2].lower),
                  opensDeterminedPhrase(before: k, tokens, range) else { continue }
            tokens[k].tag = .noun
        }
    }

    /// `“…,” the official, who declined to be named, said`, `one official who spoke…`: `who`
    /// takes a person, so a determiner's or a number's adjective-tagged word right before it (a
    /// comma between or not) is the head noun the relative clause follows.
    static func repairHeadsBeforeWho(_ tokens: inout Tokens, _ range: Range<Int>, _ sites: RepairSites.List) {
        for site in sites {
            let k = Int(site)
            guard k > range.lowerBound, k + 1 < range.upperBound, tokens.tag(at: k) == .adj else { continue }
            let who = tokens[k + 1].lower == "," ? k + 2 : k + 1
            guard who < range.upperBound, tokens[who].lower == "who" else { continue }
            let t = tokens[k]
            guard t.kind == .word, !t.isCapitalized, t.quote == nil, !quantityAdjectives.contains(t.lower), mayHeadPhrase(t.lower),
                  tokens[k - 1].tag == .num || opensDeterminedPhrase(before: k, tokens, range) else { continue }
            tokens[k].tag = .noun
        }
    }

    /// `“…,” said a former executive.`, `…, said the executive, who…`: after a quote or a comma
    /// and its reporting verb, a determiner's (or a number's) run of lower-case adjective-tagged
    /// words that the sentence's end, a punctuation mark, a preposition or `who` closes ends in
    /// the inverted subject's head noun, which the tagger read as an adjective by its ending.
    /// A possessive may stand for the determiner or follow it (`…, said the company's chief
    /// executive.`, `said Dover's chief executive`).
    static func repairInvertedDescribedHeads(_ tokens: inout Tokens, _ range: Range<Int>, _ sites: RepairSites.List) {
        for site in sites {
            let v = Int(site)
            guard v > range.lowerBound, v + 2 < range.upperBound, tokens.tag(at: v) == .verb, tokens[v].is(.reporting),
                  !Lexicon.isGerund(tokens[v].lower), isClosingQuoteMark(tokens[v - 1]) || tokens[v - 1].lower == "," else { continue }
            var d = v + 1
            if tokens[d].kind == .word, tokens[d].quote == nil, tokens[d].lower.isPossessiveForm {
                // `said Dover's chief executive`: the possessive is the determiner.
            } else {
                guard phraseDeterminers.contains(tokens[d].lower) || tokens[d].tag == .num && tokens[d].kind == .word else { continue }
                // `said the company's chief executive`: a possessive noun after the determiner.
                if d + 2 < range.upperBound, tokens[d + 1].kind == .word, tokens[d + 1].quote == nil, !tokens[d + 1].isCapitalized,
                   tokens[d + 1].lower.isPossessiveForm {
                    d += 1
                }
            }
            var e = d + 1
            while e < range.upperBound, e - d <= maxModifiersAfterDeterminer, tokens[e].tag == .adj, tokens[e].kind == .word,
                  !tokens[e].isCapitalized, tokens[e].quote == nil, !quantityAdjectives.contains(tokens[e].lower) {
                e += 1
            }
            let head = e - 1
            guard head > d, mayHeadPhrase(tokens[head].lower),
                  e == range.upperBound || tokens[e].kind == .punctuation || tokens[e].tag == .adp || tokens[e].lower == "who" else { continue }
            tokens[head].tag = .noun
        }
    }

    /// `…, the chief executive, Tom Reyes, said.`: a determiner's (or a possessive's) run of
    /// lower-case adjective-tagged words closed by a comma and a capitalised name ends in the head
    /// noun the name is apposed to, which the tagger read as an adjective by its ending.
    static func repairHeadsBeforeApposedNames(_ tokens: inout Tokens, _ range: Range<Int>, _ sites: RepairSites.List) {
        for site in sites {
            // The tag is tested before the comma's text: most words are no adjective.
            let c = Int(site) + 1
            guard c - 2 >= range.lowerBound, c + 1 < range.upperBound, tokens.tag(at: c - 1) == .adj, tokens[c].lower == "," else { continue }
            let head = c - 1
            guard tokens[head].tag == .adj, tokens[head].kind == .word, !tokens[head].isCapitalized, tokens[head].quote == nil,
                  mayHeadPhrase(tokens[head].lower), !quantityAdjectives.contains(tokens[head].lower),
                  tokens[c + 1].kind == .word, tokens[c + 1].isCapitalized, tokens[c + 1].tag == .propn, tokens[c + 1].quote == nil else { continue }
            var d = head - 1
            while d > range.lowerBound, head - d <= maxModifiersAfterDeterminer, tokens[d].tag == .adj, tokens[d].kind == .word,
                  !tokens[d].isCapitalized, tokens[d].quote == nil, !quantityAdjectives.contains(tokens[d].lower) {
                d -= 1
            }
            guard d >= range.lowerBound, tokens[d].quote == nil,
                  phraseDeterminers.contains(tokens[d].lower) || tokens[d].kind == .word && tokens[d].lower.isPossessiveForm else { continue }
            tokens[head].tag = .noun
        }
    }

    /// Modal auxiliaries: each takes a bare verb after it (`may say`), never an inflected one.
    static let modals: WordSet = ["will", "would", "shall", "should", "can", "could", "may", "might", "must"]

    /// `May said the deal was fair`, `“…,” May told lawmakers`, `May has said…`, `Will Hurd said`:
    /// a modal takes a bare verb, so a capitalised modal opening the clause (the sentence's first
    /// word, or after a comma or a closing quote) right before an inflected verb is a surname, and
    /// one before a capitalised name and an inflected verb is that name's first name; so is one
    /// opening the sentence before a comma (`May, speaking in the Commons, said…`). (A question
    /// keeps its bare verb: `Will Congress act?`.)
    static func repairModalNames(_ tokens: inout Tokens, _ range: Range<Int>, _ sites: RepairSites.List) {
        for site in sites {
            let k = Int(site)
            guard k + 1 < range.upperBound, tokens.tag(at: k) == .aux else { continue }
            let t = tokens[k]
            guard t.kind == .word, t.isCapitalized, t.quote == nil, modals.contains(t.lower),
                  k == range.lowerBound || isClosingQuoteMark(tokens[k - 1]) || tokens[k - 1].lower == "," else { continue }
            // "May, speaking in the Commons, said…": no modal opens a sentence before a comma.
            if k == range.lowerBound, tokens[k + 1].lower == ",", tokens[k + 1].quote == nil {
                tokens[k].tag = .propn
                continue
            }
            var v = k + 1
            if tokens[v].tag == .propn, tokens[v].isCapitalized, tokens[v].kind == .word, v + 1 < range.upperBound { v += 1 }
            let verb = tokens[v]
            guard verb.tag == .verb || verb.tag == .aux, verb.kind == .word, verb.quote == nil, !verb.isCapitalized,
                  Lexicon.isInflectedForm(verb.lower), !Lexicon.isGerund(verb.lower) else { continue }
            tokens[k].tag = .propn
        }
    }

    /// `White, however, said…`: a capitalised adjective opening the clause, then an adverb set
    /// off by commas and a reporting verb, is a surname, as it is right before the verb.
    static func repairSubjectsBeforeAsides(_ tokens: inout Tokens, _ range: Range<Int>, _ sites: RepairSites.List) {
        for site in sites {
            let k = Int(site) - 4
            guard k >= range.lowerBound, tokens.tag(at: k + 4) == .verb else { continue }
            let t = tokens[k]
            guard t.tag == .adj, t.isCapitalized, t.kind == .word, t.quote == nil, !quantityAdjectives.contains(t.lower),
                  k == range.lowerBound || isClosingQuoteMark(tokens[k - 1]) || tokens[k - 1].lower == ",",
                  tokens[k + 1].lower == ",", tokens[k + 2].tag == .adv, tokens[k + 3].lower == ",",
                  tokens[k + 4].is(.reporting), !Lexicon.isGerund(tokens[k + 4].lower), tokens[k + 4].lower != "say" else { continue }
            tokens[k].tag = .propn
        }
    }

    /// The most modifiers between a determiner and the head the tagger read as an adjective.
    static let maxModifiersAfterDeterminer = 3

    /// Articles and possessive pronouns that open a noun phrase.
    static let phraseDeterminers: WordSet = ["the", "a", "an", "his", "her", "its", "their", "our", "this", "that"]

    /// Whether lower-case modifiers (at most ``maxModifiersAfterDeterminer``) lead back from the
    /// word before `k` to a determiner or a possessive noun (`the`, `an`, `the company's`).
    static func opensDeterminedPhrase(before k: Int, _ tokens: Tokens, _ range: Range<Int>) -> Bool {
        var j = k - 1
        while j >= range.lowerBound, k - 1 - j < maxModifiersAfterDeterminer {
            let w = tokens[j]
            // "one former executive said", "two senior officials said": a number opens it too.
            if phraseDeterminers.contains(w.lower) || w.tag == .num && w.kind == .word { return true }
            // "the company's chief executive", "Boeing's chief executive": a possessive after a
            // determiner, or a name's, determines the phrase.
            if w.lower.isPossessiveForm {
                return w.isCapitalized && w.tag == .propn || j > range.lowerBound && phraseDeterminers.contains(tokens[j - 1].lower)
            }
            guard w.kind == .word, !w.isCapitalized, w.tag == .adj || w.tag == .noun, !quantityAdjectives.contains(w.lower) else { return false }
            j -= 1
        }
        return false
    }

    /// `“…,” said Small, who…`, `“…,” said Will Doyle.`: after a quote and its reporting verb, a
    /// capitalised word that closes the phrase or starts a run of capitals is a name.
    static func repairInvertedSubjects(_ tokens: inout Tokens, _ range: Range<Int>, _ sites: RepairSites.List) {
        for site in sites {
            let k = Int(site) + 1
            guard k - 2 >= range.lowerBound, k + 1 < range.upperBound, tokens.tag(at: k - 1) == .verb, tokens[k - 1].is(.reporting) else { continue }
            let verb = tokens[k - 1]
            let t = tokens[k]
            guard verb.tag == .verb, verb.is(.reporting), !Lexicon.isGerund(verb.lower), t.kind == .word, t.isCapitalized,
                  invertedSubjectMistags.contains(t.tag), !quantityAdjectives.contains(t.lower),
                  isClosingQuoteMark(tokens[k - 2]) || tokens[k - 2].lower == "," else { continue }
            let next = tokens[k + 1]
            if next.kind == .punctuation && next.lower != "'" || next.isCapitalized && next.kind == .word {
                tokens[k].tag = .propn
            }
        }
    }

    /// Whether `t` is a closing quotation mark (straight, curly or doubled).
    static func isClosingQuoteMark(_ t: Token) -> Bool {
        // Most tokens are words, which no mark equals: their first byte says so.
        !t.lower.opensWithASCIIAlphanumeric && closingQuoteMarks.contains(t.lower)
    }

    /// The closing quotation marks, as tokens write them.
    static let closingQuoteMarks = ["\"", "\u{201D}", "''", "'", "\u{2019}"]
}
