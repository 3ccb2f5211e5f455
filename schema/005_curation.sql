-- newsgraph database schema, version 5: an analyst's corrections to entities.
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
