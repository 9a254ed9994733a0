import Foundation

/// The role an apposition gives a person, cleaned of what is no role: an age (`Tamika Jones, 44,
/// a nurse from Camden,` has the role "a nurse from Camden"; `Tamika Jones, 44,` has none), or a
/// participle clause (`A defense official, speaking on condition of anonymity, said`).
enum RoleText {
    /// Most digits of an age.
    static let maxAgeDigits = 3

    /// `role` without an age opening it (and the comma or dash after the age); nil when nothing is left.
    static func cleaned(_ role: String) -> String? {
        var rest = Substring(role).drop(while: isSeparator)
        let digits = rest.prefix(while: { $0.isASCII && $0.isNumber })
        if !digits.isEmpty, digits.count <= maxAgeDigits {
            let after = rest.dropFirst(digits.count)
            // "44," or "44" alone is an age; "44 years in office" or "1,200 members" is not.
            if after.isEmpty || after.first == "," && !(after.dropFirst().first?.isNumber ?? false) {
                rest = after.drop(while: isSeparator)
            }
        }
        let text = closingQuotedTitle(String(rest))
        return text.isEmpty || opensParticipleClause(text) || opensNoNounPhrase(text) ? nil : text
    }

    /// Quotation marks a role may open a title or a nickname with (`the author of “Night
    /// Train”`), each with its closing mark; a typewriter mark closes itself.
    static let quoteMarkPairs: [(open: String, close: String)] = [("\u{201C}", "\u{201D}"), ("''", "''"), ("\"", "\"")]

    /// Words a role may end in before an opening mark with nothing after it (`the author of ''`).
    static let linksBeforeQuotedTitle: Set<String> = ["of", "as", "called", "named", "titled", "entitled", "dubbed", "in", "on", "for"]

    /// `role` with a quotation it opens and leaves open mended: a mark that the role ends in,
    /// with nothing quoted after it, goes with the link word before it (`the author of ''`, where
    /// the mention stopped at the quotation, reads `the author`); a quotation cut short before
    /// its closing mark is closed (`the hacker known as “Guccifer,` reads `the hacker known as
    /// “Guccifer”`). A role with balanced marks is returned as it is.
    static func closingQuotedTitle(_ role: String) -> String {
        guard mayHoldQuoteMark(role) else { return role }
        for pair in quoteMarkPairs {
            let opens = role.components(separatedBy: pair.open).count - 1
            let unbalanced = pair.open == pair.close ? opens % 2 == 1 : opens > role.components(separatedBy: pair.close).count - 1
            guard unbalanced, let mark = role.range(of: pair.open, options: .backwards) else { continue }
            let quoted = role[mark.upperBound...].trimmingCharacters(in: CharacterSet(charactersIn: " ,;"))
            if quoted.isEmpty {
                var words = role[..<mark.lowerBound].split(separator: " ")
                if let last = words.last, linksBeforeQuotedTitle.contains(last.lowercased()) { words.removeLast() }
                return words.joined(separator: " ")
            }
            return role[..<mark.upperBound] + quoted + pair.close
        }
        return role
    }

    /// Whether `role` may hold one of ``quoteMarkPairs``' opening marks, read from its bytes: a
    /// straight double mark, two typewriter single marks in a row, or the lead byte of `“`
    /// (a possessive's single mark is none). Comparing Characters cost about 70 M instructions
    /// over PolNeAR train's roles.
    static func mayHoldQuoteMark(_ role: String) -> Bool {
        var previous: UInt8 = 0
        for byte in role.utf8 {
            if byte == 0x22 || byte == 0xE2 || byte == 0x27 && previous == 0x27 { return true }
            previous = byte
        }
        return false
    }

    /// Relative pronouns that open a clause about the person, not a role (`who clashed with…`).
    static let relativePronouns: WordSet = ["who", "whom", "whose", "which", "that"]

    /// Whether `role` opens with what no appositive noun phrase opens with: a preposition (`of
    /// Sarasota`, `in a statement released on Thursday`, `with whom he clashed`), a relative
    /// pronoun, or a title of courtesy before a name alone (`Mr. Van`); or holds only numbers (`22 and 19`, two ages; `33%`), where a noun after a
    /// number makes a role (`2016 nominee`).
    static func opensNoNounPhrase(_ role: String) -> Bool {
        // The first word decides most roles: the whole is split into words only after a number
        // or a title (split whole at every call, a role took some 17,000 instructions).
        guard let first = firstWord(of: role) else { return false }
        if first.first?.isNumber == true {
            return !role.split(separator: " ").contains { $0 != "and" && $0.contains(where: \.isLetter) }
        }
        let word = first.lowercased()
        // "Mr. Van": a title of courtesy and a name, with no noun of what the person does.
        if RoleWords.honorifics.contains(word) {
            return !role.split(separator: " ").dropFirst().contains { $0.first?.isLowercase == true }
        }
        return Lexicon.prepositions.contains(word) || relativePronouns.contains(word)
    }

    /// Words that open a participle's object or adjunct (`speaking on…`, `citing a report`,
    /// `asked about…`): after them a participle heads a clause, where before a noun it is a
    /// modifier (`acting director`, `retired teacher`).
    static let clauseOpeners: Set<String> = Lexicon.prepositions.union(["a", "an", "the", "his", "her", "their", "its", "that"])

    /// Whether `role` opens with a participle and its clause: the person's doing, not a role.
    static func opensParticipleClause(_ role: String) -> Bool {
        // An ASCII role is read byte by byte (split by Characters, a role took some 9,000
        // instructions; 1,550 roles on PolNeAR train).
        if let ascii = role.withASCIIBytes(asciiOpensParticipleClause) { return ascii }
        let words = role.split(separator: " ", maxSplits: 2)
        guard words.count >= 2, let first = words.first, first.first?.isLowercase == true,
              first.hasSuffix("ing") || first.hasSuffix("ed") else { return false }
        return clauseOpeners.contains(String(words[1]).lowercased())
    }

    /// ``opensParticipleClause(_:)`` of an ASCII role's bytes `u`: its first two words are the
    /// first two runs of non-spaces.
    private static func asciiOpensParticipleClause(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = String.firstASCIIWord(u), let second = String.firstASCIIWord(u, from: first.upperBound),
              u[first.lowerBound] &- 0x61 < 26 else { return false }
        let n = first.count, end = first.upperBound
        let ing = n >= 3 && u[end - 3] == 0x69 && u[end - 2] == 0x6E && u[end - 1] == 0x67
        let ed = n >= 2 && u[end - 2] == 0x65 && u[end - 1] == 0x64
        guard ing || ed else { return false }
        return clauseOpeners.contains(String(decoding: UnsafeBufferPointer(rebasing: u[second]), as: UTF8.self).lowercased())
    }

    /// The first word of `role` split at spaces (`split(separator: " ", maxSplits: 1).first`),
    /// found byte by byte in an ASCII role.
    private static func firstWord(of role: String) -> Substring? {
        guard let ascii = role.withASCIIBytes({ String.firstASCIIWord($0) }) else {
            return role.split(separator: " ", maxSplits: 1).first
        }
        guard let range = ascii else { return nil }
        let start = role.utf8.index(role.startIndex, offsetBy: range.lowerBound)
        return role[start..<role.utf8.index(start, offsetBy: range.count)]
    }

    /// Whether `c` separates an age from what follows it: a space, a comma or a dash.
    private static func isSeparator(_ c: Character) -> Bool {
        c == " " || c == "," || c == "\u{2014}" || c == "\u{2013}" || c == "-"
    }
}
