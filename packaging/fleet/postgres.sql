-- The tempmon fleet index (tempmon-report fleet --index DIR) in PostgreSQL:
-- one jsonb column holds every row as written, typed views read it. Load
-- with docs/fleet.md's \copy line; a bundle's rows are loaded once
-- (tempmon_bundles_loaded), so loading a grown index again adds only what
-- is new.
CREATE TABLE IF NOT EXISTS tempmon_rows (doc jsonb NOT NULL);
CREATE INDEX IF NOT EXISTS tempmon_rows_kind ON tempmon_rows ((doc->>'row'));
CREATE TABLE IF NOT EXISTS tempmon_bundles_loaded (sha256 text PRIMARY KEY);

CREATE OR REPLACE VIEW tempmon_bundle AS
  SELECT doc->>'bundle_sha256' AS sha256, doc->>'host' AS host, (doc->>'day')::date AS day,
         doc->>'bundle' AS bundle, doc->>'trigger' AS trigger, doc->>'reason' AS reason,
         (doc->>'ts')::timestamptz AS ts, doc->>'kernel' AS kernel, (doc->>'redacted')::boolean AS redacted
  FROM tempmon_rows WHERE doc->>'row' = 'bundle';

-- Overlapping windows of one boot hold the same episode: one row per
-- episode_key, as tempmon-report fleet counts it.
CREATE OR REPLACE VIEW tempmon_episode AS
  SELECT DISTINCT ON (doc->>'episode_key')
         doc->>'episode_key' AS episode_key, doc->>'host' AS host, doc->>'sensor' AS sensor,
         doc->>'cause' AS cause, (doc->>'duration_s')::float8 AS duration_s,
         (doc->>'peak_c')::float8 AS peak_c, (doc->>'ts')::timestamptz AS ts, (doc->>'open')::boolean AS open
  FROM tempmon_rows WHERE doc->>'row' = 'episode'
  ORDER BY doc->>'episode_key';

CREATE OR REPLACE VIEW tempmon_match AS
  SELECT doc->>'bundle_sha256' AS sha256, doc->>'host' AS host, doc->>'signature' AS signature,
         doc->>'err_code' AS err_code, doc->>'err_msg' AS err_msg, doc->>'class' AS class,
         doc->>'severity' AS severity, doc->>'device' AS device, doc->>'gpu_model' AS gpu_model,
         (doc->>'n')::bigint AS n, (doc->>'ts')::timestamptz AS ts
  FROM tempmon_rows WHERE doc->>'row' = 'match';

CREATE OR REPLACE VIEW tempmon_device AS
  SELECT doc->>'bundle_sha256' AS sha256, doc->>'host' AS host, doc->>'sensor' AS sensor,
         doc->>'kind' AS kind, doc->>'unit' AS unit, (doc->>'peak')::float8 AS peak,
         doc->>'model' AS model, doc->>'uuid' AS uuid, doc->>'pci_bus_id' AS pci_bus_id,
         doc->>'cooling_verdict' AS cooling_verdict, (doc->>'day')::date AS day
  FROM tempmon_rows WHERE doc->>'row' = 'device';
