/// The people an article gives each role, title or age, for tying a definite description to the
/// one person who holds it (``ActorBuilder/roleHolder(_:drafts:index:byFullKey:names:holders:)``,
/// read only with ``Engine/Options/linkRoleDescriptions``).
///
/// `Mayor Ann Pruett opened the meeting. … “We will rebuild,” the mayor said.`: the mayor is
/// Pruett, as she is the only person the article calls mayor. When two people hold the role
/// (`Mayor Ann Pruett … Former Mayor Tom Reyes …`) the description names neither for sure, and
/// stays its own actor. People are told apart by surname. Ages work the same way: `Diego Ramos,
/// 24, scored twice. … said the 24-year-old.` is Ramos when no one else is 24.
///
/// Built once per document, on the first description asked about: the names' titles and apposed
/// roles are filed by their role class (``RoleSightings/RoleClass``), and again by that class with
/// each of their words, so that a description reads only the roles of its class holding its
/// rarest proper modifier; each distinct description's verdict is kept, so a text that repeats a
/// description costs one look-up a mention. Reading every role with the description's head at
/// each distinct description was quadratic (`Sen. Ann Rubino, a Florida Kobamirin senator, …`,
/// `… said the Florida Kobamirin senator.`, with thousands of invented words).
final class RoleHolderTable {
    /// What the article says of who holds a role.
    enum Verdict: Equatable {
        /// No one named holds it.
        case none
        /// One person holds it: the index in ``PersonNameIndex/entries`` of the entry to build the
        /// person from (a full name where one holds it), and the first token naming them with it.
        case one(entry: Int, firstToken: Int)
        /// Two people or more hold it.
        case many
    }

    /// A name given a role: its entry and the title or role text.
    private struct Holder {
        var entry: Int
        var text: String
    }

    private let names: PersonNameIndex
    private let tokens: Tokens
    private let document: Document
    private var built = false
    /// Titles and apposed roles by their role class, and by their class holding each of their
    /// words (``RoleSightings/RoleClass/holding(_:)``), in the order of the names.
    private var byClass: [RoleSightings.RoleClass: [Holder]] = [:]
    /// Entries apposed to an age (`Diego Ramos, 24,`), by the age's digits.
    private var byAge: [String: [Int]] = [:]
    /// Ages the text gives someone besides an apposed name (`a 24-year-old woman`, `also 24`):
    /// `the 24-year-old` may be that other person, so no name holds the age alone.
    private var otherAges: Set<String> = []
    /// Verdicts already reached, by description.
    private var memo: [String: Verdict] = [:]

    init(names: PersonNameIndex, tokens: Tokens, document: Document) {
        self.names = names
        self.tokens = tokens
        self.document = document
    }

    /// The oldest age an apposed number is read as.
    static let oldestAge = 120

    /// The age a description names, alone after its article (`the 24-year-old`): its digits.
    static func age(inDescription words: [String]) -> String? {
        guard words.count == 2, words[0] == "the" else { return nil }
        let w = words[1]
        guard w.endsWith("-year-old") else { return nil }
        let digits = w.dropLast("-year-old".count)
        guard !digits.isEmpty, digits.count <= 3, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
              let n = Int(digits), n > 0, n <= oldestAge else { return nil }
        return String(n)
    }

    /// Who holds the role a definite description's words name (`description`, its article
    /// first; `proper`: its capitalised modifiers, which the role must hold too).
    func verdict(description: [String], proper: [String]) -> Verdict {
        build()
        guard let c = RoleSightings.RoleClass(description: description) else { return .none }
        // A role holds the proper words as a set: each once, in order.
        let words = Set(proper).sorted()
        // Kept by what the verdict reads of the description, its role class and proper words: a
        // text of many descriptions of one role, each with other plain words (`the new mayor`,
        // `the busy mayor`), reads the role's holders once.
        let key = c.head + "|" + c.office.joined(separator: " ") + "|" + words.joined(separator: " ")
        if let v = memo[key] { return v }
        // The roles of the class holding the rarest word: a role of the class holds the
        // description's head and other-office words (``RoleWords/role(_:isNamedBy:proper:)``).
        let lists = words.isEmpty ? [byClass[c]] : words.map { byClass[c.holding($0)] }
        var v = Verdict.none
        if lists.allSatisfy({ $0 != nil }), let rarest = lists.map({ $0! }).min(by: { $0.count < $1.count }) {
            for h in rarest where words.count < 2 || RoleWords.role(h.text, isNamedBy: description, proper: words) {
                v = joining(v, h.entry)
                if v == .many { break }
            }
        }
        memo[key] = v
        return v
    }

