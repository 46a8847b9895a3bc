-- Mail:RateLimitPerMinute for every process on this database together (Delivery/SharedSendRateLimiter): one row per
-- message started in the last minute, and one row each taker locks first, so counting and taking are one step.
CREATE TABLE send_rate_lock (
    id INTEGER NOT NULL PRIMARY KEY,
    taken_at TEXT NULL
);
INSERT INTO send_rate_lock (id, taken_at) VALUES (1, NULL);

CREATE TABLE send_permits (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    taken_at TEXT NOT NULL,
    taken_by TEXT NOT NULL
);
CREATE INDEX ix_send_permits_taken_at ON send_permits (taken_at);
