/// Clusters speaker mentions into actors and turns candidates into statements.
///
/// - A full name is one actor; a surname alone ("Sigal", "Mr. Sigal") joins the most recently
///   mentioned person with that surname. Two different full names never merge.
/// - A definite description ("the diplomat") joins an earlier description with the same head.
/// - `he`/`she` go to the most recent person mentioned outside quotes (gender-compatible when
///   known from titles or earlier links); `they`/`it` to the most recent group or organisation.
struct ActorBuilder {
    let document: Document
    let tokens: [Token]
    /// Most mentions a pronoun reads back for its referent: far more than six paragraphs of news
    /// hold, it keeps one huge paragraph of mentions from costing quadratic time.
    let maxPronounLookback = 256

    private struct Draft {
        var names: [String] = []          // bare names, in order seen
        var mentionTexts: [String] = []
        var titles: [String] = []
        var roles: [String] = []
        var kind: ActorKind
        var surname: String
        var fullKey: String?
        var gender: Character? = nil       // "m" or "f"
        var mentions: [TextSpan] = []
        /// What `absorb` has added to `names`, `mentionTexts` and `roles`, for lookups in constant
        /// time: one person with thousands of distinct roles made them quadratic.
        var absorbed: Set<Absorbed> = []
    }

    /// A name, mention text or role absorbed into a draft.
    private enum Absorbed: Hashable {
        case name(String), mentionText(String), role(String)
    }

    /// Drafts by kind and surname (or head), in the order made, so that a mention finds the actors
    /// it may join without reading every draft: thousands of people made that quadratic.
    private struct DraftIndex {
        private struct Key: Hashable {
            var kind: ActorKind
            var surname: String
        }
        private var ids: [Key: [Int]] = [:]
        /// For each kind and surname, the draft seen at the latest token (the lowest id of a tie).
        private var latest: [Key: (id: Int, token: Int)] = [:]

        /// Records that `drafts[id]` is `d`.
        mutating func add(_ id: Int, _ d: Draft) { ids[Key(kind: d.kind, surname: d.surname), default: []].append(id) }

        /// Ids of the drafts of this kind and surname, ascending.
        func ids(_ kind: ActorKind, _ surname: String) -> [Int] { ids[Key(kind: kind, surname: surname)] ?? [] }

        /// Records that `drafts[id]`, which is `d`, was mentioned at token `token` (tokens ascending).
        mutating func saw(_ id: Int, at token: Int, _ d: Draft) {
            let key = Key(kind: d.kind, surname: d.surname)
            if let old = latest[key], old.token > token || old.token == token && old.id < id { return }
            latest[key] = (id, token)
        }

        /// The draft of this kind and surname mentioned last.
        func latest(_ kind: ActorKind, _ surname: String) -> Int? { latest[Key(kind: kind, surname: surname)]?.id }
    }

