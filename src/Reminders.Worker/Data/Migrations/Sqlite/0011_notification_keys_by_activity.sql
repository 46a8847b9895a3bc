-- The notification keys, one row each, kept together by activity (docs/architecture.md, "The notification keys").
-- Before: a row id, the key under its own unique index, a second index on the activity, the kind, office, recipient and
-- creation time repeated beside the key that already names them, and three foreign-key checks a row. A first run at a
-- million activities records ~3.4 million keys, and writing them was ~30 % of the run (docs/benchmarks.md, "Planning a
-- country", round 9). Now one B-tree ordered by (activity, key): a key is still recorded once (the key names its activity,
-- so the pair is unique exactly when the key is), an entity's keys are read as one range per activity, and a run
-- writes each entity's keys together, beside its activities' earlier keys. Activities and messages are never deleted, and a key is written in the transaction that read
-- its activity and wrote its message, so the foreign keys checked nothing the writer does not already guarantee.
CREATE TABLE notifications_by_activity (
    activity_id INTEGER NOT NULL,
    notification_key TEXT NOT NULL,
    state TEXT NOT NULL,
    message_id INTEGER NULL,
    run_date TEXT NOT NULL,
    PRIMARY KEY (activity_id, notification_key)
) WITHOUT ROWID;

INSERT INTO notifications_by_activity (activity_id, notification_key, state, message_id, run_date)
SELECT activity_id, notification_key, state, message_id, run_date FROM notifications ORDER BY activity_id, notification_key;

DROP TABLE notifications;

ALTER TABLE notifications_by_activity RENAME TO notifications;
