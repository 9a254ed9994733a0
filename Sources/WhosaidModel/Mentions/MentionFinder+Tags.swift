import WhosaidSyntax

/// What the part-of-speech tags say about a candidate speaker phrase: a speaker is a noun
/// phrase, so it neither opens with an adverb, a preposition or a conjunction ("Later",
/// "In Nevada", "For Obama") nor ends in a word that cannot head one ("a good", "Apparently").
extension MentionFinder {
    /// Tags that never open a speaker's noun phrase.
    static let nonOpeningTags: Set<UPOS> = [.adv, .adp, .sconj, .cconj, .intj, .punct, .sym]
    /// Tags that never head a speaker's noun phrase.
    static let nonHeadTags: Set<UPOS> = [.adv, .adp, .verb, .aux, .sconj, .cconj, .part, .intj, .det, .punct, .sym]

    /// The first token of `first...last` once words that cannot open a noun phrase are dropped
    /// from its front, or nil when the phrase cannot be a speaker's noun phrase at all.
    func nounPhraseStart(first: Int, last: Int) -> Int? {
        guard isNounPhraseHead(last, first: first) else { return nil }
        var i = first
        while i < last, opensNoNounPhrase(i) { i += 1 }
        return opensNoNounPhrase(i) ? nil : i
    }

    /// Whether token `i` cannot open a noun phrase: an adverb, preposition, conjunction or
    /// interjection, or a capitalised participle opening the sentence ("Speaking Sunday, …").
    func opensNoNounPhrase(_ i: Int) -> Bool {
        let t = tokens[i]
        if Self.nonOpeningTags.contains(t.tag) { return true }
        return t.tag == .verb && isSentenceStart(i) && (t.lower.endsWith("ing") || t.lower.endsWith("ed"))
    }

    /// Whether the lower-case word at `last`, which the tagger reads as an adjective, is a job
    /// noun (``isJobNoun(_:)``) closing a phrase that a determiner opens (`the firm's founder and
    /// chief executive`, `its top executive`): after `chief` or `and` the tagger may read
    /// `executive` or `official` as an adjective, but nothing follows it for it to modify.
    func closesDeterminedRole(_ last: Int, first: Int) -> Bool {
        last > first && !tokens[last].isCapitalized && Self.isJobNoun(tokens[last].lower) && tokens[first].is(.determiner)
    }

    /// Whether token `last` can head a speaker's noun phrase that starts at `first`.
    func isNounPhraseHead(_ last: Int, first: Int) -> Bool {
        let t = tokens[last]
        // "the 46-year-old said": an age stands for the person.
        if t.lower.hasSuffix("-year-old"), last > first { return true }
        if t.is(.personalPronoun) || t.tag == .propn || t.tag == .noun || t.tag == .pron || t.tag == .num { return true }
        if closesAmpersandName(last) { return true }
        // "Food For All said": a title-cased name's last word (``closesTitleCasedName(_:floor:)``).
        if closesTitleCasedName(last, floor: first) { return true }
        if t.tag == .adj {
            // "a Republican", "the Independent": a capitalised adjective after a determiner names a
            // party or a people; "a good", "Democratic" alone do not. "attorney general": an
            // adjective after its noun.
            if last > first, tokens[last - 1].tag == .noun || tokens[last - 1].tag == .propn { return true }
            if closesDeterminedRole(last, first: first) { return true }
            return t.isCapitalized && last > first && (tokens[first].is(.determiner) || tokens[first].tag == .num)
        }
        guard Self.nonHeadTags.contains(t.tag) else { return true }
        // "a Clinton ally": at the end of a phrase, an unknown lower-case word the tagger read
        // from its ending ("-ly") is the phrase's noun.
        return !t.isCapitalized && last > first && (t.tag == .adv || t.tag == .verb)
            && !PartOfSpeechTagger.embedded.knows(t.lower)
    }
}

extension MentionFinder {
    /// Prepositions through which a described speaker runs on ("officials in both parties").
    static let modifierPrepositions: WordSet = ["in", "of", "at", "for", "from", "with", "on", "by", "to"]

    /// The described speaker `object` ends as the object of a preposition: the noun phrase before
    /// the preposition, run on to the end of `object` (`Former officials in both parties`,
    /// `The head of the agency`); nil when no such phrase stands there.
    func phrase(withPrepositionalObject object: SpeakerMention, floor: Int) -> SpeakerMention? {
        let preposition = object.first - 1
        guard preposition - 1 >= floor else { return nil }
        // "Officials briefed on the plan", "people familiar with the talks": the noun stands before
        // the modifier that takes the preposition.
        let modifier = Self.postnominalModifiers[tokens[preposition - 1].lower]?.contains(tokens[preposition].lower) == true
        let nounEnd = modifier ? preposition - 2 : preposition - 1
        guard nounEnd >= floor, modifier || Self.modifierPrepositions.contains(tokens[preposition].lower) || isLowerCasePlacePreposition(preposition),
              let before = phrase(endingAt: nounEnd, floor: floor),
              before.kind == .description || modifier && before.kind != .pronoun || isCommonNounsOpeningSentence(before),
              !isSentenceInternalObject(before.first, floor: floor) else { return nil }
        var m = make(first: before.first, last: object.last, kind: .description)
        m.head = before.head
        m.actorKind = before.actorKind
        if before.kind != .description {
            // "Source familiar with the ad" opening a sentence reads as a name; it describes.
            m.actorKind = Lexicon.isGroupHead(m.head) ? .group : .description
        }
        return m
    }

