-- newsgraph database schema, version 1.
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
