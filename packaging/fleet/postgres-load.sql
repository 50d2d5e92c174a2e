-- Loads a tempmon fleet index from psql's standard input into the tables of
-- postgres.sql; a bundle already loaded is not loaded again.
--   find INDEX -name '*.ndjson' -exec cat {} + | psql -f postgres-load.sql
-- Each input line is one JSON document: CSV with quote and delimiter bytes
-- that JSON text never holds, so no byte of it is interpreted.
\set ON_ERROR_STOP on
BEGIN;
CREATE TEMP TABLE tempmon_staging (doc jsonb NOT NULL) ON COMMIT DROP;
\copy tempmon_staging(doc) FROM pstdin WITH (FORMAT csv, QUOTE E'\x01', DELIMITER E'\x02')
CREATE TEMP TABLE tempmon_new ON COMMIT DROP AS
  SELECT s.doc FROM tempmon_staging s
  WHERE NOT EXISTS (SELECT 1 FROM tempmon_bundle b WHERE b.sha256 = s.doc->>'bundle_sha256');
INSERT INTO tempmon_bundle
  SELECT doc->>'bundle_sha256', doc->>'host', nullif(doc->>'day', '')::date, doc->>'bundle', doc->>'trigger',
         doc->>'reason', nullif(doc->>'ts', '')::timestamptz, doc->>'kernel', doc->>'boot_id', (doc->>'redacted')::boolean
  FROM tempmon_new WHERE doc->>'row' = 'bundle'
  ON CONFLICT DO NOTHING;
INSERT INTO tempmon_episode
  SELECT doc->>'episode_key', doc->>'bundle_sha256', doc->>'host', doc->>'sensor', doc->>'cause',
         (doc->>'duration_s')::float8, (doc->>'peak_c')::float8, nullif(doc->>'ts', '')::timestamptz,
         (doc->>'open')::boolean
  FROM tempmon_new WHERE doc->>'row' = 'episode'
  ON CONFLICT (episode_key) DO NOTHING;
INSERT INTO tempmon_match
  SELECT doc->>'bundle_sha256', doc->>'host', doc->>'signature', doc->>'err_code', doc->>'err_msg', doc->>'class',
         doc->>'severity', doc->>'device', doc->>'gpu_model', (doc->>'n')::bigint, nullif(doc->>'ts', '')::timestamptz
  FROM tempmon_new WHERE doc->>'row' = 'match';
INSERT INTO tempmon_device
  SELECT doc->>'bundle_sha256', doc->>'host', nullif(doc->>'day', '')::date, doc->>'sensor', doc->>'kind',
         doc->>'unit', (doc->>'peak')::float8, doc->>'model', doc->>'uuid', doc->>'pci_bus_id', doc->>'cooling_verdict'
  FROM tempmon_new WHERE doc->>'row' = 'device';
COMMIT;
ANALYZE tempmon_bundle, tempmon_episode, tempmon_match, tempmon_device;
