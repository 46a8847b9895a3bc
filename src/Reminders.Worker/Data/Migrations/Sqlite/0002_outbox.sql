-- The outbox: every notification key once, the messages that carry them, and the scheduler's last runs.
CREATE TABLE outbox_messages (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    message_key TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    entity TEXT NOT NULL,
    office TEXT NULL,
    recipients_to TEXT NOT NULL,
    recipients_cc TEXT NOT NULL,
    subject TEXT NOT NULL,
    run_date TEXT NOT NULL,
    items TEXT NOT NULL,
    state TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NULL,
    refused TEXT NULL,
    next_attempt_at TEXT NOT NULL,
    claimed_by TEXT NULL,
    claimed_until TEXT NULL,
    created_at TEXT NOT NULL,
    sent_at TEXT NULL,
    mime BLOB NOT NULL
);

CREATE INDEX ix_outbox_messages_state ON outbox_messages (state, next_attempt_at);

CREATE TABLE notifications (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    notification_key TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    activity_id INTEGER NOT NULL REFERENCES activities(id),
    office_id INTEGER NULL REFERENCES offices(id),
    recipient TEXT NULL,
    state TEXT NOT NULL,
    message_id INTEGER NULL REFERENCES outbox_messages(id),
    run_date TEXT NOT NULL,
    created_at TEXT NOT NULL
);

CREATE INDEX ix_notifications_activity ON notifications (activity_id);

CREATE TABLE scheduler_runs (
    job TEXT NOT NULL PRIMARY KEY,
    last_run_date TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
