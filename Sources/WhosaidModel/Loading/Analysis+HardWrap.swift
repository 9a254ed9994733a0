/// A hard-wrapped text is analysed as a reading copy whose line breaks inside paragraphs are spaces
/// (``Document/readingLineBreaksAsSpaces()``); its analysis is then given back the text as written.
extension Analysis {
    /// This analysis of the reading copy of `document`, holding `document` itself: each statement's
    /// text is its span of the text as given (line breaks included), while names, roles, cues and
    /// topics, which a reader sees as words, have each run of spaces a line break left read as one.
    func restoringLineBreaks(of document: Document) -> Analysis {
        var analysis = self
        analysis.document = document
        for i in analysis.statements.indices {
            analysis.statements[i].text = document.text(in: analysis.statements[i].span)
            analysis.statements[i].cue = analysis.statements[i].cue.map(Self.oneSpaced)
        }
        for i in analysis.actors.indices {
            analysis.actors[i].name = Self.oneSpaced(analysis.actors[i].name)
            analysis.actors[i].aliases = analysis.actors[i].aliases.map(Self.oneSpaced)
            analysis.actors[i].roles = analysis.actors[i].roles.map(Self.oneSpaced)
        }
        for i in analysis.topics.indices {
            analysis.topics[i].phrase = Self.oneSpaced(analysis.topics[i].phrase)
        }
        return analysis
    }

    /// `s` with each run of spaces made one space.
    static func oneSpaced(_ s: String) -> String {
        guard s.containsBytes("  ") else { return s }
        var out = ""
        var previous: Character = "x"
        for c in s where !(c == " " && previous == " ") {
            out.append(c)
            previous = c
        }
        return out
    }
}
