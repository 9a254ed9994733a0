import GRDB

extension Corpus {
    /// Whether articles changed since the people were last worked out.
    public func peopleAreStale() throws(CorpusError) -> Bool {
        try Corpus.wrap(path) {
            try queue.read { db in try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'people_stale'") == "1" }
        }
    }

    /// Totals the topics across the corpus: each phrase (in any case) with statements on it, and
    /// the articles they are in.
    static func totalTopics(_ db: Database) throws {
        try db.execute(sql: """
            DELETE FROM corpus_topic;
            INSERT INTO corpus_topic(phrase, statements, articles)
              SELECT min(topic.phrase), count(*), count(DISTINCT topic.article)
              FROM topic JOIN statement_topic ON statement_topic.topic = topic.id
              GROUP BY topic.phrase COLLATE NOCASE;
            UPDATE topic SET corpus_topic = (SELECT id FROM corpus_topic WHERE corpus_topic.phrase = topic.phrase);
            """)
    }

    /// Works out the people across all articles (``PeopleResolver``) and links every actor to
    /// its person, in one transaction. People keep their row ids across runs while their key
    /// stays; people left with no actor are deleted. Returns the number of people.
    @discardableResult
    public func updatePeople() throws(CorpusError) -> Int {
        try Corpus.wrap(path) {
            try queue.write { db in
                var sightings: [ActorSighting] = []
                var current: [Int64: Int64] = [:]
                let rows = try Row.fetchCursor(db, sql: """
                    SELECT actor.id, actor.article, actor.number, actor.name, actor.aliases, actor.kind,
                           actor.statements, article.date, actor.person
                    FROM actor JOIN article ON article.id = actor.article
                    """)
                while let row = try rows.next() {
                    let id: Int64 = row[0]
                    sightings.append(ActorSighting(
                        id: id, article: row[1], number: row[2], name: row[3], aliases: Corpus.strings(fromJSON: row[4]),
                        kind: row[5], statements: row[6], date: row[7]))
                    if let person: Int64 = row[8] { current[id] = person }
                }
                let people = PeopleResolver.resolve(sightings)
                let upsert = try db.cachedStatement(sql: """
                    INSERT INTO person(key, name, aliases, kind, statements, articles, first_date, last_date)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT(key) DO UPDATE SET name = excluded.name, aliases = excluded.aliases, kind = excluded.kind,
                      statements = excluded.statements, articles = excluded.articles,
                      first_date = excluded.first_date, last_date = excluded.last_date
                    RETURNING id
                    """)
                let link = try db.cachedStatement(sql: "UPDATE actor SET person = ? WHERE id = ?")
                var linked = Set<Int64>()
                for p in people {
                    let id = try Int64.fetchOne(upsert, arguments: [
                        p.key, p.name, Corpus.json(p.aliases), p.kind, p.statements, p.articles, p.firstDate, p.lastDate,
                    ])!
                    for actor in p.actorIDs {
                        linked.insert(actor)
                        if current[actor] != id { try link.execute(arguments: [id, actor]) }
                    }
                }
                for (actor, _) in current where !linked.contains(actor) {
                    try link.execute(arguments: [nil as Int64?, actor])
                }
                try db.execute(sql: "DELETE FROM person WHERE NOT EXISTS (SELECT 1 FROM actor WHERE actor.person = person.id)")
                try Corpus.totalTopics(db)
                try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES ('people_stale', '0')")
                return people.count
            }
        }
    }
}
