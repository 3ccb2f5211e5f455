// The database schema, compiled into the binary so that the store never reads
// SQL from disk at run time. Each schema step below is byte for byte a file
// of schema/ (tests/store/store_test.cc checks them): edit the file, then
// paste it here between R"sql( and )sql".
#ifndef NEWSGRAPH_STORE_INTERNAL_SCHEMA_SQL_H_
#define NEWSGRAPH_STORE_INTERNAL_SCHEMA_SQL_H_

namespace newsgraph::store {

// schema/001_core.sql: creates every table and index of an empty database
// and fills meta (schema version 1).
inline constexpr char kSchemaV1Sql[] = R"sql(-- newsgraph database schema, version 1.
--
-- One SQLite file holds the knowledge graph built from a set of news
-- documents: the entities (people, countries, organisations, ...) tagged in
-- them, every mention of an entity, and the relations found between entities
-- together with the sentences that support them.
--
-- This file is compiled into the binary (src/store/schema_sql.h holds the same
-- text byte for byte; a unit test checks it) and executed once, in one
-- transaction, when a new database file is created. The store sets the
-- connection pragmas itself: journal_mode=WAL, synchronous=NORMAL,
-- foreign_keys=ON.
--
-- Later files change this schema, each raising meta.schema_version by one:
-- 002_relation_cameo.sql (version 2), 003_duplicate_documents.sql (version
-- 3), 004_document_metadata.sql (version 4), 005_curation.sql (version 5),
-- 006_event_dates.sql (version 6), 007_document_text.sql (version 7). A
-- new database runs them all, in order, in the same transaction; an
-- older database is brought up to date when it is opened for writing. The
-- columns they add are noted above each table (this file's statements stay
-- as version 1 ran them).
--
-- Conventions:
--   * Every text column holds UTF-8.
--   * Offsets (begin, end, trigger_begin, trigger_end) are byte offsets into
--     the document text as it was read, half-open: [begin, end).
--   * Sentence indices count the sentences of a document from 0, in the
--     order the sentence splitter found them.
--   * Dates are ISO 8601 text: 'YYYY-MM-DD' for document dates,
--     'YYYY-MM-DDTHH:MM:SSZ' (UTC) for timestamps.
--   * A document is stored as a whole: re-ingesting it deletes its mentions,
--     relation mentions and evidence sentences and writes the new ones in the
--     same transaction. Entities and aliases are shared by all documents and
--     are never deleted; relations are deleted when their last mention goes.

-- Key/value facts about the database itself.
CREATE TABLE meta (
  -- Name of the fact:
  --   'schema_version'  version of this schema, an integer as text ('1');
  --                     a file without it is not a newsgraph database
  --   'created_at'      when the database was created (UTC timestamp)
  key   TEXT PRIMARY KEY,
  -- Value of the fact, as text.
  value TEXT NOT NULL
);

-- One row per ingested document (the latest version of it).
-- 003_duplicate_documents.sql adds the column duplicate_of;
-- 004_document_metadata.sql adds url, title and source.
CREATE TABLE documents (
  -- Row id, referenced by mentions, sentences and relation_mentions.
  -- Kept when a document is re-ingested.
  id          INTEGER PRIMARY KEY,
  -- The document's identity: its path exactly as given on the command line,
  -- or '-' for standard input.
  name        TEXT NOT NULL UNIQUE,
  -- Hash of the document's content, lower-case hex. Lets an ingest skip a
  -- document whose content has not changed since it was stored.
  hash        TEXT NOT NULL,
  -- Publication date 'YYYY-MM-DD', or NULL when unknown. Date filters on the
  -- graph exclude documents without a date.
  date        TEXT,
  -- Size of the content in bytes.
  size        INTEGER NOT NULL DEFAULT 0,
  -- When this version was stored (UTC timestamp).
  ingested_at TEXT NOT NULL
);

-- One row per entity, shared by all documents that mention it.
CREATE TABLE entities (
  -- Row id; the node id in exported graphs.
  id         INTEGER PRIMARY KEY,
  -- Stable identity of the entity: the gazetteer id ('country:KOR',
  -- 'person:Q57661') or, for an entity found by a name-shape rule,
  -- 'discovered:<type>:<normalised name>' ('discovered:person:cho tae yul').
  key        TEXT NOT NULL UNIQUE,
  -- Canonical name ('South Korea').
  name       TEXT NOT NULL,
  -- Entity type: 'PERSON', 'COUNTRY', 'ORG', or another gazetteer type.
  type       TEXT NOT NULL,
  -- 1 when the entity was found by a rule and is in no gazetteer, else 0.
  -- When a gazetteer entity and a discovered one share a key, the gazetteer
  -- one wins: discovered becomes 0 and its name and type are kept.
  discovered INTEGER NOT NULL DEFAULT 0 CHECK (discovered IN (0, 1)),
  -- Confidence in [0, 1] that this is a real entity: 1 for gazetteer
  -- entities; for discovered ones the highest confidence any document gave.
  confidence REAL NOT NULL DEFAULT 1.0
);

-- Other names of an entity: every surface form seen in any document (or
-- known from the gazetteer) except the canonical name itself. Never deleted.
CREATE TABLE aliases (
  -- The entity this name stands for.
  entity_id INTEGER NOT NULL REFERENCES entities(id),
  -- The name as written ('Seoul', 'ROK', 'South Korean').
  alias     TEXT NOT NULL,
  UNIQUE (entity_id, alias)
);

-- One row per occurrence of an entity in a document.
CREATE TABLE mentions (
  -- Row id.
  id          INTEGER PRIMARY KEY,
  -- The document the mention is in.
  document_id INTEGER NOT NULL REFERENCES documents(id),
  -- The entity mentioned.
  entity_id   INTEGER NOT NULL REFERENCES entities(id),
  -- Byte offsets of the mention text in the document.
  begin       INTEGER NOT NULL,
  end         INTEGER NOT NULL,
  -- Index of the sentence that contains the mention.
  sentence    INTEGER NOT NULL,
  -- How the mention was recognised:
  --   'name'      the canonical name
  --   'alias'     another full name of the entity
  --   'acronym'   an acronym ('EU', 'U.N.')
  --   'demonym'   a demonym standing for a country ('North Korean')
  --   'capital'   a capital standing for its government ('Pyongyang')
  --   'rule'      a name-shape rule found a name that no gazetteer holds
  --   'coref'     a short form resolved within the document ('Borrell')
  how         TEXT NOT NULL CHECK (how IN ('name', 'alias', 'acronym',
                  'demonym', 'capital', 'rule', 'coref')),
  -- The mention as written in the document (bytes [begin, end)).
  text        TEXT NOT NULL,
  -- Confidence in [0, 1] that the mention refers to this entity.
  confidence  REAL NOT NULL DEFAULT 1.0,
  -- Id of the rule that produced a 'rule' or 'coref' mention, else NULL.
  rule        TEXT
);

-- Evidence sentences: only the sentences of a document that carry at least
-- one relation mention, so that a graph can show why an edge exists without
-- storing whole documents.
CREATE TABLE sentences (
  -- The document the sentence is in.
  document_id INTEGER NOT NULL REFERENCES documents(id),
  -- Index of the sentence in the document (relation_mentions.sentence).
  idx         INTEGER NOT NULL,
  -- Byte offsets of the sentence in the document.
  begin       INTEGER NOT NULL,
  end         INTEGER NOT NULL,
  -- The sentence text (bytes [begin, end) of the document).
  text        TEXT NOT NULL,
  PRIMARY KEY (document_id, idx)
) WITHOUT ROWID;

-- Merged relations: one row per (type, source, target), whatever the number
-- of documents and sentences that support it. These are the graph's edges.
CREATE TABLE relations (
  -- Row id; the edge id in exported graphs. Kept as long as at least one
  -- relation mention supports the relation.
  id        INTEGER PRIMARY KEY,
  -- Relation type: 'meets', 'succeeds', 'deploys', 'signs_agreement', ...
  type      TEXT NOT NULL,
  -- The entities related. For a directed relation, source acts on target
  -- ('A succeeds B': source A, target B). For a symmetric one the pair is
  -- stored once with source_id < target_id.
  source_id INTEGER NOT NULL REFERENCES entities(id),
  target_id INTEGER NOT NULL REFERENCES entities(id),
  -- 1 when the relation has no direction ('meets'), else 0.
  symmetric INTEGER NOT NULL DEFAULT 0 CHECK (symmetric IN (0, 1)),
  UNIQUE (type, source_id, target_id)
);

-- One row per sentence in which a relation was found.
-- 002_relation_cameo.sql adds the column cameo.
CREATE TABLE relation_mentions (
  -- Row id.
  id            INTEGER PRIMARY KEY,
  -- The merged relation this mention supports.
  relation_id   INTEGER NOT NULL REFERENCES relations(id),
  -- The document and sentence (sentences.idx) the relation was found in.
  document_id   INTEGER NOT NULL REFERENCES documents(id),
  sentence      INTEGER NOT NULL,
  -- Byte offsets of the trigger word(s) in the document ('met', 'will visit').
  trigger_begin INTEGER NOT NULL,
  trigger_end   INTEGER NOT NULL,
  -- Id of the relation rule that fired.
  rule          TEXT NOT NULL,
  -- What the sentence claims, strongest first:
  --   'asserted'      it happened or holds ('Borrell met Cho')
  --   'planned'       it is scheduled or intended ('Borrell will meet Cho')
  --   'hypothetical'  it might happen ('Borrell could meet Cho')
  --   'negated'       it did not happen ('Borrell did not meet Cho');
  --                   kept, but not shown as an edge by default
  modality      TEXT NOT NULL CHECK (modality IN ('asserted', 'planned',
                    'hypothetical', 'negated')),
  -- Confidence in [0, 1] of the rule's reading of the sentence.
  confidence    REAL NOT NULL DEFAULT 1.0
);

-- Replacing a document: find its rows.
CREATE INDEX mentions_by_document ON mentions(document_id);
CREATE INDEX relation_mentions_by_document
  ON relation_mentions(document_id, relation_id);
-- Nodes: mentions per entity, with the documents counted (covering index).
CREATE INDEX mentions_by_entity ON mentions(entity_id, document_id);
-- Edges: relation mentions per relation, with the documents counted and the
-- strongest modality (covering index: loading a graph never reads the table).
CREATE INDEX relation_mentions_by_relation
  ON relation_mentions(relation_id, document_id, modality);
-- Neighbours of an entity. (type, source_id, target_id) is covered by the
-- UNIQUE constraint.
CREATE INDEX relations_by_source ON relations(source_id);
CREATE INDEX relations_by_target ON relations(target_id);

INSERT INTO meta (key, value) VALUES ('schema_version', '1');
INSERT INTO meta (key, value)
  VALUES ('created_at', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
)sql";

// schema/002_relation_cameo.sql: version 1 to 2.
inline constexpr char kSchemaV2Sql[] =
    R"sql(-- newsgraph database schema, version 2: the CAMEO event code of a relation
-- mention.
--
-- Run after 001_core.sql when a new database is created, and on its own, in
-- one transaction, when a version 1 database is opened for writing (the
-- store then raises meta.schema_version to '2'). A version 1 database opened
-- read-only is read as it is: its relation mentions have no code.

-- CAMEO event code of the trigger word, as rules/dependency.tsv gives it
-- for the dependency rules ('040' consult, '046' engage in negotiation), or
-- NULL when the rule gives none (surface pattern rules give none; mentions
-- stored by version 1 have none).
ALTER TABLE relation_mentions ADD COLUMN cameo TEXT;

UPDATE meta SET value = '2' WHERE key = 'schema_version';
)sql";

