#!/usr/bin/env bash
# Import throughput (issue 10; docs/benchmarks.md, "Import").
#
# Writes 100,000 activity rows as plan files in the shape `reminders import` reads (bench/country/plan_file.py: a
# tab-separated PAAC table) and times `reminders import` on each, into a fresh database: rows per second overall, and
# without the process start (the median time of `reminders entities list` on the same database, subtracted per file).
# One file holds at most 4,000 rows: the importer refuses a file of more than 5,000 rows or 5 MiB
# (docs/reliability.md, ImportLimits), so the 100,000 rows are 25 plans of 25 entities.
#
# Usage (from the repository root, after `dotnet build Reminders.sln -c Release`):
#   bench/import.sh              100,000 rows on SQLite and (when installed) PostgreSQL
#   bench/import.sh --quick      2 files of 500 rows: checks the harness only
#   bench/import.sh --files 25 --rows 4000 --no-postgres
set -euo pipefail
cd "$(dirname "$0")/.."
files=25
rows=4000
postgres=1
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) files=2; rows=500; shift ;;
    --files) files="$2"; shift 2 ;;
    --rows) rows="$2"; shift 2 ;;
    --no-postgres) postgres=0; shift ;;
    *) echo "uso: bench/import.sh [--quick] [--files 25] [--rows 4000] [--no-postgres]" >&2; exit 2 ;;
  esac
done

build=src/Reminders.Worker/bin/Release/net10.0
[ -f "$build/reminders.dll" ] || { echo "Falta $build/reminders.dll: compile antes con «dotnet build Reminders.sln -c Release»." >&2; exit 2; }
work=$(mktemp -d /tmp/reminders-bench-import.XXXXXX)
# A copy of the build: a rebuild while the bench runs does not change what is measured.
cp -r "$build" "$work/app"
dll="$work/app/reminders.dll"
. bench/country/postgres.sh
trap 'pg_stop; rm -rf "$work"' EXIT

for f in $(seq 1 "$files"); do
  python3 bench/country/plan_file.py "$work/plan-$f.tsv" --rows "$rows" --seed "$f"
done
bytes=$(cat "$work"/plan-*.tsv | wc -c)

measure() { # provider
  local data="$work/$1" total_wall=0 total_user=0 peak=0
  mkdir -p "$data"
  export Paths__DataDirectory="$data"
  dotnet "$dll" entities list >/dev/null   # creates and migrates the database
  # The process start (runtime, host, configuration, database check): the median of three runs of a command that reads nothing.
  local starts=()
  for _ in 1 2 3; do
    python3 bench/country/timed.py "$work/t" dotnet "$dll" entities list >/dev/null
    starts+=("$(cut -d" " -f1 "$work/t")")
  done
  local start; start=$(printf '%s\n' "${starts[@]}" | sort -n | sed -n 2p)
  local load; load=$(cut -d' ' -f1 /proc/loadavg)
  for f in $(seq 1 "$files"); do
    python3 bench/country/timed.py "$work/t" dotnet "$dll" import "$work/plan-$f.tsv" --entity "Entidad $f" >"$work/out" 2>&1 \
      || { cat "$work/out" >&2; echo "reminders import failed" >&2; exit 1; }
    grep -q "nuevas: $rows," "$work/out" || { cat "$work/out" >&2; echo "expected $rows new activities" >&2; exit 1; }
    read -r wall user rss <"$work/t"
    total_wall=$(python3 -c "print($total_wall + $wall)")
    total_user=$(python3 -c "print($total_user + $user)")
    [ "$rss" -gt "$peak" ] && peak=$rss
  done
  local total=$((files * rows))
  python3 - "$1" "$total" "$files" "$total_wall" "$total_user" "$start" "$peak" "$load" "$bytes" <<'PY'
import sys
provider, total, files, wall, user, start, peak, load, size = sys.argv[1:]
total, files, wall, user, start, peak, size = int(total), int(files), float(wall), float(user), float(start), int(peak), int(size)
inside = max(wall - files * start, 0.001)
print(f"| {provider} | {total:,} ({files} × {total // files:,}, {size / 1048576:.1f} MiB) | {wall:.1f} s | {user:.1f} s | "
      f"{total / wall:,.0f} | {start:.2f} s | {total / inside:,.0f} | {peak // 1024} MiB | {load} |")
PY
}

echo "| database | rows (files) | wall, all files | user CPU | rows/s | process start (median) | rows/s without the starts | peak RSS | load |"
echo "|---|---|---|---|---|---|---|---|---|"
unset Database__Provider Database__ConnectionString
measure sqlite
[ "$postgres" = 1 ] || exit 0
if ! pg_start; then
  [ "${CI:-}" = true ] && exit 1
  exit 0
fi
pg_create_database bench_import
export Database__Provider=Postgres Database__ConnectionString="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=bench_import"
measure postgres
