-- Each message's MIME bytes in a table of their own, as on every provider (on SQLite an update rewrites the whole row,
-- blob included; docs/benchmarks.md, "Delivery").
CREATE TABLE outbox_bodies (
    message_id BIGINT PRIMARY KEY REFERENCES outbox_messages(id),
    mime BYTEA NOT NULL
);

INSERT INTO outbox_bodies (message_id, mime) SELECT id, mime FROM outbox_messages;

ALTER TABLE outbox_messages DROP COLUMN mime;
