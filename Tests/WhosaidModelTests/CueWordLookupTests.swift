import Testing
@testable import WhosaidModel

/// The cue verb lists asked about nearly every cue are ``WordSet``s: they must hold every
/// inflection of their verbs, and only those.
@Suite struct CueVerbWordSetTests {
    @Test func addresseeAndTellingVerbsHoldEveryInflection() {
        for verb in ["tell", "inform", "assure", "remind", "advise", "ask"] {
            for form in Lexicon.inflections(verb) { #expect(Attributor.addresseeVerbs.contains(form), "\(form)") }
        }
        for verb in ["tell", "inform", "assure", "remind", "advise"] {
            for form in Lexicon.inflections(verb) { #expect(Attributor.tellingVerbs.contains(form), "\(form)") }
        }
        #expect(Attributor.addresseeVerbs.contains("asked"))
        #expect(!Attributor.tellingVerbs.contains("asked"))
        #expect(!Attributor.addresseeVerbs.contains("said"))
    }

    @Test func topicComplementVerbsHoldEveryInflection() {
        for verb in ["speak", "talk", "warn", "complain", "boast", "brag", "testify", "caution"] {
            for form in Lexicon.inflections(verb) { #expect(Attributor.topicComplementVerbs.contains(form), "\(form)") }
        }
        #expect(Attributor.topicComplementVerbs.contains("spoke"))
        #expect(!Attributor.topicComplementVerbs.contains("said"))
    }
}

/// ``Attributor/isAsideDash(_:)`` reads a word's first byte before asking ``Attributor/asideDashes``.
@Suite struct AsideDashTests {
    @Test func asideDashesAreExactlyTheSetsMembers() {
        for w in ["\u{2014}", "\u{2013}", "--", "-", ",", "and", "", "\u{2015}", "---", "-x", "\u{2026}", "\u{201C}"] {
            #expect(Attributor.isAsideDash(w) == Attributor.asideDashes.contains(w), "\(w)")
        }
    }
}