    /// Whether the token at `p` is a preposition of place written in lower case (``Lexicon/placePrepositions``):
    /// capitalised, the same words open names and adjectives (`Inside Elections`, `Near Eastern`).
    func isLowerCasePlacePreposition(_ p: Int) -> Bool {
        !tokens[p].isCapitalized && Lexicon.placePrepositions.contains(tokens[p].lower)
    }

    /// Whether `m`, read as a name, is common nouns that a sentence's capital opens ("Aides",
    /// "Senior aides"): the first word is no proper noun and the others are lower case.
    func isCommonNounsOpeningSentence(_ m: SpeakerMention) -> Bool {
        guard m.kind == .name, isSentenceStart(m.first) else { return false }
        if m.first == m.last, isPeopleNounPluralOpeningSentence(m.first) { return true }
        guard tokens[m.first].tag != .propn, tokens[m.last].tag == .noun else { return false }
        return (m.first...m.last).dropFirst().allSatisfy { !tokens[$0].isCapitalized }
    }

    /// Whether the capitalised word at `k` opening its sentence is the plural of a common noun
    /// of people (`Volunteers`, `Activists`, `Nurses`: a job noun, ``Attributor/personHeads``
    /// or ``isPluralGroupNoun(_:)``), however the tagger reads it: before a preposition (`Volunteers
    /// at the charity Hope House said`) it heads a group, and the name after it is whom the group
    /// serves.
    func isPeopleNounPluralOpeningSentence(_ k: Int) -> Bool {
        let t = tokens[k]
        guard t.isWord, t.isCapitalized, t.quote == nil, !t.is(.title), t.lower.endsWith("s"), !t.lower.endsWith("ss") else { return false }
        let singular = String(t.lower.dropLast())
        return Self.isJobNoun(singular) || Attributor.personHeads.contains(singular) || isPluralGroupNoun(k)
    }

    /// Whether the phrase starting at `first` is itself the object of a verb or preposition.
    func isSentenceInternalObject(_ first: Int, floor: Int) -> Bool {
        guard first > floor else { return false }
        let t = tokens[first - 1]
        return t.tag == .adp || t.tag == .verb
    }
}

extension MentionFinder {
    /// Tags of the words of a coordinated prepositional object (`on Iran and arms control`).
    static let coordinatedObjectTags: Set<UPOS> = [.det, .adj, .noun, .propn, .num, .part]
    /// The most words of a coordinated prepositional object.
    static let maxCoordinatedObjectWords = 10

    /// A described speaker whose prepositional phrase holds coordinated objects and ends at `end`
    /// (`Experts on Iran and arms control`, `Officials in Ohio and Iowa`): the description before
    /// the preposition, run on to `end`. Nil when the words before `end` are not that shape.
    func phrase(withCoordinatedObjectEndingAt end: Int, floor: Int) -> SpeakerMention? {
        var k = end
        var coordinated = false
        while k > floor, end - k < Self.maxCoordinatedObjectWords {
            let t = tokens[k]
            guard t.quote == nil else { return nil }
            if Self.coordinatedObjectTags.contains(t.tag) {
                k -= 1
            } else if t.tag == .cconj, t.lower == "and" || t.lower == "or", k < end {
                coordinated = true
                k -= 1
            } else {
                break
            }
        }
        guard coordinated, k < end, tokens[k + 1].tag != .cconj, k - 1 >= floor,
              Self.modifierPrepositions.contains(tokens[k].lower),
              let before = phrase(endingAt: k - 1, floor: floor),
              before.kind == .description || tokens[before.last].tag == .noun,
              !isSentenceInternalObject(before.first, floor: floor) else { return nil }
        var m = make(first: before.first, last: end, kind: .description)
        m.head = before.head
        m.actorKind = before.kind == .description ? before.actorKind : .group
        return m
    }
}

extension MentionFinder {
    /// Possessive pronouns, which open a verb's adjunct inside a subject's span ("in their notice").
    static let possessivePronouns = WordSet(possessivePronounList)
    static let possessivePronounList: Set<String> = ["his", "her", "their", "its", "our", "my", "your"]
    /// Adverbs that open a quantity as a subject ("Nearly half", "About 4 in 10").
    static let quantityAdverbs: WordSet = ["nearly", "about", "almost", "roughly", "only", "just", "over", "under", "around", "barely"]
    /// Prepositions inside a long subject ("voters in six states", "4 in 10").
    static let subjectPrepositions: WordSet = ["of", "in", "at", "for", "from", "with", "on", "across", "to", "through", "outside", "inside", "near", "around", "into"]
    /// The most tokens of a subject read from the tags alone.
    static let maxTaggedSubjectTokens = 20

