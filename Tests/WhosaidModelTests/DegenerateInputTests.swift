import Testing
@testable import WhosaidModel

/// Texts with nothing to analyse, or almost nothing, must give an analysis, never a crash.
@Suite struct DegenerateInputTests {
    /// Byte-order marks, white space of every kind, lone punctuation and quotation marks.
    static let texts: [String] = {
        let pieces = [
            "", " ", "\n", "\r\n", "\t", "\u{FEFF}", "\u{FEFF}\n\u{FEFF}", "\u{00A0}", "\u{2029}", "\u{2028}",
            ".", "!?", "…", "\"", "“", "”", "'", "‘", "’", "«", "»", "``", "''", ",", "—", "-", ":", ";", "(", ")",
            "\u{200B}", "\u{0B}\u{0C}", "\u{85}", "\u{1B}", "said", "Said.", "A.", "U.S.",
            // A reporting verb as the very first token (read the token before it at index -1 once).
            "Told of it, Lee left.", "told them",
        ]
        var texts = pieces
        for a in pieces {
            for b in ["\u{FEFF}", " ", "\n", "\"", "“", "."] {
                texts.append(a + b)
                texts.append(b + a)
                texts.append(a + b + a)
            }
        }
        return texts
    }()

    @Test func everyDegenerateTextIsAnalysedWithoutCrashing() {
        for text in Self.texts {
            let analysis = Engine().analyze(text: text, name: "degenerate")
            for s in analysis.statements {
                #expect(analysis.document.text(in: s.span) == s.text, "text \(text.debugDescription)")
            }
        }
    }

    @Test func aByteOrderMarkAloneHasNoParagraphsSentencesOrStatements() {
        for text in ["\u{FEFF}", "\u{FEFF}\n\u{FEFF}", "\u{FEFF} \r\n\t\u{FEFF}"] {
            let analysis = Engine().analyze(text: text)
            #expect(analysis.document.paragraphs.isEmpty)
            #expect(analysis.document.sentences.isEmpty)
            #expect(analysis.statements.isEmpty)
            #expect(analysis.actors.isEmpty)
        }
    }
}
