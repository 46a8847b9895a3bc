#!/usr/bin/env bash
# Mutation testing with Stryker.NET (the local tool in .config/dotnet-tools.json): each target mutates one folder and
# runs only the tests that cover it, one test process at a time (the machine is shared). Not part of .ci/run.
# Usage: scripts/mutation.sh [target ...]   targets: rules calendar import outbox delivery planning jobs (default: all)
# Reports: artifacts/mutation/TARGET/reports/mutation-report.{html,json,md}; scores are summarised in docs/testing.md.
# STRYKER_CONCURRENCY (default 1) sets how many test processes run at once.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
concurrency=${STRYKER_CONCURRENCY:-1}

# In-process tests of the worker's outbox, delivery, planning and jobs on a real SQLite file (the CLI and service tests
# run the worker as a separate process, which Stryker's coverage cannot see).
worker_in_process='FullyQualifiedName~Reminders.IntegrationTests.Outbox.Sqlite|FullyQualifiedName~Reminders.IntegrationTests.Worker.'

run() { # NAME TEST_PROJECT PROJECT MUTATE_GLOB [TEST_FILTER]
  local name=$1 tests=$2 project=$3 glob=$4 filter=${5:-}
  local out="$root/artifacts/mutation/$name"
  rm -rf "$out"
  echo "== $name: $glob ($tests)"
  local args=(stryker --project "$project" --test-project "$root/$tests" --mutate "$glob"
    --configuration Release --concurrency "$concurrency" --output "$out" --skip-version-check
    --reporter Progress --reporter Json --reporter Html --reporter Markdown
    --threshold-high 90 --threshold-low 80 --break-at 0)
  [ -n "$filter" ] && args+=(--test-case-filter "$filter")
  (cd "$root/$(dirname "$tests")" && dotnet "${args[@]}")
  local md
  md=$(find "$out" -name '*.md' | head -n 1)
  [ -n "$md" ] && cat "$md"
}

dotnet tool restore >/dev/null
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(rules calendar import outbox delivery planning jobs)
for target in "${targets[@]}"; do
  case $target in
    rules) run rules tests/Reminders.Core.Tests/Reminders.Core.Tests.csproj Reminders.Core.csproj '**/Rules/**/*.cs' ;;
    calendar) run calendar tests/Reminders.Core.Tests/Reminders.Core.Tests.csproj Reminders.Core.csproj '**/Calendar/**/*.cs' ;;
    import) run import tests/Reminders.Core.Tests/Reminders.Core.Tests.csproj Reminders.Core.csproj '**/Import/**/*.cs' ;;
    outbox) run outbox tests/Reminders.IntegrationTests/Reminders.IntegrationTests.csproj Reminders.Worker.csproj '**/Outbox/**/*.cs' "$worker_in_process" ;;
    delivery) run delivery tests/Reminders.IntegrationTests/Reminders.IntegrationTests.csproj Reminders.Worker.csproj '**/Delivery/**/*.cs' "$worker_in_process" ;;
    planning) run planning tests/Reminders.IntegrationTests/Reminders.IntegrationTests.csproj Reminders.Worker.csproj '**/Planning/**/*.cs' "$worker_in_process" ;;
    jobs) run jobs tests/Reminders.Worker.Tests/Reminders.Worker.Tests.csproj Reminders.Worker.csproj '**/Jobs/**/*.cs' ;;
    *) echo "Objetivo desconocido: $target (use rules, calendar, import, outbox, delivery, planning o jobs)" >&2; exit 2 ;;
  esac
done
