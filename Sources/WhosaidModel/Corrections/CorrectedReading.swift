/// An article read for a reader who may have corrected it: on the reading asked for, unless the
/// reader's corrections were made on the other reading of role descriptions and do not fit this
/// one (``Corrections/fit(_:as:)``); then on theirs, so that no correction is misapplied.
public struct CorrectedReading: Sendable {
    /// The engine's analysis, before the corrections.
    public let analysis: Analysis
    /// The corrections, marked with the reading of ``analysis`` (saved so, they record it).
    public let corrections: Corrections
    /// Whether the reading asked for was set aside for the corrections' own.
    public let keptCorrectionsReading: Bool

    /// Reads `document` with `options` and `corrections`, falling back to the corrections' reading
    /// of role descriptions when they do not fit the one `options` asks for.
    public init(document: Document, corrections: Corrections, options: Engine.Options) {
        var corrections = corrections
        let asked = Engine(options: options).analyze(document)
        let theirs = corrections.madeLinkingRoles
        if corrections.isEmpty || theirs == options.linkRoleDescriptions {
            self.analysis = asked
            keptCorrectionsReading = false
        } else {
            var original = options
            original.linkRoleDescriptions = theirs
            let made = Engine(options: original).analyze(document)
            keptCorrectionsReading = !corrections.fit(asked, as: made)
            self.analysis = keptCorrectionsReading ? made : asked
        }
        corrections.madeLinkingRoles = keptCorrectionsReading ? theirs : options.linkRoleDescriptions
        self.corrections = corrections
    }

    /// The analysis with the corrections applied.
    public var corrected: Analysis { corrections.applied(to: analysis) }

    /// Whether role descriptions are linked in ``analysis``.
    public var linksRoles: Bool { corrections.madeLinkingRoles }
}
