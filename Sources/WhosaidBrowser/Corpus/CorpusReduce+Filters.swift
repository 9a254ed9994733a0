import WhosaidModel

/// `f`: one person within one article. The statements pane lists the selected statement's
/// speaker in its article only; `f` again lists what was listed before.
extension CorpusState {
    /// Whether the list is narrowed to one person in one article.
    public var isSpeakerInArticle: Bool { pickedArticle != nil && pickedPerson != nil }

    /// `f`: narrow the list to the selected statement's person in its article, or widen it back.
    mutating func toggleSpeakerInArticle() {
        if isSpeakerInArticle {
            let keep = selectedStatement?.id
            let before = widened ?? (article: nil, person: nil, topic: nil)
            pickedArticle = before.article
            pickedPerson = before.person
            pickedTopic = before.topic
            widened = nil
            reloadStatements()
            select(statement: keep)
            status = StatusMessage("\(statements.total) statement\(statements.total == 1 ? "" : "s") listed again")
            return
        }
        guard let statement = selectedStatement else {
            status = StatusMessage("No statement selected", isError: true)
            return
        }
        guard let person = statement.person, let speaker = statement.speaker else {
            status = StatusMessage("The speaker of this statement is no corpus person", isError: true)
            return
        }
        widened = (pickedArticle, pickedPerson, pickedTopic)
        pickedTopic = nil
        pickedArticle = CorpusArticleRow(
            id: statement.article, key: statement.articleKey, title: statement.title, date: statement.date, statements: 0)
        pickedPerson = CorpusPersonRow(id: person, name: speaker, statements: 0, articles: 0)
        reloadStatements()
        select(statement: statement.id)
        let n = statements.total
        status = StatusMessage("\(n) statement\(n == 1 ? "" : "s") by \(speaker) in \(statement.articleLabel); f lists all again")
    }

    /// Selects the listed statement with row id `id` when it is on the loaded page.
    private mutating func select(statement id: Int64?) {
        guard let id, let i = statements.rows.firstIndex(where: { $0.id == id }) else { return }
        selectStatement(at: statements.offset + i)
    }
}
