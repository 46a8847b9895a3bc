#!/usr/bin/env bash
# The benchmark harness (issue 10, docs/benchmarks.md): builds Release, then runs bench/planning.sh, bench/import.sh,
# bench/delivery.sh, bench/idle.sh and bench/calendar.sh in turn from the repository root. A script that is not there yet is skipped
# with a message; any script that fails fails the run (after the others have run).
#
# Usage: bench/run.sh [--quick] [--no-build]
#   --quick      every script in its quick mode: checks the harness works in well under two minutes (CI)
#   --no-build   use the existing Release build (scripts/test.sh has just built it)
set -euo pipefail
cd "$(dirname "$0")/.."

args=()
build=1
for arg in "$@"; do
  case "$arg" in
    --quick) args+=(--quick) ;;
    --no-build) build=0 ;;
    *) echo "Uso: bench/run.sh [--quick] [--no-build]" >&2; exit 2 ;;
  esac
done

[ "$build" -eq 0 ] || dotnet build Reminders.sln -c Release -v quiet -nologo

failed=()
for name in planning import delivery idle calendar; do
  script=bench/$name.sh
  if [ ! -f "$script" ]; then
    echo "== $name: omitido ($script no existe todavía)"
    continue
  fi
  echo "== $name"
  start=$SECONDS
  if bash "$script" "${args[@]}"; then
    echo "== $name: correcto en $((SECONDS - start)) s"
  else
    echo "== $name: FALLÓ (código $?)" >&2
    failed+=("$name")
  fi
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "Pruebas de rendimiento fallidas: ${failed[*]}" >&2
  exit 1
fi
