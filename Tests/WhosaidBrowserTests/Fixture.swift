import WhosaidBrowser
@testable import WhosaidModel

/// A small hand-made analysis: four statements by three actors, two topics.
enum Fixture {
    static let text = """
        Harbour Town Votes on Bridge
        The council approved the new bridge on Tuesday after a long debate.
        “We have waited twenty years for this,” said Maria Okafor, the mayor of Harbour Town.
        Okafor added that construction would begin in spring.
        Residents were divided. “It will ruin the view of the bay,” said Tom Reyes, a fisherman.
        The transport ministry said the project would cost 40 million euros.
        """

    static let document = Document(name: "articles/harbour.txt", text: text)

    /// The scalar span of the `occurrence`-th appearance of `needle`.
    static func span(_ needle: String, occurrence: Int = 0) -> TextSpan {
        let hay = document.scalars
        let n = Array(needle.unicodeScalars)
        var found = -1
        var start = 0
        for i in 0...(hay.count - n.count) where Array(hay[i..<(i + n.count)]) == n {
            found += 1
            if found == occurrence {
                start = i
                break
            }
        }
        precondition(found == occurrence, "\(needle) not in fixture")
        return TextSpan(start: start, end: start + n.count)
    }

    static func statement(_ id: Int, _ quote: String, _ kind: StatementKind, cue: String, actor: Int, paragraph: Int) -> Statement {
        let s = span(quote)
        return Statement(
            id: id, span: s, text: document.text(in: s), kind: kind, cue: cue, cueSpan: nil, actorID: actor,
            paragraph: paragraph, rule: .trailingCue, confidence: 0.9)
    }

    static let analysis: Analysis = {
        let statements = [
            statement(0, "“We have waited twenty years for this,”", .direct, cue: "said", actor: 0, paragraph: 2),
            statement(1, "construction would begin in spring", .indirect, cue: "added", actor: 0, paragraph: 3),
            statement(2, "“It will ruin the view of the bay,”", .direct, cue: "said", actor: 1, paragraph: 4),
            statement(3, "the project would cost 40 million euros", .indirect, cue: "said", actor: 2, paragraph: 5),
        ]
        let actors = [
            Actor(
                id: 0, name: "Maria Okafor", aliases: ["Okafor"], roles: ["the mayor of Harbour Town"], kind: .person,
                mentions: [span("Maria Okafor"), span("Okafor", occurrence: 1)], statementIDs: [0, 1]),
            Actor(id: 1, name: "Tom Reyes", roles: ["a fisherman"], kind: .person, mentions: [span("Tom Reyes")], statementIDs: [2]),
            Actor(id: 2, name: "The transport ministry", kind: .organisation, mentions: [span("The transport ministry")], statementIDs: [3]),
        ]
        let topics = [
            Topic(id: 0, phrase: "new bridge", score: 2, statementIDs: [0, 1, 2], actorIDs: [0, 1]),
            Topic(id: 1, phrase: "project cost", score: 1, statementIDs: [3], actorIDs: [2]),
        ]
        return Analysis(document: document, statements: statements, actors: actors, topics: topics)
    }()

    /// A browser on the fixture at `width`x`height`.
    static func state(_ width: Int = 80, _ height: Int = 24) -> State {
        State(analysis: analysis, size: Size(width: width, height: height))
    }
}

/// Applies `actions` one after another.
func run(_ state: State, _ actions: Action...) -> State {
    actions.reduce(state, reduce)
}

/// Types `text` character by character.
func type(_ state: State, _ text: String) -> State {
    text.reduce(state) { reduce($0, .insert($1)) }
}

/// The screen's text rows joined by newlines, for comparison with multi-line literals.
func text(_ screen: Screen) -> String { screen.lines.joined(separator: "\n") }

/// The screen's style rows joined by newlines.
func styles(_ screen: Screen) -> String { screen.styleLines.joined(separator: "\n") }
