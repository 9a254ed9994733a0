/// Finds statements and their speakers with ordered sieves, most precise first.
///
/// 1. Direct quotes with an adjacent cue: `“…,” said NAME`, `“…,” NAME said`, `NAME said: “…”`,
///    `“…,” according to NAME`.
/// 2. Reported speech: `NAME said (that) CLAUSE`, `CLAUSE, NAME said`, `…, NAME said, CLAUSE`,
///    `according to NAME, CLAUSE`, `To NAME, CLAUSE`; a clause carrying a quote is mixed.
/// 3. Quotes left: a cue elsewhere in the sentence, a short `NAME said.` sentence after it,
///    then continuation of the previous speaker in the same or the previous paragraph.
struct Attributor {
    let document: Document
    let tokens: [Token]
    let quotes: [Quotation]
    let finder: MentionFinder
    /// Token indexes of each quote's opening and closing marks.
    var openToken: [Int] = []
    var closeToken: [Int] = []
    /// Whether each token is an opening or a closing quotation mark.
    var openMark: [Bool] = []
    var closeMark: [Bool] = []
    /// Running counts of finite verbs, quotes and commas (``TokenCounts``).
    var counts = TokenCounts()
    /// First and last token of each sentence.
    var sentenceFirst: [Int] = []
    var sentenceLast: [Int] = []
    /// Fewest words of a quoted label that is a statement (`called “total political crap”`);
    /// a shorter one (`what he called “fraud”`, `what Paine called “ground rent”`) is a term.
    static let minLabelQuoteWords = 3
    /// Most words of a prepositional phrase between a speaker's name and its verb ("of the Farm Bureau").
    static let maxNamePhraseModifier = 6
    /// Most words of the clause that may stand before a quote that is still reported as direct.
    let maxLeadWords = 3
    /// Verbs already used as the cue of a statement.
    var usedCue: [Bool] = []
    /// Whether each sentence is a title-case headline, where a capital does not mark a name
    /// ("Lindsey Graham Says", "Mayor Urges Calm").
    var titleCase: [Bool] = []
    /// Farthest a cue or speaker elsewhere in the sentence may stand from a quote, in tokens: far
    /// beyond any real sentence, it keeps one huge sentence of many quotes from costing quadratic time.
    let maxSentenceCueDistance = 150
    /// Most earlier statements read back to find the one a quote without a cue continues.
    let maxContinuationLookback = 64

    /// Which optional sieves run.
    let options: Engine.Options

    init(document: Document, tokens: consuming [Token], quotes: [Quotation], options: Engine.Options = .init()) {
        self.options = options
        self.document = document
        self.quotes = quotes
        var tokens = tokens  // taken over, not copied: the caller passes its only reference
        var open: [Int] = []
        var close: [Int] = []
        var t = 0
        for (qi, q) in quotes.enumerated() {
            while t < tokens.count, tokens[t].start < q.span.start { t += 1 }
            open.append(t)
            var k = t
            while k < tokens.count, tokens[k].end <= q.span.end {
                if tokens[k].start >= q.content.start && tokens[k].end <= q.content.end { tokens[k].quote = qi }
                k += 1
            }
            close.append(max(t, k - 1))
            t = k
        }
        self.tokens = tokens
        self.openToken = open
        self.closeToken = close
        self.finder = MentionFinder(document: document, tokens: tokens)
        usedCue = Array(repeating: false, count: tokens.count)
        openMark = Array(repeating: false, count: tokens.count)
        closeMark = Array(repeating: false, count: tokens.count)
        for (qi, o) in open.enumerated() where o < tokens.count {
            openMark[o] = true
            if close[qi] < tokens.count, quotes[qi].isClosed { closeMark[close[qi]] = true }
        }
        counts = TokenCounts(tokens: tokens, openMark: openMark)
        sentenceFirst = Array(repeating: -1, count: document.sentences.count)
        sentenceLast = Array(repeating: -1, count: document.sentences.count)
        for (i, tok) in tokens.enumerated() {
            if sentenceFirst[tok.sentence] < 0 { sentenceFirst[tok.sentence] = i }
            sentenceLast[tok.sentence] = i
        }
        titleCase = sentenceFirst.indices.map { si in
            sentenceFirst[si] >= 0 && TokenTagging.isTitleCase(self.tokens, sentenceFirst[si]..<(sentenceLast[si] + 1))
        }
    }

    // MARK: Pipeline

