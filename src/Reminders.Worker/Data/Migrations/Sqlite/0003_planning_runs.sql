-- One row per entity per recorded planning run: planned, or failed with the reason (reminders outbox runs).
CREATE TABLE planning_runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    run_date TEXT NOT NULL,
    entity TEXT NOT NULL,
    outcome TEXT NOT NULL,
    messages INTEGER NOT NULL,
    error TEXT NULL,
    created_at TEXT NOT NULL
);
