#!/usr/bin/env python3
"""Copies the synthetic country that generate.py wrote into SQLite to a migrated, empty PostgreSQL database (bench/planning.sh).

Writes one CSV per table into OUT_DIR and a psql script (load.sql) that loads them with \\copy and moves each identity
past the copied ids, so PostgreSQL is measured on exactly the rows SQLite is.
"""
import csv, os, sqlite3, sys

database, out = sys.argv[1], sys.argv[2]
tables = {
    "entities": "id, name, normalized_name, coordinator, control_interno",
    "plans": "id, entity_id, year, imported_at, source",
    "components": "id, plan_id, number, name",
    "subcomponents": "id, component_id, number, name",
    "offices": "id, entity_id, name, normalized_name, emails, head_email, language",
    "activities": "id, component_id, subcomponent_id, sub_number, item_number, text, product, due_date, cadence, state, updated_at",
    "activity_offices": "activity_id, office_id, position",
}
db = sqlite3.connect(database)
os.makedirs(out, exist_ok=True)
with open(os.path.join(out, "load.sql"), "w") as load:
    load.write("\\set ON_ERROR_STOP on\nBEGIN;\n")
    for table, columns in tables.items():
        path = os.path.join(out, f"{table}.csv")
        with open(path, "w", newline="") as f:
            writer = csv.writer(f)
            for row in db.execute(f"SELECT {columns} FROM {table} ORDER BY 1"):
                writer.writerow(["\\N" if v is None else v for v in row])
        load.write(f"\\copy {table} ({columns}) FROM '{path}' WITH (FORMAT csv, NULL '\\N')\n")
        if columns.startswith("id,"):
            load.write(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT coalesce(max(id), 1) FROM {table}));\n")
    load.write("COMMIT;\nANALYZE;\n")
