import WhosaidSyntax

/// Sounds a speaker makes while thinking ("Um, the job was out at the college", "Uh, yes"): a
/// transcript writes them capitalised at the start of a turn, where the tagger, which never saw
/// them, reads a name. They are interjections, never names or speakers.
enum HesitationWords {
    /// The sounds, lower case. Data: checked by a test.
    static let words: Set<String> = ["um", "uh", "umm", "uhm", "uhh", "erm", "er", "hmm", "hm", "mm", "mmm", "ah", "eh", "uh-huh", "mhm", "mm-hmm"]

    /// Tags every hesitation sound among `tokens` as an interjection.
    static func repair(_ tokens: inout [Token], _ range: Range<Int>) {
        for k in range where tokens[k].kind == .word && tokens[k].tag != .intj && words.contains(tokens[k].lower) {
            tokens[k].tag = .intj
        }
    }
}
