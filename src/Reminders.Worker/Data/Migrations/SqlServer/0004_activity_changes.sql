-- Who changed an activity, what, when and from where (reminders activities history).
CREATE TABLE activity_changes (
    id BIGINT IDENTITY(1,1) PRIMARY KEY,
    activity_id BIGINT NOT NULL REFERENCES activities(id),
    changed_at NVARCHAR(400) NOT NULL,
    change NVARCHAR(400) NOT NULL,
    detail NVARCHAR(MAX) NULL,
    actor NVARCHAR(400) NOT NULL,
    source NVARCHAR(MAX) NOT NULL
);

CREATE INDEX ix_activity_changes_activity ON activity_changes (activity_id);
