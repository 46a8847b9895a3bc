-- One row per entity per recorded planning run: planned, or failed with the reason (reminders outbox runs).
CREATE TABLE planning_runs (
    id BIGINT IDENTITY(1,1) PRIMARY KEY,
    run_date NVARCHAR(400) NOT NULL,
    entity NVARCHAR(400) NOT NULL,
    outcome NVARCHAR(400) NOT NULL,
    messages INT NOT NULL,
    error NVARCHAR(MAX) NULL,
    created_at NVARCHAR(400) NOT NULL
);
