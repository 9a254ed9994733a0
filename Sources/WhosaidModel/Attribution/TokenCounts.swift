/// Running counts over an article's tokens, so that rules asking whether a stretch of a sentence
/// holds a finite verb, a quotation or a comma get the answer in constant time: scanning the
/// stretch for every verb or comma made one long sentence quadratic.
///
/// Each kind of token is a ``RankedBits``: about 0.19 bytes a token each, where 32-bit running
/// counts took 16 for five (3 bytes per input byte of a 66 MB document).
struct TokenCounts {
    /// Finite verbs and auxiliaries outside quotes.
    private var finiteVerbs = RankedBits()
    /// Tokens inside a quote or opening one.
    private var quoteTokens = RankedBits()
    /// Commas (inside quotes too).
    private var commas = RankedBits()
    /// Commas outside quotes.
    private var freeCommas = RankedBits()
    /// Reporting verbs tagged as verbs, neither gerunds nor infinitives after `to` (quoted ones too).
    private var reportingVerbs = RankedBits()
    /// Commas that punctuate the reporter's sentence: those outside quotes, and a quote's last
    /// comma right before its closing mark (`had “been friends for some time,” he claimed`), which
    /// American style sets inside the marks.
    private var clauseCommas = RankedBits()

    init() {}

    /// Counts over `tokens`; `openMark[i]` and `closeMark[i]` tell whether token `i` opens or
    /// closes a quote.
    init(tokens: Tokens, openMark: [Bool], closeMark: [Bool]) {
        var finiteVerbs = RankedBits.Builder(capacity: tokens.count)
        var quoteTokens = RankedBits.Builder(capacity: tokens.count)
        var commas = RankedBits.Builder(capacity: tokens.count)
        var freeCommas = RankedBits.Builder(capacity: tokens.count)
        var reportingVerbs = RankedBits.Builder(capacity: tokens.count)
        var clauseCommas = RankedBits.Builder(capacity: tokens.count)
        // What the loop asks of a token's text, by form: read at the form's first token that
        // asks, then kept (each token's text compared afresh was a third of the counts' cost).
        var facts = [FormFacts](repeating: [], count: tokens.formCount)
        tokens.withUnsafeParts { records, tags, forms in
            openMark.withUnsafeBufferPointer { openMark in
                closeMark.withUnsafeBufferPointer { closeMark in
                    facts.withUnsafeMutableBufferPointer { facts in
                        @inline(__always) func fact(_ form: Int32) -> FormFacts {
                            let known = facts[Int(form)]
                            if !known.isEmpty { return known }
                            let found = FormFacts(forms.lowers[Int(form)])
                            facts[Int(form)] = found
                            return found
                        }
                        // A word of 64 tokens at a time, each kind's bits gathered in a local.
                        var start = 0
                        repeat {
                            let end = min(start + RankedBits.wordBits, records.count)
                            var finite: UInt64 = 0, quoted: UInt64 = 0, comma: UInt64 = 0, freeComma: UInt64 = 0
                            var clauseComma: UInt64 = 0, reporting: UInt64 = 0
                            for k in start..<end {
                                let bit: UInt64 = 1 << UInt64(k - start)
                                let record = records[k], tag = tags[k], info = forms.infos[Int(record.form)]
                                // A comma is always a punctuation token, which settles most words
                                // without reading their text.
                                let isComma = info.kind == .punctuation && fact(record.form).contains(.comma)
                                let free = !record.isQuoted
                                if free && (tag == .aux || tag == .verb && !fact(record.form).contains(.ing)) { finite |= bit }
                                if !free || openMark[k] { quoted |= bit }
                                if isComma { comma |= bit }
                                if isComma && free { freeComma |= bit }
                                if isComma && (free || k + 1 < closeMark.count && closeMark[k + 1]) { clauseComma |= bit }
                                if tag == .verb && info.classes.contains(.reporting) && !fact(record.form).contains(.ing)
                                    && !(k > 0 && fact(records[k - 1].form).contains(.to)) {
                                    reporting |= bit
                                }
                            }
                            finiteVerbs.append(word: finite, count: end - start)
                            quoteTokens.append(word: quoted, count: end - start)
                            commas.append(word: comma, count: end - start)
                            freeCommas.append(word: freeComma, count: end - start)
                            clauseCommas.append(word: clauseComma, count: end - start)
                            reportingVerbs.append(word: reporting, count: end - start)
                            start = end
                        } while start < records.count
                    }
                }
            }
        }
        self.finiteVerbs = finiteVerbs.finish()
        self.quoteTokens = quoteTokens.finish()
        self.commas = commas.finish()
        self.freeCommas = freeCommas.finish()
        self.reportingVerbs = reportingVerbs.finish()
        self.clauseCommas = clauseCommas.finish()
    }

    /// What the counts ask of a form's lower-cased text; empty until read (``known`` is always set then).
    private struct FormFacts: OptionSet {
        let rawValue: UInt8
        /// The facts below have been read.
        static let known = FormFacts(rawValue: 1)
        /// The text is `,`.
        static let comma = FormFacts(rawValue: 2)
        /// The text ends in `ing` (``Lexicon/isGerund(_:)``).
        static let ing = FormFacts(rawValue: 4)
        /// The text is `to`.
        static let to = FormFacts(rawValue: 8)

        init(rawValue: UInt8) { self.rawValue = rawValue }

        /// The facts of the lower-cased text `lower`.
        init(_ lower: String) {
            var facts: FormFacts = .known
            if lower == "," { facts.insert(.comma) }
            if Lexicon.isGerund(lower) { facts.insert(.ing) }
            if lower == "to" { facts.insert(.to) }
            self = facts
        }
    }

    /// Whether tokens `a...b` hold a finite verb or auxiliary outside quotes.
    func holdsFiniteVerb(_ a: Int, _ b: Int) -> Bool { a <= b && finiteVerbs.count(in: a..<(b + 1)) > 0 }

    /// Whether tokens `a...b` hold a quoted token or a quote's opening mark.
    func holdsQuote(_ a: Int, _ b: Int) -> Bool { a <= b && quoteTokens.count(in: a..<(b + 1)) > 0 }

    /// Whether tokens `a...b` hold a finite reporting verb (`said`, not `saying` or `to say`).
    func holdsReportingVerb(_ a: Int, _ b: Int) -> Bool { a <= b && reportingVerbs.count(in: a..<(b + 1)) > 0 }

    /// Whether tokens `range` hold a comma.
    func holdsComma(_ range: Range<Int>) -> Bool { !range.isEmpty && commas.count(in: range) > 0 }

    /// The first comma that punctuates the reporter's sentence (outside quotes, or a quote's
    /// last one) in tokens `a...b`, if any.
    func firstClauseComma(_ a: Int, _ b: Int) -> Int? {
        guard a <= b, a <= clauseCommas.count, let k = clauseCommas.firstSet(atOrAfter: a) else { return nil }
        return k <= b ? k : nil
    }

    /// The last comma outside quotes in tokens `a...b`, if any.
    func lastFreeComma(_ a: Int, _ b: Int) -> Int? { freeCommas.lastSet(from: a, through: b) }

    /// The first comma outside quotes in tokens `a...b`, if any.
    func firstFreeComma(_ a: Int, _ b: Int) -> Int? {
        guard a <= b, a <= freeCommas.count else { return nil }
        guard let k = freeCommas.firstSet(atOrAfter: a) else { return nil }
        return k <= b ? k : nil
    }
}