// schema/003_duplicate_documents.sql: version 2 to 3.
inline constexpr char kSchemaV3Sql[] =
    R"sql(-- newsgraph database schema, version 3: documents with the text of another.
--
-- Run after 002_relation_cameo.sql when a new database is created, and on
-- its own, in one transaction, when a version 2 database is opened for
-- writing.
--
-- Two documents with the same content hash (the same text under two names,
-- as when a wire story is saved twice) hold one text: its mentions,
-- relation mentions and evidence sentences are stored once, under the first
-- of them stored; each other one keeps only its row in documents, pointing
-- at that one. So mention counts, supporting documents and rankings count
-- the text once. When the document holding the rows is stored again with
-- another text, its rows go to the first of its duplicates, which then
-- holds them (and the date of that document applies to them from then on).

-- The document whose rows stand for this one's text (same hash), or NULL
-- when this document holds its own rows. Never points at a duplicate.
ALTER TABLE documents ADD COLUMN duplicate_of INTEGER REFERENCES documents(id);

-- Storing a document: find a stored one with the same text.
CREATE INDEX documents_by_hash ON documents(hash);
-- Changing a document's text: find its duplicates (only they are indexed).
CREATE INDEX documents_by_original ON documents(duplicate_of)
  WHERE duplicate_of IS NOT NULL;

