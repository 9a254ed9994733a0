import Testing
@testable import WhosaidModel

/// Fast paths that must answer exactly as the plain code they replace: the banded edit distance
/// and the presence bound before it, the first word of a name, the full-stop ending and the
/// chain pronouns found per form.
@Suite struct ShortcutEquivalenceTests {
    /// The full Levenshtein table of two non-empty sequences, as the reference.
    private static func levenshtein(_ a: [UInt8], _ b: [UInt8]) -> Int {
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }

    /// Every word of one to five letters over "a" and "b": near and far pairs of all lengths.
    private static let shortWords: [[UInt8]] = (1...5).flatMap { n in
        (0..<(1 << n)).map { bits in (0..<n).map { UInt8(0x61 + (bits >> $0) & 1) } }
    }

    @Test func boundedEditDistanceDecidesTheLimitAsTheFullTable() {
        var mismatches: [String] = []
        for a in Self.shortWords {
            for b in Self.shortWords {
                let distance = Self.levenshtein(a, b)
                for limit in 0...5 {
                    let bounded = KeyphraseRanking.boundedEditDistance(a, b, limit: limit)
                    // Within the limit the distance itself; past it, any number past it.
                    if distance <= limit ? bounded != distance : bounded <= limit {
                        mismatches.append("\(a) \(b) limit \(limit): \(bounded), not \(distance)")
                    }
                }
            }
        }
        #expect(mismatches.isEmpty)
    }

    /// Words of one to four bytes over "a", "b" and "!" (which shares "a"'s presence bit).
    private static let sharedBitWords: [[UInt8]] = {
        let letters: [UInt8] = Array("ab!".utf8)
        var words: [[UInt8]] = [[]]
        var all: [[UInt8]] = []
        for _ in 1...4 {
            words = words.flatMap { w in letters.map { w + [$0] } }
            all += words
        }
        return all
    }()

    @Test func presenceBoundNeverRulesOutAPairWithinTheLimit() {
        var wrong: [String] = []
        for a in Self.sharedBitWords {
            for b in Self.sharedBitWords {
                let distance = Self.levenshtein(a, b)
                let presence = (KeyphraseRanking.presence(of: a), KeyphraseRanking.presence(of: b))
                for limit in 0...4 where distance <= limit {
                    if !KeyphraseRanking.mayBeWithin(presence: presence.0, presence.1, distance: limit) {
                        wrong.append("\(a) \(b) limit \(limit): distance \(distance) ruled out")
                    }
                }
            }
        }
        #expect(wrong.isEmpty)
        // And it rules out what lies far apart: no byte value in common.
        let far = (KeyphraseRanking.presence(of: Array("abcd".utf8)), KeyphraseRanking.presence(of: Array("wxyz".utf8)))
        #expect(!KeyphraseRanking.mayBeWithin(presence: far.0, far.1, distance: 3))
    }

    @Test(arguments: ["Ana Reyes", "  de Blasio", "Reyes", "", "   ", "e\u{301} x", "a  b", "a \u{301}b c", "\r\n ab", "ab\t cd ", " Zoë Baird"])
    func firstWordIsTheFirstPieceOfSplit(name: String) {
        #expect(name.firstSpaceSeparatedWord == name.split(separator: " ").first)
    }

    @Test(arguments: ["Ana Reyes", "  de Blasio", "Reyes", "", "   ", "e\u{301} x", "a  b", "a \u{301}b c", "\r\n ab", "ab\t cd ", " Zoë Baird", "the  senators  "])
    func spaceSeparatedWordsAreThePiecesOfSplit(name: String) {
        #expect(name.spaceSeparatedWords == name.split(separator: " "))
    }

    @Test(arguments: ["said", "A", "9", "z\u{301}", "\"", "''", "'", "\u{2019}", "\u{201D}", "--", "\u{2014}", "-", "", "@", "[", "`", "\u{212A}"])
    func aWordOpeningWithALetterOrDigitIsNoMark(text: String) {
        let marks = SubjectTagRepair.closingQuoteMarks + MentionFinder.dashes + ["-"] + Attributor.clauseOpeningMarks + Attributor.clauseClosingMarks
        if text.opensWithASCIIAlphanumeric { #expect(!marks.contains(text)) }
        #expect(text.opensWithASCIIAlphanumeric == (text.utf8.first.map { $0 < 0x80 && (Character(UnicodeScalar($0)).isLetter || Character(UnicodeScalar($0)).isNumber) } ?? false))
    }

    @Test(arguments: ["sen.", "gov", ".", "", "dr.\u{301}", "u.s.", "abc"])
    func fullStopEndingIsHasSuffix(word: String) {
        #expect(PersonNameIndex.endsWithFullStop(word) == word.hasSuffix("."))
    }

    /// The last byte read in place, the possessive test and `endsWith` answer as `utf8.last`
    /// and `hasSuffix` do, for small, large and non-ASCII texts.
    @Test(arguments: [
        "company's", "Sainsbury’s", "its", "s", "'s", "’s", "", "Jones'", "boss’s\u{301}", "bus",
        "é", "an ordinary sentence long enough not to be a small string, ending in Sainsbury’s",
        "a long text of more than fifteen bytes that ends without the letter", "Ørsted’S", "cafés",
        // A prepend scalar (U+0600) joins the next scalar to its Character: no suffix starts there.
        "\u{0600}s", "x\u{0600}'s", "x\u{0600}’s", "\u{0600}ing", "going",
    ])
    func possessiveEndingIsHasSuffix(word: String) {
        #expect(word.lastUTF8Byte == word.utf8.last)
        #expect(word.isPossessiveForm == (word.hasSuffix("'s") || word.hasSuffix("\u{2019}s")))
        for suffix in ["s", "'s", "’s", "és", "ing"] { #expect(word.endsWith(suffix) == word.hasSuffix(suffix), "\(suffix)") }
        let substring = String(word.dropFirst())
        #expect(substring.lastUTF8Byte == substring.utf8.last)
    }

    @Test func chainPronounsAreTheHeAndSheWordsOutsideQuotes() {
        let lowers = ["he", "said", "her", "she", "they", "hers"]
        let infos = lowers.map { Token.FormInfo(length: $0.count, kind: .word, isCapitalized: false, classes: []) }
        let forms = [0, 1, 2, 3, 0, 4, 5, 2]
        var tokens = Tokens(
            records: forms.enumerated().map { Token.Record(start: 4 * $0, sentence: 0, form: $1) }, lowers: lowers,
            infos: infos)
        tokens[4].quote = 0
        let expected = tokens.indices.filter {
            tokens[$0].quote == nil && PronounSalience.chainPronouns.contains(tokens[$0].lower)
        }
        #expect(PronounSalience.chainPronounTokens(in: tokens, formCount: lowers.count) == expected)
        #expect(expected == [0, 2, 3, 7])
    }
}