    mutating func candidates() -> [Candidate] {
        var direct: [Candidate?] = Array(repeating: nil, count: quotes.count)
        for qi in quotes.indices {
            if let c = adjacentCue(quote: qi) { direct[qi] = c }
        }
        var reported = reportedSpeech()
        reported.sort { $0.span < $1.span }
        var dropped = Array(repeating: false, count: reported.count)
        // A quote inside a reported clause: the clause is mixed, unless the quote is most of it.
        var ri = 0
        for qi in quotes.indices {
            let q = quotes[qi]
            while ri < reported.count, reported[ri].span.end <= q.span.start { ri += 1 }
            var overlapping: [Int] = []
            var k = ri
            while k < reported.count, reported[k].span.start < q.span.end {
                if !dropped[k], reported[k].span.overlaps(q.span) { overlapping.append(k) }
                k += 1
            }
            guard let ci = overlapping.first else { continue }
            // Clauses that are mostly the quote are all the quote's own statement found again, from
            // cues further off (`X said that, “…” Y noted`, or two cues around one quote): keeping
            // them beside it emitted one span twice, with two speakers. The quote keeps the most
            // precise attribution: its adjacent cue, else the first such clause.
            // A label keeps its object: `called the plan “a gamble”` is one mixed statement.
            let sameStatement = overlapping.filter { reported[$0].rule != .label && isMostlyQuote(reported[$0].span, quote: qi) }
            for same in sameStatement { dropped[same] = true }
            if direct[qi] != nil { continue }
            if let same = sameStatement.first {
                let clause = reported[same]
                direct[qi] = Candidate(
                    span: q.span, kind: .direct, cue: clause.cue, speaker: clause.speaker, rule: clause.rule,
                    confidence: clause.confidence, quote: qi)
                continue
            }
            let clause = reported[ci]
            if isSetOffByDashes(qi) {
                // `said that steps — “they would suspend activities” — could follow`: the quoted
                // words stand as a statement of their own inside the mixed clause.
                reported[ci].kind = .mixed
                direct[qi] = Candidate(
                    span: q.span, kind: .direct, cue: clause.cue, speaker: clause.speaker, rule: clause.rule,
                    confidence: clause.confidence * 0.9, quote: qi)
            } else {
                reported[ci].kind = .mixed
                direct[qi] = Candidate(span: q.span, kind: .direct, cue: nil, speaker: nil, rule: .unattributed,
                                       confidence: 0, quote: -1)  // absorbed by the mixed clause
            }
        }
        reported = reported.indices.filter { !dropped[$0] }.map { reported[$0] }
        var all = reported
        for qi in quotes.indices {
            if let c = direct[qi] {
                if c.quote != -1 { all.append(c) }
            } else {
                all.append(Candidate(span: quotes[qi].span, kind: .direct, cue: nil, speaker: nil, rule: .unattributed,
                                     confidence: 0, quote: qi))
            }
        }
        all.sort { $0.span < $1.span }
        // Quotes left: sentence cue, a short cue sentence after it, continuation.
        var lastEnd = 0  // end of the latest attributed statement before the current one
        for i in all.indices {
            defer { if all[i].rule != .unattributed { lastEnd = max(lastEnd, all[i].span.end) } }
            guard all[i].rule == .unattributed, let qi = all[i].quote else { continue }
            // A title in quotation marks (“Fox News Sunday,”) is no statement without a cue beside it.
            if isTitleLike(qi) { continue }
            let fragment = isFragment(qi)
            if let c = sentenceCue(quote: qi, onlyAfter: fragment) ?? nextSentenceCue(quote: qi) {
                all[i].speaker = c.speaker
                all[i].cue = c.cue
                all[i].rule = c.rule
                all[i].confidence = c.confidence
            } else if !fragment, let c = introducedByColon(quote: qi) {
                all[i].speaker = c.speaker
                all[i].cue = c.cue
                all[i].rule = c.rule
                all[i].confidence = c.confidence
            } else if !fragment, !hasCueAfter(quote: qi) {
                let prev = continuationSource(for: i, in: all)
                if let m = narrativeSubject(before: qi, after: lastEnd) {
                    // "Clinton restricted comments about banks. “If any bank fails…”": the person the
                    // sentence before the quote is about speaks, not the last speaker further back.
                    all[i].speaker = m
                    all[i].rule = .nearestMention
                    all[i].confidence = 0.5
                } else if let prev {
                    all[i].continues = prev
                    all[i].rule = .continuation
                    all[i].confidence = 0.6
                }
            }
        }
        // A quoted fragment inside a sentence with no cue of its own is a term or scare quote.
        let keep = all.indices.filter {
            guard let qi = all[$0].quote, all[$0].rule == .unattributed else { return true }
            return options.unattributedQuotes && !isFragment(qi) && !isTitleLike(qi)
        }
        var newIndex: [Int: Int] = [:]
        for (n, old) in keep.enumerated() { newIndex[old] = n }
        return keep.map { old in
            var c = all[old]
            c.continues = c.continues.flatMap { newIndex[$0] }
            return c
        }
    }

    // MARK: Sieve 1: a cue right beside the quote

