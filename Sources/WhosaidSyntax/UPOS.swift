/// A Universal Dependencies part-of-speech tag (UPOS).
public enum UPOS: UInt8, Sendable, CaseIterable, Codable {
    case adj, adp, adv, aux, cconj, det, intj, noun, num, part, pron, propn, punct, sconj, sym, verb, x

    /// The number of tags.
    public static let count = 17

    /// The tag as written in CoNLL-U ("NOUN", "PROPN").
    public var name: String { Self.names[Int(rawValue)] }

    /// The tag numbered `tag` (its raw value), which must be one: the tagger's passes write tags as
    /// bytes, and ``init(rawValue:)``, a call and a switch a word, was about 1% of tagging.
    @inline(__always) init(tag: UInt8) {
        precondition(tag < Self.count, "UPOS: a tag byte out of range")
        // The cases are numbered 0..<count in order, as their raw values are: the byte is the case.
        self = unsafeBitCast(tag, to: UPOS.self)
    }

    /// The tag written `name` in CoNLL-U, if it is one.
    public init?(name: String) {
        guard let i = Self.names.firstIndex(of: name) else { return nil }
        self.init(rawValue: UInt8(i))
    }

    static let names = [
        "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT",
        "SCONJ", "SYM", "VERB", "X",
    ]

    /// Nouns, proper nouns and pronouns: the heads of noun phrases.
    public var isNominal: Bool { self == .noun || self == .propn || self == .pron }
    /// Verbs and auxiliaries.
    public var isVerbal: Bool { self == .verb || self == .aux }
}
