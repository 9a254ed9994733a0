import Testing
@testable import WhosaidModel

/// The stage-2 gate (``CueWordGate``) may only skip words at which a sieve finds nothing: every
/// cue-word sieve, asked directly at every word of the seed article and of the sieve tests'
/// sentences, finds statements only at words its ``CueWordSieve/cueClasses`` admit.
@Suite struct CueWordGateTests {
    /// The texts the sieves are asked about: the seed article and every stage-2 case.
    static let texts: [String] = {
        let cases = AttributionSieveTests.nounCueCases + AttributionSieveTests.labelCases + AttributionSieveTests.accordingToCases
            + AttributionSieveTests.lightVerbCueCases + AttributionSieveTests.reportingVerbCases
            + AttributionSieveTests.agentlessCases + AttributionSieveTests.firstPersonBeliefCases
            + AttributionSieveTests.reportedByAgentCases
        return [SeedArticle.text] + cases.map { "The city council met on Tuesday.\n" + $0.text }
    }()

    /// The attributor of `text` as the engine builds it, with the standard pipeline.
    static func attributor(_ text: String) -> Attributor {
        let document = Document(name: "article", text: text)
        let quotes = QuoteScanner.quotations(in: document)
        var (tokens, forms) = Tokenizer.tokensAndForms(of: document)
        TokenTagging.tag(&tokens, forms: forms)
        return Attributor(document: document, tokens: tokens, quotes: quotes)
    }

    @Test func everySieveFindsStatementsOnlyAtWordsItsGateAdmits() {
        var found: [String: Int] = [:]
        var refused: [String] = []
        for text in Self.texts {
            let a = Self.attributor(text)
            let sieves = a.pipeline.cueWords
            for si in a.document.sentences.indices where a.sentenceFirst[si] >= 0 {
                let (first, last) = (a.sentenceFirst[si], a.sentenceLast[si])
                for v in first...last where a.tokens[v].kind == .word {
                    for s in sieves.indices {
                        var asked = a
                        asked.statementFloor = first
                        guard sieves[s].statements(at: v, sentence: si, first: first, last: last, in: &asked) != nil else { continue }
                        found[sieves[s].name, default: 0] += 1
                        if !a.cueGate.admits(sieve: s, a.tokens[v].classes) || !a.cueGate.admitsAny(a.tokens[v].classes) {
                            refused.append("\(sieves[s].name) at “\(a.tokens[v].lower)”")
                        }
                    }
                }
            }
        }
        #expect(refused.isEmpty)
        // The texts give every sieve words to find statements at.
        #expect(Set(found.keys) == Set(AttributionPipeline.standard.cueWords.map(\.name)), "\(found)")
    }

    @Test func everyWordClassFitsTheBitsAFormKeeps() {
        let all = Lexicon.classes.values.reduce(into: Lexicon.WordClass()) { $0.formUnion($1) }
        #expect(all.rawValue >> Token.FormInfo.classBits == 0)
        let info = Token.FormInfo(length: 5, kind: .word, isCapitalized: true, classes: all)
        #expect(info.classes == all && info.kind == .word && info.isCapitalized)
    }

    @Test func aSieveWithoutClassesIsAskedAtEveryWord() {
        struct EveryWord: CueWordSieve {
            var name: String { "every-word" }
            var rules: Set<AttributionRule> { [.reportedSpeech] }
            func statements(at v: Int, sentence si: Int, first: Int, last: Int, in a: inout Attributor) -> CueWordFinding? { nil }
        }
        let gate = CueWordGate([LabelSieve(), EveryWord()])
        #expect(gate.admitsAny([]) && gate.admits(sieve: 1, []) && gate.admits(sieve: 1, .stopWord))
        #expect(!gate.admits(sieve: 0, .stopWord) && gate.admits(sieve: 0, [.labelCue, .stopWord]))
        let labelOnly = CueWordGate([LabelSieve()])
        #expect(!labelOnly.admitsAny(.reporting) && labelOnly.admitsAny(.labelCue))
    }
}
