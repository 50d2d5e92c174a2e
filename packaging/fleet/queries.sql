-- The fleet questions of docs/fleet.md, for PostgreSQL over postgres.sql's
-- views. Each query is one statement after a "-- name:" line.

-- name: top_hosts_by_throttle_minutes
SELECT host, round((sum(duration_s) / 60)::numeric, 3) AS throttle_minutes, count(*) AS episodes
FROM tempmon_episode GROUP BY host ORDER BY throttle_minutes DESC, host LIMIT 20;

-- name: signatures_by_code_and_gpu_model
SELECT signature, err_code, coalesce(gpu_model, '(unknown)') AS gpu_model, count(*) AS findings, sum(n) AS lines
FROM tempmon_match GROUP BY signature, err_code, gpu_model ORDER BY findings DESC, signature, err_code;

-- name: devices_whose_cooling_verdict_changed
SELECT host, coalesce(uuid, sensor) AS device, array_agg(DISTINCT cooling_verdict) AS verdicts,
       min(day) AS first_day, max(day) AS last_day
FROM tempmon_device WHERE cooling_verdict IS NOT NULL
GROUP BY host, coalesce(uuid, sensor) HAVING count(DISTINCT cooling_verdict) > 1 ORDER BY host, device;
