-- Replies read from the intake mailbox (docs/mail.md): the message a change came from (one change per message), and
-- every message read with its outcome, for reminders intake list and to read each message once.
ALTER TABLE activity_changes ADD COLUMN message_key TEXT NULL;

CREATE UNIQUE INDEX ux_activity_changes_message ON activity_changes (message_key);

CREATE TABLE intake_messages (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    message_key TEXT NOT NULL UNIQUE,
    message_id TEXT NOT NULL,
    sender TEXT NOT NULL,
    subject TEXT NOT NULL,
    outcome TEXT NOT NULL,
    reason TEXT NULL,
    activity_id INTEGER NULL REFERENCES activities(id),
    processed_at TEXT NOT NULL
);
