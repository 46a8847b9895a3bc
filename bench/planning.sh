#!/usr/bin/env bash
# Planning a country (issue 10; docs/benchmarks.md, "Planning a country").
#
# For each scale, fills a fresh database with bench/country/generate.py (8 offices and 167 activities per entity, due
# dates within the run date +/- 60 days, one in ten an ongoing duty) and times `reminders plan --as-of RUN_DATE` twice:
# the first run on an empty outbox (every notice due at once: the worst day) and the next business day's run (a day in
# the steady state). Prints wall time, user CPU, peak resident memory, what was recorded, and the ratio of the first run's
# wall time to one plain SQL query that reads the same candidate rows (bench/country/floor.sql: the database's floor).
#
# By default it times the product as installed: published by scripts/publish.sh linux-x64 (self-contained,
# ReadyToRun), as bench/delivery.sh does; --build times the Release build output instead.
#
# Usage (from the repository root, after `dotnet build Reminders.sln -c Release`):
#   bench/planning.sh --build              the same on the build output (JIT-compiled at start)
#   bench/planning.sh                      SQLite at 60, 600 and 6,000 entities (10k, 100k and 1M activities);
#                                          PostgreSQL at 60 and 600
#   bench/planning.sh --quick              2 entities on SQLite and (when installed) PostgreSQL: checks the harness only
#   bench/planning.sh --sqlite "60 600" --postgres "60 600 6000"     the entity counts to measure on each
#   bench/planning.sh --replies            every digest row with its two reply links (Mail:Replies:Secret set to a
#                                          throw-away secret; docs/mail.md, "Reply links")
# PostgreSQL runs in a throw-away cluster (initdb/pg_ctl from /usr/lib/postgresql/*/bin, 127.0.0.1, a free port),
# as the integration tests start it; as root the cluster runs as the postgres user.
set -euo pipefail
cd "$(dirname "$0")/.."
sqlite_sizes="60 600 6000"
postgres_sizes="60 600"
quick=0
published=true
replies=0
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) quick=1; sqlite_sizes="2"; postgres_sizes="2"; published=false; shift ;;
    --build) published=false; shift ;;
    --sqlite) sqlite_sizes="$2"; shift 2 ;;
    --postgres) postgres_sizes="$2"; shift 2 ;;
    --replies) replies=1; shift ;;
    *) echo "uso: bench/planning.sh [--quick] [--build] [--replies] [--sqlite \"60 600 6000\"] [--postgres \"60 600\"]" >&2; exit 2 ;;
  esac
done

build=src/Reminders.Worker/bin/Release/net10.0
[ -f "$build/reminders.dll" ] || { echo "Falta $build/reminders.dll: compile antes con «dotnet build Reminders.sln -c Release»." >&2; exit 2; }
run_date=2022-06-15
next_date=2022-06-16
per_entity=167
work=$(mktemp -d /tmp/reminders-bench-planning.XXXXXX)
. bench/country/app.sh
bench_app "$work" "$published"
. bench/country/postgres.sh
trap 'pg_stop; rm -rf "$work"' EXIT

export Mail__From="PAAC <paac@e.gov.co>"
# Planning only: the follow-up reports of a cut-off (docs/follow-up.md) are another feature with their own cost.
export Reminders__FollowUp__Send=false
if [ "$replies" = 1 ]; then
  Mail__Replies__Secret=$(python3 -c 'import secrets; print(secrets.token_hex(24))')
  export Mail__Replies__Secret
  echo "Con enlaces de respuesta en cada fila (Mail:Replies:Secret de un solo uso)"
fi

# Runs `reminders plan` for a date; sets wall, user, rss (MiB) and summary.
timed_plan() {
  local out="$work/plan.out" times="$work/plan.time"
  python3 bench/country/timed.py "$times" "$app" plan --as-of "$1" >"$out" 2>"$work/plan.err" \
    || { cat "$work/plan.err" "$out" >&2; echo "reminders plan failed" >&2; exit 1; }
  read -r wall user rss <"$times"
  rss=$((rss / 1024))
  summary=$(grep -o '[0-9]* mensaje(s) nuevos ([0-9]* notificaciones, [0-9]* reemplazadas)' "$out" | sed 's/ mensaje(s) nuevos (/ /; s/ notificaciones, / /; s/ reemplazadas)//')
}

