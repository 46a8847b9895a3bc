#!/usr/bin/env bash
# Mutation testing with Stryker.NET (the local tool in .config/dotnet-tools.json): each target mutates one folder and
# runs a fast test project against each mutant, one test process at a time (the machine is shared). Not part of .ci/run.
# The tests are xunit v3, which Stryker only observes through its Microsoft Testing Platform runner (--test-runner mtp;
# the VSTest runner reports every mutant as surviving). That runner runs the whole test project for each mutant and
# ignores test filters, so the worker's folders are tested by tests/Reminders.Worker.MutationTests, a project outside
# the solution that compiles only the in-process integration tests (real SQLite files, no processes, no servers).
# Usage: scripts/mutation.sh [target ...]   targets: rules (with Core/Planning) calendar import outbox delivery planning jobs (default: all)
# Reports: artifacts/mutation/TARGET/reports/mutation-report.{html,json,md}; scores are summarised in docs/testing.md.
# STRYKER_CONCURRENCY (default 1) sets how many test processes run at once.
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
  local args=(stryker --project "$project" --test-project "$root/$tests")
  for glob in "$@"; do args+=(--mutate "$glob"); done
  args+=(
    --configuration Release --concurrency "$concurrency" --output "$out" --skip-version-check --test-runner mtp
    --reporter Json --reporter Html --reporter Markdown --threshold-high 90 --threshold-low 80 --break-at 0)
  (cd "$root/$(dirname "$tests")" && dotnet "${args[@]}")
  local md
  md=$(find "$out" -name '*.md' | head -n 1)
  if [ -n "$md" ]; then grep -E '^## The final|N/A|%' "$md" | grep -v '| N/A ' || true; fi
}

dotnet tool restore >/dev/null
worker=tests/Reminders.Worker.MutationTests/Reminders.Worker.MutationTests.csproj
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(rules calendar import outbox delivery planning jobs)
for target in "${targets[@]}"; do
  case $target in
    # The planner moved from Rules to Core/Planning; it is mutated with the rules it composes.
    rules) run rules tests/Reminders.Core.Tests/Reminders.Core.Tests.csproj Reminders.Core.csproj '**/Rules/**/*.cs' '**/Planning/**/*.cs' ;;
    calendar) run calendar tests/Reminders.Core.Tests/Reminders.Core.Tests.csproj Reminders.Core.csproj '**/Calendar/**/*.cs' ;;
    import) run import tests/Reminders.Core.Tests/Reminders.Core.Tests.csproj Reminders.Core.csproj '**/Import/**/*.cs' ;;
    outbox) run outbox "$worker" Reminders.Worker.csproj '**/Outbox/**/*.cs' ;;
    delivery) run delivery "$worker" Reminders.Worker.csproj '**/Delivery/**/*.cs' ;;
    planning) run planning "$worker" Reminders.Worker.csproj '**/Planning/**/*.cs' ;;
    jobs) run jobs "$worker" Reminders.Worker.csproj '**/Jobs/**/*.cs' ;;
    *) echo "Objetivo desconocido: $target (use rules, calendar, import, outbox, delivery, planning o jobs)" >&2; exit 2 ;;
  esac
done