    mutating func adjacentCue(quote qi: Int) -> Candidate? {
        let q = quotes[qi]
        let close = closeToken[qi]
        let open = openToken[qi]
        let paragraph = tokens[open].paragraph
        // `on Fox News Channel’s “Hannity,” Gingrich said`: a title after a preposition or a
        // possessive is the name of a show, not something said.
        if isTitleLike(qi), open > 0, tokens[open - 1].quote == nil,
           tokens[open - 1].is(.preposition) || tokens[open - 1].lower.hasSuffix("'s") || Self.titleIntroducers.contains(tokens[open - 1].lower) {
            return nil
        }
        // After the quote: `, said NAME` / `, NAME said` / `, according to NAME`.
        var j = close + 1
        if j < tokens.count, tokens[j].lower == "," { j += 1 }
        let quoteEndsSentence = endsWithSentencePunctuation(qi)
        if j < tokens.count, tokens[j].paragraph == paragraph, tokens[j].quote == nil {
            let ceiling = sentenceLastToken(from: j)
            // `“Yes.” He said the plan…` starts a new statement; `“Yes.” said Ann.` and `“Yes.” ― Ann` do not.
            if let (m, cue) = trailingSpeaker(at: j, ceiling: ceiling),
               !quoteEndsSentence || cue.lowerBound < m.first || cueEndsClause(cue.upperBound, ceiling: ceiling)
                || tellsWhomOnly(cue.lowerBound, ceiling: ceiling) {
                for k in cue { usedCue[k] = true }
                if let clauseStart = reportersSubject(beforeQuote: qi) {
                    // `Not paying taxes “makes me smart,” Trump said`: the quote only finishes the
                    // reporter's sentence, so the whole clause is the (mixed) statement.
                    return Candidate(span: TextSpan(start: tokens[clauseStart].start, end: q.span.end), kind: .mixed, cue: cue,
                                     speaker: m, rule: .trailingCue, confidence: 0.85, quote: nil)
                }
                return Candidate(span: q.span, kind: .direct, cue: cue, speaker: m, rule: .trailingCue,
                                 confidence: m.kind == .pronoun ? 0.9 : 0.95, quote: qi)
            }
        }
        // Before the quote: `NAME said: “…”`, `NAME told reporters, “…”`, `NAME said that “…”`.
        if open > 0, tokens[open - 1].paragraph == tokens[open].paragraph {
            var k = open - 1
            if [":", ",", "that"].contains(tokens[k].lower) { k -= 1 }
            let floor = max(sentenceFirst[tokens[open].sentence], 0)
            var v = k
            while v >= floor, k - v <= 4, tokens[v].quote == nil {
                if isCueVerb(v, besideQuote: true), !Lexicon.isGerund(tokens[v].lower) {
                    // Only the cue's own complement may stand between the verb and the quote.
                    let cue = cueRange(v, upTo: open - 1)
                    let punctuated = k < open - 1  // a colon, comma or "that" before the quote
                    // `said on ABC's “This Week”`, `what he called “fraud”`: the quote is the object
                    // of the cue's phrase, a title or a label, not a statement.
                    // A label of several words (`Tim Cook called “total political crap”`) is a statement.
                    let labelQuote = Self.labellingVerbs.contains(tokens[v].lower) && wordCount(q.content) >= Self.minLabelQuoteWords
                    let objectOfCue = !punctuated && (cue.upperBound > v || tokens[v].is(.quoteOnly) && !tokens[v].is(.reporting) && !labelQuote)
                    // "Reyes returned to the podium and declared, “…”": a coordinated verb shares the subject.
                    let groupStart = beforeVerbGroup(v, floor: floor)
                    let coordinated = groupStart > floor && ["and", "but"].contains(tokens[groupStart].lower)
                        ? sentenceSubject(first: floor, before: groupStart) : nil
                    // `says, “Don't you do it,” until…`, `chanted “What curfew?” and kept going`: a quote that
                    // closes with its own punctuation is whole though the sentence goes on.
                    let closesItself = endsWithOwnPunctuation(qi) && punctuated
                    if cue.upperBound >= k, !objectOfCue, quoteEndsItsClause(qi) || closesItself || labelQuote,
                       let m = subject(ofVerb: v, floor: floor) ?? coordinated {
                        usedCue[v] = true
                        return Candidate(span: q.span, kind: .direct, cue: cue, speaker: m, rule: .leadingCue,
                                         confidence: 0.9, quote: qi)
                    }
                    break
                }
                if [".", ";", "!", "?"].contains(tokens[v].lower) { break }
                v -= 1
            }
        }
        return nil
    }

    /// Whether the reporter's sentence stops with quote `qi`: punctuation or the paragraph's end
    /// follow it, or it ends in its own full stop. `said that “a wise Latina” can bring…` goes on.
    func quoteEndsItsClause(_ qi: Int) -> Bool {
        if endsWithSentencePunctuation(qi) { return true }
        let close = closeToken[qi]
        guard close + 1 < tokens.count, tokens[close + 1].paragraph == tokens[close].paragraph else { return true }
        let next = tokens[close + 1]
        return !next.isWord || next.is(.reporting) || isOpenMark(close + 1)
    }

    /// A speaker and cue starting at token `j` after a quote.
    func trailingSpeaker(at j: Int, ceiling: Int) -> (SpeakerMention, ClosedRange<Int>)? {
        guard j <= ceiling else { return nil }
        let w = tokens[j].lower
        if w == "according", j + 1 <= ceiling, tokens[j + 1].lower == "to",
           let m = finder.phrase(startingAt: j + 2, ceiling: ceiling), m.kind != .pronoun {
            return (m, j...(j + 1))
        }
        // `“…” ― Ariana Huichapa`: a dash and a name closing the paragraph.
        if ["\u{2015}", "\u{2014}", "--", "-", "\u{2013}"].contains(w), let m = finder.phrase(startingAt: j + 1, ceiling: ceiling),
           m.kind == .name, m.lastWithRole >= ceiling - 1 {
            return (m, j...j)
        }
        if isCueVerb(j, besideQuote: true) {
            if let m = finder.phrase(startingAt: j + 1, ceiling: ceiling), m.kind != .description || m.first > j {
                return (m, cueRange(j, upTo: ceiling))
            }
            return nil
        }
        guard let m = finder.phrase(startingAt: j, ceiling: ceiling) else { return nil }
        var v = m.lastWithRole + 1
        if m.lastWithRole > m.last, v <= ceiling, tokens[v].lower == "," { v += 1 }
        // "Blunt, after a long pause, said", "Eastland, wearing a cowboy hat, said": a short aside
        // between the speaker and the verb.
        let participle = v + 1 <= ceiling && tokens[v + 1].tag == .verb && Lexicon.isGerund(tokens[v + 1].lower)
        if m.lastWithRole == m.last, v + 2 <= ceiling, tokens[v].lower == ",",
           tokens[v + 1].is(.preposition) || tokens[v + 1].lower.hasSuffix("ly") || participle {
            var k = v + 1
            while k <= ceiling, k - v <= (participle ? Self.maxSubjectAsideTokens : 7), tokens[k].lower != ",", tokens[k].quote == nil { k += 1 }
            if k + 1 <= ceiling, tokens[k].lower == ",", tokens[k + 1].is(.reporting) || tokens[k + 1].is(.quoteOnly) { v = k + 1 }
        }
        // "Ms. Cole of the Farm Bureau said": a name's prepositional phrase before the verb.
        if m.kind == .name, v <= ceiling, ["of", "from", "at", "with"].contains(tokens[v].lower) {
            var k = v + 1
            while k <= ceiling, k - v <= Self.maxNamePhraseModifier, tokens[k].isWord, tokens[k].quote == nil, !isCueVerb(k, besideQuote: true) { k += 1 }
            if k <= ceiling, k > v + 1, isCueVerb(k, besideQuote: true) { v = k }
        }
        while v <= ceiling, tokens[v].is(.verbModifier) { v += 1 }
        guard v <= ceiling, isCueVerb(v, besideQuote: true), !Lexicon.isGerund(tokens[v].lower) else { return nil }
        return (m, cueRange(v, upTo: ceiling))
    }