# Seconds the floor query takes: sqlite3 through Python's module (no CLI needed), PostgreSQL through psql.
floor_sqlite() {
  python3 - "$1" <<'PY'
import sqlite3, sys, time
db = sqlite3.connect(sys.argv[1]); sql = open("bench/country/floor.sql").read()
start = time.perf_counter(); db.execute(sql).fetchall(); print(f"{time.perf_counter() - start:.3f}")
PY
}
floor_postgres() {
  local start end
  start=$(date +%s.%N)
  psql -X -q -d "$1" -f bench/country/floor.sql >/dev/null
  end=$(date +%s.%N)
  python3 -c "print(f'{$end - $start:.3f}')"
}

rows=()
row() { rows+=("| $1 | $2 | $3 | $4 | $5 | $6 | $7 | $8 | $9 | ${10} |"); echo "${rows[-1]}"; }

measure() { # provider entities connection-string-or-empty
  local provider=$1 entities=$2 data="$work/$1-$2"
  mkdir -p "$data"
  export Paths__DataDirectory="$data"
  "$app" entities list >/dev/null   # creates and migrates the database
  local activities=$((entities * per_entity)) sqlite_db="$data/reminders.db"
  if [ "$provider" = postgres ]; then
    # The same rows as on SQLite: generated into a scratch SQLite file (migrated by the same build), then copied.
    sqlite_db="$data/scratch.db"
    Database__Provider=Sqlite Database__ConnectionString="Data Source=$sqlite_db" "$app" entities list >/dev/null
  fi
  python3 bench/country/generate.py "$sqlite_db" --entities "$entities" --offices 8 --activities "$per_entity" --run-date "$run_date" >/dev/null
  local floor
  if [ "$provider" = postgres ]; then
    python3 bench/country/to_postgres.py "$sqlite_db" "$data/csv"
    chmod -R a+rX "$data"
    psql -X -q -d "$pg_url" -f "$data/csv/load.sql" >/dev/null
    floor=$(floor_postgres "$pg_url")
  else
    floor=$(floor_sqlite "$sqlite_db")
  fi
  local load; load=$(cut -d' ' -f1 /proc/loadavg)
  timed_plan "$run_date"
  local ratio; ratio=$(python3 -c "print(f'{$wall / max($floor, 0.001):.0f}')")
  row "$provider" "$(python3 -c "print(f'{$activities:,}')") ($entities)" "first run $run_date" "$summary" "$wall s" "$user s" "$rss MiB" "$floor s" "×$ratio" "$load"
  load=$(cut -d' ' -f1 /proc/loadavg)
  timed_plan "$next_date"
  row "$provider" "$(python3 -c "print(f'{$activities:,}')") ($entities)" "next day $next_date" "$summary" "$wall s" "$user s" "$rss MiB" "" "" "$load"
  rm -rf "$data"
}

echo "| database | activities (entities) | run | messages notifications superseded | wall | user CPU | peak RSS | SQL floor | wall / floor | load |"
echo "|---|---|---|---|---|---|---|---|---|---|"
for n in $sqlite_sizes; do
  unset Database__Provider Database__ConnectionString
  measure sqlite "$n"
done

[ -n "$postgres_sizes" ] || exit 0
if ! pg_start; then
  [ "${CI:-}" = true ] && exit 1
  exit 0
fi
for n in $postgres_sizes; do
  db="bench_$n"
  pg_create_database "$db"
  pg_url="postgresql://postgres@127.0.0.1:$pg_port/$db"
  export Database__Provider=Postgres Database__ConnectionString="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=$db"
  measure postgres "$n"
done
