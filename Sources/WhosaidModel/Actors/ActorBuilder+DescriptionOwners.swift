extension ActorBuilder {
    /// Whether a definite description names whose office or thing it is, so that it takes up no
    /// earlier description by its head word alone, only one with the same words: a capitalised
    /// word between the article and the head ("the Trump campaign" is not "the Clinton
    /// campaign"), or words after the head ("the mayor of Springfield" is not "the mayor of
    /// Shelbyville"; "the director of research" is not "the director of marketing"). A bare
    /// description ("the mayor", "the campaign") still takes up the last one with its head.
    func namesItsOwner(_ m: SpeakerMention) -> Bool {
        guard m.last > m.first else { return false }
        if m.last > m.first + 1, (m.first + 1..<m.last).contains(where: { tokens[$0].isCapitalized }) { return true }
        // The head's first token after the determiner; any word after it is its complement.
        guard let head = (m.first + 1...m.last).first(where: { tokens[$0].lower == m.head }) else { return false }
        return head < m.last && (head + 1...m.last).contains { tokens[$0].isWord }
    }

    /// Whether description key `short` is the first words of `long` ("the secretary of state"
    /// after "the secretary of state and candidate for the Senate"): a shorter mention of the
    /// same description, which takes it up though it names an owner.
    static func shortens(_ short: String, _ long: String) -> Bool {
        guard long.count > short.count, long.hasPrefix(short) else { return false }
        return long[long.index(long.startIndex, offsetBy: short.count)] == " "
    }

    /// The figures (words with a digit) of a description's key, space-separated: `the 30
    /// percent` counts other people than an earlier `50 percent` and does not take it up, though
    /// the head is the same; `the 50 percent` and a description with no figure may.
    /// An ASCII key (nearly every one) is read byte by byte, where a number is a digit: the
    /// split into `Character`s and their Unicode number test cost about 28,000 instructions a
    /// key, 0.9% of the engine on news.
    static func figures(ofKey key: String) -> String {
        var key = key
        if let ascii = key.withUTF8({ Self.asciiFigures(of: $0) }) { return ascii }
        return key.split(separator: " ").filter { $0.contains(where: \.isNumber) }.joined(separator: " ")
    }

    /// ``figures(ofKey:)`` of a key given as its UTF-8 `bytes`, or nil when it is not all ASCII:
    /// the words (split at spaces, empty ones dropped) holding a digit, joined by single spaces.
    private static func asciiFigures(of bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var out: [UInt8] = []
        var start = 0
        var hasDigit = false
        for i in 0...bytes.count {
            let b: UInt8 = i < bytes.count ? bytes[i] : 0x20
            if b >= 0x80 { return nil }
            if b != 0x20 {
                if b &- 0x30 < 10 { hasDigit = true }
                continue
            }
            if hasDigit {
                if !out.isEmpty { out.append(0x20) }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i]))
            }
            start = i + 1
            hasDigit = false
        }
        return String(decoding: out, as: UTF8.self)
    }
}