    /// Whether the cue ending at `last` ends its clause (`“Yes.” He said.` but not `“Yes.” He said the plan…`).
    func cueEndsClause(_ last: Int, ceiling: Int) -> Bool {
        let n = last + 1
        return n > ceiling || [".", ",", "!", "?", ";", ":"].contains(tokens[n].lower) || tokens[n].quote != nil
            || isOpenMark(n)
    }

    // MARK: Sieve 2: reported speech

    mutating func reportedSpeech() -> [Candidate] {
        var result: [Candidate] = []
        for si in document.sentences.indices {
            let first = sentenceFirst[si]
            let last = sentenceLast[si]
            guard first >= 0 else { continue }
            var coveredUpTo = first - 1
            // `To NAME, CLAUSE` and `According to NAME, CLAUSE` at the sentence start.
            if let c = openingFrame(first: first, last: last) ?? headlineLabel(first: first, last: last) {
                result.append(c)
                continue
            }
            var v = first
            while v <= last {
                defer { v += 1 }
                guard v > coveredUpTo, tokens[v].quote == nil, !usedCue[v], tokens[v].kind == .word else { continue }
                if options.labelStatements, let c = nounCueStatement(noun: v, first: first, last: last) {
                    result.append(c)
                    coveredUpTo = lastToken(within: c.span, from: v, last: last)
                    continue
                }
                if options.labelStatements, let c = labelStatement(verb: v, first: first, last: last) {
                    result.append(c)
                    usedCue[v] = true
                    coveredUpTo = lastToken(within: c.span, from: v, last: last)
                    continue
                }
                let classes = tokens[v].classes
                if classes.isEmpty && tokens[v].lower != "according" { continue }
                if tokens[v].lower == "according", v + 1 <= last, tokens[v + 1].lower == "to", v > first + 2 {
                    // `CLAUSE, according to NAME.` (the comma is often left out)
                    let clauseEnd = tokens[v - 1].lower == "," ? v - 2 : v - 1
                    if let m = finder.phrase(startingAt: v + 2, ceiling: last), m.kind != .pronoun,
                       let span = clauseSpan(from: first, to: clauseEnd) {
                        result.append(make(span, cue: v...(v + 1), m, .accordingTo, 0.85))
                        coveredUpTo = last
                    }
                    continue
                }
                let phrasal = classes.contains(.phrasalReporting) && particleAfter(v, last: last) != nil
                // A participle may open the sentence capitalised ("Insisting the vote was fair, …").
                let openingParticiple = v == first && Lexicon.isGerund(tokens[v].lower)
                guard classes.contains(.reporting) || phrasal, !tokens[v].isCapitalized || openingParticiple || titleCase[si],
                      !followsDeterminer(v),
                      !precedesAuxiliary(v, last: last) else { continue }
                let found = reported(verb: v, first: first, last: last)
                if let c = found.last {
                    result.append(contentsOf: found)
                    usedCue[v] = true
                    coveredUpTo = lastToken(within: c.span, from: v, last: last)
                }
            }
        }
        return result
    }

    /// A reported statement around the reporting verb at `v` in the sentence `first...last`.
    func reported(verb v: Int, first: Int, last: Int) -> [Candidate] {
        guard let c = reportedClause(verb: v, first: first, last: last) else { return [] }
        return c.before.map { [$0, c.main] } ?? [c.main]
    }

