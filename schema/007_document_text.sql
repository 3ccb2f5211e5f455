-- newsgraph database schema, version 7: the text of each document.
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
