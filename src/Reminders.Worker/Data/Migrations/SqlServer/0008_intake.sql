-- Replies read from the intake mailbox (docs/mail.md): the message a change came from (one change per message), and
-- every message read with its outcome, for reminders intake list and to read each message once.
ALTER TABLE activity_changes ADD message_key NVARCHAR(64) NULL;
GO

-- Filtered: SQL Server would otherwise allow a single NULL (every change made by a command has none).
CREATE UNIQUE INDEX ux_activity_changes_message ON activity_changes (message_key) WHERE message_key IS NOT NULL;

CREATE TABLE intake_messages (
    id BIGINT IDENTITY(1,1) PRIMARY KEY,
    message_key NVARCHAR(64) NOT NULL UNIQUE,
    message_id NVARCHAR(MAX) NOT NULL,
    sender NVARCHAR(400) NOT NULL,
    subject NVARCHAR(MAX) NOT NULL,
    outcome NVARCHAR(40) NOT NULL,
    reason NVARCHAR(MAX) NULL,
    activity_id BIGINT NULL REFERENCES activities(id),
    processed_at NVARCHAR(400) NOT NULL
);