    /// The reported clause of the verb at `v`, and for a parenthetical cue (`The museum, he said,
    /// would…`) the part before the cue as a statement of its own, as split quotes are.
    func reportedClause(verb v: Int, first: Int, last: Int) -> (main: Candidate, before: Candidate?)? {
        let w = tokens[v].lower
        // "Trump is warning voters that…": a progressive form is finite.
        let progressive = v > first && ["is", "are", "was", "were", "been", "be", "am"].contains(tokens[v - 1].lower)
        let gerund = Lexicon.isGerund(w) && !progressive
        // The speaker: the verb's subject, an inverted subject, or the sentence's subject for
        // `…, saying CLAUSE` and `X did A but said CLAUSE`.
        var speaker: SpeakerMention?
        var inverted = false
        // "was being told by the Caller", "a view echoed by many": a passive cue's subject is no speaker.
        if !gerund, isPassive(v, first: first), !(v + 1 <= last && tokens[v + 1].lower == "as") { return nil }
        // "declined that assignment": a refusal reports only a refusal to speak.
        if Self.refusalVerbs.contains(w), !(v + 2 <= last && tokens[v + 1].lower == "to" && Self.speechInfinitives.contains(tokens[v + 2].lower)) {
            return nil
        }
        if gerund, let opening = openingParticipleClause(verb: v, first: first, last: last) {
            return (opening, nil)
        }
        if gerund, let m = participleSpeaker(v, first: first) {
            speaker = m
        } else if gerund {
            guard v > first, tokens[v - 1].lower == "," else { return nil }
            speaker = precedingClauseSubject(before: v - 1, first: first) ?? sentenceSubject(first: first, before: v)
                ?? precedingCueSubject(before: v - 1, first: first)
        } else {
            speaker = subject(ofVerb: v, floor: first)
            if speaker == nil, v > first, ["and", "but"].contains(tokens[v - 1].lower) {
                // "China, its only ally, said A and warned B": the earlier cue's subject speaks.
                speaker = firstCueSubject(first: first, before: v - 1) ?? sentenceSubject(first: first, before: v)
            }
            if speaker == nil, v > first, tokens[v - 1].lower == ",", let m = finder.phrase(startingAt: v + 1, ceiling: last) {
                // `CLAUSE, said NAME.`
                let after = m.lastWithRole + 1
                if after > last || [".", "!", "?"].contains(tokens[after].lower) {
                    speaker = m
                    inverted = true
                }
            }
        }
        guard let m = speaker else { return nil }
        if Lexicon.nounLikeForms.contains(w), m.kind == .description || tokens[m.first].is(.determiner) { return nil }
        let cueEnd = inverted ? m.lastWithRole : cueRange(v, upTo: last).upperBound
        // `CLAUSE, NAME said.` — the verb (and its complement) end the sentence.
        let subjectStart = inverted ? v : m.first
        // "Through a spokesman, he declined…": a prepositional phrase without a verb only sets the scene.
        let introductoryPhrase = tokens[first].tag == .adp && subjectStart - 2 >= first && !holdsFiniteVerb(first, subjectStart - 2)
            && !holdsQuote(first, subjectStart - 2)
        if subjectStart > first, tokens[subjectStart - 1].lower == ",", !introductoryPhrase,
           endsSentence(after: cueEnd, last: last) || inverted
            || endsSentenceAfterAdjunct(cueEnd, verb: v, last: last) && holdsFiniteVerb(first, subjectStart - 2)
            && !holdsQuote(first, subjectStart - 2) {
            guard let span = clauseSpan(from: first, to: subjectStart - 2) else { return nil }
            return (make(span, cue: v...max(v, inverted ? v : cueEnd), m, .reportedSpeech, 0.8), nil)
        }
        // `…, NAME said, CLAUSE` — a parenthetical cue; the clause runs on after it.
        if subjectStart > first, tokens[subjectStart - 1].lower == ",", cueEnd + 1 <= last, tokens[cueEnd + 1].lower == "," {
            guard let span = clauseSpan(from: cueEnd + 2, to: last, stopAtColon: true) else { return nil }
            if ["and", "or"].contains(tokens[cueEnd + 2].lower) { return nil }
            let main = make(span, cue: v...cueEnd, m, .reportedSpeech, 0.75)
            // The words before the cue are part of the statement unless they only set the scene
            // ("In the end", "Too often").
            let lead = (first..<(subjectStart - 1)).filter { tokens[$0].isWord }  // empty when the comma opens the text
            let sceneSetting = lead.allSatisfy { tokens[$0].is(.stopWord) || tokens[$0].is(.preposition)
                || tokens[$0].is(.determiner) || tokens[$0].lower.hasSuffix("ly") }
                || lead.count <= 3 && lead.first.map { tokens[$0].is(.preposition) } == true
            guard !lead.isEmpty, !sceneSetting, let beforeSpan = clauseSpan(from: first, to: subjectStart - 2) else { return (main, nil) }
            return (main, make(beforeSpan, cue: v...cueEnd, m, .reportedSpeech, 0.7))
        }
        // `NAME said (that) CLAUSE`.
        var c = v + 1
        let takesObject = ["tell", "told", "tells", "telling", "warn", "warned", "warns", "remind", "assure", "assured",
                           "inform", "informed", "advise", "advised", "promise", "promised", "urge", "urged"].contains(w)
        var sawThat = false
        var steps = 0
        var particle = false
        // "did not respond to requests for comment", "responded by citing…": the phrase is the statement.
        if let prepositions = Lexicon.prepositionalComplements[w] {
            var k = c
            while k <= last, tokens[k].tag == .adv, tokens[k].quote == nil, k - c < 2 { k += 1 }
            let end = frontedClauseEnd(verb: v, first: first, last: last).map { $0 - 1 } ?? last
            if k <= last, prepositions.contains(tokens[k].lower), let span = clauseSpan(from: k, to: end, stopAtColon: true),
               wordCount(span, upTo: 2) >= 2 {
                return (make(span, cue: v...v, m, .reportedSpeech, 0.7), nil)
            }
        }
        if let p = particleAfter(v, last: last) {
            c = p + 1
            particle = true
            // "pointed out that …": the complementiser belongs to the cue.
            if c <= last, tokens[c].lower == "that" {
                c += 1
                sawThat = true
            }
        }
        // "said in an interview with The Associated Press last week that …", "said, however, that …".
        if !particle, let that = thatAfterCueAdjuncts(verb: v, last: last), that > v + 1 {
            c = that + 1
            sawThat = true
        }
        while c <= last, steps < 8, !particle, !sawThat {
            let t = tokens[c]
            if t.lower == "that" && !sawThat { sawThat = true; c += 1; break }
            if t.is(.timeWord) || (takesObject && t.isWord && !t.is(.stopWord))
                || t.kind == .number || (steps > 0 && t.isWord && !t.is(.stopWord) && t.quote == nil)
                || (["at", "during", "after", "before", "via", "with"].contains(t.lower)) {
                c += 1
                steps += 1
                continue
            }
            break
        }
        if !sawThat && !particle {
            c = v + 1 + (takesObject ? objectLength(after: v, last: last) : 0)
            // "promised a veto": without a clause, an infinitive or a quote after it, the object of
            // a verb that takes one is what was said (an addressee alone says nothing: "told reporters.").
            if c > v + 1, !Self.addresseeVerbs.contains(w), c <= last, !startsFiniteClause(at: c, last: last),
               tokens[c].lower != "to", !isOpenMark(c), tokens[c].lower != "that" {
                c = v + 1
            }
            // "said at an event in Ohio the plan…": skip a short prepositional phrase.
            if c <= last, ["at", "during", "after", "before", "via", "in", "on"].contains(tokens[c].lower) {
                var k = c + 1
                while k <= last, k - c < 7, tokens[k].isWord, tokens[k].quote == nil, tokens[k].lower != "that" { k += 1 }
                if k <= last, tokens[k].lower == "that" { c = k + 1; sawThat = true } else if k <= last, tokens[k].lower == "," { c = k + 1 }
            }
        }
        guard c <= last else { return nil }
        let opener = tokens[c]
        if !sawThat && !particle {
            // Without "that" the clause must not start with a preposition, an adverb or punctuation.
            // "pledged to push for…": an infinitive clause is reported too.
            let infinitive = opener.lower == "to" && c + 1 <= last && tokens[c + 1].isWord && !tokens[c + 1].isCapitalized
                && !tokens[c + 1].is(.determiner) && Lexicon.infinitiveReporting.contains(w)
                && (tokens[c + 1].tag == .verb || tokens[c + 1].tag == .aux)
            let blocked = !opener.isWord && opener.quote == nil && !isOpenMark(c)
                || opener.is(.preposition) && !infinitive || ["a", "an", "as", "it", "nothing", "something", "anything", "much", "little", "more", "he", "she", "they", "i", "we", "you"].contains(opener.lower) && c + 1 <= last && [".", ",", "!", "?"].contains(tokens[c + 1].lower)
                || ["a", "an"].contains(opener.lower) && tokens[v - 1].lower == "," && isInvertedSubject(at: c, last: last)
                || (opener.lower.hasSuffix("ly") && !opener.isCapitalized)
            // "The state added a week", "wrote a book": these verbs report only a clause or a quote.
            let noClause = Self.clauseOnlyVerbs.contains(w) && !holdsFiniteVerb(c, last) && !holdsQuote(c, last) && !infinitive
            if blocked || noClause {
                // "said on Tuesday he would…", "has said about 20 people have…": adjuncts, then a clause.
                guard !isPassive(v, first: first) else { return nil }
                if let start = zeroThatClauseStart(at: v + 1, last: last, addressee: takesObject), start > v + 1 || !noClause {
                    c = start
                } else if !noClause, !Self.addresseeVerbs.contains(w), let start = objectAfterAdjuncts(at: v + 1, last: last) {
                    // "announced on Friday the arrest of a man": the object after the cue's adjuncts.
                    c = start
                } else {
                    return nil
                }
            }
        }
        let end = frontedClauseEnd(verb: v, first: first, last: last).map { $0 - 1 } ?? last
        let cue = v...(sawThat ? c - 1 : v)
        // `said A and that B` stays one statement: news annotation (PolNeAR) reads it so.
        guard let span = clauseSpan(from: c, to: end, stopAtColon: true) else { return nil }
        // One word is a statement only when it is an answer (`75 percent said yes`, `he said so`).
        guard wordCount(span, upTo: 2) >= 2 || Self.answerWords.contains(tokens[c].lower) else { return nil }
        return (make(span, cue: cue, m, .reportedSpeech, 0.8), nil)
    }

