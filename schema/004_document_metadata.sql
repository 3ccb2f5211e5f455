-- newsgraph database schema, version 4: what a feed says about a document.
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
