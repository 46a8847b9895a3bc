-- How a message's stored MIME bytes are compressed (Outbox/StoredMime): NULL when stored as they are (every row written
-- before this migration), 'zlib' for RFC 1950 zlib. A day's digests are ~30 KB of HTML with inline styles each, and
-- writing them as they are cost more disk than a planning run's whole time budget (docs/benchmarks.md, "Planning a country").
ALTER TABLE outbox_bodies ADD COLUMN compression TEXT NULL;
