/// The speakers holding each kind of title or role, and when each was last seen, so that a role
/// description ("the mayor") finds the speakers holding its role without reading every draft
/// (``ActorBuilder/roleHolder(_:drafts:index:byFullKey:names:holders:)``): with thousands of
/// speakers, reading them all at each description took time quadratic in the text.
///
/// A title or role is filed under its ``RoleClass``: its head word and the words before it that
/// make it another office (`Vice President`: `president`, `vice`), and again under that class with
/// each of its words (`Florida Sen.`: `florida`, `senator`). A description without proper
/// modifiers names exactly the roles of its class (``RoleWords/role(_:isNamedBy:proper:)``), one
/// with a proper modifier (`the Florida senator`) those of its class with that word, so that its
/// answer is read from that class's counts; one with two modifiers or more re-checks each member
/// of its class with the rarest of them. Filed only with role descriptions linked to their holders.
///
/// Speakers are seen in token order while they are resolved (``saw(_:surname:titles:roles:at:)``);
/// after that, ``freeze(lastSeen:)`` sorts each class by last sighting for the mentions read later
/// in any order. The answers are those of a scan over all drafts.
struct RoleSightings {
    /// What a description without proper modifiers names: a role's head word and its other-office
    /// words (``RoleWords/otherOffice``), each once, sorted.
    struct RoleClass: Hashable {
        var head: String
        var office: [String]
        /// A word the role holds (a description's proper modifier), or nil for the whole class.
        var word: String? = nil

        /// The class of a title or role (`Vice President`), nil when it has no head word.
        init?(role text: String) {
            let phrase = RoleWords.expandedWords(text).prefix { !RoleWords.phraseEnds.contains($0) }
            guard let head = phrase.last else { return nil }
            self.head = head
            office = Set(phrase.dropLast().filter(RoleWords.otherOffice.contains)).sorted()
        }

        /// The class a definite description's words name (`the`, `vice`, `president`).
        init?(description: [String]) {
            guard let head = description.last else { return nil }
            self.head = head
            office = Set(description.dropLast().filter(RoleWords.otherOffice.contains)).sorted()
        }

        /// The roles of this class that hold `word`.
        func holding(_ word: String) -> RoleClass {
            var c = self
            c.word = word
            return c
        }
    }

    /// The speakers of one class.
    private struct Members {
        /// Sightings (draft, token) of its members, in token order; one is stale once its draft is
        /// seen again (once frozen: only the last of each, in order of last sighting).
        var sightings: [(id: Int, token: Int)] = []
        /// Its members, each once, in the order they joined.
        var ids: [Int] = []
        /// How many members have each surname.
        var surnames: [String: Int] = [:]
        /// Once frozen: the first sighting whose surname is not the first's (`sightings.count` if none).
        var secondSurnameAt = 0
    }

    /// Most role classes one speaker is filed under: each sighting of a speaker is filed in all
    /// of its classes, so a speaker given a new role at every quote (`said Tom Smith, a Baaa
    /// carpenter`, with thousands of invented words) made sightings quadratic. Real news gives a
    /// speaker a handful; a class past this many is not linked to them.
    static let maxClassesPerSpeaker = 32

    /// What is filed of one speaker.
    private struct Filed {
        var surname: String
        /// How many of its titles and roles were read.
        var titles = 0
        var roles = 0
        /// Its classes, each once (``RoleClass/word`` or not), and its titles and roles in each
        /// class without a word.
        var classes: [RoleClass] = []
        var joined: Set<RoleClass> = []
        var texts: [RoleClass: DistinctStrings] = [:]
    }

    /// The speakers filed under each role class, with their sightings and surnames.
    private var byClass: [RoleClass: Members] = [:]
    /// What is filed of each speaker, by draft id.
    private var filed: [Int: Filed] = [:]
    /// Whether the speakers are all seen (``freeze(lastSeen:)``).
    private var frozen = false

    /// Who holds a role as a description asks it.
    struct Answer {
        /// The speaker seen last before the description (the lowest id of a tie), if any.
        var latest: Int?
        /// Whether those speakers have two surnames or more.
        var twoPeople = false
    }

    /// Records that speaker `id` (`surname`, with `titles` and `roles`) was mentioned at `token`
    /// (tokens non-decreasing): under the classes of all its titles and roles, of which those
    /// added since it was last seen are read.
    mutating func saw(_ id: Int, surname: String, titles: [String], roles: [String], at token: Int) {
        // Taken out while it changes, so that appending to its lists copies none of them.
        var f = filed.removeValue(forKey: id) ?? Filed(surname: surname)
        defer { filed[id] = f }
        if f.titles < titles.count || f.roles < roles.count {
            for text in titles[f.titles...] + roles[f.roles...] {
                guard f.classes.count < Self.maxClassesPerSpeaker, let c = RoleClass(role: text) else { continue }
                guard f.texts[c, default: DistinctStrings()].insert(text) else { continue }
                for key in [c] + RoleWords.expandedWords(text).map(c.holding) where f.joined.insert(key).inserted {
                    f.classes.append(key)
                    byClass[key, default: Members()].ids.append(id)
                    byClass[key]!.surnames[surname, default: 0] += 1
                }
            }
            f.titles = titles.count
            f.roles = roles.count
        }
        // A sighting right after the draft's own last one in a class replaces it (the old one is
        // stale): a speaker seen again and again is then one sighting to read past, not thousands.
        for c in f.classes {
            if byClass[c]!.sightings.last?.id == id {
                byClass[c]!.sightings[byClass[c]!.sightings.count - 1].token = token
            } else {
                byClass[c]!.sightings.append((id, token))
            }
        }
    }

