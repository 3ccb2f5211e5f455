-- newsgraph database schema, version 6: the day a relation happened.
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
