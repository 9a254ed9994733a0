import Testing
@testable import WhosaidModel

/// A person's name after a description with no comma between (`Her neighbor Mark Daley said`):
/// the name speaks and the description is their role
/// (``MentionFinder/describesPersonByRole(first:nameStart:)``); an organisation's name after a
/// description stays whole. And an age set off before an apposition's role does not hide the
/// role (``PersonNameIndex/ageSkipped(from:)``).
struct DescribedNameRoleTests {
    @Test("A description before a full name is the person's role", arguments: [
        ("Her neighbor Walt Brody said the town needed the money.", "the town needed the money", "Walt Brody", "Her neighbor"),
        ("His lawyer Ines Carrow said the charges would be dropped.", "the charges would be dropped", "Ines Carrow", "His lawyer"),
        ("The bakery's founder Lisa Thorne said sales had doubled.", "sales had doubled", "Lisa Thorne", "The bakery's founder"),
        ("Its chief executive Omar Halloway said the plan would work.", "the plan would work", "Omar Halloway", "Its chief executive"),
        ("The economist Greta Vasquez said prices would rise.", "prices would rise", "Greta Vasquez", "The economist"),
        ("The conservative radio host Curtis Wen said the count was rigged.", "the count was rigged", "Curtis Wen", "The conservative radio host"),
        ("“We will appeal,” said her attorney Dana Pelletier.", "We will appeal", "Dana Pelletier", "her attorney"),
        // A surname in -s is no plural here (`Reyes`, `Rivas`).
        ("The economist Tom Reyes said prices would rise.", "prices would rise", "Tom Reyes", "The economist"),
        ("Her neighbor Ana Rivas said the town needed the money.", "the town needed the money", "Ana Rivas", "Her neighbor"),
    ])
    func describedName(_ c: (String, String, String, String)) {
        let a = analyze("The city council met on Tuesday.\n" + c.0)
        #expect(a.speaker(of: c.1) == c.2)
        #expect(a.actor(named: c.2)?.roles == [c.3])
    }

    @Test("A description before a name that is no person's keeps the phrase", arguments: [
        ("The Ortiz campaign said it would respond.", "it would respond", "The Ortiz campaign"),
        ("The Oakland Police Department said two men were arrested.", "two men were arrested", "The Oakland Police Department"),
        ("An emotional Ann Lowe said she was sorry.", "she was sorry", "Ann Lowe"),
    ])
    func notDescribedName(_ c: (String, String, String)) {
        let a = analyze("The city council met on Tuesday.\n" + c.0)
        #expect(a.speaker(of: c.1) == c.2)
    }

    /// `the event organizer Alliance to Reclaim Parks`: one capitalised word after a job noun
    /// is no full name of a person.
    @Test func anOrganisationAfterAJobNounIsNoPerson() {
        let a = analyze("The city council met on Tuesday.\nThousands marched, according to the event organizer Alliance to Reclaim Parks.")
        let speaker = a.speaker(of: "Thousands marched")
        #expect(speaker != nil && speaker != "Alliance")
    }

    @Test func anAgeBeforeTheRoleIsSkipped() {
        let a = analyze("Janet Creel, 64, a retired nurse, leads the group. She said the towers were too tall.")
        #expect(a.speaker(of: "the towers were too tall") == "Janet Creel")
        #expect(a.actor(named: "Janet Creel")?.roles == ["a retired nurse"])
    }
}

extension DescribedNameRoleTests {
    /// A participle modifying the role's noun (`a retired nurse`) is part of the role; a verb
    /// after the apposition's noun is not (`the woman hired staff` gives no role).
    @Test func anAttributiveParticipleStaysInTheRole() {
        let a = analyze("Janet Creel, a retired nurse, leads the group. She said the towers were too tall.")
        #expect(a.actor(named: "Janet Creel")?.roles == ["a retired nurse"])
        let b = analyze("Janet Creel, the woman hired staff, leads the group. She said the towers were too tall.")
        #expect(b.actor(named: "Janet Creel")?.roles == [])
    }
}

extension DescribedNameRoleTests {
    /// A description a name is set off after is the person's role where they do not speak
    /// (``PersonNameIndex/apposedDescriptionRole(before:last:)``).
    @Test("A description before an apposed name is the person's role", arguments: [
        ("Coach Vic Amaro fired his longtime assistant, Dion Hale, on Friday. Hale said he was stunned.", "he was stunned", "Dion Hale", "his longtime assistant"),
        ("The club's general manager, Lou Stanton, met the players. Stanton said the matter was closed.", "the matter was closed", "Lou Stanton", "The club's general manager"),
        ("Hale's lawyer, Marcus Greer, flew in on Sunday. Greer said his client was excused.", "his client was excused", "Marcus Greer", "Hale's lawyer"),
        ("Another parent, Mina Ortiz, was blunter. Ortiz said the board should pay.", "the board should pay", "Mina Ortiz", "Another parent"),
    ])
    func apposedAfterDescription(_ c: (String, String, String, String)) {
        let a = analyze(c.0)
        #expect(a.speaker(of: c.1) == c.2)
        #expect(a.actor(named: c.2)?.roles == [c.3])
    }

