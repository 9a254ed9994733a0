/// Drafts indexed by kind, surname and first given name, and when each was last seen, so that a
/// mention finds the actors it may join without reading every draft: thousands of people (or
/// thousands sharing one surname) made ``ActorBuilder`` quadratic.
///
/// Lists only grow and may hold drafts that no longer match (a surname-only person who later got
/// a full name stays under its old keys): every query re-checks its exact condition, so the
/// answers are those of a scan over all drafts, in the same order.
struct DraftIndex {
    private struct KindKey: Hashable {
        var kind: ActorKind
        var surname: String
    }

    private struct GivenKey: Hashable {
        var surname: String
        var given: String
    }

    /// Drafts by kind and `surname` field (both fixed when a draft is made), ids ascending.
    private var byKind: [KindKey: [Int]] = [:]
    /// Person drafts under their `surname` field and their name form's surname, ids ascending.
    private var bySurname: [String: [Int]] = [:]
    /// Person drafts by surname key and whole first given name.
    private var byGiven: [GivenKey: [Int]] = [:]
    /// Person drafts whose first given name is an initial, by surname key and its first character.
    private var byInitial: [GivenKey: [Int]] = [:]
    /// Person drafts with any first given name, by surname key and its first character.
    private var byLetter: [GivenKey: [Int]] = [:]
    /// Sightings (draft, token) in token order under each surname key; a sighting is stale once
    /// its draft is seen again.
    private var sightings: [String: [(id: Int, token: Int)]] = [:]
    /// Surname keys each person draft is filed under, by id (as ``filed``).
    private var keys: [[String]] = []
    /// Draft → token where it was last mentioned.
    private(set) var lastSeen = LastSightings()
    /// The speakers holding each kind of title or role: filed by the caller only when role
    /// descriptions are tied to their holders (``RoleSightings``).
    var roleSightings = RoleSightings()
    /// What each draft was last filed by, by id (draft ids are indices, so an array), so that an
    /// ``update`` that would file it under the same keys again (most do: a mention absorbed into
    /// a known actor) returns at once.
    private var filed: [Filing?] = []
    /// Person drafts by the parts of their full names that agree (``AgreeingNames``).
    private var agreeingNames = AgreeingNames()

    /// Everything ``update`` files a draft by: the same filing files it under the same keys.
    private struct Filing: Equatable {
        var kind: ActorKind
        var surname: String
        var formSurname: String?
        var given: String?
        /// The rest ``AgreeingNames`` reads: the middle name, the suffix, people named together.
        var middle: String?
        var suffix: String?
        var together: Bool
    }

    /// The most drafts an index makes room for at the start (``init(expectedDrafts:)``).
    static let maxReservedDrafts = 256

    /// An empty index with room for about `expectedDrafts` drafts (at most
    /// ``maxReservedDrafts``), so that its tables do not grow step by step from empty: their
    /// regrowth was a quarter of the cost of filing drafts on real news.
    init(expectedDrafts: Int = 0) {
        let room = min(max(expectedDrafts, 0), Self.maxReservedDrafts)
        guard room > 0 else { return }
        byKind.reserveCapacity(room)
        bySurname.reserveCapacity(room)
        byGiven.reserveCapacity(room)
        byLetter.reserveCapacity(room)
        sightings.reserveCapacity(room)
        lastSeen.reserveCapacity(room)
        keys.reserveCapacity(room)
        filed.reserveCapacity(room)
        agreeingNames.reserveCapacity(drafts: room)
        // A description is filed under two keys (``fileDescription(_:kind:head:figures:)``).
        latestDescriptions.reserveCapacity(2 * room)
    }

    /// Files `drafts[id]`, new or changed (a name absorbed, a full name given); idempotent.
    mutating func update(_ id: Int, _ d: ActorDraft) {
        update(id, kind: d.kind, surname: d.surname, nameForm: d.nameForm, together: ActorBuilder.namesPeopleTogether(d))
    }