    func build(_ candidates: [Candidate]) -> (statements: [Statement], actors: [Actor]) {
        var drafts: [Draft] = []
        var byFullKey: [String: Int] = [:]
        var index = DraftIndex()
        var speakerOf: [Int?] = Array(repeating: nil, count: candidates.count)
        // Occurrences of actors in text order, for pronoun resolution: (token, actor).
        var occurrences: [(Int, Int)] = []

        let names = PersonNameIndex(document: document, tokens: tokens)
        // 1. Names and descriptions.
        let order = candidates.indices.sorted { (candidates[$0].speaker?.first ?? Int.max) < (candidates[$1].speaker?.first ?? Int.max) }
        for ci in order {
            guard var m = candidates[ci].speaker, m.kind != .pronoun else { continue }
            // "Keller said" after "Daniel Keller joined": the surname takes the one full name in the text.
            if m.kind == .name, m.actorKind == .person, m.title == nil, !m.bareName(in: document).contains(" "),
               let full = names.uniqueFullName(forSurname: m.head), full.token != m.last {
                m.bareOverride = full.name
            }
            let id = actorID(for: m, drafts: &drafts, index: &index, byFullKey: &byFullKey)
            absorb(m, into: &drafts[id])
            index.saw(id, at: m.first, drafts[id])
            speakerOf[ci] = id
        }
        // People introduced with a title or a role ("Olivia Grant, a nurse,") may be what a later
        // pronoun refers to, though they have not spoken yet.
        for entry in names.entries where entry.hasPersonEvidence {
            let key = self.key(entry.name)
            guard byFullKey[key] == nil, index.ids(.person, entry.surname).isEmpty else { continue }
            var d = Draft(kind: .person, surname: entry.surname, fullKey: key)
            d.names = [entry.name]
            d.absorbed = [.name(entry.name)]
            if let t = entry.title {
                if Lexicon.maleTitles.contains(t) { d.gender = "m" } else if Lexicon.femaleTitles.contains(t) { d.gender = "f" }
            }
            drafts.append(d)
            index.add(drafts.count - 1, d)
            byFullKey[key] = drafts.count - 1
        }
        // 2. Every occurrence of a known person's surname outside quotes is a mention too.
        var surnameOwners: [String: [Int]] = [:]
        // For each surname and first word of a full name, the first owner with both: one lookup
        // per word even when thousands of people share a surname.
        var ownerByFirstWord: [String: [String: Int]] = [:]
        for (id, d) in drafts.enumerated() where d.kind == .person || d.kind == .organisation {
            surnameOwners[d.surname, default: []].append(id)
            if let first = d.fullKey?.split(separator: " ").first.map(String.init), ownerByFirstWord[d.surname]?[first] == nil {
                ownerByFirstWord[d.surname, default: [:]][first] = id
            }
        }
        var lastOwner: [String: Int] = [:]
        for (ti, t) in tokens.enumerated() where t.isCapitalized && t.quote == nil && t.kind == .word {
            var w = t.lower
            if w.utf8.count > 2, w.utf8.last == 0x73, w.utf8.dropLast().last == 0x27 { w.removeLast(2) }  // "Sigal's"
            guard let owners = surnameOwners[w] else { continue }
            var id = owners[0]
            if owners.count > 1 {
                // "Bill Clinton" after "Hillary Clinton": the first name decides; a bare surname
                // goes to the owner seen last.
                let previous = ti > 0 ? tokens[ti - 1].lower : ""
                id = ownerByFirstWord[w]?[previous] ?? lastOwner[w] ?? owners[0]
            }
            lastOwner[w] = id
            occurrences.append((ti, id))
            drafts[id].mentions.append(TextSpan(start: t.start, end: t.end))
        }
        for (ci, c) in candidates.enumerated() {
            if let id = speakerOf[ci], let m = c.speaker, drafts[id].kind != .person {
                occurrences.append((m.first, id))
                drafts[id].mentions.append(m.span)
            }
        }
        occurrences.sort { $0.0 < $1.0 }

        // 3. Pronouns, in text order so that earlier links teach gender.
        for ci in order {
            guard let m = candidates[ci].speaker, m.kind == .pronoun else { continue }
            if let id = resolvePronoun(m, occurrences: occurrences, drafts: drafts) {
                speakerOf[ci] = id
                drafts[id].mentions.append(m.span)
                if drafts[id].gender == nil, drafts[id].kind == .person {
                    if m.head == "he" { drafts[id].gender = "m" } else if m.head == "she" { drafts[id].gender = "f" }
                }
            }
        }
        // 4. Continuations take the speaker of the statement they continue.
        for ci in candidates.indices {
            var k = ci
            var hops = 0
            while speakerOf[ci] == nil, let next = candidates[k].continues, hops < 50 {
                speakerOf[ci] = speakerOf[next]
                k = next
                hops += 1
            }
        }
        return finish(candidates, speakerOf: speakerOf, drafts: drafts)
    }

