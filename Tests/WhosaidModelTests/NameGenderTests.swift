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

    /// A name most but not nearly all of whose bearers share a sex leans that way; a clear one
    /// leans too, and one shared more evenly does not.
    @Test func namesLeanToTheSexMostOfTheirBearersShare() {
        #expect(FirstNameGender.gender(of: "Bernie") == nil)
        #expect(FirstNameGender.leaning(of: "Bernie") == .male)
        #expect(FirstNameGender.leaning(of: "Kelly") == .female)
        #expect(FirstNameGender.leaning(of: "John") == .male)
        #expect(FirstNameGender.leaning(of: "Jordan") == nil)
        #expect(FirstNameGender.leaning(of: "Dana") == nil)
        #expect(FirstNameGender.leaning(of: "Xqzzyv") == nil)
    }

    @Test func tableIsLargeSortedLowerCaseAndQuantised() {
        let table = FirstNameGender.table
        #expect(table.count > 10_000)
        #expect(table.keys.allSatisfy { key in key.allSatisfy { $0.isASCII && $0.isLowercase } })
        #expect(table.values.allSatisfy { $0 <= 9 })
    }

    /// A lower-case ASCII word is found by its bytes (``FirstNameGender/asciiNames``) with the
    /// value the table gives it; any other word is asked of the table as before.
    @Test func everyNameIsFoundByItsBytesWithTheTablesValue() {
        let table = FirstNameGender.table
        #expect(FirstNameGender.asciiNames.values.count == table.count)
        for (name, value) in table { #expect(FirstNameGender.tenths(of: name) == value, "\(name)") }
        for word in ["mary", "MARY", "Mary", "zzqx", "", "ana-maria", "o'neil", "josé", "jose\u{301}", "\u{212A}ate", "kate"] {
            #expect(FirstNameGender.tenths(of: word) == table[FirstNameGender.lowerKey(word)], "\(word)")
        }
        #expect(FirstNameGender.isFirstName("kate") && FirstNameGender.isFirstName("Kate") && !FirstNameGender.isFirstName("zzqx"))
        #expect(FirstNameGender.asciiNames.complete)
    }

    /// ``FirstNameGender/isName(_:)`` answers as the table does for the word as it is.
    @Test func isNameAnswersAsTheTable() {
        let table = FirstNameGender.table
        for word in ["mary", "MARY", "Mary", "zzqx", "", "ana-maria", "o'neil", "o\u{2019}neil", "josé", "jose\u{301}", "\u{212A}ate", "kate"] {
            #expect(FirstNameGender.isName(word) == (table[word] != nil), "\(word)")
        }
        let long = String(repeating: "A", count: FirstNameGender.stackLowerLimit + 1)
        #expect(FirstNameGender.tenths(of: long) == table[FirstNameGender.lowerKey(long)])
    }

    /// The names' bytes are read from the lines when all are ASCII and none repeats.
    @Test func asciiNamesAreReadFromTheLinesWhenAllAreASCIIAndDistinct() {
        let lines = Array("ann\t9\nbob\t0\n\tx\nnodigit\t\nlast\t5".utf8)
        let read = lines.withUnsafeBufferPointer { FirstNameGender.asciiLines($0) }
        #expect(read?.values == [9, 0, 5])
        #expect(Array("bob".utf8).withUnsafeBufferPointer { read?.words.index(of: $0) } == 1)
        let repeated = Array("ann\t9\nann\t1".utf8)
        #expect(repeated.withUnsafeBufferPointer { FirstNameGender.asciiLines($0) } == nil)
        let accented = Array("zoë\t9".utf8)
        #expect(accented.withUnsafeBufferPointer { FirstNameGender.asciiLines($0) } == nil)
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
