import Testing
@testable import WhosaidModel

/// The engine's word lists are data: these checks catch a list edited into a shape the rules
/// that read it do not expect (upper case never matches a token's lower form).
@Suite struct LexiconDataTests {
    @Test func wordListsAreLowerCase() {
        let lists: [(String, any Sequence<String>)] = [
            ("groupHeads", Lexicon.groupHeads), ("peoplePlurals", Lexicon.peoplePlurals), ("relationalPlurals", Lexicon.relationalPlurals),
            ("doublingBases", Lexicon.doublingBases), ("determiners", Lexicon.determiners),
            ("nonSpeakerHeads", Lexicon.nonSpeakerHeads),
            ("occasionNouns", Attributor.occasionNouns), ("occasionPrepositions", Attributor.occasionPrepositions),
            ("topicPrepositions", Attributor.topicPrepositions), ("twoWordStateOpeners", Attributor.twoWordStateOpeners),
            ("shareWords", MentionFinder.shareWords), ("placeNouns", PersonNameIndex.placeNouns),
            ("placePrepositions", PersonNameIndex.placePrepositions), ("stateAbbreviations", SentenceSplitter.stateAbbreviations),
            ("hedgeAdverbs", Attributor.hedgeAdverbs), ("questionOpeners", Attributor.questionOpeners),
            ("extraposedReportingParticiples", Attributor.extraposedReportingParticiples), ("modalAuxiliaries", Attributor.modalAuxiliaries),
            ("conditionSubordinators", Attributor.conditionSubordinators), ("sayForms", Attributor.sayForms),
            ("frontedRelativeWords", Attributor.frontedRelativeWords), ("timeAdjunctWords", Attributor.timeAdjunctWords), ("inanimateHeads", ActorBuilder.inanimateHeads), ("expletiveIt", Attributor.expletiveIt),
            ("headlineKickers", Attributor.headlineKickers), ("timeAdjunctOpeners", Attributor.timeAdjunctOpeners),
            ("topicWords", Attributor.topicWords), ("listingAsideOpeners", Attributor.listingAsideOpeners),
            ("summativeNouns", Attributor.summativeNouns), ("genericSubjects", Attributor.genericSubjects),
            ("adverbialClauseOpeners", Attributor.adverbialClauseOpeners), ("honorifics", RoleWords.honorifics),
            ("roleOpeners", PersonNameIndex.roleOpeners), ("relativeWords", PersonNameIndex.relativeWords),
            ("reportedContentNouns", Attributor.reportedContentNouns), ("salutationWords", Attributor.salutationWords),
            ("frontedDateWords", MentionFinder.frontedDateWords), ("frontedDatePrepositions", MentionFinder.frontedDatePrepositions),
            ("nominativePronouns", Attributor.nominativePronouns), ("pluralAgreeingBodyPronouns", Attributor.pluralAgreeingBodyPronouns),
        ]
        for (name, words) in lists {
            #expect(words.allSatisfy { $0 == $0.lowercased() && !$0.isEmpty && !$0.contains(" ") }, "\(name)")
        }
    }

    /// A fronted date needs a day or month that is no given name or modal as well (`May`), and
    /// a preposition that dates; "it" never takes up a body its verb made plural.
    @Test func frontedDateAndPluralBodyWords() {
        #expect(!MentionFinder.frontedDateWords.contains("may"))
        #expect(MentionFinder.frontedDateWords.contains("monday") && MentionFinder.frontedDateWords.contains("january"))
        #expect(!MentionFinder.frontedDatePrepositions.contains("of"))
        #expect(Attributor.takesPluralAgreeingBody("they") && !Attributor.takesPluralAgreeingBody("it"))
        #expect(!Attributor.nominativePronouns.contains("it"))
    }

