-- newsgraph database schema, version 3: documents with the text of another.
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
