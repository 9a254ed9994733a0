/// The person asked a question answers it: after `Sen. Beckett asked Secretary Olsen whether the
/// agency had lied.` (or `“Did you lie?” Walsh asked Olsen.`) the next `he replied` or `he said` is
/// Olsen's, though the asker is the subject. Lappin–Leass's role weights favour the asker; news
/// dialogue turns to the addressee.
extension PronounSalience {
    /// Bonus for the person a question was put to, one or two sentences before the pronoun (the
    /// answer's quote may stand between), when no person is the subject of a clause between: it
    /// outweighs the asker's subject, paragraph, known-gender and previous-speaker bonuses together
    /// (240), even for an addressee whose gender is unknown.
    static let questionAddressee = 250.0
    /// How many sentences back a question's addressee takes the bonus: the answer follows the
    /// question. A person who is a subject between brings in another speaker (`Later, Olsen's
    /// deputy, Pedro Alves, testified. “We are on track,” he said.`).
    static let questionSentences = 2
    /// Finite verbs that put a question to the person after them (not `ask`: `begged reporters to
    /// ask him about…` puts no question yet).
    static let questionVerbs: WordSet = ["asked", "asks", "questioned", "pressed", "quizzed"]
    /// Words that open what was asked after the addressee (`asked Olsen whether…`, `asked her about
    /// the plan`); a request (`asked him to resign`) is no question.
    static let questionOpeners: WordSet = ["whether", "if", "about", "why", "what", "how", "when", "where", "who", "which"]
    /// Most tokens of the addressee's name before its last word, all capitalised (`Deputy Secretary
    /// Mark Olsen`).
    static let maxAddresseeNameTokens = 5

    /// Whether the name whose last word is token `index` is the addressee of a question: a
    /// question verb before the name's capitalised words, and what was asked (or, after `asked`, the sentence's
    /// end) after it. A pronoun (`asked him whether`) takes no part: its own resolution may be wrong.
    static func isQuestionAddressee(_ index: Int, tokens: Tokens) -> Bool {
        guard tokens[index].isCapitalized else { return false }
        let sentence = tokens[index].sentence
        var k = index - 1
        while k >= 0, index - k <= maxAddresseeNameTokens, tokens[k].sentence == sentence, tokens[k].isCapitalized, tokens[k].quote == nil {
            k -= 1
        }
        guard k >= 0, tokens[k].sentence == sentence, tokens[k].tag == .verb, questionVerbs.contains(tokens[k].lower) else { return false }
        // "“Did you lie?” Walsh asked Olsen.": the question was quoted before; only `asked` puts
        // one with nothing after the name (`pressed Olsen.` may only insist).
        let asked = tokens[k].lower == "asked" || tokens[k].lower == "asks"
        let next = index + 1
        guard next < tokens.count, tokens[next].sentence == sentence else { return asked }
        return questionOpeners.contains(tokens[next].lower) || asked && tokens[next].lower.isOne(of: ".", "?")
    }
}
