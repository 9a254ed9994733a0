/// `Robert “Bob” Whitfield` and `Bob Whitfield` are one person: a nickname in quotation marks
/// after a given name is the name the article may call the person by later (or earlier), so the
/// full name files its nickname form too (``nicknameForm(of:)``), and the actor builder finds one
/// from the other in either order.
extension ActorBuilder {
    /// Most words of a nickname (`“Bob”`, `“Big Jim”`); more is a phrase, no nickname.
    static let maxNicknameWords = 2

    /// Opening and closing quotation marks that may set off a nickname inside a name.
    static let nicknameMarks: [(open: Character, close: Character)] = [("“", "”"), ("\"", "\""), ("‘", "’")]

    /// The name as its nickname forms it (`Bob Whitfield` for `Robert “Bob” Whitfield`,
    /// `Marcia “Cia” Price` gives `Cia Price`): the words in quotation marks, then the words after
    /// them; nil when the name holds no nickname after one given name, or no surname after it.
    static func nicknameForm(of name: String) -> String? {
        // Each mark is one scalar of its own (U+0022, U+2018, U+201C, none the canonical image of
        // another), whose UTF-8 opens with 0x22 or 0xE2: a name with neither byte holds no mark,
        // settled without reading it a character at a time (three `firstIndex(of:)` over every
        // speaker's name cost about 14,000 instructions a name on real news).
        guard name.utf8.contains(where: { $0 == 0x22 || $0 == 0xE2 }) else { return nil }
        for marks in nicknameMarks {
            guard let open = name.firstIndex(of: marks.open) else { continue }
            let afterOpen = name.index(after: open)
            guard afterOpen < name.endIndex, let close = name[afterOpen...].firstIndex(of: marks.close) else { continue }
            let given = name[..<open].split(separator: " ")
            let nickname = name[afterOpen..<close].split(separator: " ")
            let rest = name[name.index(after: close)...].split(separator: " ")
            guard given.count == 1, !nickname.isEmpty, nickname.count <= Self.maxNicknameWords, !rest.isEmpty,
                  (nickname + rest).allSatisfy({ $0.first?.isUppercase == true }) else { return nil }
            return (nickname + rest).joined(separator: " ")
        }
        return nil
    }
}
