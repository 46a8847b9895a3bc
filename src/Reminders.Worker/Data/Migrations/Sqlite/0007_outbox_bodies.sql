-- Each message's MIME bytes in a table of their own (docs/benchmarks.md, "Delivery"): SQLite rewrites a whole row, blob
-- included, on every update, so with the bytes in outbox_messages each claim and each outcome rewrote ~35 KB per message.
CREATE TABLE outbox_bodies (
    message_id INTEGER PRIMARY KEY REFERENCES outbox_messages(id),
    mime BLOB NOT NULL
);

INSERT INTO outbox_bodies (message_id, mime) SELECT id, mime FROM outbox_messages;

ALTER TABLE outbox_messages DROP COLUMN mime;