    /// Ends the sightings: each class keeps the last of each member's, in token order, for
    /// mentions read in any order.
    mutating func freeze(lastSeen: [Int: Int]) {
        frozen = true
        for c in Array(byClass.keys) {
            var m = byClass[c]!
            m.sightings.removeAll { lastSeen[$0.id] != $0.token }
            let first = m.sightings.first.map { filed[$0.id]!.surname }
            m.secondSurnameAt = m.sightings.firstIndex { filed[$0.id]!.surname != first } ?? m.sightings.count
            byClass[c] = m
        }
    }

    /// The speakers last seen before token `token` (`lastSeen`) holding the role that a
    /// description's words (`description`, with its proper modifiers `proper`) name.
    func holders(_ description: [String], proper: [String], before token: Int, lastSeen: [Int: Int]) -> Answer {
        guard let c = RoleClass(description: description) else { return Answer() }
        if proper.count > 1 {
            // The members of the class holding the rarest of the modifiers, each re-checked.
            let lists = proper.map { byClass[c.holding($0)] }
            guard lists.allSatisfy({ $0 != nil }), let m = lists.map({ $0! }).min(by: { $0.ids.count < $1.ids.count }) else { return Answer() }
            return checked(m, c, description, proper: proper, before: token, lastSeen: lastSeen)
        }
        guard let m = byClass[proper.first.map(c.holding) ?? c] else { return Answer() }
        return frozen ? frozenAnswer(m, before: token) : latestAnswer(m, before: token, lastSeen: lastSeen)
    }

    /// The answer while speakers are seen in token order: every sighting is at `token` or before.
    /// Members seen at `token` itself (by an earlier quote sharing the speaker) do not count.
    private func latestAnswer(_ m: Members, before token: Int, lastSeen: [Int: Int]) -> Answer {
        var k = m.sightings.count - 1
        var atToken: [Int] = []
        while k >= 0, m.sightings[k].token >= token {
            let id = m.sightings[k].id
            if lastSeen[id] == m.sightings[k].token, !atToken.contains(id) { atToken.append(id) }
            k -= 1
        }
        var best: (id: Int, token: Int)?
        while k >= 0 {
            let s = m.sightings[k]
            k -= 1
            if let b = best, s.token < b.token { break }
            guard lastSeen[s.id] == s.token, best.map({ s.id < $0.id }) ?? true else { continue }
            best = s
        }
        // Surnames of the members, less those seen only at the token.
        var distinct = m.surnames.count
        var dropped: [String: Int] = [:]
        for id in atToken {
            let s = filed[id]!.surname
            dropped[s, default: 0] += 1
            if dropped[s] == m.surnames[s] { distinct -= 1 }
        }
        return Answer(latest: best?.id, twoPeople: distinct >= 2)
    }

    /// The answer once frozen: the members last seen before `token` are a prefix.
    private func frozenAnswer(_ m: Members, before token: Int) -> Answer {
        let end = m.sightings.partitioningIndex { $0.token >= token }
        guard end > 0 else { return Answer() }
        var k = end - 1
        var best = m.sightings[k]
        while k > 0, m.sightings[k - 1].token == best.token {
            k -= 1
            if m.sightings[k].id < best.id { best = m.sightings[k] }
        }
        return Answer(latest: best.id, twoPeople: m.secondSurnameAt < end)
    }

    /// The answer for a description with two proper modifiers or more, each member of `m` (of
    /// class `c` holding one of them) re-checked.
    private func checked(_ m: Members, _ c: RoleClass, _ description: [String], proper: [String],
                         before token: Int, lastSeen: [Int: Int]) -> Answer {
        var best: (id: Int, token: Int)?
        var surname: String?
        var answer = Answer()
        for id in m.ids {
            guard let seen = lastSeen[id], seen < token, let f = filed[id],
                  f.texts[c]!.items.contains(where: { RoleWords.role($0, isNamedBy: description, proper: proper) }) else { continue }
            if let s = surname, s != f.surname { answer.twoPeople = true }
            surname = f.surname
            if best == nil || seen > best!.token || seen == best!.token && id < best!.id { best = (id, seen) }
        }
        answer.latest = best?.id
        return answer
    }
}
