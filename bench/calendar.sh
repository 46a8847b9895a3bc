#!/usr/bin/env bash
# The calendar attachment's benchmark (docs/benchmarks.md, "Planning a country", round 10): the product's CalendarWriter
# against Ical.Net's object model and serializer, the reference, on the same 50 seven-event calendars in the same run;
# first checks both write the same text, then prints microseconds and bytes allocated per calendar and the ratio.
#
# Usage: bench/calendar.sh [--quick]
#   --quick   fewer repetitions: only checks the harness works and that both still write the same text (CI)
# Builds bench/CalendarBench (Release, not part of Reminders.sln); installs nothing.
set -euo pipefail
cd "$(dirname "$0")/.."

args=()
for arg in "$@"; do
  case "$arg" in
    --quick) args+=(--quick) ;;
    *) echo "Uso: bench/calendar.sh [--quick]" >&2; exit 2 ;;
  esac
done

work=$(mktemp -d /tmp/reminders-bench-calendar.XXXXXX)
trap 'rm -rf "$work"' EXIT
. bench/country/quiet.sh
quiet dotnet build bench/CalendarBench -c Release -v quiet -nologo -o "$work/bin"
"$work/bin/CalendarBench" "${args[@]}"