    /// Whether the phrase at `c` is the verb's subject put after it (`…, said a spokesman.`):
    /// it runs to the end of the sentence or to a comma.
    func isInvertedSubject(at c: Int, last: Int) -> Bool {
        guard let m = finder.phrase(startingAt: c, ceiling: last) else { return false }
        let after = m.lastWithRole + 1
        return after > last || [",", ".", ";", "!", "?"].contains(tokens[after].lower)
    }

    /// Number of tokens in a verb's object (`told reporters`, `told the Associated Press`).
    func objectLength(after v: Int, last: Int) -> Int {
        var k = v + 1
        var n = 0
        while k <= last, n < 5 {
            let t = tokens[k]
            guard t.isWord, t.quote == nil else { break }
            if n > 0 && !(t.isCapitalized || tokens[k - 1].is(.determiner)) { break }
            if t.is(.personalPronoun) && n > 0 { break }
            if ["that", "on", "in"].contains(t.lower) { break }
            n += 1
            k += 1
            if !t.isCapitalized && !t.is(.determiner) { break }
        }
        return n
    }

    /// `To NAME, CLAUSE` / `According to NAME, CLAUSE` at the start of a sentence.
    func openingFrame(first: Int, last: Int) -> Candidate? {
        var k = first
        var rule = AttributionRule.opinionFrame
        if tokens[k].lower == "according", k + 1 <= last, tokens[k + 1].lower == "to" {
            k += 2
            rule = .accordingTo
        } else if tokens[k].lower == "to", tokens[k].isCapitalized {
            k += 1
        } else {
            return nil
        }
        guard var m = finder.phrase(startingAt: k, ceiling: last), m.kind == .name || rule == .accordingTo,
              m.kind != .pronoun else { return nil }
        m.role = nil  // `To Sigal, the talks…`: what follows the comma is the statement, not a role
        m.lastWithRole = m.last
        if rule == .opinionFrame && m.actorKind != .person { return nil }
        var comma = m.last + 1
        if rule == .accordingTo {
            // "According to early results of exit polls conducted by Edison Research, …": the
            // source runs to the first comma.
            while comma <= last, comma - k <= 25, tokens[comma].lower != ",", tokens[comma].quote == nil { comma += 1 }
            if m.kind == .description, comma - 1 > m.last, comma <= last {
                var whole = finder.make(first: m.first, last: comma - 1, kind: .description)
                whole.head = m.head
                whole.actorKind = m.actorKind
                m = whole
            }
        }
        guard comma <= last, tokens[comma].lower == ",",
              let span = clauseSpan(from: comma + 1, to: last, stopAtColon: true), wordCount(span, upTo: 3) >= 3 else { return nil }
        return make(span, cue: first...(k - 1), m, rule, rule == .accordingTo ? 0.85 : 0.7)
    }

    // MARK: Sieve 3: quotes left over

