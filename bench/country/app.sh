# Sourced by bench/planning.sh, bench/import.sh and bench/delivery.sh: which `reminders` they time.
#
# bench_app WORK PUBLISHED: sets `app` to the executable to run. With PUBLISHED=true, the product as installed
# (scripts/publish.sh linux-x64: self-contained, ReadyToRun) published into WORK/published; otherwise a copy of the
# Release build output in WORK/app, so that a rebuild while the bench runs does not change what is measured.
. bench/country/quiet.sh

bench_app() {
  local work=$1 published=$2 build=src/Reminders.Worker/bin/Release/net10.0
  if $published; then
    ARTIFACTS_DIR="$work/published" quiet scripts/publish.sh linux-x64
    app=$work/published/linux-x64/reminders
    echo "Producto publicado (scripts/publish.sh linux-x64, ReadyToRun)"
  else
    cp -r "$build" "$work/app"
    app=$work/app/reminders
    echo "Salida de compilación (dotnet build, sin ReadyToRun)"
  fi
  # The copy or the publish (about 220 MB) leaves dirty pages that the kernel writes back over the next half minute,
  # which would compete with the first timings for the disk (docs/benchmarks.md, "Import", round 4).
  sync
}
