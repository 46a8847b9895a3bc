-- The outbox: every notification key once, the messages that carry them, and the scheduler's last runs.
CREATE TABLE outbox_messages (
    id BIGINT IDENTITY(1,1) PRIMARY KEY,
    message_key NVARCHAR(400) NOT NULL UNIQUE,
    kind NVARCHAR(400) NOT NULL,
    entity NVARCHAR(400) NOT NULL,
    office NVARCHAR(400) NULL,
    recipients_to NVARCHAR(MAX) NOT NULL,
    recipients_cc NVARCHAR(MAX) NOT NULL,
    subject NVARCHAR(MAX) NOT NULL,
    run_date NVARCHAR(400) NOT NULL,
    items NVARCHAR(MAX) NOT NULL,
    state NVARCHAR(400) NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error NVARCHAR(MAX) NULL,
    refused NVARCHAR(MAX) NULL,
    next_attempt_at NVARCHAR(400) NOT NULL,
    claimed_by NVARCHAR(400) NULL,
    claimed_until NVARCHAR(400) NULL,
    created_at NVARCHAR(400) NOT NULL,
    sent_at NVARCHAR(400) NULL,
    mime VARBINARY(MAX) NOT NULL
);

CREATE INDEX ix_outbox_messages_state ON outbox_messages (state, next_attempt_at);

CREATE TABLE notifications (
    id BIGINT IDENTITY(1,1) PRIMARY KEY,
    notification_key NVARCHAR(400) NOT NULL UNIQUE,
    kind NVARCHAR(400) NOT NULL,
    activity_id BIGINT NOT NULL REFERENCES activities(id),
    office_id BIGINT NULL REFERENCES offices(id),
    recipient NVARCHAR(400) NULL,
    state NVARCHAR(400) NOT NULL,
    message_id BIGINT NULL REFERENCES outbox_messages(id),
    run_date NVARCHAR(400) NOT NULL,
    created_at NVARCHAR(400) NOT NULL
);

CREATE INDEX ix_notifications_activity ON notifications (activity_id);

CREATE TABLE scheduler_runs (
    job NVARCHAR(400) NOT NULL PRIMARY KEY,
    last_run_date NVARCHAR(400) NOT NULL,
    updated_at NVARCHAR(400) NOT NULL
);
