import Testing
@testable import WhosaidModel

/// The tallies of written forms that ``DisplayForms`` keeps for all phrases in one list, and the
/// room a ``SequenceInterner`` is given ahead: neither may change which form is shown.
@Suite struct DisplayFormTalliesTests {
    @Test func eachPhraseShowsItsMostFrequentFormTheEarliestOnATie() {
        var tallies = DisplayForms.Tallies(phrases: 3, forms: 1)
        let seen: [(phrase: Int, text: String)] = [
            (0, "Lake Town"), (1, "harbour"), (0, "lake town"), (1, "Harbour"), (0, "lake town"), (1, "harbour"),
            (1, "Harbour"), (0, "Lake Town"), (0, "Lake Town"),
        ]
        for (phrase, text) in seen { tallies.saw(tallies.form(text, of: phrase)) }
        #expect(tallies.best(of: 0) == "Lake Town")
        // Two sights each: the one seen first.
        #expect(tallies.best(of: 1) == "harbour")
        #expect(tallies.best(of: 2) == "")
    }

    @Test func aFormIsFoundAgainOnlyInItsOwnPhrase() {
        var tallies = DisplayForms.Tallies(phrases: 2, forms: 4)
        let a = tallies.form("river", of: 0)
        let b = tallies.form("river", of: 1)
        #expect(a != b)
        #expect(tallies.form("river", of: 0) == a)
        #expect(tallies.form("River", of: 0) != a)
    }

    @Test func roomMadeAheadKeepsTheInternersIDs() {
        let sequences: [[Int32]] = [[3, 1], [7], [3, 1], [], [7, 7, 7, 7, 7, 7, 7, 7, 7], [7]]
        var plain = SequenceInterner<Int32>(capacity: 2)
        var roomy = SequenceInterner<Int32>(capacity: 2)
        roomy.reserveCapacity(sequences: 2, elements: 3)
        for s in sequences {
            let expected = plain.intern(s)
            let got = roomy.intern(s)
            #expect(got.id == expected.id && got.isNew == expected.isNew)
            roomy.reserveCapacity(sequences: 1, elements: s.count)
        }
        #expect(roomy.count == plain.count)
        #expect(roomy.id(of: [3, 1]) == 0)
        #expect(roomy.id(of: [1, 3]) == nil)
    }
}
