/// Two roles of one person joined before the name apposed to them: in `said the team's
/// goalkeeper and captain, Andre Silva` the whole description is apposed to the name, which
/// speaks, as it does after one role (`the firm's founder, Tom Reyes`). And in `…, said the
/// first witness, a former treasurer named Linda Chu.` the name that `named` introduces in the
/// apposition is the person described, who speaks.
extension MentionFinder {
    /// Words that join two roles of one person (`owner and chairman`).
    static let roleCoordinators: WordSet = ["and"]
    /// Most words of the second role (`and chief executive officer`).
    static let maxCoordinatedRoleWords = 3
    /// Participles that introduce a person's name inside a description (`a nurse named Ann Lowe`).
    static let namingParticiples: WordSet = ["named", "called"]

    /// The last token of a second role coordinated with the description's head at `e`
    /// (`goalkeeper and captain`), when a comma and a person's name follow it: at most
    /// ``maxCoordinatedRoleWords`` lower-case words ending in a noun, one of the two heads a job
    /// noun. Nil otherwise (`the coach and the players, Reyes said` keeps its description).
    func coordinatedRoleEnd(after e: Int, ceiling: Int) -> Int? {
        guard e + 4 <= ceiling, Self.roleCoordinators.contains(tokens[e + 1].lower), tokens[e + 1].quote == nil,
              !tokens[e].isCapitalized, tokens[e].tag == .noun else { return nil }
        var k = e + 2
        while k <= ceiling, k - e - 1 <= Self.maxCoordinatedRoleWords, tokens[k].isWord, tokens[k].quote == nil,
              !tokens[k].isCapitalized, !tokens[k].is(.stopWord), !tokens[k].is(.preposition) {
            if tokens[k].tag == .noun || Self.isRoleHead(tokens[k].lower), Self.isRoleHead(tokens[e].lower) || Self.isRoleHead(tokens[k].lower),
               k + 2 <= ceiling, tokens[k + 1].lower == ",", tokens[k + 1].quote == nil, opensNameOnly(k + 2),
               let name = phrase(startingAt: k + 2, ceiling: ceiling), name.kind == .name, name.actorKind == .person {
                return k
            }
            k += 1
        }
        return nil
    }

    /// Whether a lower-case word heads a role of a person: a job noun (``isJobNoun(_:)``) or an
    /// office title (``Lexicon/titles``: `treasurer`, `editor`, `executive`, which the tagger may
    /// read as an adjective after `chief`).
    static func isRoleHead(_ word: String) -> Bool {
        isJobNoun(word) || Lexicon.titles.contains(word)
    }

    /// The most tokens of an apposed role read back for a naming participle
    /// (``namedPersonApposed(toSubjectClosedAt:floor:)``).
    static let maxNamedRoleTokens = 12

    /// `The first witness, a deputy treasurer named Linda Chu, testified`: the person a naming
    /// participle names at the end of the role that the comma at `comma` closes, when the role is
    /// apposed to a description that is no object of a verb or preposition; the description and
    /// the role are the person's role. Nil for any other shape. Reads at most
    /// ``maxNamedRoleTokens`` tokens back, once: no apposition before it is read.
    func namedPersonApposed(toSubjectClosedAt comma: Int, floor: Int) -> SpeakerMention? {
        guard tokens[comma].lower == ",", comma - 4 > floor else { return nil }
        var open = comma - 1
        while open > floor, comma - open <= Self.maxNamedRoleTokens, tokens[open].isWord, tokens[open].quote == nil { open -= 1 }
        guard open > floor, open < comma - 3, tokens[open].lower == ",", tokens[open].quote == nil, isRoleStart(open + 1),
              var named = namedPersonInRole(open + 1, comma - 1), namesRightAfterPersonHead(open + 1, before: named.first),
              let described = phrase(endingAt: open - 1, floor: floor), described.kind == .description,
              !isSentenceInternalObject(described.first, floor: floor) else { return nil }
        named.role = text(described.first, open - 1) + ", " + (named.role ?? "")
        named.lastWithRole = comma - 1
        return named
    }

    /// Whether the role from `first` up to the naming participle before the name at `name` is a
    /// plain noun phrase whose head is a noun of one person right before the participle (`a
    /// deputy treasurer named`): no verb, relative pronoun or preposition inside it (`headed by a
    /// woman named`, `a complaint that named`, `a neighbor who named` name someone else).
    func namesRightAfterPersonHead(_ first: Int, before name: Int) -> Bool {
        let head = name - 2
        guard head >= first, tokens[head].tag == .noun, Self.isRoleHead(tokens[head].lower) || PersonNameIndex.isPersonNoun(tokens[head].lower) else { return false }
        return (first..<head).allSatisfy { k in
            let t = tokens[k]
            // "a retired teacher": a participle in -ed may modify the head.
            let modifyingParticiple = t.tag == .verb && t.lower.hasSuffix("ed")
            return t.isWord && !t.isCapitalized && ([.det, .adj, .noun, .num].contains(t.tag) || modifyingParticiple) && !t.is(.preposition)
        }
    }

    /// Whether the word at `k` can open only a name, never a description: capitalised, no
    /// determiner, not a common noun opening a sentence. The description reader asks
    /// ``coordinatedRoleEnd(after:ceiling:)`` at each head, so reading a description after the
    /// comma would recurse once per `ROLE and ROLE,` of a long run and overflow the stack.
    private func opensNameOnly(_ k: Int) -> Bool {
        let t = tokens[k]
        return t.isWord && t.isCapitalized && t.quote == nil && !t.is(.determiner) && !isCommonNounOpeningSentence(k)
    }

    /// The person's name that a naming participle introduces at the end of the apposed role
    /// `first...last` (`a former deputy treasurer named Linda Chu`), with the words before the
    /// participle as its role; nil when the role holds no such name or words follow it.
    func namedPersonInRole(_ first: Int, _ last: Int) -> SpeakerMention? {
        guard last - first >= 2 else { return nil }
        for k in (first + 1)..<last where Self.namingParticiples.contains(tokens[k].lower) && tokens[k].quote == nil {
            guard tokens[k + 1].isCapitalized, var name = phrase(startingAt: k + 1, ceiling: last), name.kind == .name,
                  name.actorKind == .person, name.lastWithRole == last else { return nil }
            name.role = text(first, k - 1)
            return name
        }
        return nil
    }
}
