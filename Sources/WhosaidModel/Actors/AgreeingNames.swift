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
    struct Key: Hashable {
        var surname: String
        var suffix: String?
        var first: String
        var middle: String
    }

    /// Each key's number, given when a draft is first filed under it: a mention then promotes
    /// its draft by array index, with no key hashed (it is every mention's work).
    private var keyNumbers: [Key: Int] = [:]
    /// The draft seen last (lowest id of a tie; unseen drafts last) among those filed under each
    /// key, by key number.
    private var latest: [Int] = []
    /// The numbers of the keys each draft is filed under now, by id.
    private var keys: [[Int]] = []

    /// Files draft `id` by its name form `form` (nil, or no given name: not filed), replacing
    /// what it was filed by; `lastSeen` is when each draft was last mentioned.
    mutating func file(_ id: Int, form: NameForm?, lastSeen: [Int: Int]) {
        while keys.count <= id { keys.append([]) }
        keys[id] = []
        guard let form, let first = form.given.first, !form.surname.isEmpty else { return }
        let middle = form.given.dropFirst().first
        let middleSpecs = ["*"] + (middle.map(Self.filedSpecs) ?? ["-"])
        for f in Self.filedSpecs(first) {
            for m in middleSpecs {
                let key = Key(surname: form.surname, suffix: form.suffix, first: f, middle: m)
                let number = keyNumbers[key] ?? {
                    latest.append(-1)
                    keyNumbers[key] = latest.count - 1
                    return latest.count - 1
                }()
                keys[id].append(number)
            }
        }
        for k in keys[id] { promote(id, under: k, lastSeen: lastSeen) }
    }

    /// Records that draft `id` was mentioned (after `lastSeen` says so).
    mutating func saw(_ id: Int, lastSeen: [Int: Int]) {
        guard id < keys.count else { return }
        for k in keys[id] { promote(id, under: k, lastSeen: lastSeen) }
    }

    /// Of the drafts filed under a key `form` agrees with, the one seen last (lowest id of a
    /// tie), as a max by last sighting over all agreeing drafts picks; nil when none is filed.
    func latestAgreeing(with form: NameForm, lastSeen: [Int: Int]) -> Int? {
        guard let first = form.given.first, !form.surname.isEmpty else { return nil }
        let middleSpecs = form.given.dropFirst().first.map { ["-"] + Self.querySpecs($0) } ?? ["*"]
        var best: Int?
        for f in Self.querySpecs(first) {
            for m in middleSpecs {
                guard let number = keyNumbers[Key(surname: form.surname, suffix: form.suffix, first: f, middle: m)] else { continue }
                let id = latest[number]
                guard id >= 0 else { continue }
                if best.map({ Self.isLater(id, than: $0, lastSeen: lastSeen) }) ?? true { best = id }
            }
        }
        return best
    }

    /// Makes `id` the latest of the key numbered `k` if it was seen after the one there.
    private mutating func promote(_ id: Int, under k: Int, lastSeen: [Int: Int]) {
        let held = latest[k]
        if held >= 0, held == id || !Self.isLater(id, than: held, lastSeen: lastSeen) { return }
        latest[k] = id
    }

    /// Whether draft `a` was seen after `b` (unseen: before all), or at the same token with a
    /// lower id, as the first of equal drafts in id order wins a max.
    static func isLater(_ a: Int, than b: Int, lastSeen: [Int: Int]) -> Bool {
        let sa = lastSeen[a] ?? -1, sb = lastSeen[b] ?? -1
        return sa != sb ? sa > sb : a < b
    }

    /// The specs a given name is filed under: its word, its letter, and its letter as an initial.
    static func filedSpecs(_ word: String) -> [String] {
        guard let c = word.first else { return ["=" + word] }
        let letter = String(c)
        return NameForm.isInitial(word) ? ["=" + word, "L" + letter, "I" + letter] : ["=" + word, "L" + letter]
    }

    /// The specs of the names that agree with a given name (``NameForm/givenNamesAgree(_:_:)``):
    /// any of its letter for an initial; else the same word or an initial of its letter.
    static func querySpecs(_ word: String) -> [String] {
        guard let c = word.first else { return ["=" + word] }
        let letter = String(c)
        return NameForm.isInitial(word) ? ["L" + letter] : ["=" + word, "I" + letter]
    }
}
