/// Person drafts by what ``NameForm/canBeSamePerson(as:)`` compares of a full name (surname,
/// suffix, first and middle given name), each key keeping the draft seen last, so that a new full
/// name ("Leon Sigal") finds the latest agreeing person ("Leon V. Sigal") in a few lookups.
/// Reading every earlier person with its surname and first name or initial made thousands of
/// `Ann <Middle> Rubino` or `A. <Given> Rubino` quadratic.
///
/// A key's set is one way of agreeing: a first name of the same word (`=`), an initial of that
/// letter (`I`), any first name of that letter (`L`); a middle name likewise, none (`-`) or any
/// (`*`). A draft is filed under every key it belongs to; a query reads the keys whose union is
/// every form that agrees with it. Keys only grow: a draft whose name form changed may stay the
/// latest of a key it no longer belongs to, which the caller re-checks (and then scans).
struct AgreeingNames {
    /// A key's parts by number (``words``): the surname, the suffix (-1: none), and the specs of
    /// the first and middle given names (``spec(_:_:)``). Hashing four numbers, not four texts
    /// built for the key, at each of a filing's keys was most of the cost of filing a draft.
    struct Key: Hashable {
        var surname: Int32
        var suffix: Int32
        var first: Int64
        var middle: Int64
    }

    /// What a spec says of a given name: the same word (`=`), an initial of that letter (`I`),
    /// any given name of that letter (`L`); for a middle name also none (`-`) or any (`*`).
    enum SpecKind: Int64 {
        case word = 0, initial, letter, none, any
    }

    /// A spec as a number: its kind above the number of its word or letter (``words``).
    @inline(__always) static func spec(_ kind: SpecKind, _ word: Int32) -> Int64 {
        kind.rawValue << 32 | Int64(UInt32(bitPattern: word))
    }

    /// Up to four specs, kept in place rather than in an array (two or three arrays a filing,
    /// each allocated and freed, were a fifth of its cost).
    struct Specs {
        private var items: (Int64, Int64, Int64, Int64) = (0, 0, 0, 0)
        /// How many specs are held (at most ``capacity``).
        private(set) var count = 0
        /// Most specs held: a first or middle name is filed under at most three, a query asks four.
        static let capacity = 4

        /// Adds `spec` after those held; there is room for ``capacity``.
        mutating func append(_ spec: Int64) {
            precondition(count < Self.capacity, "AgreeingNames.Specs holds at most \(Self.capacity) specs")
            switch count {
            case 0: items.0 = spec
            case 1: items.1 = spec
            case 2: items.2 = spec
            default: items.3 = spec
            }
            count += 1
        }

        /// The spec at `i`, below ``count``.
        subscript(i: Int) -> Int64 {
            switch i {
            case 0: items.0
            case 1: items.1
            case 2: items.2
            default: items.3
            }
        }
    }

    /// The surnames, suffixes, given names and their letters filed so far, numbered in the order
    /// first filed (a letter is its one-Character text, numbered as any word).
    private var words: [String: Int32] = [:]
    /// Each key's number, given when a draft is first filed under it: a mention then promotes
    /// its draft by array index, with no key hashed (it is every mention's work).
    private var keyNumbers: [Key: Int] = [:]
    /// The draft seen last (lowest id of a tie; unseen drafts last) among those filed under each
    /// key, by key number.
    private var latest: [Int] = []
    /// The numbers of the keys each draft is filed under now, by id.
    private var keys: [[Int]] = []

    /// The number of `word`, given it if it has none.
    private mutating func number(_ word: String) -> Int32 {
        let next = Int32(truncatingIfNeeded: words.count)
        // One hash: the in-out access inserts the next number when the word is new.
        return { (n: inout Int32) -> Int32 in
            if n < 0 { n = next }
            return n
        }(&words[word, default: -1])
    }

    /// Room for the keys of about `drafts` people at once, so that the tables do not grow step
    /// by step from empty (their regrowth was a fifth of the cost of filing on real news).
    mutating func reserveCapacity(drafts: Int) {
        keyNumbers.reserveCapacity(drafts * Self.usualKeysPerDraft)
        latest.reserveCapacity(drafts * Self.usualKeysPerDraft)
        words.reserveCapacity(drafts * 2)
        keys.reserveCapacity(drafts)
    }

    /// About how many distinct keys a person's filing adds: a draft is filed under four to
    /// twelve, many shared with others of its surname.
    static let usualKeysPerDraft = 4