-- Databases of earlier versions may hold duplicates already: keep the rows
-- of the first document of each text (the lowest id) and drop the others'.
-- Documents without a hash (those of a graph import) are never duplicates.
UPDATE documents SET duplicate_of = (
  SELECT MIN(d.id) FROM documents d WHERE d.hash = documents.hash)
WHERE hash <> '' AND id <> (
  SELECT MIN(d.id) FROM documents d WHERE d.hash = documents.hash);
DELETE FROM mentions WHERE document_id IN (
  SELECT id FROM documents WHERE duplicate_of IS NOT NULL);
DELETE FROM relation_mentions WHERE document_id IN (
  SELECT id FROM documents WHERE duplicate_of IS NOT NULL);
DELETE FROM sentences WHERE document_id IN (
  SELECT id FROM documents WHERE duplicate_of IS NOT NULL);
DELETE FROM relations WHERE NOT EXISTS (
  SELECT 1 FROM relation_mentions rm WHERE rm.relation_id = relations.id);

UPDATE meta SET value = '3' WHERE key = 'schema_version';
)sql";

// One step of the schema: `sql` takes a database from version `version - 1`
// (from nothing, for version 1) to `version`, and sets meta.schema_version.
// Each runs with sqlite3_exec inside the caller's transaction.
struct SchemaStep {
  int version;
  const char* file;  // under schema/
  const char* sql;
};

