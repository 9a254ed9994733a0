/// One article's actor, as the people pass reads it from the corpus.
public struct ActorSighting: Sendable, Hashable {
    /// The actor's row id.
    public var id: Int64
    /// The article's row id.
    public var article: Int64
    /// The actor's number within its article (its id in the article's analysis).
    public var number: Int
    /// The article's name for the actor, its aliases and kind (`person`, `organisation`, …).
    public var name: String
    public var aliases: [String]
    public var kind: String
    /// Statements by the actor in the article.
    public var statements: Int
    /// The article's date (ISO 8601, as given), if known.
    public var date: String?

    public init(
        id: Int64, article: Int64, number: Int, name: String, aliases: [String] = [], kind: String,
        statements: Int, date: String? = nil
    ) {
        self.id = id
        self.article = article
        self.number = number
        self.name = name
        self.aliases = aliases
        self.kind = kind
        self.statements = statements
        self.date = date
    }
}

/// A corpus person (or organisation): the actors of several articles that are one speaker.
@dynamicMemberLookup
public struct ResolvedPerson: Sendable, Hashable {
    /// Stable identity across runs: `p:` full name, `t:` title and surname, `o:` organisation,
    /// `a:` one article's actor that nothing ties to another.
    public var key: String
    /// Name, other names, counts and dates (no roles: the resolver does not read them).
    public var summary: PersonSummary
    /// Row ids of their actors.
    public var actorIDs: [Int64]

    public subscript<T>(dynamicMember path: KeyPath<PersonSummary, T>) -> T { summary[keyPath: path] }
}

/// Decides which actors of different articles are one person.
///
/// - Actors whose name (or, failing that, one alias) is a full name, a given name and a surname,
///   are one person per full name: "Leon V. Sigal" and "Leon Sigal" meet; "Ann Ruiz" and
///   "Maria Ruiz" do not. When the same full name comes with different middle names or initials
///   ("George W. Bush", "George H. W. Bush") each middle form is its own person, and the forms
///   without one stay apart from both (nothing says which is meant).
/// - An actor known only by a title and a surname ("President Obama") joins the one full-named
///   person that some article gives that form as an alias; otherwise the actors with that title
///   and surname are one person ("Sen. Clinton" and "President Clinton" stay apart).
/// - A bare surname, or a surname after a courtesy title ("Mr. Sigal"), ties the actor to no
///   one: it stays its own person.
/// - Organisations meet by name (without a leading "the"); a common noun phrase ("the company"),
///   groups and descriptions ("a diplomat") are no corpus person.
public enum PeopleResolver {
    /// The corpus people of `sightings`, ordered by key.
    public static func resolve(_ sightings: [ActorSighting]) -> [ResolvedPerson] {
        var groups: [String: [ActorSighting]] = [:]
        var fullNamed: [(ActorSighting, PersonName)] = []
        var titled: [(ActorSighting, String)] = []
        // A corpus names the same people again and again: each distinct form is read once.
        var memo: [String: PersonName?] = [:]
        func read(_ name: String) -> PersonName? {
            if let known = memo[name] { return known }
            let parsed = PersonName(name)
            memo[name] = parsed
            return parsed
        }
        for s in sightings {
            switch s.kind {
            case "person":
                if let name = fullName(of: s, read: read) {
                    fullNamed.append((s, name))
                } else if let titleKey = read(s.name)?.titleKey {
                    titled.append((s, titleKey))
                } else {
                    groups["a:\(s.article):\(s.number)", default: []].append(s)
                }
            case "organisation" where isProperName(s.name):
                groups["o:" + organisationKey(s.name), default: []].append(s)
            default:
                continue
            }
        }
        // Full names, split by middle names where two middle forms compete.
        var middleForms: [String: Set<[String]>] = [:]
        for (_, name) in fullNamed where !name.middle.isEmpty { middleForms[name.fullKey!, default: []].insert(name.middle) }
        var titleEvidence: [String: Set<String>] = [:]
        for (s, name) in fullNamed {
            let full = name.fullKey!
            var key = "p:" + full
            if (middleForms[full]?.count ?? 0) > 1 {
                key += name.middle.isEmpty ? " (?)" : " " + name.middle.joined(separator: " ")
            }
            groups[key, default: []].append(s)
            for alias in [s.name] + s.aliases {
                if let t = read(alias)?.titleKey { titleEvidence[t, default: []].insert(key) }
            }
        }
        for (s, titleKey) in titled {
            if let owners = titleEvidence[titleKey], owners.count == 1 {
                groups[owners.first!, default: []].append(s)
            } else {
                groups["t:" + titleKey, default: []].append(s)
            }
        }
        return groups.keys.sorted().map { person(key: $0, actors: groups[$0]!) }
    }

    /// The actor's full name: its name's, or the one full name its aliases agree on.
    static func fullName(of s: ActorSighting, read: (String) -> PersonName? = PersonName.init) -> PersonName? {
        if let name = read(s.name), name.fullKey != nil { return name }
        let fromAliases = s.aliases.compactMap(read).filter { $0.fullKey != nil }
        guard let first = fromAliases.first, fromAliases.allSatisfy({ $0.fullKey == first.fullKey }) else { return nil }
        return fromAliases.max { $0.middle.count < $1.middle.count }
    }

    /// Whether an organisation's name is a name ("the State Department", "CNN") and not a
    /// common noun phrase that means a different body in each article ("the company").
    static func isProperName(_ name: String) -> Bool {
        var words = name.split(whereSeparator: \.isWhitespace)
        if words.first == "The" || words.first == "the" { words.removeFirst() }
        return words.contains { $0.first?.isUppercase == true }
    }

    /// An organisation's name folded, without a leading "the".
    static func organisationKey(_ name: String) -> String {
        var folded = PersonName.fold(name).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        if folded.hasPrefix("the ") { folded.removeFirst(4) }
        return folded
    }

    static func person(key: String, actors: [ActorSighting]) -> ResolvedPerson {
        var uses: [String: Int] = [:]
        for a in actors {
            uses[a.name, default: 0] += 2
            for alias in a.aliases { uses[alias, default: 0] += 1 }
        }
        let byUse = uses.keys.sorted { l, r in
            uses[l]! != uses[r]! ? uses[l]! > uses[r]! : (l.count != r.count ? l.count > r.count : l < r)
        }
        // The display name is the most used actor name (aliases only break ties).
        let names = Set(actors.map(\.name))
        let name = byUse.first(where: names.contains) ?? actors[0].name
        let dates = actors.compactMap(\.date).filter { !$0.isEmpty }
        let summary = PersonSummary(
            name: name, aliases: Array(byUse.filter { $0 != name }.prefix(30)),
            kind: actors[0].kind == "organisation" ? "organisation" : "person",
            statements: actors.reduce(0) { $0 + $1.statements },
            articles: Set(actors.map(\.article)).count,
            firstDate: dates.min(), lastDate: dates.max(), roles: [])
        return ResolvedPerson(key: key, summary: summary, actorIDs: actors.map(\.id).sorted())
    }
}
