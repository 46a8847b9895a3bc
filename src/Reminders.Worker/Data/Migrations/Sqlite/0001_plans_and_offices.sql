-- Plans, their components and activities, the office directory and activity state.
CREATE TABLE entities (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL,
    normalized_name TEXT NOT NULL UNIQUE,
    coordinator TEXT NULL,
    control_interno TEXT NULL
);

CREATE TABLE plans (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    year INTEGER NOT NULL,
    imported_at TEXT NOT NULL,
    source TEXT NOT NULL,
    UNIQUE (entity_id, year)
);

CREATE TABLE components (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    plan_id INTEGER NOT NULL REFERENCES plans(id),
    number TEXT NOT NULL,
    name TEXT NOT NULL,
    UNIQUE (plan_id, number)
);

CREATE TABLE subcomponents (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    component_id INTEGER NOT NULL REFERENCES components(id),
    number INTEGER NOT NULL,
    name TEXT NOT NULL,
    UNIQUE (component_id, number)
);

CREATE TABLE offices (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    name TEXT NOT NULL,
    normalized_name TEXT NOT NULL,
    emails TEXT NOT NULL DEFAULT '',
    head_email TEXT NULL,
    language TEXT NOT NULL DEFAULT 'es',
    UNIQUE (entity_id, normalized_name)
);

CREATE TABLE office_aliases (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    office_id INTEGER NOT NULL REFERENCES offices(id),
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    alias TEXT NOT NULL,
    normalized_alias TEXT NOT NULL,
    UNIQUE (entity_id, normalized_alias)
);

CREATE TABLE activities (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    component_id INTEGER NOT NULL REFERENCES components(id),
    subcomponent_id INTEGER NOT NULL REFERENCES subcomponents(id),
    sub_number INTEGER NOT NULL,
    item_number INTEGER NOT NULL,
    text TEXT NOT NULL,
    product TEXT NOT NULL,
    due_date TEXT NULL,
    cadence TEXT NULL,
    state TEXT NOT NULL DEFAULT 'open',
    completed_on TEXT NULL,
    evidence TEXT NULL,
    removed_at TEXT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (component_id, sub_number, item_number)
);

CREATE TABLE activity_offices (
    activity_id INTEGER NOT NULL REFERENCES activities(id),
    office_id INTEGER NOT NULL REFERENCES offices(id),
    position INTEGER NOT NULL,
    PRIMARY KEY (activity_id, office_id)
);

CREATE TABLE progress_reports (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    activity_id INTEGER NOT NULL REFERENCES activities(id),
    reported_on TEXT NOT NULL,
    note TEXT NOT NULL,
    evidence TEXT NULL,
    recorded_at TEXT NOT NULL
);

CREATE INDEX ix_progress_reports_activity ON progress_reports (activity_id);
CREATE INDEX ix_activity_offices_office ON activity_offices (office_id);