// schema/004_document_metadata.sql: url, title and source of a document.
inline constexpr char kSchemaV4Sql[] =
    R"sql(-- newsgraph database schema, version 4: what a feed says about a document.
--
-- Run after 003_duplicate_documents.sql when a new database is created, and
-- on its own, in one transaction, when a version 3 database is opened for
-- writing.
--
-- Articles that arrive as JSON lines or CSV rows (`ingest --input jsonl`,
-- `--input csv`) carry more than their text: the feed's id becomes
-- documents.name, its date documents.date, and these columns keep the rest.
-- Exports and listings show them with every piece of evidence. Documents
-- read from files have them NULL.

-- The article's address ('https://...'), or NULL.
ALTER TABLE documents ADD COLUMN url TEXT;
-- The article's headline, or NULL.
ALTER TABLE documents ADD COLUMN title TEXT;
-- Who published it ('Reuters', 'BBC'), or NULL.
ALTER TABLE documents ADD COLUMN source TEXT;

UPDATE meta SET value = '4' WHERE key = 'schema_version';
)sql";

// schema/005_curation.sql: an analyst's corrections to entities.
inline constexpr char kSchemaV5Sql[] =
    R"sql(-- newsgraph database schema, version 5: an analyst's corrections to entities.
--
-- Run after 004_document_metadata.sql when a new database is created, and on
-- its own, in one transaction, when a version 4 database is opened for
-- writing.
--
-- `newsgraph entity merge|rename|alias|block` records a correction here;
-- `entity undo ID` deletes one. Nothing else is rewritten: every command
-- that reads the graph (entities, relations, timeline, query, export)
-- applies the corrections, in id order, to the graph it loads, so they hold
-- for documents ingested later too and survive re-ingesting. Entities are
-- named by key (entities.key), which stays the same across ingests.

