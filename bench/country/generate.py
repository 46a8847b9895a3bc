#!/usr/bin/env python3
"""Fills a migrated Reminders SQLite database with a synthetic country of plans (issue 10).

Every entity gets one plan of YEAR with ACTIVITIES activities in one component, OFFICES offices (each with a mailbox
and a head), every activity linked to one office (one in seven to two), due dates spread uniformly over
RUN_DATE +/- SPREAD days, and a share of ongoing ("PERMANENTE") monthly duties. The same shape can be handed to another
tool: --csv writes the rows as a tab-separated file instead of (or besides) the database.
"""
import argparse, datetime, random, sqlite3

p = argparse.ArgumentParser()
p.add_argument("database")
p.add_argument("--entities", type=int, default=60)
p.add_argument("--offices", type=int, default=8, help="offices per entity")
p.add_argument("--activities", type=int, default=170, help="activities per entity")
p.add_argument("--spread", type=int, default=60, help="due dates within run date +/- this many days")
p.add_argument("--ongoing", type=float, default=0.1, help="share of ongoing duties")
p.add_argument("--run-date", default="2022-06-15")
p.add_argument("--seed", type=int, default=10)
a = p.parse_args()

rng = random.Random(a.seed)
run = datetime.date.fromisoformat(a.run_date)
now = "2022-01-01T00:00:00Z"
db = sqlite3.connect(a.database)
db.execute("PRAGMA journal_mode=WAL")
cur = db.cursor()
for e in range(a.entities):
    name = f"entidad {e:05d}"
    cur.execute("INSERT INTO entities (name, normalized_name, coordinator, control_interno) VALUES (?,?,?,?)",
                (name, name, f"coordinacion@e{e}.gov.co", f"ci@e{e}.gov.co"))
    entity = cur.lastrowid
    cur.execute("INSERT INTO plans (entity_id, year, imported_at, source) VALUES (?,?,?,?)", (entity, run.year, now, "bench"))
    plan = cur.lastrowid
    cur.execute("INSERT INTO components (plan_id, number, name) VALUES (?,?,?)", (plan, "1", "Gestión del riesgo"))
    component = cur.lastrowid
    cur.execute("INSERT INTO subcomponents (component_id, number, name) VALUES (?,?,?)", (component, 1, "Política"))
    sub = cur.lastrowid
    offices = []
    for o in range(a.offices):
        oname = f"oficina {o:03d}"
        cur.execute("INSERT INTO offices (entity_id, name, normalized_name, emails, head_email, language) VALUES (?,?,?,?,?, 'es')",
                    (entity, oname, oname, f"o{o}@e{e}.gov.co", f"jefe{o}@e{e}.gov.co"))
        offices.append(cur.lastrowid)
    for i in range(a.activities):
        ongoing = rng.random() < a.ongoing
        due = None if ongoing else (run + datetime.timedelta(days=rng.randint(-a.spread, a.spread))).isoformat()
        cur.execute("""INSERT INTO activities (component_id, subcomponent_id, sub_number, item_number, text, product, due_date, cadence, updated_at)
                       VALUES (?,?,?,?,?,?,?,?,?)""",
                    (component, sub, 1, i + 1, f"Actividad {i + 1} del plan", "Informe", due, "monthly" if ongoing else None, now))
        activity = cur.lastrowid
        linked = rng.sample(offices, 2 if rng.random() < 1 / 7 and len(offices) > 1 else 1)
        for pos, office in enumerate(linked):
            cur.execute("INSERT INTO activity_offices (activity_id, office_id, position) VALUES (?,?,?)", (activity, office, pos))
    if e % 100 == 99:
        db.commit()
db.commit()
print(f"{a.entities} entities, {a.entities * a.offices} offices, {a.entities * a.activities} activities")
