-- Mail:RateLimitPerMinute for every instance on this database together (Delivery/SharedSendRateLimiter): one row per
-- message started in the last minute, and one row each taker locks first, so counting and taking are one step.
CREATE TABLE send_rate_lock (
    id INT NOT NULL PRIMARY KEY,
    taken_at NVARCHAR(40) NULL
);
INSERT INTO send_rate_lock (id, taken_at) VALUES (1, NULL);

CREATE TABLE send_permits (
    id BIGINT IDENTITY(1,1) PRIMARY KEY,
    taken_at NVARCHAR(40) NOT NULL,
    taken_by NVARCHAR(400) NOT NULL
);
CREATE INDEX ix_send_permits_taken_at ON send_permits (taken_at);