    /// A cue elsewhere in the quote's sentence; `onlyAfter` limits it to cues after the quote.
    func sentenceCue(quote qi: Int, onlyAfter: Bool) -> Candidate? {
        let open = openToken[qi]
        let close = closeToken[qi]
        let first = max(sentenceFirst[tokens[open].sentence], 0)
        let last = sentenceLastToken(from: close)
        var best: (Int, Candidate)?
        var v = max(first, open - maxSentenceCueDistance)
        while v <= min(last, close + maxSentenceCueDistance) {
            defer { v += 1 }
            if v >= open && v <= close || onlyAfter && v < open { continue }
            guard tokens[v].is(.reporting) || tokens[v].is(.quoteOnly) else { continue }  // cheap test first
            guard tokens[v].quote == nil, isCueVerb(v, besideQuote: true), tokens[v].paragraph == tokens[open].paragraph,
                  !isPassive(v, first: first) else { continue }
            // ", saying …" and "…, tweeting, …": the speaker is the sentence's subject.
            let participle = Lexicon.isGerund(tokens[v].lower) && v > first && tokens[v - 1].lower == ","
            var m = participle ? sentenceSubject(first: first, before: v) : subject(ofVerb: v, floor: first)
            if m == nil, v > first, tokens[v - 1].lower == "," { m = finder.phrase(startingAt: v + 1, ceiling: last) }
            if m == nil, Lexicon.isGerund(tokens[v].lower) || (v > first && ["and", "but"].contains(tokens[v - 1].lower)) {
                m = sentenceSubject(first: first, before: v)
            }
            guard let speaker = m else { continue }
            if onlyAfter {
                // A fragment takes only a cue that closes the sentence: `…a “wasteland” compared to
                // the South, President Obama tells the United Nations.`
                guard speaker.first > first, tokens[speaker.first - 1].lower == ",", speaker.first > close,
                      last - cueRange(v, upTo: last).upperBound <= 5,
                      !(cueRange(v, upTo: last).upperBound + 1...max(last, cueRange(v, upTo: last).upperBound + 1)).contains(where: { $0 <= last && (tokens[$0].is(.reporting) || tokens[$0].lower == "that") })
                else { continue }
            }
            let distance = v < open ? open - v : v - close
            if best == nil || distance < best!.0 {
                best = (distance, Candidate(span: quotes[qi].span, kind: .direct, cue: cueRange(v, upTo: last), speaker: speaker,
                                            rule: .sentenceCue, confidence: 0.7, quote: qi))
            }
        }
        return best?.1
    }

    /// The named person who is the subject of the sentence right before quote `qi`, when that
    /// sentence starts after offset `after` (the end of the last statement) and holds no quote.
    func narrativeSubject(before qi: Int, after: Int) -> SpeakerMention? {
        let open = openToken[qi]
        guard open > 0 else { return nil }
        let previous = tokens[open - 1]
        let si = previous.sentence
        let first = sentenceFirst[si]
        guard first >= 0, tokens[first].start >= after, tokens[open].paragraph - previous.paragraph <= 1,
              !(first...(open - 1)).contains(where: { tokens[$0].quote != nil || isOpenMark($0) }),
              let m = sentenceSubject(first: first, before: min(open - 1, first + 8)),
              m.kind == .name, m.actorKind == .person, m.first <= first + 2 else { return nil }
        return m
    }

    /// `Sanders made the following comment: “…”` — the subject of a sentence ending in a colon
    /// just before the quote (in the same paragraph or at the end of the previous one).
    func introducedByColon(quote qi: Int) -> Candidate? {
        let open = openToken[qi]
        guard open > 0, tokens[open - 1].lower == ":", tokens[open - 1].quote == nil else { return nil }
        let si = tokens[open - 1].sentence
        let first = max(sentenceFirst[si], 0)
        // "the famous quote by Thomas Edison:", "in the words of Dr. King:": the named author.
        if open - 2 >= first, let m = finder.phrase(endingAt: open - 2, floor: first), m.kind == .name,
           m.first - 2 >= first, ["by", "from", "of"].contains(tokens[m.first - 1].lower),
           Self.quotationNouns.contains(tokens[m.first - 2].lower) {
            return Candidate(span: quotes[qi].span, kind: .direct, cue: nil, speaker: m, rule: .sentenceCue, confidence: 0.7, quote: qi)
        }
        // A reporting verb of the sentence ("…, and Breitbart News responded:").
        if let (m, v) = colonSentenceCueSpeaker(colon: open - 1, first: first) {
            return Candidate(span: quotes[qi].span, kind: .direct, cue: v...v, speaker: m, rule: .sentenceCue, confidence: 0.7, quote: qi)
        }
        // The first person named with a verb after them ("…voters, President Obama is rolling out
        // a message:"), else the sentence's subject ("The piece used…").
        // The last such person, nearest the colon: "When Wallace died, President Clinton released
        // the following statement:" is Clinton's.
        var k = max(first, open - maxSentenceCueDistance)
        var named: SpeakerMention?
        while k < open - 1 {
            if tokens[k].isCapitalized, tokens[k].quote == nil, let m = finder.phrase(startingAt: k, ceiling: open - 2),
               m.kind == .name, m.actorKind == .person, m.lastWithRole + 1 < open - 1 {
                // The verb by its tag: "In a Fox interview, Trump went further:" is Trump's, not Fox's.
                var n = m.lastWithRole + 1
                if n + 1 < open - 1, tokens[n].tag == .adv { n += 1 }
                let next = tokens[n]
                if next.isWord, !next.isCapitalized, next.tag == .verb || next.tag == .aux { named = m }
                k = m.lastWithRole + 1
                continue
            }
            k += 1
        }
        if let m = named {
            return Candidate(span: quotes[qi].span, kind: .direct, cue: nil, speaker: m, rule: .sentenceCue, confidence: 0.6, quote: qi)
        }
        guard let m = sentenceSubject(first: first, before: open - 1) else { return nil }
        return Candidate(span: quotes[qi].span, kind: .direct, cue: nil, speaker: m, rule: .sentenceCue, confidence: 0.6, quote: qi)
    }

    /// `“…” Sigal said.` — a short sentence right after the quote that is only a cue.
    func nextSentenceCue(quote qi: Int) -> Candidate? {
        let close = closeToken[qi]
        let j = close + 1
        guard j < tokens.count, tokens[j].paragraph == tokens[close].paragraph, tokens[j].quote == nil,
              !isOpenMark(j) else { return nil }
        let last = sentenceLast[tokens[j].sentence]
        guard last - j <= 12, let (m, cue) = trailingSpeaker(at: j, ceiling: last), cueEndsClause(cue.upperBound, ceiling: last),
              endsSentence(after: cue.upperBound, last: last) else { return nil }
        return Candidate(span: quotes[qi].span, kind: .direct, cue: cue, speaker: m, rule: .sentenceCue, confidence: 0.75, quote: qi)
    }