    /// Who is apposed to the age `digits` (``age(inDescription:)``).
    func verdict(age digits: String) -> Verdict {
        build()
        let key = "age:" + digits
        if let v = memo[key] { return v }
        var v = Verdict.none
        if otherAges.contains(digits) {
            memo[key] = .many
            return .many
        }
        for e in byAge[digits] ?? [] {
            v = joining(v, e)
            if v == .many { break }
        }
        memo[key] = v
        return v
    }

    /// `v` with entry `e` holding the role too: one person while the surnames agree.
    private func joining(_ v: Verdict, _ e: Int) -> Verdict {
        let entries = names.entries
        switch v {
        case .none:
            return .one(entry: e, firstToken: entries[e].token)
        case .one(let kept, let first):
            guard entries[kept].surname == entries[e].surname else { return .many }
            // The fullest name builds the person (`Mayor Ann Pruett` over `Mayor Pruett`).
            let fuller = !entries[kept].name.hasSpace && entries[e].name.hasSpace ? e : kept
            return .one(entry: fuller, firstToken: min(first, entries[e].token))
        case .many:
            return .many
        }
    }

    private func build() {
        guard !built else { return }
        built = true
        for (i, e) in names.entries.enumerated() {
            if let t = e.title { file(Holder(entry: i, text: t)) }
            if let span = e.role, let role = RoleText.cleaned(document.text(in: span)) { file(Holder(entry: i, text: role)) }
            if let age = apposedAge(after: e.token) { byAge[age, default: []].append(i) }
        }
        for k in tokens.indices where k > 0 {
            if let age = unnamedAge(at: k) { otherAges.insert(age) }
        }
    }

    /// Files a title or role under its class, and under its class holding each of its words.
    private func file(_ h: Holder) {
        guard let c = RoleSightings.RoleClass(role: h.text) else { return }
        byClass[c, default: []].append(h)
        var seen = Set<String>()
        for w in RoleWords.expandedWords(h.text) where seen.insert(w).inserted {
            byClass[c.holding(w), default: []].append(h)
        }
    }

    /// The age token `k` gives someone other than a name it is apposed to: an indefinite
    /// `a 24-year-old`, or `also 24` (`The victim, also 24,`); its digits.
    private func unnamedAge(at k: Int) -> String? {
        let w = tokens[k].lower
        let before = tokens[k - 1].lower
        if w.endsWith("-year-old"), before == "a" || before == "an" { return Self.age(inDescription: ["the", w]) }
        if before == "also", tokens[k].kind == .number, w.count <= 3, let n = Int(w), n > 0, n <= Self.oldestAge { return String(n) }
        return nil
    }

    /// The age apposed to the name ending at token `k` (`Ramos, 24,` or `Ramos, 24.`): its digits.
    private func apposedAge(after k: Int) -> String? {
        guard k + 2 < tokens.count, tokens[k + 1].lower == ",", tokens[k + 2].kind == .number,
              tokens[k + 2].sentence == tokens[k].sentence else { return nil }
        let text = tokens[k + 2].lower
        guard text.count <= 3, let n = Int(text), n > 0, n <= Self.oldestAge else { return nil }
        let after = k + 3 < tokens.count && tokens[k + 3].sentence == tokens[k].sentence ? tokens[k + 3].lower : "."
        return after == "," || after == "." ? String(n) : nil
    }
}
