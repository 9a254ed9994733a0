import Testing
@testable import WhosaidCorpus

/// The rules that make actors of different articles one corpus person. Names are invented.
@Suite struct PeopleResolverTests {
    /// A person actor in `article` (its number is the article's actor number 0).
    func actor(_ id: Int64, article: Int64, _ name: String, aliases: [String] = [], kind: String = "person",
               statements: Int = 1, date: String? = nil) -> ActorSighting {
        ActorSighting(id: id, article: article, number: Int(id), name: name, aliases: aliases, kind: kind,
                      statements: statements, date: date)
    }

    /// The groups of actor ids, each sorted, in a stable order.
    func groups(_ actors: [ActorSighting]) -> Set<[Int64]> {
        Set(PeopleResolver.resolve(actors).map(\.actorIDs))
    }

    @Test func fullNamesMeetAcrossArticlesWithOrWithoutMiddleInitial() {
        let people = PeopleResolver.resolve([
            actor(1, article: 1, "Oskar V. Lindqvist", aliases: ["Lindqvist"], statements: 3, date: "2024-03-02"),
            actor(2, article: 2, "Oskar Lindqvist", statements: 2, date: "2024-01-15"),
            actor(3, article: 3, "Mr. Oskar Lindqvist", statements: 1),
        ])
        #expect(people.count == 1)
        let p = people[0]
        #expect(p.actorIDs == [1, 2, 3])
        #expect(p.statements == 6)
        #expect(p.articles == 3)
        #expect(p.firstDate == "2024-01-15")
        #expect(p.lastDate == "2024-03-02")
        #expect(p.aliases.contains("Lindqvist"))
    }

    @Test func sameSurnameDifferentFirstNamesStayApart() {
        #expect(groups([
            actor(1, article: 1, "Tomas Brekke"),
            actor(2, article: 2, "Anna Brekke"),
            actor(3, article: 3, "Tomas Brekke"),
        ]) == [[1, 3], [2]])
    }

    @Test func aBareSurnameTiesNoOneTogether() {
        // Neither to another bare surname nor to the only full name with that surname.
        #expect(groups([
            actor(1, article: 1, "Brekke"),
            actor(2, article: 2, "Brekke"),
            actor(3, article: 3, "Tomas Brekke"),
            actor(4, article: 4, "Mr. Brekke"),
        ]) == [[1], [2], [3], [4]])
    }

    @Test func anInitialIsNoGivenName() {
        #expect(groups([actor(1, article: 1, "T. Brekke"), actor(2, article: 2, "Tomas Brekke")]) == [[1], [2]])
    }

    @Test func aTitleAndSurnameJoinTheFullNameAnArticleGaveThatForm() {
        #expect(groups([
            actor(1, article: 1, "Ingrid Halvorsen", aliases: ["Mayor Halvorsen", "Halvorsen"]),
            actor(2, article: 2, "Mayor Halvorsen"),
            actor(3, article: 3, "Mayor Halvorsen"),
        ]) == [[1, 2, 3]])
    }

    @Test func differentTitlesOfOneSurnameStayApart() {
        // "Sen. Carver" and "President Carver" are not known to be one person.
        #expect(groups([
            actor(1, article: 1, "Sen. Carver"),
            actor(2, article: 2, "Senator Carver"),
            actor(3, article: 3, "President Carver"),
        ]) == [[1, 2], [3]])
    }

    @Test func aTitleClaimedByTwoFullNamesJoinsNeither() {
        #expect(groups([
            actor(1, article: 1, "Ruth Carver", aliases: ["President Carver"]),
            actor(2, article: 2, "Dale Carver", aliases: ["President Carver"]),
            actor(3, article: 3, "President Carver"),
        ]) == [[1], [2], [3]])
    }

    @Test func competingMiddleNamesSplitAFullName() {
        // Father and son with one given name: each middle form is its own person; the form
        // without one could be either.
        #expect(groups([
            actor(1, article: 1, "Harold W. Pike"),
            actor(2, article: 2, "Harold J. W. Pike"),
            actor(3, article: 3, "Harold Pike"),
            actor(4, article: 4, "Harold W. Pike"),
        ]) == [[1, 4], [2], [3]])
    }

    @Test func generationsStayApart() {
        #expect(groups([actor(1, article: 1, "Harold Pike Jr."), actor(2, article: 2, "Harold Pike")]) == [[1], [2]])
    }

    @Test func aliasesGiveTheFullNameWhenTheNameLacksIt() {
        #expect(groups([
            actor(1, article: 1, "Governor Osei", aliases: ["Kwame Osei"]),
            actor(2, article: 2, "Kwame Osei"),
        ]) == [[1, 2]])
    }

    @Test func foldingIgnoresCaseAndDiacritics() {
        #expect(groups([actor(1, article: 1, "José Peña"), actor(2, article: 2, "Jose Pena")]) == [[1, 2]])
    }

    @Test func organisationsMeetByNameDescriptionsAndGroupsNever() {
        let people = PeopleResolver.resolve([
            actor(1, article: 1, "the Port Authority", kind: "organisation"),
            actor(2, article: 2, "Port Authority", kind: "organisation"),
            actor(3, article: 1, "a harbour official", kind: "description"),
            actor(4, article: 2, "a harbour official", kind: "description"),
            actor(5, article: 2, "residents", kind: "group"),
            actor(6, article: 1, "the company", kind: "organisation"),
            actor(7, article: 2, "The company", kind: "organisation"),
        ])
        #expect(people.map(\.actorIDs) == [[1, 2]])
        #expect(people[0].kind == "organisation")
    }

    @Test func descriptionsAreNoName() {
        #expect(PersonName("Secretary of State Ruth Carver") == nil)
        #expect(PersonName("the Ohio Republican") == nil)
        #expect(PersonName("Bill de Vries")?.fullKey == "bill de vries")
        #expect(PersonName("Former President Ruth Carver")?.fullKey == "ruth carver")
        #expect(PersonName("Vice President Carver")?.titleKey == "vice president carver")
        #expect(PersonName("Carver’s")?.surname == "carver")
    }

    @Test func theDisplayNameIsTheMostUsedName() {
        let people = PeopleResolver.resolve([
            actor(1, article: 1, "Oskar Lindqvist"),
            actor(2, article: 2, "Oskar V. Lindqvist"),
            actor(3, article: 3, "Oskar Lindqvist"),
        ])
        #expect(people.map(\.name) == ["Oskar Lindqvist"])
        #expect(people[0].aliases == ["Oskar V. Lindqvist"])
    }
}
