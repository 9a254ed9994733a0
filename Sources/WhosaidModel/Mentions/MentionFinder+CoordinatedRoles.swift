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
            if tokens[k].tag == .noun, Self.isJobNoun(tokens[e].lower) || Self.isJobNoun(tokens[k].lower),
               k + 2 <= ceiling, tokens[k + 1].lower == ",", tokens[k + 1].quote == nil, opensNameOnly(k + 2),
               let name = phrase(startingAt: k + 2, ceiling: ceiling), name.kind == .name, name.actorKind == .person {
                return k
            }
            k += 1
        }
        return nil
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