CREATE TABLE curation (
  -- Row id: the order corrections are applied in, and what `entity undo` takes.
  id         INTEGER PRIMARY KEY,
  -- What to do with the entity:
  --   'merge'   count it as the entity `value` (a key): its mentions, aliases
  --             and relations go to that entity ("Labour Party" found by a
  --             name rule merged into the gazetteer's Labour Party)
  --   'rename'  show it under the name `value`; the old name becomes an alias
  --   'alias'   add the name `value` to its aliases (found by queries)
  --   'block'   leave it out, with its relations (noise such as "Election")
  action     TEXT NOT NULL CHECK (action IN ('merge', 'rename', 'alias', 'block')),
  -- The entity corrected (entities.key).
  entity_key TEXT NOT NULL,
  -- The key merged into, the new name or the alias; NULL for 'block'.
  value      TEXT,
  -- When the correction was made (UTC timestamp).
  created_at TEXT NOT NULL
);

UPDATE meta SET value = '5' WHERE key = 'schema_version';
)sql";

// schema/006_event_dates.sql: the day a relation mention says it happened.
inline constexpr char kSchemaV6Sql[] =
    R"sql(-- newsgraph database schema, version 6: the day a relation happened.
--
-- Run after 005_curation.sql when a new database is created, and on its
-- own, in one transaction, when a version 5 database is opened for writing.
--
-- A story dated Wednesday that says "Borrell met Cho on Monday" tells of a
-- meeting on Monday. The day the evidence sentence names ("on Nov. 4",
-- "last Monday", "yesterday", read relative to the document's date; see
-- src/relations/event_date.h) is kept with the relation mention, and
-- timelines date the event by it rather than by the story. Relation
-- mentions stored before version 6 have it NULL.

-- The day the sentence says the relation happens (or will), 'YYYY-MM-DD',
-- or NULL when it names none that can be placed (and for affiliated_with,
-- a state rather than an event).
ALTER TABLE relation_mentions ADD COLUMN event_date TEXT;

UPDATE meta SET value = '6' WHERE key = 'schema_version';
)sql";

// schema/007_document_text.sql: the text of each document.
inline constexpr char kSchemaV7Sql[] =
    R"sql(-- newsgraph database schema, version 7: the text of each document.
--
-- Run after 006_event_dates.sql when a new database is created, and on its
-- own, in one transaction, when a version 6 database is opened for writing.
--
-- With its text kept, a stored document can be tagged again with today's
-- gazetteers and rules (`newsgraph ingest --reprocess`) when its file is
-- gone or arrived in a feed. Documents stored before version 7, and
-- duplicates (whose text is their original's), have it NULL.

-- The document's text as processed (UTF-8, after --encoding or
-- --repair-utf8), or NULL.
ALTER TABLE documents ADD COLUMN text TEXT;

UPDATE meta SET value = '7' WHERE key = 'schema_version';
)sql";

// Every step, in order: a new database runs them all, an older one those
// above its version.
inline constexpr SchemaStep kSchemaSteps[] = {
    {1, "001_core.sql", kSchemaV1Sql},
    {2, "002_relation_cameo.sql", kSchemaV2Sql},
    {3, "003_duplicate_documents.sql", kSchemaV3Sql},
    {4, "004_document_metadata.sql", kSchemaV4Sql},
    {5, "005_curation.sql", kSchemaV5Sql},
    {6, "006_event_dates.sql", kSchemaV6Sql},
    {7, "007_document_text.sql", kSchemaV7Sql},
};

// The meta.schema_version that this code writes: that of the last step.
inline constexpr int kSchemaVersion = 7;

}  // namespace newsgraph::store

#endif  // NEWSGRAPH_STORE_INTERNAL_SCHEMA_SQL_H_