    @Test func aNameListedAfterAGroupGetsNoRole() {
        let a = analyze("Several players, Dion Hale among them, skipped practice. Hale said he was stunned.")
        #expect(a.speaker(of: "he was stunned") == "Dion Hale")
        #expect(a.actor(named: "Dion Hale")?.roles == [])
    }
}

extension DescribedNameRoleTests {
    @Test func aQuantityBeforeAnApposedNameIsNoRole() {
        let a = analyze("One candidate, Dion Hale, skipped the debate. Hale said he was ill.")
        #expect(a.actor(named: "Dion Hale")?.roles == [])
    }
}

extension DescribedNameRoleTests {
    /// A description inside a sentence-opening prepositional phrase is that phrase's object, not
    /// the role of the name after it (``PersonNameIndex/opensWithPrepositionalPhrase(before:)``).
    @Test("A description inside an opening prepositional phrase is no role", arguments: [
        "Unlike her brother, Ann Lee, 34, said she would stay in town.",
        "After speaking to the officer, Ann Lee, 34, said she was fine.",
    ])
    func noRoleFromAnOpeningPhrase(_ text: String) {
        let a = analyze("The city council met on Tuesday.\n" + text)
        #expect(a.actor(named: "Ann Lee")?.roles == [])
    }

    /// A place's or a building's name after a job noun is no person's (`The pastor Grace Church`).
    @Test("A place after a job noun is no described person", arguments: [
        ("The pastor Grace Church said the shelter was full.", "Grace Church"),
        ("The coach Jordan Lake said the field was flooded.", "Jordan Lake"),
        ("The governor Santa Clara said the roads were closed.", "Santa Clara"),
    ])
    func placeIsNoDescribedPerson(_ c: (String, String)) {
        let a = analyze("The city council met on Tuesday.\n" + c.0)
        #expect(a.actor(named: c.1)?.kind != .person)
    }

    @Test func wordListsAreLowerCaseWithoutDuplicates() {
        let lists: [WordSet] = [MentionFinder.describedNameOpeners, MentionFinder.placeNameEnds, MentionFinder.placeNameOpeners,
                                PersonNameIndex.roleArticles, Attributor.sentenceOpeningTimeAdverbs, Attributor.timeNouns,
                                Attributor.dashAsideEndingMarks, PersonNameIndex.apposedRoleDeterminers, MentionFinder.firmNameEnds, PersonNameIndex.tenureModifiers]
        for list in lists {
            let words = Array(list)
            #expect(!words.isEmpty)
            #expect(Set(words).count == words.count)
            #expect(words.allSatisfy { $0 == $0.lowercased() && !$0.contains(" ") })
        }
    }
}

extension DescribedNameRoleTests {
    /// A description before a name that a contact clause follows is the clause's antecedent, no
    /// role (``MentionFinder/opensSubjectlessClauseCue(after:)``); a clause with its own subject
    /// leaves the role.
    @Test func aContactClauseAntecedentIsNoRole() {
        let a = analyze("The city council met on Tuesday.\nThe officer Ann Lee said shot her brother was never charged.")
        #expect(a.speaker(of: "shot her brother") == "Ann Lee")
        #expect(a.actor(named: "Ann Lee")?.roles == [])
        let b = analyze("The city council met on Tuesday.\nThe economist Jane Roe said the tax will fail.")
        #expect(b.actor(named: "Jane Roe")?.roles == ["The economist"])
        let c = analyze("The city council met on Tuesday.\nHer neighbor Mark Daley said Monday the shots woke him.")
        #expect(c.actor(named: "Mark Daley")?.roles == ["Her neighbor"])
    }

    /// A source's description before its name after `According to` is its role, as after a
    /// subject; what follows the source's comma is still the statement.
    @Test func anAccordingToSourceKeepsItsDescription() {
        let a = analyze("The city council met on Tuesday.\nAccording to the economist Jane Roe, the tax will fail.")
        #expect(a.speaker(of: "the tax will fail") == "Jane Roe")
        #expect(a.actor(named: "Jane Roe")?.roles == ["the economist"])
        let b = analyze("The city council met on Tuesday.\nAccording to Jane Roe, the tax will fail.")
        #expect(b.actor(named: "Jane Roe")?.roles == [])
    }

    /// A participle after an apposed description stays in the name's role, with its complement
    /// or closing the apposition (``Attributor/closesApposition(after:)``).
    @Test("A participle after an apposed description is the role's", arguments: [
        ("Janet Creel, the woman accused of fraud, said she was innocent.", "the woman accused of fraud"),
        ("Janet Creel, the woman charged, said she was innocent.", "the woman charged"),
        ("Janet Creel, a nurse accused, told the court she was innocent.", "a nurse accused"),
    ])
    func anApposedDescriptionWithParticipleIsTheRole(_ c: (String, String)) {
        let a = analyze("The city council met on Tuesday.\n" + c.0)
        #expect(a.speaker(of: "she was innocent") == "Janet Creel")
        #expect(a.actor(named: "Janet Creel")?.roles == [c.1])
    }