    /// Files draft `id` by its name form `form` (nil, or no given name: not filed), replacing
    /// what it was filed by; `lastSeen` is when each draft was last mentioned.
    mutating func file(_ id: Int, form: NameForm?, lastSeen: LastSightings) {
        while keys.count <= id { keys.append([]) }
        keys[id].removeAll(keepingCapacity: true)
        guard let form, let first = form.given.first, !form.surname.isEmpty else { return }
        let surname = number(form.surname)
        let suffix = form.suffix.map { number($0) } ?? -1
        let firstSpecs = filedSpecs(first)
        var middleSpecs = Specs()
        middleSpecs.append(Self.spec(.any, 0))
        if form.given.count > 1 {
            let more = filedSpecs(form.given[1])
            for i in 0..<more.count { middleSpecs.append(more[i]) }
        } else {
            middleSpecs.append(Self.spec(.none, 0))
        }
        keys[id].reserveCapacity(firstSpecs.count * middleSpecs.count)
        for i in 0..<firstSpecs.count {
            for j in 0..<middleSpecs.count {
                let key = Key(surname: surname, suffix: suffix, first: firstSpecs[i], middle: middleSpecs[j])
                let next = latest.count
                // One hash: the in-out access inserts the next number when the key is new.
                let number = { (n: inout Int) -> Int in
                    if n < 0 { n = next }
                    return n
                }(&keyNumbers[key, default: -1])
                if number == next { latest.append(-1) }
                keys[id].append(number)
            }
        }
        for k in keys[id] { promote(id, under: k, lastSeen: lastSeen) }
    }

    /// Records that draft `id` was mentioned (after `lastSeen` says so).
    mutating func saw(_ id: Int, lastSeen: LastSightings) {
        guard id < keys.count else { return }
        for k in keys[id] { promote(id, under: k, lastSeen: lastSeen) }
    }

    /// Of the drafts filed under a key `form` agrees with, the one seen last (lowest id of a
    /// tie), as a max by last sighting over all agreeing drafts picks; nil when none is filed.
    func latestAgreeing(with form: NameForm, lastSeen: LastSightings) -> Int? {
        guard let first = form.given.first, !form.surname.isEmpty else { return nil }
        // A word never filed is in no key.
        guard let surname = words[form.surname] else { return nil }
        var suffix: Int32 = -1
        if let s = form.suffix {
            guard let n = words[s] else { return nil }
            suffix = n
        }
        var middleSpecs = Specs()
        if form.given.count > 1 {
            middleSpecs.append(Self.spec(.none, 0))
            let more = querySpecs(form.given[1])
            for i in 0..<more.count { middleSpecs.append(more[i]) }
        } else {
            middleSpecs.append(Self.spec(.any, 0))
        }
        let firstSpecs = querySpecs(first)
        var best: Int?
        for i in 0..<firstSpecs.count {
            for j in 0..<middleSpecs.count {
                guard let number = keyNumbers[Key(surname: surname, suffix: suffix, first: firstSpecs[i], middle: middleSpecs[j])] else { continue }
                let id = latest[number]
                guard id >= 0 else { continue }
                if best.map({ Self.isLater(id, than: $0, lastSeen: lastSeen) }) ?? true { best = id }
            }
        }
        return best
    }

    /// Makes `id` the latest of the key numbered `k` if it was seen after the one there.
    private mutating func promote(_ id: Int, under k: Int, lastSeen: LastSightings) {
        let held = latest[k]
        if held >= 0, held == id || !Self.isLater(id, than: held, lastSeen: lastSeen) { return }
        latest[k] = id
    }

    /// Whether draft `a` was seen after `b` (unseen: before all), or at the same token with a
    /// lower id, as the first of equal drafts in id order wins a max.
    static func isLater(_ a: Int, than b: Int, lastSeen: LastSightings) -> Bool {
        let sa = lastSeen[a] ?? -1, sb = lastSeen[b] ?? -1
        return sa != sb ? sa > sb : a < b
    }

    /// The specs a given name is filed under: its word, its letter, and its letter as an initial.
    private mutating func filedSpecs(_ word: String) -> Specs {
        var specs = Specs()
        specs.append(Self.spec(.word, number(word)))
        guard let c = word.first else { return specs }
        let letter = number(String(c))
        specs.append(Self.spec(.letter, letter))
        if NameForm.isInitial(word) { specs.append(Self.spec(.initial, letter)) }
        return specs
    }

    /// The specs of the names that agree with a given name (``NameForm/givenNamesAgree(_:_:)``):
    /// any of its letter for an initial; else the same word or an initial of its letter. A
    /// word or letter never filed gives no spec (no key holds it).
    private func querySpecs(_ word: String) -> Specs {
        var specs = Specs()
        guard let c = word.first else {
            if let w = words[word] { specs.append(Self.spec(.word, w)) }
            return specs
        }
        let letter = words[String(c)]
        if NameForm.isInitial(word) {
            if let letter { specs.append(Self.spec(.letter, letter)) }
            return specs
        }
        if let w = words[word] { specs.append(Self.spec(.word, w)) }
        if let letter { specs.append(Self.spec(.initial, letter)) }
        return specs
    }
}
