#!/usr/bin/env python3
"""Compares the outboxes of two planning runs of the same database (for a change that must not change what is sent):
every message by key, its recorded row (kind, office, recipients, subject, items, state) and its stored MIME after
expanding it (zlib when compression is 'zlib'), byte for byte except what differs between any two runs: the Date
header, MimeKit's random MIME boundaries and the calendar's DTSTAMP (the run's clock; the base64 calendar part is
compared decoded). Then every notification key with its kind, activity, office, recipient and state.

    python3 bench/country/compare_outbox.py BEFORE.db AFTER.db

Prints the counts and exits 0 when identical, else prints the first differences and exits 1.
"""
import base64, email, email.policy, re, sqlite3, sys, zlib


def normalized(mime: bytes) -> bytes:
    message = email.message_from_bytes(mime, policy=email.policy.compat32)
    for part in message.walk():
        if part.get_content_type() == "text/calendar":
            raw = part.get_payload().encode("ascii")
            calendar = base64.b64decode(raw)
            calendar = re.sub(rb"DTSTAMP:[0-9TZ]+", b"DTSTAMP:*", calendar)
            assert raw in mime, "calendar payload not found as written"
            mime = mime.replace(raw, b"[calendar]\n" + calendar)
    boundaries = [p.get_boundary() for p in message.walk() if p.is_multipart()]
    for n, boundary in enumerate(boundaries):
        mime = mime.replace(boundary.encode("ascii"), b"[boundary %d]" % n)
    return re.sub(rb"^Date: .*(\r?\n[ \t].*)*$", b"Date: *", mime, count=1, flags=re.M)


def messages(path):
    db = sqlite3.connect(path)
    rows = db.execute(
        "SELECT m.message_key, m.kind, m.office, m.recipients_to, m.recipients_cc, m.subject, m.items, m.state,"
        " b.mime, b.compression FROM outbox_messages m JOIN outbox_bodies b ON b.message_id = m.id")
    for key, *fields, mime, compression in rows:
        yield key, tuple(fields), zlib.decompress(mime) if compression == "zlib" else mime


def keys(path):
    db = sqlite3.connect(path)
    return set(db.execute(
        # The columns every version of the key table has (migration 0011 dropped the kind, office and recipient, which the
        # key names), so a database of an older build compares with a newer one.
        "SELECT n.notification_key, n.activity_id, n.state, m.message_key"
        " FROM notifications n LEFT JOIN outbox_messages m ON m.id = n.message_id"))


def main(before_path, after_path):
    before = {key: (fields, mime) for key, fields, mime in messages(before_path)}
    differences, compared, size = [], 0, 0
    for key, fields, mime in messages(after_path):
        if key not in before:
            differences.append(f"only after: {key}")
            continue
        old_fields, old_mime = before.pop(key)
        compared += 1
        size += len(mime)
        if fields != old_fields:
            differences.append(f"row differs: {key}: {old_fields} / {fields}")
        elif normalized(mime) != normalized(old_mime):
            differences.append(f"MIME differs: {key}")
    differences += [f"only before: {key}" for key in before]
    old_keys, new_keys = keys(before_path), keys(after_path)
    differences += [f"key only before: {k}" for k in sorted(old_keys - new_keys)[:10]]
    differences += [f"key only after: {k}" for k in sorted(new_keys - old_keys)[:10]]
    print(f"{compared} messages compared ({size:,} bytes of MIME), {len(new_keys)} notification keys")
    for difference in differences[:20]:
        print(difference)
    print("identical" if not differences else f"{len(differences)} differences")
    return 0 if not differences else 1


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
