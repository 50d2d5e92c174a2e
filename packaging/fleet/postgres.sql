-- The tempmon fleet index (tempmon-report fleet --index DIR) in PostgreSQL:
-- one typed table per kind of row (docs/schema/fleet-index-row.schema.json).
-- postgres-load.sql fills them; a bundle is loaded once (its SHA-256 is the
-- key), and an episode that overlapping bundles repeat is one row (its
-- episode_key), as tempmon-report fleet counts it.
CREATE TABLE IF NOT EXISTS tempmon_bundle (
  sha256 text PRIMARY KEY, host text NOT NULL, day date, bundle text, trigger text, reason text,
  ts timestamptz, kernel text, boot_id text, redacted boolean);
CREATE INDEX IF NOT EXISTS tempmon_bundle_host ON tempmon_bundle (host);

CREATE TABLE IF NOT EXISTS tempmon_episode (
  episode_key text PRIMARY KEY, sha256 text NOT NULL, host text NOT NULL, sensor text, cause text,
  duration_s float8, peak_c float8, ts timestamptz, open boolean);
CREATE INDEX IF NOT EXISTS tempmon_episode_host ON tempmon_episode (host);

CREATE TABLE IF NOT EXISTS tempmon_match (
  sha256 text NOT NULL, host text NOT NULL, signature text, err_code text, err_msg text, class text,
  severity text, device text, gpu_model text, n bigint, ts timestamptz);
CREATE INDEX IF NOT EXISTS tempmon_match_code ON tempmon_match (signature, err_code);

CREATE TABLE IF NOT EXISTS tempmon_device (
  sha256 text NOT NULL, host text NOT NULL, day date, sensor text, kind text, unit text, peak float8,
  model text, uuid text, pci_bus_id text, cooling_verdict text);
CREATE INDEX IF NOT EXISTS tempmon_device_verdict ON tempmon_device (host, uuid) WHERE cooling_verdict IS NOT NULL;
