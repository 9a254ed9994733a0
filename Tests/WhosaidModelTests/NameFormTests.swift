import Testing
@testable import WhosaidModel

@Suite struct NameFormTests {
    @Test func particlesBelongToTheSurnameInAnyCase() {
        #expect(NameForm("Bill de Blasio").given == ["bill"])
        #expect(NameForm("Bill de Blasio").surname == "de blasio")
        #expect(NameForm("De Blasio").given.isEmpty)
        #expect(NameForm("De Blasio").surname == "de blasio")
        #expect(NameForm("Lena van der Berg").surname == "van der berg")
        #expect(NameForm("Okafor's").surname == "okafor")
    }

    @Test func initialsAndMiddleNamesAgree() {
        #expect(NameForm("Leon V. Sigal").canBeSamePerson(as: NameForm("Leon Sigal")))
        #expect(NameForm("L. Sigal").canBeSamePerson(as: NameForm("Leon Sigal")))
        #expect(NameForm("Sigal").canBeSamePerson(as: NameForm("Leon V. Sigal")))
        #expect(NameForm("Mary Ann Ortiz").canBeSamePerson(as: NameForm("Mary Ortiz")))
    }

    @Test func differentFirstNamesOrInitialsDoNotAgree() {
        #expect(!NameForm("Ruth Keller").canBeSamePerson(as: NameForm("Daniel Keller")))
        #expect(!NameForm("George H. Wick").canBeSamePerson(as: NameForm("George W. Wick")))
        #expect(!NameForm("Ann Lee").canBeSamePerson(as: NameForm("Ann Leigh")))
    }

    @Test func asciiNamesSplitAsTheirLowerCasedCharacters() {
        #expect(NameForm.asciiLowerWords("Leon  V. SIGAL's") == ["leon", "v.", "sigal"])
        #expect(NameForm.asciiLowerWords(" 's") == [""])
        #expect(NameForm.asciiLowerWords("") == [])
        #expect(NameForm.asciiLowerWords("Zoë Ruiz") == nil)
        // Not ASCII: split by Characters, a curly apostrophe read as a straight one.
        #expect(NameForm("Zoë  Ruiz\u{2019}s").given == ["zoë"])
        #expect(NameForm("Zoë  Ruiz\u{2019}s").surname == "ruiz")
        // The Kelvin sign lower-cases to ASCII "k".
        #expect(NameForm("\u{212A}im Lee").given == ["kim"])
    }

    @Test func memoSplitsEachNameOnce() {
        let memo = NameFormMemo()
        var splits = 0
        let name = { () -> String in splits += 1; return "Ana Reyes" }
        #expect(memo.form(3, of: name) == NameForm("Ana Reyes"))
        #expect(memo.form(3, of: name) == NameForm("Ana Reyes"))
        #expect(memo.form(0) { "Tom Reyes" }.given == ["tom"])
        #expect(splits == 1)
    }

    @Test func particleListIsLowerCaseAndShort() {
        #expect(NameForm.surnameParticles.allSatisfy { $0 == $0.lowercased() && $0.count <= 5 })
        #expect(NameForm.surnameParticles.contains("de"))
        #expect(NameForm.surnameParticles.contains("van"))
    }
}

@Suite struct RoleWordsTests {
    @Test func aDescriptionNamesTheRoleItsHeadHeads() {
        #expect(RoleWords.role("Mayor", isNamedBy: ["the", "mayor"]))
        #expect(RoleWords.role("a Georgia Democrat", isNamedBy: ["the", "georgia", "democrat"]))
        #expect(RoleWords.role("the former secretary of state", isNamedBy: ["the", "former", "secretary"]))
        #expect(RoleWords.role("Sen.", isNamedBy: ["the", "senator"]))
    }

    @Test func anotherOfficeOrAnotherHeadIsNotTheRole() {
        #expect(!RoleWords.role("Vice President", isNamedBy: ["the", "president"]))
        #expect(!RoleWords.role("President", isNamedBy: ["the", "vice", "president"]))
        #expect(RoleWords.role("Vice President", isNamedBy: ["the", "vice", "president"]))
        #expect(!RoleWords.role("Deputy Mayor", isNamedBy: ["the", "mayor"]))
        #expect(!RoleWords.role("Clinton spokesman", isNamedBy: ["the", "clinton"]))
        #expect(!RoleWords.role("a professor at the mayor's school", isNamedBy: ["the", "mayor"]))
        #expect(!RoleWords.role("Sen.", isNamedBy: ["the", "florida", "senator"], proper: ["florida"]))
        #expect(RoleWords.role("Florida Sen.", isNamedBy: ["the", "florida", "senator"], proper: ["florida"]))
    }

    @Test func wordListsAreLowerCaseAndExpansionsAreNouns() {
        for list in [RoleWords.tooGeneral, RoleWords.otherOffice, RoleWords.phraseEnds] {
            #expect(list.allSatisfy { $0 == $0.lowercased() && !$0.isEmpty })
        }
        // Abbreviations: with a full stop, or British style without one (`Prof`, `Cllr`).
        #expect(RoleWords.expansion.keys.allSatisfy { $0.hasSuffix(".") || $0.count <= 4 && $0.allSatisfy(\.isLetter) })
        #expect(RoleWords.expansion.values.allSatisfy { !$0.contains(".") })
    }
}