    /// Files draft `id` of `drafts` as ``update(_:_:)`` does, its fields read in place: the draft
    /// passed whole was copied out of the array first, every list and string of it retained and
    /// released again, at each speaker mention (about 0.2% of the engine on real news).
    mutating func update(_ id: Int, in drafts: [ActorDraft]) {
        update(id, kind: drafts[id].kind, surname: drafts[id].surname, nameForm: drafts[id].nameForm,
               together: ActorBuilder.namesPeopleTogether(drafts[id]))
    }

    /// Files draft `id`, of `kind`, filed under `surname` and split as `nameForm`; `together`:
    /// it names people together (``ActorBuilder/namesPeopleTogether(_:)``).
    private mutating func update(_ id: Int, kind: ActorKind, surname: String, nameForm: NameForm?, together: Bool) {
        let filing = Filing(kind: kind, surname: surname, formSurname: nameForm?.surname, given: nameForm?.given.first,
                            middle: nameForm?.given.dropFirst().first, suffix: nameForm?.suffix, together: together)
        // Ids come in order, a new draft's next: one append each.
        while filed.count <= id {
            filed.append(nil)
            keys.append([])
        }
        guard filed[id] != filing else { return }
        filed[id] = filing
        Self.insert(id, into: &byKind[KindKey(kind: kind, surname: surname), default: []])
        agreeingNames.file(id, form: kind == .person && !together ? nameForm : nil, lastSeen: lastSeen)
        guard kind == .person else { return }
        let form = nameForm
        var surnames = [surname]
        if let s = form?.surname, s != surname { surnames.append(s) }
        if let given = form?.given.first, !NameForm.isInitial(given), form?.surname.isEmpty == false {
            let owner = givenNameOwners[given]
            givenNameOwners[given] = owner == nil || owner == id ? id : -1
        }
        for s in surnames {
            if !keys[id].contains(s) {
                keys[id].append(s)
                Self.insert(id, into: &bySurname[s, default: []])
            }
            guard let given = form?.given.first, let letter = given.first.map(String.init) else { continue }
            if NameForm.isInitial(given) {
                Self.insert(id, into: &byInitial[GivenKey(surname: s, given: letter), default: []])
            } else {
                Self.insert(id, into: &byGiven[GivenKey(surname: s, given: given), default: []])
            }
            Self.insert(id, into: &byLetter[GivenKey(surname: s, given: letter), default: []])
        }
    }

    /// Records that `drafts[id]` was mentioned at `token` (tokens non-decreasing; called after
    /// every ``update`` of a draft that was seen, so its sightings are filed under all its keys).
    mutating func saw(_ id: Int, at token: Int) {
        lastSeen[id] = token
        agreeingNames.saw(id, lastSeen: lastSeen)
        guard id < keys.count else { return }
        for s in keys[id] { sightings[s, default: []].append((id, token)) }
    }

    /// A description draft's kind, head word and figures (nil: any figures).
    private struct DescriptionKey: Hashable {
        var kind: ActorKind
        var head: String
        var figures: String?
        /// The ``DescriptionClassifier`` it is filed under (nil: filed by figures).
        var classifier: String? = nil
    }

    /// The latest description draft by kind, head and figures, and by kind and head alone, so
    /// that a definite description finds the one it takes up at once: a scan over every earlier
    /// description with its head made `the 12 mayors`, `the 13 mayors`, … quadratic.
    private var latestDescriptions: [DescriptionKey: Int] = [:]

    /// Files description draft `id` (made for a mention with this kind, head word and
    /// ``ActorBuilder/figures(ofKey:)``; none of them ever changes) as the latest of its kind.
    mutating func fileDescription(_ id: Int, kind: ActorKind, head: String, figures: String, classifier: String? = nil) {
        latestDescriptions[DescriptionKey(kind: kind, head: head, figures: nil)] = id
        latestDescriptions[DescriptionKey(kind: kind, head: head, figures: figures)] = id
        if let classifier {
            latestDescriptions[DescriptionKey(kind: kind, head: head, figures: nil, classifier: classifier)] = id
            classifiers[id] = classifier
        }
    }

    /// The person drafts by first given name (lower case): the one full name with it, or -1 when
    /// two people share it.
    private var givenNameOwners: [String: Int] = [:]

