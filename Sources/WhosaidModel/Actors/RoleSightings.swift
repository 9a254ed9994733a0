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
/// answer is read from that class's counts; one with two modifiers or more (`the Florida
/// Republican senator`) those of its class with a title or role holding all of them, filed as a
/// ``Combination`` the first time a description asks. Filed only with role descriptions linked
/// to their holders.
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

        /// The roles of this class that hold every one of `words` (two or more, distinct, sorted):
        /// keyed by the words joined by spaces, which no one word holds.
        func holding(all words: [String]) -> RoleClass {
            holding(words.joined(separator: " "))
        }
    }

    /// Proper modifiers a description asked for together (`florida`, `republican`), with the
    /// class holding all of them: its members are the speakers with a title or role of the class
    /// holding every word. Re-checking each member of the class with the rarest word at each
    /// description was quadratic when many speakers hold the role (`“Yes,” said Ann Rubino, a
    /// Florida Republican senator.` and `“No,” said the Florida Republican senator.`, thousands
    /// of times); a combination is filled once, then kept up as speakers are seen.
    private struct Combination {
        var key: RoleClass
        /// The words, distinct and sorted.
        var words: [String]
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
    /// Most ``Combination``s one speaker joins, for the same reason: each sighting is filed in
    /// each of them too.
    static let maxCombinationsPerSpeaker = 32

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
        /// The ``Combination``s it joined (kept apart from `classes`, whose count bounds the
        /// titles and roles read).
        var combinations: [RoleClass] = []
    }

    /// The speakers filed under each role class, with their sightings and surnames.
    private var byClass: [RoleClass: Members] = [:]
    /// What is filed of each speaker, by draft id.
    private var filed: [Int: Filed] = [:]
    /// Whether the speakers are all seen (``freeze(lastSeen:)``).
    private var frozen = false
    /// The combinations asked for, by their class holding the word they are filed under (their
    /// rarest when first asked): a new title or role is checked against those of its words.
    private var combinations: [RoleClass: [Combination]] = [:]
    /// The keys of the combinations asked for, filled or not.
    private var asked: Set<RoleClass> = []

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
                let words = RoleWords.expandedWords(text)
                for key in [c] + words.map(c.holding) where f.joined.insert(key).inserted {
                    f.classes.append(key)
                    byClass[key, default: Members()].ids.append(id)
                    byClass[key]!.surnames[surname, default: 0] += 1
                }
                if !combinations.isEmpty { joinCombinations(&f, id, c, words: words) }
            }
            f.titles = titles.count
            f.roles = roles.count
        }
        // A sighting right after the draft's own last one in a class replaces it (the old one is
        // stale): a speaker seen again and again is then one sighting to read past, not thousands.
        for c in f.classes { see(id, in: c, at: token) }
        for c in f.combinations { see(id, in: c, at: token) }
    }

    /// Files a sighting of member `id` of class `c` at `token`.
    private mutating func see(_ id: Int, in c: RoleClass, at token: Int) {
        if byClass[c]!.sightings.last?.id == id {
            byClass[c]!.sightings[byClass[c]!.sightings.count - 1].token = token
        } else {
            byClass[c]!.sightings.append((id, token))
        }
    }

    /// Joins speaker `id` (`f`) to the combinations of class `c` that its new title or role
    /// (`words`) holds all the words of. A combination read here under a word that is no longer
    /// its rarest moves to the rarer one: many combinations filed under a word that later grows
    /// common (`florida` in `the Florida Bakomirin senator`, `the Florida Kobamirin senator`, …)
    /// were otherwise all read again at each new role holding it.
    private mutating func joinCombinations(_ f: inout Filed, _ id: Int, _ c: RoleClass, words: [String]) {
        let held = Set(words)
        var read = Set<String>()
        for w in words where read.insert(w).inserted {
            let home = c.holding(w)
            guard let filedHere = combinations.removeValue(forKey: home) else { continue }
            let size = byClass[home]?.ids.count ?? 0
            var kept: [Combination] = []
            for k in filedHere {
                if f.combinations.count < Self.maxCombinationsPerSpeaker, k.words.allSatisfy(held.contains),
                   f.joined.insert(k.key).inserted {
                    f.combinations.append(k.key)
                    byClass[k.key, default: Members()].ids.append(id)
                    byClass[k.key]!.surnames[f.surname, default: 0] += 1
                }
                if let rarer = k.words.first(where: { (byClass[c.holding($0)]?.ids.count ?? 0) < size }) {
                    combinations[c.holding(rarer), default: []].append(k)
                } else {
                    kept.append(k)
                }
            }
            if !kept.isEmpty { combinations[home] = kept }
        }
    }

    /// Ends the sightings: each class keeps the last of each member's, in token order, for
    /// mentions read in any order.
    mutating func freeze(lastSeen: LastSightings) {
        frozen = true
        for c in Array(byClass.keys) {
            var m = byClass[c]!
            m.sightings.removeAll { lastSeen[$0.id] != $0.token }
            markSecondSurname(&m)
            byClass[c] = m
        }
    }

    /// Sets where the frozen sightings of `m` reach a second surname.
    private func markSecondSurname(_ m: inout Members) {
        let first = m.sightings.first.map { filed[$0.id]!.surname }
        m.secondSurnameAt = m.sightings.firstIndex { filed[$0.id]!.surname != first } ?? m.sightings.count
    }

    /// The speakers last seen before token `token` (`lastSeen`) holding the role that a
    /// description's words (`description`, with its proper modifiers `proper`) name.
    /// Asking first for a combination of two modifiers or more files it (``Combination``).
    mutating func holders(_ description: [String], proper: [String], before token: Int, lastSeen: LastSightings) -> Answer {
        guard let c = RoleClass(description: description) else { return Answer() }
        let words = Set(proper).sorted()
        var key = words.first.map(c.holding) ?? c
        if words.count > 1 {
            // No speaker holds them all while one word is held by none.
            guard words.allSatisfy({ byClass[c.holding($0)] != nil }) else { return Answer() }
            key = c.holding(all: words)
            if asked.insert(key).inserted { fill(Combination(key: key, words: words), c, description, proper: proper, lastSeen: lastSeen) }
        }
        guard let m = byClass[key] else { return Answer() }
        return frozen ? frozenAnswer(m, before: token) : latestAnswer(m, before: token, lastSeen: lastSeen)
    }

    /// The answer while speakers are seen in token order: every sighting is at `token` or before.
    /// Members seen at `token` itself (by an earlier quote sharing the speaker) do not count.
    private func latestAnswer(_ m: Members, before token: Int, lastSeen: LastSightings) -> Answer {
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

    /// Files combination `k` of class `c` (asked by a description's words, `description` and
    /// `proper`): the members of the class holding its rarest word with a title or role holding
    /// all of them join it, each with its last sighting; later titles and roles of its words join
    /// it as they are seen (``joinCombinations(_:_:_:words:)``).
    private mutating func fill(_ k: Combination, _ c: RoleClass, _ description: [String], proper: [String], lastSeen: LastSightings) {
        let rarest = k.words.min { byClass[c.holding($0)]!.ids.count < byClass[c.holding($1)]!.ids.count }!
        combinations[c.holding(rarest), default: []].append(k)
        var m = Members()
        for id in byClass[c.holding(rarest)]!.ids {
            guard let f = filed[id], f.combinations.count < Self.maxCombinationsPerSpeaker, let seen = lastSeen[id],
                  f.texts[c]!.items.contains(where: { RoleWords.role($0, isNamedBy: description, proper: proper) }) else { continue }
            filed[id]!.combinations.append(k.key)
            filed[id]!.joined.insert(k.key)
            m.ids.append(id)
            m.surnames[f.surname, default: 0] += 1
            m.sightings.append((id, seen))
        }
        guard !m.ids.isEmpty else { return }
        m.sightings.sort { ($0.token, $0.id) < ($1.token, $1.id) }
        if frozen { markSecondSurname(&m) }
        byClass[k.key] = m
    }
}
