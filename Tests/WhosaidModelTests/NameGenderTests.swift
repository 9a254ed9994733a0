import Testing
@testable import WhosaidModel

@Suite struct NameGenderTests {
    @Test func clearlyFemaleAndMaleNamesAreKnown() {
        #expect(FirstNameGender.gender(of: "Mary") == .female)
        #expect(FirstNameGender.gender(of: "margaret") == .female)
        #expect(FirstNameGender.gender(of: "John") == .male)
        #expect(FirstNameGender.gender(of: "Robert") == .male)
    }

    @Test func namesBothSexesGiveAndUnknownNamesStayUnknown() {
        #expect(FirstNameGender.gender(of: "Jordan") == nil)
        #expect(FirstNameGender.gender(of: "Taylor") == nil)
        #expect(FirstNameGender.gender(of: "Casey") == nil)
        #expect(FirstNameGender.gender(of: "Xqzzyv") == nil)
        #expect(FirstNameGender.gender(of: "") == nil)
    }

    @Test func tableIsLargeSortedLowerCaseAndQuantised() {
        let table = FirstNameGender.table
        #expect(table.count > 10_000)
        #expect(table.keys.allSatisfy { key in key.allSatisfy { $0.isASCII && $0.isLowercase } })
        #expect(table.values.allSatisfy { $0 <= 9 })
    }

    @Test func parserSkipsMalformedLines() {
        let bytes = Array("ann\t9\nbob\t0\n\tx\nnodigit\t\nlast\t5".utf8)
        let table = FirstNameGender.parse(bytes)
        #expect(table == ["ann": 9, "bob": 0, "last": 5])
    }

    @Test func titlesAndPronounsShowGender() {
        #expect(Gender(title: "Ms.") == .female)
        #expect(Gender(title: "Congressman") == .male)
        #expect(Gender(title: "Sen.") == nil)
        #expect(Gender(pronoun: "she") == .female)
        #expect(Gender(pronoun: "they") == nil)
    }
}
