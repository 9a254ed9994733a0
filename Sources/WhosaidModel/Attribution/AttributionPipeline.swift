/// The order attribution runs in: every sieve, stage by stage, most precise first. This is the one
/// place that lists them; ``Attributor`` runs whatever pipeline it is given (tests run one sieve).
///
/// 1. **Beside the quote**: a quotation takes the first cue found right beside it.
/// 2. **Reported speech**, sentence by sentence: a frame over the whole sentence, else at each word
///    not yet inside a statement, the first sieve that finds a cue there. (A quote inside a reported
///    clause then makes it mixed, or is that clause's own statement found again.)
/// 3. **Quotes left**: a quotation still without a speaker takes the first attribution found, from
///    a cue in its sentence down to continuing the previous speaker.
///
/// The order follows CoreNLP's quote attribution and GenderGapTracker: `Q, said S` / `Q, S said` /
/// `S said: Q` first, then the speech verb with its subject, then cues farther off, then the
/// conversation.
struct AttributionPipeline: Sendable {
    /// Stage 1, in order.
    var besideQuote: [any QuoteSieve]
    /// Stage 2, frames over a whole sentence, in order.
    var sentenceFrames: [any SentenceSieve]
    /// Stage 2, sieves read at each word, in order.
    var cueWords: [any CueWordSieve]
    /// Stage 3, in order.
    var quotesLeft: [any LeftoverQuoteSieve]

    /// The sieves whosaid runs.
    static let standard = AttributionPipeline(
        besideQuote: [TrailingCueSieve(), LeadingCueSieve()],
        sentenceFrames: [OpeningFrameSieve(), HeadlineSieve(), TranscriptSieve(), InterviewSieve(), QuestionAnswerSieve(), ColonParaphraseSieve()],
        cueWords: [NounCueSieve(), LabelSieve(), AccordingToSieve(), AgentlessSieve(), ReportedByAgentSieve(), ReportingVerbSieve(), LightVerbCueSieve(),
                   FirstPersonBeliefSieve()],
        quotesLeft: [SentenceCueSieve(), NextSentenceCueSieve(), ColonSieve(), RunOnQuoteSieve(), NarrativeSubjectSieve(), ContinuationSieve()]
    )

    /// Every sieve, in the order they run.
    var sieves: [any AttributionSieve] {
        besideQuote.map { $0 as any AttributionSieve } + sentenceFrames.map { $0 } + cueWords.map { $0 } + quotesLeft.map { $0 }
    }

    /// This pipeline without the sieves `options` switch off.
    func switchedOn(by options: Engine.Options) -> AttributionPipeline {
        AttributionPipeline(
            besideQuote: besideQuote.filter { $0.isOn(options) },
            sentenceFrames: sentenceFrames.filter { $0.isOn(options) },
            cueWords: cueWords.filter { $0.isOn(options) },
            quotesLeft: quotesLeft.filter { $0.isOn(options) }
        )
    }
}
