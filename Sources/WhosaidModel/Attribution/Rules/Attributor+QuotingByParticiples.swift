/// `answered the charge by saying, “I have nothing to hide.”`, `responded to the post by saying,
/// “Stop lying.”`: a reporting participle after `by` that leads a quotation names how the verb's
/// deed was done, and the quotation is what was said. The verb before it reports nothing of its
/// own (its object was a mixed statement swallowing the quote); the participle's cue makes the
/// direct statement, its speaker the sentence's subject.
extension Attributor {
    /// Most tokens from a verb's complement start to the `by` of such a participle.
    static let maxQuotingByReach = 12

    /// Whether tokens from `c` (up to `end`) reach `by`, a reporting participle and an opening
    /// mark (a comma or colon may stand before it) with no quote and no finite verb before `by`.
    func leadsToQuotingByParticiple(from c: Int, to end: Int) -> Bool {
        var k = c
        while k + 2 <= end, k - c <= Self.maxQuotingByReach {
            let t = tokens[k]
            if t.quote != nil || isOpenMark(k) || t.tag == .aux || t.tag == .verb && !Lexicon.isGerund(t.lower) { return false }
            if t.lower == "by" {
                let p = tokens[k + 1]
                guard p.tag == .verb, p.quote == nil, p.is(.reporting), Lexicon.isGerund(p.lower) else { return false }
                var m = k + 2
                if m < end, tokens[m].lower.isOne(of: ",", ":") { m += 1 }
                return isOpenMark(m)
            }
            if Self.clauseEndMarks.contains(t.lower) { return false }
            k += 1
        }
        return false
    }
}