    /// `Counsel` capitalised before a name is a title (``Lexicon/titles``): with the words of the
    /// office before it, it is the role, and the name keeps its middle initial.
    @Test("A capitalised office before a name with an initial is the role", arguments: [
        ("White House Counsel W. Neil Eggleston said the order was lawful.", "W. Neil Eggleston", "White House Counsel"),
        ("House Budget Director J. Paul Ricks said the deficit would rise.", "J. Paul Ricks", "House Budget Director"),
        ("Senate Chairman W. Ann Greer said the vote was fair.", "W. Ann Greer", "Senate Chairman"),
    ])
    func officeBeforeInitialledName(_ c: (String, String, String)) {
        let a = analyze("The city council met on Tuesday.\n" + c.0)
        #expect(a.statements.first.flatMap { a.actor(of: $0)?.name } == c.1)
        #expect(a.actor(named: c.1)?.roles == [c.2])
    }

    /// A person's name before a firm named for a person (`of Charles Schwab`) is the person's
    /// alone (``MentionFinder/isFirmNamedForPerson(_:of:)``).
    @Test func aFirmNamedForAPersonIsNoPartOfTheName() {
        let a = analyze("The city council met on Tuesday.\nJack Lowe of Charles Schwab said the market was calm.")
        #expect(a.speaker(of: "the market was calm") == "Jack Lowe")
        #expect(a.actor(named: "Jack Lowe of Charles Schwab") == nil)
    }

    /// Person nouns of sport, media and money head apposed roles (``MentionFinder/jobTitleNouns``).
    @Test("A noun of a person's occupation heads an apposed role", arguments: [
        ("The coach benched his top scorer, Dion Hale, on Friday. Hale said he was stunned.", "he was stunned", "Dion Hale", "his top scorer"),
        ("Hale's agent, Marcus Greer, flew in on Sunday. Greer said the deal was off.", "the deal was off", "Marcus Greer", "Hale's agent"),
        ("The party's biggest donor, Ruth Amsel, skipped the dinner. Amsel said she was busy.", "she was busy", "Ruth Amsel", "The party's biggest donor"),
        ("The blogger Craig Moss said the count was wrong.", "the count was wrong", "Craig Moss", "The blogger"),
    ])
    func occupationNounRole(_ c: (String, String, String, String)) {
        let a = analyze(c.0)
        #expect(a.speaker(of: c.1) == c.2)
        #expect(a.actor(named: c.2)?.roles == [c.3])
    }

    @Test func occupationNounsAreLowerCaseWords() {
        for w in ["scorer", "agent", "donor", "coach", "journalist", "blogger", "retiree"] {
            #expect(MentionFinder.isJobNoun(w))
        }
        #expect(!MentionFinder.isJobNoun("plan"))
        #expect(!MentionFinder.isJobNoun("agency"))
    }

    /// A person who speaks under a short name takes the title or role the article introduced
    /// them with (``ActorBuilder/giveIntroducedTitles(from:to:finderNames:)``).
    @Test("The introduction's title or role goes to the speaker", arguments: [
        ("On Sunday, Senator Ted Harlow urged the party to unite. Mr. Harlow said the vote was close.", "the vote was close", "Ted Harlow", ["Senator"]),
        ("Harlow met with Sen. Pat Greer (R-Pa.) on Monday. Greer said the bill was dead.", "the bill was dead", "Pat Greer", ["Sen."]),
        ("WikiLeaks founder Julian Asher was the subject of a probe. Asher said it was unfair.", "it was unfair", "Julian Asher", ["WikiLeaks founder"]),
    ])
    func introducedTitle(_ c: (String, String, String, [String])) {
        let a = analyze("The city council met on Tuesday.\n" + c.0)
        #expect(a.speaker(of: c.1) == c.2)
        #expect(a.actor(named: c.2)?.roles == c.3)
    }

    @Test func aTitleOfSeveralPeopleIsNoOnesRole() {
        let a = analyze("The city council met on Tuesday.\nSens. Ann Moss and Pat Greer met on Monday. Greer said the bill was dead.")
        #expect(a.speaker(of: "the bill was dead") == "Pat Greer")
        #expect(a.actor(named: "Pat Greer")?.roles == [])
        #expect(ActorBuilder.isIntroducedTitleHead("sen.") && !ActorBuilder.isIntroducedTitleHead("sens."))
    }

    /// The name read inside another person's description (`The daughter of … Tom Reyes`) is no
    /// speaker's phrase of its own there: only the title written before the name is theirs, with
    /// its word of tenure (``PersonNameIndex/tenureModifiers``), not the description around it.
    @Test func aNameInsideAnotherPersonsDescriptionGivesOnlyItsTitle() {
        let a = analyze("The city council met on Tuesday.\nThe daughter of former Mayor Tom Reyes spoke first. Reyes said he was proud.")
        #expect(a.speaker(of: "he was proud") == "Tom Reyes")
        #expect(a.actor(named: "Tom Reyes")?.roles == ["former Mayor"])
    }
}