    /// The one person named in full with first name `given` (lower case), or nil when none or
    /// more than one is (`Rosa` after `Rosa Delgado` and `Lucia Delgado`).
    func onlyPerson(withGivenName given: String) -> Int? {
        guard let id = givenNameOwners[given], id >= 0 else { return nil }
        return id
    }

    /// The ``DescriptionClassifier`` of each description draft filed with one, by id.
    private var classifiers: [Int: String] = [:]

    /// The ``DescriptionClassifier`` description draft `id` was filed with; nil for none.
    func classifier(ofDescription id: Int) -> String? { classifiers[id] }

    /// The latest description draft of `kind` with head word `head` filed with ``DescriptionClassifier``
    /// `classifier` (`the finance minister` again after `the prime minister`).
    func latestDescription(_ kind: ActorKind, head: String, classifier: String) -> Int? {
        latestDescriptions[DescriptionKey(kind: kind, head: head, figures: nil, classifier: classifier)]
    }

    /// The latest description draft of `kind` with head word `head` that a description with
    /// `figures` may take up: any, when it has none; else one with the same figures.
    func latestDescription(_ kind: ActorKind, head: String, figures: String) -> Int? {
        latestDescriptions[DescriptionKey(kind: kind, head: head, figures: figures.isEmpty ? nil : figures)]
    }

    /// Ids of the drafts of this kind and `surname` field, ascending.
    func ids(_ kind: ActorKind, _ surname: String) -> [Int] { byKind[KindKey(kind: kind, surname: surname)] ?? [] }

    /// Person drafts filed under either surname key, ascending, each once; callers re-check.
    func people(_ surname: String, _ formSurname: String) -> [Int] {
        let a = bySurname[surname] ?? []
        guard formSurname != surname, let b = bySurname[formSurname] else { return a }
        var both = a + b
        both.sortDistinct()
        return both
    }

    /// Person drafts whose first given name may agree with `given` (equal, or an initial of the
    /// same letter either way), under either surname key, ascending, each once; callers re-check.
    func agreeing(_ given: String, _ surname: String, _ formSurname: String) -> [Int] {
        guard let letter = given.first.map(String.init) else { return [] }
        var found: Set<Int> = []
        for s in Set([surname, formSurname]) {
            if NameForm.isInitial(given) {
                found.formUnion(byLetter[GivenKey(surname: s, given: letter)] ?? [])
            } else {
                found.formUnion(byGiven[GivenKey(surname: s, given: given)] ?? [])
                found.formUnion(byInitial[GivenKey(surname: s, given: letter)] ?? [])
            }
        }
        return found.sorted()
    }

    /// The latest person draft whose full name may agree with `form` (``AgreeingNames``): the
    /// one a max by last sighting over the agreeing drafts picks, if it agrees still; callers re-check.
    func latestAgreeing(with form: NameForm) -> Int? { agreeingNames.latestAgreeing(with: form, lastSeen: lastSeen) }

    /// Of the drafts filed under either surname key that pass `accepts`, the one seen last (the
    /// lowest id of a tie), else the lowest-id unseen one: what `max` by last sighting over all
    /// drafts gives. Reads sightings back from the latest, not every draft.
    func latest(_ surname: String, _ formSurname: String, where accepts: (Int) -> Bool) -> Int? {
        var best: (id: Int, token: Int)?
        for s in Set([surname, formSurname]) {
            guard let list = sightings[s] else { continue }
            var k = list.count - 1
            while k >= 0 {
                let (id, token) = list[k]
                k -= 1
                if let b = best, token < b.token { break }
                guard lastSeen[id] == token, accepts(id) else { continue }
                if best == nil || token > best!.token || token == best!.token && id < best!.id { best = (id, token) }
            }
        }
        if let b = best { return b.id }
        return people(surname, formSurname).first { lastSeen[$0] == nil && accepts($0) }
    }

    /// Inserts `id` into an ascending list unless it is there.
    private static func insert(_ id: Int, into list: inout [Int]) {
        if list.last.map({ $0 < id }) ?? true {
            list.append(id)
            return
        }
        let lo = list.partitioningIndex { $0 >= id }
        if lo < list.count, list[lo] == id { return }
        list.insert(id, at: lo)
    }
}
