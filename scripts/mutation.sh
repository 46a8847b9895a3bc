#!/usr/bin/env bash
# Mutation testing with Stryker.NET (the local tool in .config/dotnet-tools.json). Not part of .ci/run: it takes long.
# Usage: scripts/mutation.sh [core|worker ...]   (default: both)
#   core:   Core/Rules, Core/Planning (the planner, moved out of Rules), Core/Calendar, Core/Import against Reminders.Core.Tests
#   worker: the worker's Outbox, Delivery, Planning and Jobs against tests/Reminders.Worker.MutationTests
# Reports: artifacts/mutation/TARGET/reports/mutation-report.{html,json,md}; the score per folder is printed at the end
# and summarised in docs/testing.md. STRYKER_CONCURRENCY (default 1) sets how many test processes run at once.
#
# The tests are xunit v3, which Stryker only observes through its Microsoft Testing Platform runner (--test-runner mtp;
# with the VSTest runner every mutant "survives"). That runner ignores test filters, so the worker's folders are tested
# by tests/Reminders.Worker.MutationTests, a project outside the solution that compiles only the in-process tests of
# those folders (real SQLite files; no processes, no servers) from where they live.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
concurrency=${STRYKER_CONCURRENCY:-1}

run() { # NAME TEST_PROJECT PROJECT MUTATE_GLOB...
  local name=$1 tests=$2 project=$3
  shift 3
  local out="$root/artifacts/mutation/$name"
  rm -rf "$out"
  echo "== $name: $* ($tests)"
  # stryker-config.json: no mutants in ConfigureAwait(false) (the worker never has a synchronization context, so true
  # and false behave alike) nor in [LoggerMessage] calls (*Log.*: what is logged is not a promise of these folders).
  local args=(stryker --config-file "$root/stryker-config.json" --project "$project" --test-project "$root/$tests")
  for glob in "$@"; do args+=(--mutate "$glob"); done
  args+=(--configuration Release --concurrency "$concurrency" --output "$out" --skip-version-check --test-runner mtp
    --reporter Json --reporter Html --reporter Markdown --reporter ClearText --threshold-high 90 --threshold-low 80 --break-at 0)
  (cd "$root/$(dirname "$tests")" && dotnet "${args[@]}")
  summary "$out/reports/mutation-report.json"
}

# Score per folder: detected (killed or timed out) over detected plus undetected (survived or not covered).
summary() {
  python3 - "$1" <<'PY'
import collections, json, sys
report = json.load(open(sys.argv[1], encoding="utf-8"))
folders = collections.defaultdict(collections.Counter)
for path, file in report["files"].items():
    folder = path.replace("\\", "/").rsplit("/", 1)[0] if "/" in path.replace("\\", "/") else "."
    folders[folder].update(m["status"] for m in file["mutants"])
for folder, s in sorted(folders.items()):
    detected, undetected = s["Killed"] + s["Timeout"], s["Survived"] + s["NoCoverage"]
    if detected + undetected:
        print(f"{folder}: {100 * detected / (detected + undetected):.2f} % "
              f"({s['Killed']} killed, {s['Timeout']} timeout, {s['Survived']} survived, {s['NoCoverage']} no coverage)")
PY
}

dotnet tool restore >/dev/null
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(core worker)
for target in "${targets[@]}"; do
  case $target in
    core) run core tests/Reminders.Core.Tests/Reminders.Core.Tests.csproj Reminders.Core.csproj \
            '**/Rules/**/*.cs' '**/Planning/**/*.cs' '**/Calendar/**/*.cs' '**/Import/**/*.cs' ;;
    worker) run worker tests/Reminders.Worker.MutationTests/Reminders.Worker.MutationTests.csproj Reminders.Worker.csproj \
              '**/Outbox/**/*.cs' '**/Delivery/**/*.cs' '**/Planning/**/*.cs' '**/Jobs/**/*.cs' ;;
    *) echo "Objetivo desconocido: $target (use core o worker)" >&2; exit 2 ;;
  esac
done