    private func actorID(
        for m: SpeakerMention, drafts: inout [Draft], index: inout DraftIndex, byFullKey: inout [String: Int]
    ) -> Int {
        func append(_ d: Draft) {
            drafts.append(d)
            index.add(drafts.count - 1, d)
        }
        let bare = key(m.bareName(in: document))
        let words = bare.split(separator: " ")
        let surname = m.kind == .name ? m.head : m.head
        if m.kind == .name && m.actorKind == .person {
            if words.count >= 2 {
                if let id = byFullKey[bare] { return id }
                // A surname-only actor seen before the full name becomes this person.
                let sameSurname = index.ids(.person, surname)
                if sameSurname.count == 1, drafts[sameSurname[0]].fullKey == nil {
                    drafts[sameSurname[0]].fullKey = bare
                    byFullKey[bare] = sameSurname[0]
                    return sameSurname[0]
                }
                append(Draft(kind: .person, surname: surname, fullKey: bare))
                byFullKey[bare] = drafts.count - 1
                return drafts.count - 1
            }
            // The owner mentioned last (every draft is seen when it is made).
            if let best = index.latest(.person, surname) ?? index.ids(.person, surname).first { return best }
            append(Draft(kind: .person, surname: surname, fullKey: nil))
            return drafts.count - 1
        }
        if m.kind == .name {
            if let id = byFullKey["org:" + bare] { return id }
            // "the Department" after "the State Department": same head, same organisation.
            append(Draft(kind: m.actorKind, surname: surname, fullKey: "org:" + bare))
            byFullKey["org:" + bare] = drafts.count - 1
            return drafts.count - 1
        }
        // Descriptions: the same words, or a definite description with an earlier head.
        let descKey = "desc:" + stripDeterminer(key(m.bareName(in: document)))
        if let id = byFullKey[descKey] { return id }
        let firstWord = key(m.text(in: document)).split(separator: " ").first.map(String.init) ?? ""
        if firstWord == "the" || firstWord == "that" || firstWord == "this",
           let id = index.ids(m.actorKind, m.head).last(where: { drafts[$0].fullKey?.hasPrefix("desc:") == true }) {
            return id
        }
        append(Draft(kind: m.actorKind, surname: m.head, fullKey: descKey))
        byFullKey[descKey] = drafts.count - 1
        return drafts.count - 1
    }

    private func absorb(_ m: SpeakerMention, into d: inout Draft) {
        // Distinct forms only: a long article mentions its main speaker thousands of times.
        let bareName = m.bareName(in: document)
        if d.absorbed.insert(.name(bareName)).inserted { d.names.append(bareName) }
        let text = m.text(in: document)
        if d.absorbed.insert(.mentionText(text)).inserted { d.mentionTexts.append(text) }
        if let t = m.title, !t.isEmpty { d.titles.append(t) }
        if let r = m.role, !r.isEmpty, d.absorbed.insert(.role(r)).inserted { d.roles.append(r) }
        if m.kind != .name || d.kind != .person { d.mentions.append(m.span) }
        if d.gender == nil, let t = m.title?.lowercased() {
            let words = Set(t.split(separator: " ").map(String.init))
            if !words.isDisjoint(with: Lexicon.maleTitles) { d.gender = "m" }
            if !words.isDisjoint(with: Lexicon.femaleTitles) { d.gender = "f" }
        }
    }

