import WhosaidSyntax

extension SubjectTagRepair {
    /// The words of a sentence that a rule of ``SubjectTagRepair`` may start from: its reporting
    /// verbs tagged as verbs, its adjectives and its capitalised auxiliaries, in text order.
    ///
    /// Every rule starts from one of these, at the word itself or a fixed step from it (the
    /// word before a cue, the adjective before a comma), and no rule tags a word as a verb, an
    /// adjective or an auxiliary, so the sites read before the first rule hold every word any
    /// rule would start from later; a rule still tests each site's tag as it comes to it. Read
    /// once, they spare each rule a pass over every word of the sentence (each pass cost about
    /// 26 instructions a word on news, eight passes a sentence).
    enum RepairSites {
        /// The sites of a sentence, as token indices in ascending order.
        typealias List = UnsafeBufferPointer<Int32>

        /// Writes the sites of the sentence `range` of `tokens` into `room` (one slot a word at
        /// most) and returns them.
        static func find(in tokens: Tokens, _ range: Range<Int>, into room: UnsafeMutableBufferPointer<Int32>) -> List {
            precondition(room.count >= range.count, "no room for the sentence's sites")
            var count = 0
            for k in range {
                let tag = tokens.tag(at: k)
                guard tag == .adj || tag == .verb && tokens[k].is(.reporting) || tag == .aux && tokens[k].isCapitalized else { continue }
                room[count] = Int32(truncatingIfNeeded: k)
                count += 1
            }
            return List(rebasing: room[0..<count])
        }
    }
}
