-- Who changed an activity, what, when and from where (reminders activities history).
CREATE TABLE activity_changes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    activity_id INTEGER NOT NULL REFERENCES activities(id),
    changed_at TEXT NOT NULL,
    change TEXT NOT NULL,
    detail TEXT NULL,
    actor TEXT NOT NULL,
    source TEXT NOT NULL
);

CREATE INDEX ix_activity_changes_activity ON activity_changes (activity_id);