    private func resolvePronoun(_ m: SpeakerMention, occurrences: [(Int, Int)], drafts: [Draft]) -> Int? {
        let p = m.head
        let paragraph = tokens[m.first].paragraph
        // Binary search for the last occurrence before the pronoun.
        var lo = 0
        var hi = occurrences.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if occurrences[mid].0 < m.first { lo = mid + 1 } else { hi = mid }
        }
        var k = lo - 1
        while k >= 0, lo - k <= maxPronounLookback {
            let (ti, id) = occurrences[k]
            k -= 1
            if paragraph - tokens[ti].paragraph > 6 { return nil }
            let d = drafts[id]
            switch p {
            case "he", "she":
                guard d.kind == .person || d.kind == .description else { continue }
                if let g = d.gender, g != (p == "he" ? "m" : "f") { continue }
                return id
            case "they":
                guard d.kind == .group || d.kind == .organisation else { continue }
                return paragraph - tokens[ti].paragraph <= 2 ? id : nil
            case "it":
                guard d.kind == .organisation else { continue }
                return paragraph - tokens[ti].paragraph <= 2 ? id : nil
            default:
                return nil
            }
        }
        return nil
    }

    private func finish(_ candidates: [Candidate], speakerOf: [Int?], drafts: [Draft]) -> (statements: [Statement], actors: [Actor]) {
        // Actors that speak, in order of their first statement.
        var newID: [Int: Int] = [:]
        var actorOrder: [Int] = []
        for ci in candidates.indices {
            if let d = speakerOf[ci], newID[d] == nil {
                newID[d] = actorOrder.count
                actorOrder.append(d)
            }
        }
        var statements: [Statement] = []
        statements.reserveCapacity(candidates.count)
        var statementIDs: [[Int]] = Array(repeating: [], count: actorOrder.count)
        for (ci, c) in candidates.enumerated() {
            let id = statements.count
            let actor = speakerOf[ci].flatMap { newID[$0] }
            if let a = actor { statementIDs[a].append(id) }
            var cueText: String?
            var cueSpan: TextSpan?
            if let r = c.cue {
                cueSpan = TextSpan(start: tokens[r.lowerBound].start, end: tokens[r.upperBound].end)
                cueText = document.text(in: cueSpan!)
            }
            var confidence = c.confidence
            if c.speaker?.kind == .pronoun { confidence *= actor == nil ? 0.3 : 0.9 }
            statements.append(Statement(
                id: id, span: c.span, text: document.text(in: c.span), kind: c.kind, cue: cueText, cueSpan: cueSpan,
                actorID: actor, speakerMention: c.speaker?.span, paragraph: document.paragraphIndex(at: c.span.start),
                rule: actor == nil && c.rule == .continuation ? .unattributed : c.rule,
                confidence: actor == nil ? min(confidence, 0.3) : confidence))
        }
        let actors = actorOrder.enumerated().map { (newIndex, d) -> Actor in
            let draft = drafts[d]
            let name = canonicalName(draft)
            var aliases: [String] = []
            var seen: Set<String> = [name, ""]
            for n in draft.names + draft.mentionTexts where seen.insert(n).inserted {
                aliases.append(n)
            }
            var roles = draft.roles
            if draft.kind == .person, name.split(separator: " ").count >= 2 {
                var known = Set(roles)
                for t in draft.titles where !name.hasPrefix(t) && known.insert(t).inserted { roles.append(t) }
            }
            return Actor(id: newIndex, name: name, aliases: aliases, roles: roles, kind: draft.kind,
                         mentions: Array(Set(draft.mentions)).sorted(), statementIDs: statementIDs[newIndex])
        }
        return (statements, actors)
    }

    private func canonicalName(_ d: Draft) -> String {
        let best = d.names.max { a, b in
            let wa = a.split(separator: " ").count
            let wb = b.split(separator: " ").count
            return wa != wb ? wa < wb : a.count < b.count
        } ?? "unknown"
        if d.kind == .person, best.split(separator: " ").count == 1, let title = d.titles.last,
           let word = title.split(separator: " ").last {
            return "\(word) \(best)"
        }
        return best
    }

    private func key(_ s: String) -> String {
        var k = s.lowercased()
        if k.utf8.contains(0xE2) {  // a curly apostrophe (U+2019) starts with this byte
            k = String(String.UnicodeScalarView(k.unicodeScalars.map { $0 == "\u{2019}" ? "'" : $0 }))
        }
        if k.hasSuffix("'s") { k.removeLast(2) }
        return k
    }

    private func stripDeterminer(_ s: String) -> String {
        let words = s.split(separator: " ")
        guard let f = words.first, Lexicon.determiners.contains(String(f)), words.count > 1 else { return s }
        return words.dropFirst().joined(separator: " ")
    }
}