    /// The never-noun cue forms are noun-like forms; the words of making known are lower case
    /// and none is a grader.
    @Test func verbOnlyFormsAndMadeClearWords() {
        for w in Lexicon.verbOnlyCueForms { #expect(Lexicon.nounLikeForms.contains(w), "\(w)") }
        for w in Attributor.madeClearWords.union(Attributor.madeClearGraders) { #expect(w == w.lowercased() && w.allSatisfy(\.isLetter), "\(w)") }
        #expect(!Attributor.madeClearWords.contains { Attributor.madeClearGraders.contains($0) })
    }

    /// Quantity openers are matched as one or two lower-case words joined by one space.
    /// Post-nominal modifiers are matched by their lower-case form, each with at least one preposition.
    /// The parallel-predicate rule's past forms add to the reporting verbs' own, never repeat them.
    @Test func simplePastsAreLowerCaseAndBeyondTheReportingVerbs() {
        for w in Attributor.irregularSimplePasts {
            #expect(w == w.lowercased() && w.allSatisfy(\.isLetter), "\(w)")
            #expect(!Lexicon.irregularPastForms.contains(w), "\(w) is a reporting verb's form already")
        }
    }

    /// Each quote-only phrasal form is listed once, in lower case, and is no reporting verb of
    /// its own (those cue without their particle).
    @Test func quoteOnlyPhrasalFormsAreDistinctAndNotReportingVerbs() {
        let forms = Lexicon.quoteOnlyPhrasalForms.flatMap(\.forms)
        #expect(Set(forms).count == forms.count)
        for w in forms {
            #expect(w == w.lowercased() && w.allSatisfy(\.isLetter), "\(w)")
            #expect(!Lexicon.reportingVerbs.contains(w), "\(w) already reports")
        }
        #expect(Lexicon.quoteOnlyPhrasals["went"] == "on")
    }

    @Test func postnominalModifiersAreLowerCaseWithPrepositions() {
        for (word, prepositions) in MentionFinder.postnominalModifiers {
            #expect(word == word.lowercased() && !prepositions.isEmpty, "\(word)")
            #expect(prepositions.allSatisfy { Lexicon.prepositions.contains($0) }, "\(word)")
        }
    }

    @Test func quantityOpenersAreOneOrTwoLowerCaseWords() {
        for opener in MentionFinder.quantityOpeners {
            let words = opener.split(separator: " ", omittingEmptySubsequences: false)
            #expect((1...2).contains(words.count) && words.allSatisfy { !$0.isEmpty && $0 == $0.lowercased() }, "\(opener)")
        }
    }

    @Test func doublingBasesDoubleTheirLastConsonant() {
        #expect(Lexicon.inflections("dub").contains("dubbed"))
        #expect(Lexicon.inflections("dub").contains("dubbing"))
        for base in Lexicon.doublingBases {
            let forms = Lexicon.inflections(base)
            #expect(forms.contains(base + String(base.last!) + "ed"), "\(base)")
        }
    }

    /// An extraposed passive's participles are reporting verbs' past forms.
    @Test func extraposedParticiplesArePastFormsOfReportingVerbs() {
        let reporting = Set(Lexicon.reportingBases.flatMap(Lexicon.inflections) + Lexicon.extraReportingForms)
        for w in Attributor.extraposedReportingParticiples {
            #expect(reporting.contains(w), "\(w)")
        }
        #expect(Attributor.extraposedReportingParticiples.allSatisfy { $0.hasSuffix("ed") || $0 == "said" })
    }

    @Test func peoplesInThePluralAreNamedInThePlural() {
        let uninflected: Set<String> = ["chinese", "japanese", "french"]
        #expect(Lexicon.peoplePlurals.allSatisfy { $0.hasSuffix("s") || uninflected.contains($0) })
    }

    /// The title-case test reads the words title case leaves in lower case from the forms'
    /// classes: a headline with one of them still reads as title case, with another word not.
    @Test func titleCaseLowerWordsAreTheirClass() {
        for w in TokenTagging.titleCaseLowerWords { #expect(LexiconClassTable.shared.classes(of: w).contains(.titleCaseLower), "\(w)") }
        #expect(!LexiconClassTable.shared.classes(of: "said").contains(.titleCaseLower))
        let (yes, _) = Tokenizer.tokensAndForms(of: Document(name: "h", text: "Mayor Vows to Rebuild the Bridge"))
        let (no, _) = Tokenizer.tokensAndForms(of: Document(name: "h", text: "Mayor Vows quickly to Rebuild the Bridge"))
        #expect(TokenTagging.isTitleCase(yes, yes.indices) && !TokenTagging.isTitleCase(no, no.indices))
    }
}
