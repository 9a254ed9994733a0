import WhosaidSyntax

/// Sounds a speaker makes while thinking ("Um, the job was out at the college", "Uh, yes"): a
/// transcript writes them capitalised at the start of a turn, where the tagger, which never saw
/// them, reads a name. They are interjections, never names or speakers.
enum HesitationWords {
    /// The sounds, lower case. Data: checked by a test.
    static let words: Set<String> = ["um", "uh", "umm", "uhm", "uhh", "erm", "er", "hmm", "hm", "mm", "mmm", "ah", "eh", "uh-huh", "mhm", "mm-hmm"]

    /// The longest sound, in UTF-8 bytes.
    static let longest = words.map(\.utf8.count).max() ?? 0

    /// The first letters of the sounds, a bit per ASCII letter (`a` is bit 0).
    static let firstLetters: UInt32 = words.reduce(0) { bits, word in bits | letterBit(word.utf8.first ?? 0) }

    /// The bit of ASCII lower-case letter `byte` in ``firstLetters``, 0 for any other byte.
    @inline(__always) static func letterBit(_ byte: UInt8) -> UInt32 {
        byte >= 0x61 && byte <= 0x7A ? 1 << UInt32(byte - 0x61) : 0
    }

    /// Whether `lower` is one of ``words``. Most words are ruled out by their length or their
    /// first letter before the set hashes them: asking the set for every word of every sentence
    /// was 1.7% of the engine on real news, 5% of tagging.
    @inline(__always) static func isHesitation(_ lower: String) -> Bool {
        let utf8 = lower.utf8
        guard utf8.count <= longest, let first = utf8.first, firstLetters & letterBit(first) != 0 else { return false }
        return words.contains(lower)
    }

    /// Tags every hesitation sound among `tokens` as an interjection.
    static func repair(_ tokens: inout [Token], _ range: Range<Int>) {
        for k in range where tokens[k].kind == .word && tokens[k].tag != .intj && isHesitation(tokens[k].lower) {
            tokens[k].tag = .intj
        }
    }
}
