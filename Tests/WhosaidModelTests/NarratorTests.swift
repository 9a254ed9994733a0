import Testing
@testable import WhosaidModel

/// "I" outside quotes tied to the narrator a first-person text names, on invented texts.
@Suite struct NarratorTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var text: String
        var fragment: String
        var speaker: String?
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "byline", text: """
            Why Harbours Silt Up

            By Ana Reyes

            The dredgers came late again this year. I said, “The harbour will close by June.”
            """, fragment: "harbour will close", speaker: "Ana Reyes"),
        Case(name: "let me say is the narrator's", text: """
            Why Harbours Silt Up

            By Ana Reyes

            The dredgers came late again this year. Let me say, “The harbour will close by June.”
            """, fragment: "harbour will close", speaker: "Ana Reyes"),
        Case(name: "letter signature under a closing", text: """
            Dear Tom,

            The roof leaks again. I told the landlord, “Fix it before the rain comes.”

            Love,

            Marta
            """, fragment: "Fix it before", speaker: "Marta"),
        Case(name: "signature in an editor's brackets, closing ending in a comma", text: """
            Dear Sir,

            We received your bill. I wrote to the bank, “Pay the builder in full.”

            With kind thoughts from us both,

            [Pavel Novak]
            """, fragment: "Pay the builder", speaker: "Pavel Novak"),
        Case(name: "signature after its closing in one paragraph", text: """
            Dear Dr. Hale,

            Thank you for your time. I posit that the garden plan lacks merit.

            Respectfully, Maria Olsen

            Student, Faculty Senate
            """, fragment: "garden plan lacks merit", speaker: "Maria Olsen"),
        Case(name: "bracketed signature after its closing in one paragraph", text: """
            Dear Tom,

            The roof leaks again. I told the landlord, “Fix it before the rain comes.”

            Yours truly, [Pavel Novak]
            """, fragment: "Fix it before", speaker: "Pavel Novak"),
        Case(name: "a closing before words that are no name signs nothing", text: """
            Dear Tom,

            The roof leaks again. I told the landlord, “Fix it before the rain comes.”

            Best, and Give My Love To Everyone
            """, fragment: "Fix it before", speaker: nil),
        Case(name: "speech heading with the speaker's name first", text: """
            Okafor Floor Speech on the Harbour Bill

            Thank you, Madam Chair. Last week a fisherman asked me for help. I said, “This bill is for you.”
            """, fragment: "This bill is for you", speaker: "Okafor"),
        Case(name: "speech heading naming the speaker after by", text: """
            Remarks by Governor Lena Brandt at the Port Opening

            Good afternoon. When we started, I said, “We will finish the port on time.”
            """, fragment: "finish the port", speaker: "Lena Brandt"),
        Case(name: "interview heading naming its guest after interviews", text: """
            Radio North interviews harbour master Ana Reyes on the silt

            Why did the dredgers come late? They were booked elsewhere, and I told the council, “We need our own dredger.”
            """, fragment: "our own dredger", speaker: "Ana Reyes"),
        Case(name: "interview heading: an unfamiliar first name, the date's weekday glued to the name", text: """
            Radio North interviews harbour master Zorvan Keliq Wednesday, May 2, 2007

            Why do you like boats? I told the council, “We need our own dredger.”
            """, fragment: "our own dredger", speaker: "Zorvan Keliq"),
        Case(name: "interview heading naming no one, its first paragraph naming the guest", text: """
            Radio North interviews the president of a harbour guild

            Radio North spoke with Zorvan Keliq, president of the guild, about the silt.

            Why do you like boats? I told the council, “We need our own dredger.”
            """, fragment: "our own dredger", speaker: "Zorvan Keliq"),
        Case(name: "interview heading naming its guest before interviewed by", text: """
            Tom Varga, ferry captain, interviewed by Radio North

            What did you tell the passengers? I said, “The crossing is cancelled.”
            """, fragment: "crossing is cancelled", speaker: "Tom Varga"),
        Case(name: "you in an interview is its guest", text: """
            Radio North interviews harbour master Ana Reyes on the silt

            Last year you told the council that the harbour would close by June. Why?
            """, fragment: "harbour would close", speaker: "Ana Reyes"),
        Case(name: "interview heading opening with its guest's name before a colon, an epithet after", text: """
            Tom Varga: An Interview with the 'Ferry King' Sunday, May 3, 2009

            What did you tell the passengers? I said, “The crossing is cancelled.”
            """, fragment: "crossing is cancelled", speaker: "Tom Varga"),
        Case(name: "interview heading with a date glued to the guest's name", text: """
            Interview with ferry captain Tom Varga Sunday, May 3, 2009

            Last year you told the council that the harbour would close by June. Why?
            """, fragment: "harbour would close", speaker: "Tom Varga"),
        Case(name: "an interview heading's place is no guest", text: """
            Interview about the harbour in New Haven

            Last year you told the council that the harbour would close by June. Why?
            """, fragment: "harbour would close", speaker: nil),
        Case(name: "you outside an interview is no one named", text: """
            By Ana Reyes

            Last year you told the council that the harbour would close by June.
            """, fragment: "harbour would close", speaker: nil),
        Case(name: "self-introduction", text: """
            Good morning, your honours. My name is Ruth Adeyemi and I represent the tenants.
            On the first day, I said, “The lease was never signed.”
            """, fragment: "lease was never signed", speaker: "Ruth Adeyemi"),
        Case(name: "no narrator named", text: """
            The dredgers came late again this year. I said, “The harbour will close by June.”
            """, fragment: "harbour will close", speaker: nil),
        Case(name: "a name introduced inside a sentence is someone else's", text: """
            People stop me and say, 'Hey, my name is John.' Then I said, “Nice to meet you.”
            """, fragment: "Nice to meet you", speaker: nil),
        Case(name: "the narrator is no antecedent for he", text: """
            By Ana Reyes

            Tom Varga came by the office on Monday. I said, “Stay for lunch.” He said, “I cannot stay.”
            """, fragment: "I cannot stay", speaker: "Tom Varga"),
        Case(name: "I inside a quote stays the quoted speaker's", text: """
            By Ana Reyes

            “I will not sign it,” said Tom Varga.
            """, fragment: "will not sign", speaker: "Tom Varga"),
        Case(name: "what the narrator thinks", text: """
            By Ana Reyes

            The dredgers came late again this year. Frankly, I think that the harbour should be dredged every spring.
            """, fragment: "harbour should be dredged", speaker: "Ana Reyes"),
        Case(name: "what the narrator means", text: """
            Dear Tom,

            The roof leaks again. I mean the landlord never fixed the gutters we paid for.

            Love,

            Marta
            """, fragment: "never fixed the gutters", speaker: "Marta"),
        Case(name: "a chair calls the next speaker", text: """
            We will hear the appeal of the harbour tenants now. For the tenants, Ruth Adeyemi. Ms. Adeyemi?

            Thank you. When the notice came, I told the landlord that the lease was never signed.
            """, fragment: "lease was never signed", speaker: "Ruth Adeyemi"),
        Case(name: "the next call gives the floor to the next speaker", text: """
            For the tenants, Ruth Adeyemi. For the landlord, Piet Mulder. Ms. Adeyemi?

            Thank you. I told the landlord that the lease was never signed.

            Thank you. Mr. Mulder?

            I told the tenants that the rent was due in May.
            """, fragment: "rent was due", speaker: "Piet Mulder"),
        Case(name: "a call needs a courtesy title", text: """
            The next case is the appeal of the harbour tenants. Adeyemi?

            Thank you. I told the landlord that the lease was never signed.
            """, fragment: "lease was never signed", speaker: nil),
    ]

    /// "I think …" makes no statement where no narrator is named, nor a question or "I think so".
    static let unbelieved: [String] = [
        "The dredgers came late again this year. I think the harbour should be dredged every spring.",
        "By Ana Reyes\n\nThe dredgers came late again. I think so.",
        "By Ana Reyes\n\nThe dredgers came late again. Do I think the harbour will close by June?",
        "By Ana Reyes\n\nThe dredgers came late. “I think the harbour will close by June,” said Tom Varga.",
    ]

    @Test(arguments: unbelieved) func noBeliefWithoutANamedNarrator(_ text: String) {
        let a = analyze(text)
        #expect(!a.statements.contains { $0.text.contains("harbour") && a.actor(of: $0)?.name == "Ana Reyes" })
        #expect(!a.statements.contains { $0.text.hasPrefix("so") })
    }

    @Test func beliefVerbsAreLowerCaseSingleWords() {
        #expect(Attributor.beliefVerbs.allSatisfy { $0 == $0.lowercased() && !$0.isEmpty && !$0.contains(" ") })
        #expect(Attributor.beliefVerbs.isSuperset(of: ["think", "thought", "believed", "meant", "knew", "hope"]))
        #expect(Attributor.beliefVerbs.isDisjoint(with: Lexicon.reportingVerbs))
    }

    @Test(arguments: cases) func narratorSpeaksTheFirstPerson(_ c: Case) {
        let a = analyze(c.text)
        #expect(a.statement(containing: c.fragment) != nil)
        #expect(a.speaker(of: c.fragment) == c.speaker)
    }

    @Test func aContractionOfIIsNoName() {
        let a = analyze("""
            Every morning I stand by the quay. I'm thinking “The water is lower again.”
            Mr. Collins I know you wanted to speak. I've said, “The quay is closed.”
            """)
        #expect(a.actors.allSatisfy { !$0.name.hasPrefix("I'") && !$0.name.hasSuffix(" I") })
    }

    @Test func narratorWordListsAreLowerCaseSingleWords() {
        for words in [NarratorWords.valedictions, NarratorWords.speechNouns, NarratorWords.interviewWords, NarratorWords.floorTitles] {
            #expect(words.allSatisfy { $0 == $0.lowercased() && !$0.isEmpty && !$0.contains(" ") })
        }
    }
}
