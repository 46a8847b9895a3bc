#!/usr/bin/env bash
# Import throughput (issue 10; docs/benchmarks.md, "Import").
#
# Writes ONE plan file of ROWS activity rows in the shape `reminders import` reads (bench/country/plan_file.py: a
# tab-separated PAAC table) and times `reminders import FILE` on it, into a fresh database each repetition: rows per
# second over the whole command, and without the process start (the median time of `reminders entities list` on the
# same database), the user CPU and the peak resident memory of the fastest repetition, and the load average before it;
# then, on SQLite, the floor: the same rows read and written by plain sqlite3 (bench/country/import_floor.py).
# A 100,000-row file weighs about 15 MiB: within the default limits (Import:MaxRows 200,000, Import:MaxFileMegabytes 64;
# docs/reliability.md).
#
# By default it times the product as installed: published by scripts/publish.sh linux-x64 (self-contained,
# ReadyToRun), as bench/delivery.sh does; --build times the Release build output instead.
#
# Usage (from the repository root, after `dotnet build Reminders.sln -c Release`):
#   bench/import.sh                   100,000 rows, 3 repetitions, on SQLite and (when installed) PostgreSQL
#   bench/import.sh --quick           1,000 rows, 1 repetition, the build output: checks the harness only (CI)
#   bench/import.sh --build           the same as the default on the build output (JIT-compiled at start)
#   bench/import.sh --rows 20000 --repeat 5 --no-postgres
set -euo pipefail
cd "$(dirname "$0")/.."
rows=100000
repeat=3
postgres=1
published=true
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) rows=1000; repeat=1; published=false; shift ;;
    --build) published=false; shift ;;
    --rows) rows="$2"; shift 2 ;;
    --repeat) repeat="$2"; shift 2 ;;
    --no-postgres) postgres=0; shift ;;
    *) echo "uso: bench/import.sh [--quick] [--build] [--rows 100000] [--repeat 3] [--no-postgres]" >&2; exit 2 ;;
  esac
done

build=src/Reminders.Worker/bin/Release/net10.0
[ -f "$build/reminders.dll" ] || { echo "Falta $build/reminders.dll: compile antes con «dotnet build Reminders.sln -c Release»." >&2; exit 2; }
work=$(mktemp -d /tmp/reminders-bench-import.XXXXXX)
. bench/country/app.sh
bench_app "$work" "$published"
. bench/country/postgres.sh
trap 'pg_stop; rm -rf "$work"' EXIT

plan="$work/plan.tsv"
python3 bench/country/plan_file.py "$plan" --rows "$rows" --seed 1
bytes=$(wc -c <"$plan")

fresh() { # provider repetition: an empty, migrated database
  if [ "$1" = postgres ]; then
    pg_create_database "bench_import_$2"
    export Database__ConnectionString="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=bench_import_$2"
  else
    export Paths__DataDirectory="$work/sqlite-$2"
    mkdir -p "$Paths__DataDirectory"
  fi
  "$app" entities list >/dev/null
}

measure() { # provider
  fresh "$1" start
  # The process start (runtime, host, configuration, database check): the median of three runs of a command that reads nothing.
  local starts=()
  for _ in 1 2 3; do
    python3 bench/country/timed.py "$work/t" "$app" entities list >/dev/null
    starts+=("$(cut -d" " -f1 "$work/t")")
  done
  local start; start=$(printf '%s\n' "${starts[@]}" | sort -n | sed -n 2p)
  local best="" times=()
  for r in $(seq 1 "$repeat"); do
    fresh "$1" "$r"
    local load; load=$(cut -d' ' -f1 /proc/loadavg)
    python3 bench/country/timed.py "$work/t" "$app" import "$plan" --entity "Entidad 1" >"$work/out" 2>&1 \
      || { head -c 2000 "$work/out" >&2; echo "reminders import failed" >&2; exit 1; }
    grep -q "nuevas: $rows," "$work/out" || { head -c 2000 "$work/out" >&2; echo "expected $rows new activities" >&2; exit 1; }
    read -r wall user rss <"$work/t"
    times+=("$wall")
    if [ -z "$best" ] || python3 -c "import sys; sys.exit(0 if $wall < ${best%% *} else 1)"; then
      best="$wall $user $rss $load"
    fi
  done
  python3 - "$1" "$rows" "$bytes" "$start" "${times[*]}" $best <<'PY'
import sys
provider, rows, size, start, times, wall, user, rss, load = sys.argv[1:]
rows, size, start, wall, user, rss = int(rows), int(size), float(start), float(wall), float(user), int(rss)
inside = max(wall - start, 0.001)
each = ", ".join(times.split())
print(f"| {provider} | {rows:,} ({size / 1048576:.1f} MiB) | {wall:.2f} s (each: {each}) | {user:.2f} s | **{rows / wall:,.0f}** | "
      f"{start:.2f} s | {rows / inside:,.0f} | {rss // 1024} MiB | {load} |")
PY
}

echo "| database | rows (file) | wall, fastest | user CPU | rows/s | process start (median) | rows/s without the start | peak RSS | load |"
echo "|---|---|---|---|---|---|---|---|---|"
unset Database__Provider Database__ConnectionString
measure sqlite
# The floor: the same rows read and written by plain sqlite3 (bench/country/import_floor.py), into the last database;
# printed after the table.
read -r floor_read floor_write floor_rows < <(python3 bench/country/import_floor.py "$Paths__DataDirectory/reminders.db" "$plan")
floor() {
  python3 - "$floor_read" "$floor_write" "$floor_rows" <<'PY'
import sys
r, w, n = float(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3])
print(f"\nFloor on SQLite (Python sqlite3, same file and rows, no checks): read {r:.2f} s + write {w:.2f} s = {r + w:.2f} s, "
      f"{n / max(r + w, 0.01):,.0f} rows/s")
PY
}
[ "$postgres" = 1 ] || { floor; exit 0; }
if ! pg_start; then
  floor
  [ "${CI:-}" = true ] && exit 1
  exit 0
fi
export Database__Provider=Postgres
measure postgres
floor
