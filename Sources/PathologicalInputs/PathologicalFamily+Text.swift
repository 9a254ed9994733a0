extension PathologicalFamily {
    /// A text of this family of at least `bytes` bytes of UTF-8 (one unit more at most). The same
    /// family and size always give the same text.
    public func text(bytes: Int) -> String {
        var builder = TextBuilder(target: bytes)
        var random = SplitMix64(state: 0x5EED_0000 &+ UInt64(bytes))
        switch self {
        case .unclosedGuillemets:
            builder.repeatUnit { _ in "« a " }
        case .backtickPairs:
            builder.repeatUnit { _ in "``a " }
        case .punctuationRuns:
            let marks = Array(".,;:!?…—–-()[]\"“”‘’'«»„`´/\\*&%$#@ ".unicodeScalars)
            builder.repeatUnit { _ in String(marks[Int(random.next() % UInt64(marks.count))]) }
        case .unclosedNestedMarks:
            builder.repeatUnit { _ in "“‘" }
        case .deeplyNestedMarks:
            // Each level costs "“a " to open and "” " to close: half the bytes open, half close.
            let depth = max(1, bytes / 11)
            for level in 0..<depth { builder.append(level % 2 == 0 ? "“a " : "‘a ") }
            for level in (0..<depth).reversed() { builder.append(level % 2 == 0 ? "” " : "’ ") }
        case .curlyOpenings:
            builder.repeatUnit { _ in "“a " }
        case .namesWithRoles:
            let roles = ["the minister of", "a spokesman for", "the mayor of", "chief executive of", "a senator from"]
            builder.repeatUnit { n in
                let role = roles[n % roles.count]
                return "\(Self.name(n)) \(Self.name(n / 7 + 1)), \(role) \(Self.name(n + 3)), said “We will win the vote.” "
            }
        case .quoteMarkParagraphs:
            let marks = Array("\"“”‘’'«»„`".unicodeScalars)
            builder.repeatUnit { _ in
                let count = 1 + Int(random.next() % 6)
                var line = ""
                for _ in 0..<count { line.unicodeScalars.append(marks[Int(random.next() % UInt64(marks.count))]) }
                return line + "\n\n"
            }
        case .unpunctuatedSentence:
            let words = ["the", "minister", "said", "Ada", "Bel", "would", "win", "he", "plan", "officials", "told",
                         "reporters", "that", "Mr", "Cor", "warned", "she", "vote", "city", "council"]
            builder.repeatUnit { _ in words[Int(random.next() % UInt64(words.count))] + " " }
        case .repeatedQuote:
            builder.repeatUnit { _ in "“We will win the vote,” Ada Bel said. " }
        case .manyQuotesOneSentence:
            builder.append("Ada Bel, the minister, said ")
            builder.repeatUnit { _ in "“we win” and " }
        case .sharedSurname:
            builder.repeatUnit { n in "\(Self.name(n)) Bel said “We will win the vote.” Bel said “Yes.” " }
        case .pronounsInOneParagraph:
            builder.repeatUnit { n in "\(Self.name(n)) Bel said “We will win the vote.” It said “No.” " }
        case .colonQuotes:
            builder.repeatUnit { _ in "the plan: “we will win the vote” and " }
        case .reportedChain:
            let speakers = ["officials", "the minister", "Ada Bel", "he", "the mayor", "she"]
            builder.repeatUnit { n in "\(speakers[n % speakers.count]) said " }
        case .oneSpeakerManyRoles:
            builder.repeatUnit { n in "Gov. Ada Bel, the minister of \(Self.name(n)), said “We will win the vote.” " }
        case .chainedRelativeClauses:
            builder.repeatUnit { _ in "Ada Bel, who said the plan would win, told reporters, " }
        case .reasonClauses:
            builder.append("Ada Bel said the plan failed")
            builder.repeatUnit { _ in ", because it was late" }
        case .parentheticalCues:
            builder.repeatUnit { _ in "It was wrong, Ada Bel said, " }
        case .citingQuotes:
            builder.repeatUnit { _ in "Bel, citing \"x,\" said " }
        case .coordinatedDeeds:
            builder.repeatUnit { _ in "Ada Bel said she admires the plan and left " }
        case .headlineLabels:
            builder.repeatUnit { _ in "Zorq Vantic: We Should Cut Taxes Now. " }
        case .coordinatedRoles:
            builder.append("“We won,” said the owner")
            builder.repeatUnit { _ in " and chairman, the owner" }
        case .bareSurnameSubjects:
            builder.repeatUnit { n in "\(Self.surname(n)) left. " }
        case .surnameEchoes:
            builder.repeatUnit { n in "\(Self.givenName(n)) \(Self.surname(n)) left. \(Self.surname(n)) stayed.\n\n" }
        case .placeRoleSpeakers:
            builder.repeatUnit { n in "“We won,” said the mayor of \(Self.name(n + Self.wordOffset))ville.\n\n" }
        case .oneRoleManyHolders:
            builder.repeatUnit { n in "Mayor \(Self.givenName(n)) \(Self.surname(n)) spoke. “We won,” said the mayor.\n\n" }
        case .unheldRoleAmongSpeakers:
            builder.repeatUnit { n in "“No,” \(Self.surname(n)) said. “Yes,” said the mayor.\n\n" }
        case .titledPeopleAndDescriptions:
            builder.repeatUnit { n in
                "Sen. Tom \(Self.surname(n)) spoke. “No,” \(Self.name(n + Self.wordOffset))z said. “Yes,” said the mayor. “Maybe,” said the 31-year-old.\n\n"
            }
        case .sharedRoleModifiers:
            builder.repeatUnit { n in
                "“Yes,” said \(Self.givenName(n)) \(Self.surname(0)), a Florida Republican senator.\n\n“We won,” said the Florida Republican senator.\n\n"
            }
        case .distinctRoleModifiers:
            builder.repeatUnit { n in
                let word = Self.name(n + Self.wordOffset)
                return "“Yes,” said \(Self.givenName(n)) \(Self.surname(0)), a Florida \(word) senator.\n\n“We won,” said the Florida \(word) senator.\n\n"
            }
        case .unnamedPronounSpeakers:
            builder.repeatUnit { _ in "“We will win the vote,” she said. " }
        case .sharedFirstNameDistinctMiddles:
            builder.repeatUnit { n in "“Yes,” said Ann \(Self.name(n + Self.wordOffset)) \(Self.surname(0)).\n\n" }
        case .initialsSharedSurname:
            builder.repeatUnit { n in
                let initial = Character(Unicode.Scalar(UInt8(ascii: "A") + UInt8(n % Self.letters)))
                return "“Yes,” said \(initial). \(Self.givenName(n)) \(Self.surname(0)).\n\n“No,” said \(Self.givenName(n)) \(Self.surname(0)).\n\n"
            }
        case .unspacedScript:
            builder.repeatUnit { _ in "中" }
        case .randomScalars:
            builder.repeatUnit { _ in String(Self.randomScalar(&random)) }
        case .findingVerbChain:
            builder.repeatUnit { n in (n == 0 ? "Ann Lee said " : "") + "The data imply that " }
        }
        return builder.text
    }

    /// A distinct, capitalised, pronounceable name for each `n` (syllables in base 16).
    static func name(_ n: Int) -> String {
        let syllables = ["ba", "ko", "ri", "mu", "se", "la", "no", "vi", "da", "pe", "tu", "ga", "zo", "mi", "ha", "fe"]
        var n = n
        var name = ""
        repeat {
            name += syllables[n % syllables.count]
            n /= syllables.count
        } while n > 0
        return name.prefix(1).uppercased() + name.dropFirst() + "n"
    }

    /// Where the names of people and places of a text start among ``name(_:)``'s: four
    /// syllables or more, so that no tagger's word or first name is among them.
    static let wordOffset = 4_096

    /// The letters of the Latin alphabet, which initials cycle through.
    static let letters = 26

    /// A distinct given name for each `n`, which no name list holds.
    static func givenName(_ n: Int) -> String { name(n + wordOffset) + "a" }

    /// A distinct surname for each `n`, none of them a given name of ``givenName(_:)``.
    static func surname(_ n: Int) -> String { name(n + wordOffset) + "x" }

    /// A random scalar, mostly ASCII, with quotation marks, line breaks and wider scripts mixed in.
    static func randomScalar(_ random: inout SplitMix64) -> Unicode.Scalar {
        let r = random.next()
        let special = Array("\"“”‘’'«»„`\n\n\r\u{FEFF}\u{00A0}\u{2029}\u{00E9}\u{0301}".unicodeScalars)
        switch r % 10 {
        case 0..<5: return Unicode.Scalar(UInt8(32 + (r >> 8) % 95))
        case 5..<7: return special[Int((r >> 8) % UInt64(special.count))]
        case 7: return Unicode.Scalar(UInt32(0x4E00 + (r >> 8) % 0x5000))!
        case 8: return Unicode.Scalar(UInt32(0x1F300 + (r >> 8) % 0x300))!
        default: return Unicode.Scalar(UInt32(0xA0 + (r >> 8) % 0x1D0))!
        }
    }
}
