/// Surnames written with a lower-case Arabic article or patronymic joined by a hyphen
/// (`al-Assad`, `el-Sisi`, `bin-Salman`, `abu-Bakr`): the word is a name, capitalised after the
/// hyphen, though its first letter is not.
enum ArticlePrefixedNames {
    /// Lower-case prefixes that open such a name before a hyphen.
    static let prefixes: WordSet = ["al", "el", "ad", "as", "ash", "at", "az", "an", "ar", "bin", "ibn", "abu", "ben"]

    /// Whether a word opening with `c` may be such a name (a cheap test before ``isName``).
    @inline(__always) static func opensWith(_ c: Unicode.Scalar) -> Bool {
        c == "a" || c == "e" || c == "b" || c == "i"
    }

    /// Whether the word `s[start..<end]` is a name of that shape: a listed prefix, a hyphen, and
    /// a capital letter.
    static func isName(_ s: some ScalarReader, start: Int, end: Int) -> Bool {
        var h = start
        while h < end, h - start <= 3, s[h] != "-" { h += 1 }
        guard h > start, h + 1 < end, s[h] == "-", Characters.isUpper(s[h + 1]) else { return false }
        var prefix = ""
        for k in start..<h { prefix.unicodeScalars.append(s[k]) }
        return prefixes.contains(prefix)
    }
}
