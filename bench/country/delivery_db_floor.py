"""The least database work of a delivery (docs/benchmarks.md, "Delivery"): what any sender of the outbox must do in
the database, in one process over SQLite's C library, with no SMTP and no MIME library.

Claims the pending messages in batches of 200 with the statements OutboxStore.ClaimAsync runs (select the due ids,
claim them, read them with their bodies, in one transaction), inflates every body, and records every outcome as sent
in groups of GROUP messages, one durable commit each (WAL, synchronous=FULL, as the product runs). Prints the
messages, the commits and the CPU this took (user + system), without the interpreter's start-up.

Usage: python3 bench/country/delivery_db_floor.py DATABASE GROUP   (a copy: every pending message ends up sent)
"""
import resource
import sqlite3
import sys
import time
import zlib

BATCH = 200


def cpu():
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime, usage.ru_stime


def main(path, group):
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA synchronous = FULL")
    now, until = "9999-01-01T00:00:00Z", "9999-01-01T00:15:00Z"
    (user0, system0), start = cpu(), time.monotonic()
    sent = commits = 0
    while True:
        db.execute("BEGIN IMMEDIATE")
        ids = [row[0] for row in db.execute(
            "SELECT id FROM outbox_messages WHERE state = 'pending' AND next_attempt_at <= ? "
            "AND (claimed_until IS NULL OR claimed_until < ?) ORDER BY id LIMIT ?", (now, now, BATCH))]
        if not ids:
            db.execute("COMMIT")
            break
        marks = ",".join("?" * len(ids))
        db.execute(f"UPDATE outbox_messages SET claimed_by = 'floor', claimed_until = ? WHERE state = 'pending' AND id IN ({marks})",
                   (until, *ids))
        rows = db.execute(
            "SELECT m.id, m.attempts, b.mime, b.compression FROM outbox_messages m JOIN outbox_bodies b ON b.message_id = m.id "
            f"WHERE m.claimed_by = 'floor' AND m.claimed_until = ? AND m.id IN ({marks}) ORDER BY m.id", (until, *ids)).fetchall()
        db.execute("COMMIT")
        commits += 1
        for _, _, mime, compression in rows:
            if compression == "zlib":
                zlib.decompress(mime)
        for first in range(0, len(ids), group):
            chunk = ids[first:first + group]
            db.execute("BEGIN IMMEDIATE")
            db.execute("UPDATE outbox_messages SET state = 'sent', sent_at = ?, attempts = attempts + 1, last_error = NULL, refused = NULL, "
                       f"claimed_by = NULL, claimed_until = NULL WHERE id IN ({','.join('?' * len(chunk))})", (now, *chunk))
            db.execute("COMMIT")
            commits += 1
            sent += len(chunk)
    user1, system1 = cpu()
    print(f"{sent} {commits} {user1 - user0:.3f} {system1 - system0:.3f} {time.monotonic() - start:.3f}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print("Uso: python3 bench/country/delivery_db_floor.py BASE GRUPO", file=sys.stderr)
        sys.exit(2)
    main(sys.argv[1], int(sys.argv[2]))
