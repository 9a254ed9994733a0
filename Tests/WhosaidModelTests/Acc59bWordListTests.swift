@testable import WhosaidModel
import Testing

/// The word lists of helper acc59b's rules are data: lower case, and the words each rule needs.
struct Acc59bWordListTests {
    @Test func namingParticiplesArePastFormsOfNaming() {
        #expect(Attributor.namingParticiples.contains("called"))
        #expect(Attributor.namingParticiples.contains("named"))
        #expect(!Attributor.namingParticiples.contains("calling"))
    }

    @Test func aNounThatCannotSpeakLetsWhoTakeThePeopleAfterIt() {
        #expect(Attributor.antecedentPrepositions.contains("from"))
        #expect(Attributor.peopleBodyNouns.contains("group"))
        #expect(!Attributor.peopleBodyNouns.contains("anger"))
        #expect(Lexicon.nonSpeakerHeads.contains("anger"))
    }

    @Test func theWritersMeetingVerbsFrameAnInterview() {
        #expect(Attributor.interviewerPronouns.contains("we"))
        #expect(Attributor.writerMeetingVerbs.contains("asked"))
        #expect(Attributor.interviewVerbParticles["met"]?.contains("us") == true)
    }
}
