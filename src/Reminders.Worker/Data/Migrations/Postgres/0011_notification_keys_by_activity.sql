-- The notification keys, one row each, under one index by (activity, key) (docs/architecture.md, "The notification keys").
-- Before: a row id, the key under its own unique index, a second index on the activity, the kind, office, recipient and
-- creation time repeated beside the key that already names them, and three foreign-key checks a row (docs/benchmarks.md,
-- "Planning a country", round 9). A key is still recorded once: the key names its activity, so the pair is unique exactly
-- when the key is. Activities and messages are never deleted, and a key is written in the transaction that read its
-- activity and wrote its message, so the foreign keys checked nothing the writer does not already guarantee.
CREATE TABLE notifications_by_activity (
    activity_id BIGINT NOT NULL,
    notification_key TEXT NOT NULL,
    state TEXT NOT NULL,
    message_id BIGINT NULL,
    run_date TEXT NOT NULL,
    CONSTRAINT pk_notifications PRIMARY KEY (activity_id, notification_key)
);

INSERT INTO notifications_by_activity (activity_id, notification_key, state, message_id, run_date)
SELECT activity_id, notification_key, state, message_id, run_date FROM notifications ORDER BY activity_id, notification_key;

DROP TABLE notifications;

ALTER TABLE notifications_by_activity RENAME TO notifications;