    /// The statement a quote with no cue continues: the latest statement before it in the same
    /// paragraph, or in the previous paragraph when nothing stands between.
    func continuationSource(for i: Int, in all: [Candidate]) -> Int? {
        guard i > 0 else { return nil }
        let here = document.paragraphIndex(at: all[i].span.start)
        var k = i - 1
        while k >= 0, i - k <= maxContinuationLookback {
            let c = all[k]
            if c.span.end > all[i].span.start { k -= 1; continue }
            let p = document.paragraphIndex(at: c.span.start)
            guard p >= here - 1 else { return nil }
            if c.rule != .unattributed { return quoteWhoseCueHolds(k, in: all) ?? k }
            k -= 1
        }
        return nil
    }

    /// The quotation whose cue sentence holds reported statement `k`, when there is one: in
    /// `“…,” said Cobb, who said that B. “…”` and `“…,” Trump said, after rivals declared C. “…”`
    /// the next quote goes on with the quotation's speaker, not with a clause inside its cue.
    func quoteWhoseCueHolds(_ k: Int, in all: [Candidate]) -> Int? {
        guard all[k].kind != .direct else { return nil }
        let sentence = tokens[firstToken(atOrAfter: all[k].span.start)].sentence
        var j = k - 1
        while j >= 0, k - j <= 3 {
            let c = all[j]
            if c.kind == .direct, c.rule != .unattributed, let cue = c.cue, tokens[cue.lowerBound].sentence == sentence,
               c.span.end <= all[k].span.start {
                return j
            }
            j -= 1
        }
        return nil
    }

    // MARK: Helpers

    /// Words that are a whole answer after a reporting verb.
    static let answerWords: Set<String> = ["yes", "no", "so", "thanks", "goodbye", "hello", "sorry"]

    /// Nouns for quoted words whose author follows with `by`, `from` or `of` (`a quote by Edison:`).
    static let quotationNouns: Set<String> = ["quote", "quotation", "words", "saying", "line", "remark", "motto", "maxim", "dictum"]

    /// Words after which a quoted title names a work rather than a statement.
    static let titleIntroducers: Set<String> = [
        "called", "titled", "entitled", "named", "dubbed", "show", "program", "programme", "book", "memoir",
        "film", "movie", "song", "album", "column", "op-ed", "series", "segment", "headline", "slogan",
    ]

    /// Verbs a quoted predicate starts with when its subject stands outside the quote.
    static let predicateOpeners: Set<String> = [
        "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could",
        "should", "may", "might", "must", "does", "did", "do", "makes", "made", "saw", "sees", "remains",
        "seems", "appears", "needs", "wants", "takes", "gets", "got", "became", "becomes", "isn't", "wasn't",
        "won't", "can't", "doesn't", "didn't", "hasn't", "haven't",
    ]

    /// When quote `qi` starts with a verb whose subject is the reporter's words before it in the
    /// same sentence (`The country “has made changes,”`), the first token of that sentence.
    func reportersSubject(beforeQuote qi: Int) -> Int? {
        let open = openToken[qi]
        let first = max(sentenceFirst[tokens[open].sentence], 0)
        guard open > first, tokens[open - 1].isWord || tokens[open - 1].lower == ",", tokens[open - 1].quote == nil else { return nil }
        let k = open + 1
        guard k < tokens.count, tokens[k].quote == qi, tokens[k].isWord, !tokens[k].isCapitalized else { return nil }
        let w = tokens[k].lower
        if Self.predicateOpeners.contains(w) || w.hasSuffix("ed") && w.count > 4 { return tokens[open - 1].isWord ? first : nil }
        // "The answers are “not meeting the demand,” he said": a quote opening in lower case
        // finishes the reporter's clause, which already holds its verb; after an introductory
        // phrase (`With thousands of systems, “there is no…”`) it is the clause itself.
        guard !opensCapitalised(qi), holdsFiniteVerb(first, open - 1) || tokens[open - 1].lower == "," else { return nil }
        // "The envoy is “a villain, a crazy person,” she says": a noun phrase the copula names is
        // the speaker's own words, a direct quote (the seed's reading, kept).
        if Self.copulas.contains(tokens[open - 1].lower), tokens[k].tag == .det { return nil }
        return first
    }

    /// Forms of `be` that link a subject to a predicate noun phrase.
    static let copulas: Set<String> = ["is", "are", "was", "were", "be", "been", "'s", "'re"]

    /// Whether the reported clause `clause` is mostly quote `qi`: few or none of the reporter's
    /// own words stand before the quote, which fills most of the clause.
    func isMostlyQuote(_ clause: TextSpan, quote qi: Int) -> Bool {
        let q = quotes[qi]
        let lead = wordCount(TextSpan(start: clause.start, end: q.span.start), upTo: maxLeadWords + 1)
        return lead <= maxLeadWords && q.content.length * 2 >= clause.length || lead == 0 && q.content.length * 3 >= clause.length
    }

    /// Whether quote `qi` stands between dashes or parentheses, as an aside of its own.
    func isSetOffByDashes(_ qi: Int) -> Bool {
        let open = openToken[qi]
        let close = closeToken[qi]
        guard open > 0, close + 1 < tokens.count, wordCount(quotes[qi].content) >= 4 else { return false }
        let dashes: Set<String> = ["\u{2014}", "\u{2013}", "--", "-", "("]
        let closers: Set<String> = ["\u{2014}", "\u{2013}", "--", "-", ")"]
        return dashes.contains(tokens[open - 1].lower) && closers.contains(tokens[close + 1].lower)
    }
}