    /// The subject ending at `end` read from the tags alone, when the word rules found none: a
    /// noun phrase with prepositional phrases, coordination, a quantity adverb and participle
    /// modifiers (`Nearly half`, `About 4 in 10`, `Large majorities of voters in six states going
    /// to the polls`, `A copy of the memo seen by the Herald`), standing at the start of its clause. A description headed by its first noun.
    func taggedSubject(endingAt end: Int, floor: Int) -> SpeakerMention? {
        func nounish(_ i: Int) -> Bool {
            let t = tokens[i]
            return t.quote == nil && (t.tag == .noun || t.tag == .propn || t.tag == .num || t.tag == .adj && t.lower == "half")
        }
        guard end >= floor, nounish(end) || tokens[end].lower == "half" else { return nil }
        var k = end
        while k - 1 >= floor, end - k < Self.maxTaggedSubjectTokens {
            let t = tokens[k - 1]
            guard t.quote == nil, t.isWord else { break }
            if [.det, .adj, .noun, .propn, .num].contains(t.tag) || t.tag == .part && t.lower.hasPrefix("'") || t.lower == "half" {
                k -= 1
            } else if t.tag == .pron, Self.possessivePronouns.contains(t.lower) {
                k -= 1
            } else if t.tag == .adp, Self.subjectPrepositions.contains(t.lower), k - 2 >= floor {
                k -= 1
            } else if t.tag == .cconj, t.lower == "and" || t.lower == "or", k - 2 >= floor, nounish(k - 2) {
                k -= 1
            } else if t.tag == .adv, Self.quantityAdverbs.contains(t.lower) {
                k -= 1
            } else if t.tag == .verb, t.lower.endsWith("ing"), k - 2 >= floor, nounish(k - 2) {
                k -= 1  // "voters going to the polls"
            } else if t.lower == "by", k - 3 >= floor, tokens[k - 2].tag == .verb, !Lexicon.isGerund(tokens[k - 2].lower),
                      nounish(k - 3) {
                k -= 2  // "a copy of the memo seen by the Herald"
            } else {
                break
            }
        }
        // It must open its clause, and hold more than one word (one word the word rules judged).
        guard k < end, k == floor || tokens[k - 1].lower.isOne(of: ",", ";", ":", "\u{2014}", "--")
                || tokens[k - 1].tag == .cconj || tokens[k - 1].tag == .sconj else { return nil }
        var first = k
        while first < end, tokens[first].tag == .cconj || tokens[first].tag == .adp { first += 1 }
        // "This story has been updated", "That deal was criticized": a demonstrative opens a thing.
        guard !tokens[first].lower.isOne(of: "this", "that", "these", "those") else { return nil }
        // The head: the last noun of the first noun phrase.
        var head = first
        while head + 1 <= end, [.det, .adj, .noun, .propn, .num, .part].contains(tokens[head + 1].tag) || tokens[head + 1].tag == .adv { head += 1 }
        // "Sources close to her campaign", "People familiar with the talks": an adjective after
        // the noun opens its own phrase; the noun before it heads the subject.
        while head > first, tokens[head].tag == .adj, nounish(head - 1) || tokens[head - 1].tag == .adj { head -= 1 }
        guard first < end, nounish(head) || tokens[head].lower == "half" else { return nil }
        // "Appellants in their notice of appeal stated": a phrase with a possessive is the
        // verb's adjunct, not part of its subject.
        var last = end
        if let adjunct = (first..<end).first(where: { tokens[$0].tag == .adp && Self.possessivePronouns.contains(tokens[$0 + 1].lower) }),
           adjunct > head, tokens[adjunct - 1].tag != .adj {
            last = adjunct - 1
        }
        // "Protesters marching through the streets": the participle's phrase describes the
        // speakers; the name stops before it (and still covers it as its role's extent).
        let participle = head + 1 <= last ? ((head + 1)...last).first(where: { tokens[$0].tag == .verb && tokens[$0].lower.endsWith("ing") }) : nil
        var m = make(first: first, last: participle.map { $0 - 1 } ?? last, kind: .description)
        if participle != nil { m.lastWithRole = last }
        m.head = tokens[head].lower
        let plural = Lexicon.groupHeads.contains(m.head) || m.head.endsWith("s") || tokens[head].tag == .num || m.head == "half"
        m.actorKind = Lexicon.organisationHeads.contains(m.head) ? .organisation : plural ? .group : .description
        return Lexicon.nonSpeakerHeads.contains(m.head) ? nil : m
    }
}

extension MentionFinder {
    /// Whether token `k` is the capitalised word after an ampersand inside a name (`Procter &
    /// Gamble`, `Barnes & Noble`): the name's last word, which heads it whatever its tag (the
    /// tagger often reads such a word as an adjective).
    func closesAmpersandName(_ k: Int) -> Bool {
        k > 0 && tokens[k].isCapitalized && isAmpersandInName(k - 1)
    }
}
