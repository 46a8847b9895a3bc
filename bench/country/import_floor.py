#!/usr/bin/env python3
"""The floor of `reminders import` on SQLite (docs/benchmarks.md, "Import"): what it costs to read the same plan file and
write the same rows with plain sqlite3 (C underneath), no checks at all. Usage: import_floor.py DATABASE PLAN.

DATABASE is one `reminders import PLAN` filled: a copy of it has its activities and links deleted, then the file is split
on tabs and every activity and office link inserted again in one transaction (executemany, one prepared statement each),
into the same schema with the same indexes and foreign keys on. Prints "SECONDS_READ SECONDS_WRITE ROWS" (wall)."""
import os, shutil, sqlite3, sys, tempfile, time

database, plan = sys.argv[1], sys.argv[2]
work = tempfile.mkdtemp(prefix="reminders-floor.")
copy = os.path.join(work, "floor.db")
shutil.copy(database, copy)
db = sqlite3.connect(copy, isolation_level=None)
db.execute("PRAGMA foreign_keys = ON")
db.execute("BEGIN")
db.execute("DELETE FROM activity_offices")
db.execute("DELETE FROM activities")
db.execute("COMMIT")
component = db.execute("SELECT id FROM components").fetchone()[0]
subs = dict(db.execute("SELECT number, id FROM subcomponents WHERE component_id = ?", (component,)).fetchall())
offices = dict(db.execute("SELECT name, id FROM offices").fetchall())

start = time.perf_counter()
with open(plan, encoding="utf-8") as f:
    lines = f.read().split("\n")[2:]
activities, links = [], []
for line in lines:
    if not line:
        continue
    cells = line.split("\t")
    sub, item = (int(n) for n in cells[1].split(","))
    due = cells[5]
    activities.append((component, subs[sub], sub, item, cells[2], cells[3],
                       None if due == "Permanente" else f"{due[6:10]}-{due[3:5]}-{due[0:2]}"))
    links.append([offices[o] for o in cells[4].split(" - ")])
read = time.perf_counter()
db.execute("BEGIN")
db.executemany("INSERT INTO activities (component_id, subcomponent_id, sub_number, item_number, text, product, due_date, state, updated_at) "
               "VALUES (?, ?, ?, ?, ?, ?, ?, 'open', '2026-01-01T00:00:00.000Z')", activities)
ids = dict(((s, i), a) for a, s, i in db.execute("SELECT id, sub_number, item_number FROM activities WHERE component_id = ?", (component,)))
db.executemany("INSERT INTO activity_offices (activity_id, office_id, position) VALUES (?, ?, ?)",
               ((ids[(a[2], a[3])], office, p) for a, row in zip(activities, links) for p, office in enumerate(row)))
db.execute("COMMIT")
done = time.perf_counter()
db.close()
shutil.rmtree(work)
print(f"{read - start:.2f} {done - read:.2f} {len(activities)}")
