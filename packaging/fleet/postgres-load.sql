-- Loads a tempmon fleet index from psql's standard input into the tables of
-- postgres.sql; a bundle already loaded is not loaded again.
--   find INDEX -name '*.ndjson' -exec cat {} + | psql -f postgres-load.sql
-- Each input line is one JSON document: CSV with quote and delimiter bytes
-- that JSON text never holds, so no byte of it is interpreted.
\set ON_ERROR_STOP on
BEGIN;
CREATE TEMP TABLE tempmon_staging (doc jsonb NOT NULL) ON COMMIT DROP;
\copy tempmon_staging(doc) FROM pstdin WITH (FORMAT csv, QUOTE E'\x01', DELIMITER E'\x02')
INSERT INTO tempmon_rows
  SELECT s.doc FROM tempmon_staging s
  WHERE NOT EXISTS (SELECT 1 FROM tempmon_bundles_loaded l WHERE l.sha256 = s.doc->>'bundle_sha256');
INSERT INTO tempmon_bundles_loaded SELECT DISTINCT doc->>'bundle_sha256' FROM tempmon_staging ON CONFLICT DO NOTHING;
COMMIT;
