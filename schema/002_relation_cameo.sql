-- newsgraph database schema, version 2: the CAMEO event code of a relation
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
