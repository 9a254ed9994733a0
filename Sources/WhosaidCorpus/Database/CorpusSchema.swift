import GRDB

/// The corpus database's tables, built by a GRDB migrator: each schema version is one migration,
/// and a database written by a newer whosaid (a migration this one does not know) is refused.
///
/// `PRAGMA application_id` marks the file as a whosaid corpus and `PRAGMA user_version` holds the
/// schema version, so other tools can tell what the file is.
public enum CorpusSchema {
    /// `PRAGMA application_id` of a whosaid corpus: "WhoS" in ASCII.
    public static let applicationID: Int32 = 0x5768_6F53

    /// The migrations, oldest first; the schema version is their count.
    public static let migrations = ["v1-articles", "v2-people", "v3-browse", "v4-person-pages", "v5-corpus-topics"]

    /// The schema version this whosaid writes and reads.
    public static var version: Int { migrations.count }

    /// The migrator that builds or updates a corpus.
    public static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1-articles") { db in
            try db.execute(sql: "PRAGMA application_id = \(applicationID)")
            try db.execute(sql: articlesV1)
        }
        m.registerMigration("v2-people") { db in
            try db.execute(sql: peopleV2)
        }
        m.registerMigration("v3-browse") { db in
            try db.execute(sql: browseV3)
        }
        m.registerMigration("v4-person-pages") { db in
            try db.execute(sql: personPagesV4)
        }
        m.registerMigration("v5-corpus-topics") { db in
            try db.execute(sql: corpusTopicsV5)
        }
        return m
    }

    /// Articles, their actors, statements, mentions and topics, with full-text search.
    static let articlesV1 = """
        CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE article(
          id INTEGER PRIMARY KEY,
          key TEXT NOT NULL UNIQUE,      -- the JSONL id, or the file's absolute path
          hash TEXT NOT NULL,            -- content hash: unchanged articles are skipped
          title TEXT, date TEXT, source TEXT,
          origin TEXT NOT NULL,          -- the file it came from (with :LINE for JSONL)
          analysed TEXT NOT NULL,        -- 'whosaid VERSION', or 'imported' for extract output
          text TEXT NOT NULL);
        CREATE TABLE actor(
          id INTEGER PRIMARY KEY,
          article INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
          number INTEGER NOT NULL,       -- the actor's id in the article's analysis
          name TEXT NOT NULL, aliases TEXT NOT NULL DEFAULT '[]',
          role TEXT, roles TEXT NOT NULL DEFAULT '[]',
          kind TEXT NOT NULL, statements INTEGER NOT NULL);
        CREATE INDEX actor_article ON actor(article);
        CREATE TABLE statement(
          id INTEGER PRIMARY KEY,
          article INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
          number INTEGER NOT NULL,
          start INTEGER NOT NULL, "end" INTEGER NOT NULL,   -- Unicode scalar offsets, end exclusive
          text TEXT NOT NULL, kind TEXT NOT NULL, cue TEXT,
          cue_start INTEGER, cue_end INTEGER,                -- where the cue stands, if known
          actor INTEGER REFERENCES actor(id) ON DELETE CASCADE,
          mention_start INTEGER, mention_end INTEGER,        -- the mention the speaker was found through
          via TEXT,                                          -- how it was tied: name, description, pronoun, continuation
          antecedent_start INTEGER, antecedent_end INTEGER,  -- a pronoun's antecedent mention
          continues INTEGER,                                 -- the statement number a continuation follows
          paragraph INTEGER NOT NULL,    -- 1-based
          rule TEXT NOT NULL, confidence REAL NOT NULL);
        CREATE INDEX statement_article ON statement(article);
        CREATE INDEX statement_actor ON statement(actor);
        CREATE TABLE mention(
          actor INTEGER NOT NULL REFERENCES actor(id) ON DELETE CASCADE,
          start INTEGER NOT NULL, "end" INTEGER NOT NULL);
        CREATE INDEX mention_actor ON mention(actor);
        CREATE TABLE topic(
          id INTEGER PRIMARY KEY,
          article INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
          phrase TEXT NOT NULL, score REAL NOT NULL);
        CREATE INDEX topic_article ON topic(article);
        CREATE INDEX topic_phrase ON topic(phrase COLLATE NOCASE);
        CREATE TABLE statement_topic(
          statement INTEGER NOT NULL REFERENCES statement(id) ON DELETE CASCADE,
          topic INTEGER NOT NULL REFERENCES topic(id) ON DELETE CASCADE,
          PRIMARY KEY(statement, topic)) WITHOUT ROWID;
        CREATE INDEX statement_topic_topic ON statement_topic(topic);

        CREATE VIRTUAL TABLE statement_fts USING fts5(
          text, content='statement', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2');
        CREATE TRIGGER statement_fts_insert AFTER INSERT ON statement BEGIN
          INSERT INTO statement_fts(rowid, text) VALUES (new.id, new.text);
        END;
        CREATE TRIGGER statement_fts_delete AFTER DELETE ON statement BEGIN
          INSERT INTO statement_fts(statement_fts, rowid, text) VALUES ('delete', old.id, old.text);
        END;
        CREATE VIRTUAL TABLE article_fts USING fts5(
          title, text, content='article', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2');
        CREATE TRIGGER article_fts_insert AFTER INSERT ON article BEGIN
          INSERT INTO article_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
        END;
        CREATE TRIGGER article_fts_delete AFTER DELETE ON article BEGIN
          INSERT INTO article_fts(article_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
        END;
        """

    /// People across articles: each actor of a person or organisation points to its corpus
    /// person. The people pass rebuilds the links after every run that changed articles
    /// (`meta.people_stale`), so an existing corpus gets its people on its next run.
    static let peopleV2 = """
        CREATE TABLE person(
          id INTEGER PRIMARY KEY,
          key TEXT NOT NULL UNIQUE,
          name TEXT NOT NULL, aliases TEXT NOT NULL DEFAULT '[]',
          kind TEXT NOT NULL,
          statements INTEGER NOT NULL, articles INTEGER NOT NULL,
          first_date TEXT, last_date TEXT);
        CREATE INDEX person_name ON person(name COLLATE NOCASE);
        ALTER TABLE actor ADD COLUMN person INTEGER REFERENCES person(id) ON DELETE SET NULL;
        CREATE INDEX actor_person ON actor(person);
        INSERT OR REPLACE INTO meta(key, value) VALUES ('people_stale', '1');
        """

    /// Indexes in the orders the browser pages through: articles newest first, people with the
    /// most statements first. Without them each page would sort the whole table.
    static let browseV3 = """
        CREATE INDEX article_newest ON article(date IS NULL, date DESC, id);
        CREATE INDEX person_most_quoted ON person(statements DESC, articles DESC, name);
        """

    /// Each actor keeps its article's date, so that one index gives a person's statements newest
    /// first, and their count, without reading or sorting them (a person quoted in 20,000
    /// articles took 160 ms a page before, 1 ms after). The people in the browser's order carry
    /// their names, so a search of names reads the index alone (a rare name took 21 ms a page
    /// among 38,000 people before, 4 ms after).
    static let personPagesV4 = """
        ALTER TABLE actor ADD COLUMN date TEXT;
        UPDATE actor SET date = (SELECT date FROM article WHERE article.id = actor.article);
        CREATE INDEX actor_person_newest ON actor(person, date IS NULL, date DESC, id, statements);
        DROP INDEX person_most_quoted;
        CREATE INDEX person_most_quoted_names ON person(statements DESC, articles DESC, name, aliases);
        """

    /// Topics across the corpus: the articles' topic phrases (in any case) that have statements,
    /// with how many statements and articles, totalled by the people pass (so the browser lists
    /// them a page at a time from one index); each article's topic points to its corpus topic,
    /// so that the statements on one are read in article order from one index (1.5 ms a page
    /// for a topic of 88,000 statements, 30 ms and 80 ms for their count through the phrase).
    /// People's names and other names get a trigram index (`person_fts`), so that a search for
    /// three letters or more of a name reads the index, not every person (0.1 ms instead of
    /// 4–25 ms among 38,720 people).
    static let corpusTopicsV5 = """
        CREATE TABLE corpus_topic(
          id INTEGER PRIMARY KEY,
          phrase TEXT NOT NULL UNIQUE COLLATE NOCASE,
          statements INTEGER NOT NULL, articles INTEGER NOT NULL);
        CREATE INDEX corpus_topic_most ON corpus_topic(statements DESC, articles DESC, phrase);
        ALTER TABLE topic ADD COLUMN corpus_topic INTEGER;
        CREATE INDEX topic_corpus ON topic(corpus_topic, article);
        CREATE VIRTUAL TABLE person_fts USING fts5(name, aliases, content='person', content_rowid='id', tokenize='trigram');
        INSERT INTO person_fts(person_fts) VALUES ('rebuild');
        CREATE TRIGGER person_fts_insert AFTER INSERT ON person BEGIN
          INSERT INTO person_fts(rowid, name, aliases) VALUES (new.id, new.name, new.aliases);
        END;
        CREATE TRIGGER person_fts_delete AFTER DELETE ON person BEGIN
          INSERT INTO person_fts(person_fts, rowid, name, aliases) VALUES ('delete', old.id, old.name, old.aliases);
        END;
        CREATE TRIGGER person_fts_update AFTER UPDATE OF name, aliases ON person
        WHEN old.name IS NOT new.name OR old.aliases IS NOT new.aliases BEGIN
          INSERT INTO person_fts(person_fts, rowid, name, aliases) VALUES ('delete', old.id, old.name, old.aliases);
          INSERT INTO person_fts(rowid, name, aliases) VALUES (new.id, new.name, new.aliases);
        END;
        INSERT OR REPLACE INTO meta(key, value) VALUES ('people_stale', '1');
        """
}
