-- Plans, their components and activities, the office directory and activity state.
CREATE TABLE entities (
    id BIGINT IDENTITY(1,1) PRIMARY KEY,
    name NVARCHAR(400) NOT NULL,
    normalized_name NVARCHAR(400) NOT NULL UNIQUE,
    coordinator NVARCHAR(400) NULL,
    control_interno NVARCHAR(400) NULL
);

CREATE TABLE plans (
    id BIGINT IDENTITY(1,1) PRIMARY KEY,
    entity_id BIGINT NOT NULL REFERENCES entities(id),
    year INTEGER NOT NULL,
    imported_at NVARCHAR(400) NOT NULL,
    source NVARCHAR(MAX) NOT NULL,
    UNIQUE (entity_id, year)
);

CREATE TABLE components (
    id BIGINT IDENTITY(1,1) PRIMARY KEY,
    plan_id BIGINT NOT NULL REFERENCES plans(id),
    number NVARCHAR(400) NOT NULL,
    name NVARCHAR(400) NOT NULL,
    UNIQUE (plan_id, number)
);

CREATE TABLE subcomponents (
    id BIGINT IDENTITY(1,1) PRIMARY KEY,
    component_id BIGINT NOT NULL REFERENCES components(id),
    number INTEGER NOT NULL,
    name NVARCHAR(400) NOT NULL,
    UNIQUE (component_id, number)
);

CREATE TABLE offices (
    id BIGINT IDENTITY(1,1) PRIMARY KEY,
    entity_id BIGINT NOT NULL REFERENCES entities(id),
    name NVARCHAR(400) NOT NULL,
    normalized_name NVARCHAR(400) NOT NULL,
    emails NVARCHAR(MAX) NOT NULL DEFAULT '',
    head_email NVARCHAR(400) NULL,
    language NVARCHAR(400) NOT NULL DEFAULT 'es',
    UNIQUE (entity_id, normalized_name)
);

CREATE TABLE office_aliases (
    id BIGINT IDENTITY(1,1) PRIMARY KEY,
    office_id BIGINT NOT NULL REFERENCES offices(id),
    entity_id BIGINT NOT NULL REFERENCES entities(id),
    alias NVARCHAR(400) NOT NULL,
    normalized_alias NVARCHAR(400) NOT NULL,
    UNIQUE (entity_id, normalized_alias)
);

CREATE TABLE activities (
    id BIGINT IDENTITY(1,1) PRIMARY KEY,
    component_id BIGINT NOT NULL REFERENCES components(id),
    subcomponent_id BIGINT NOT NULL REFERENCES subcomponents(id),
    sub_number INTEGER NOT NULL,
    item_number INTEGER NOT NULL,
    text NVARCHAR(MAX) NOT NULL,
    product NVARCHAR(MAX) NOT NULL,
    due_date NVARCHAR(400) NULL,
    cadence NVARCHAR(400) NULL,
    state NVARCHAR(400) NOT NULL DEFAULT 'open',
    completed_on NVARCHAR(400) NULL,
    evidence NVARCHAR(MAX) NULL,
    removed_at NVARCHAR(400) NULL,
    updated_at NVARCHAR(400) NOT NULL,
    UNIQUE (component_id, sub_number, item_number)
);

CREATE TABLE activity_offices (
    activity_id BIGINT NOT NULL REFERENCES activities(id),
    office_id BIGINT NOT NULL REFERENCES offices(id),
    position INTEGER NOT NULL,
    PRIMARY KEY (activity_id, office_id)
);

CREATE TABLE progress_reports (
    id BIGINT IDENTITY(1,1) PRIMARY KEY,
    activity_id BIGINT NOT NULL REFERENCES activities(id),
    reported_on NVARCHAR(400) NOT NULL,
    note NVARCHAR(MAX) NOT NULL,
    evidence NVARCHAR(MAX) NULL,
    recorded_at NVARCHAR(400) NOT NULL
);

CREATE INDEX ix_progress_reports_activity ON progress_reports (activity_id);
CREATE INDEX ix_activity_offices_office ON activity_offices (office_id);
