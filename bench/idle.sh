#!/usr/bin/env bash
# Idle service benchmark (issue 10, docs/benchmarks.md "Idle service"): starts `reminders run` on a small SQLite
# country with pickup delivery, lets it settle, then samples its resident memory (/proc/PID/status) every second and
# its CPU time (/proc/PID/stat) over 60 s, and prints them.
#
# Usage: bench/idle.sh [--quick] [--seconds S] [--settle S]
#   --quick     10 s of sampling after 5 s of settling (CI: only checks the harness works)
#   --seconds   sampling window (default 60)
#   --settle    seconds between the start and the first sample (default 15): start-up, migration, catch-up
# Needs `dotnet build Reminders.sln -c Release`. Installs nothing.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=60
settle=15
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) seconds=10; settle=5 ;;
    --seconds) seconds=$2; shift ;;
    --settle) settle=$2; shift ;;
    *) echo "Uso: bench/idle.sh [--quick] [--seconds S] [--settle S]" >&2; exit 2 ;;
  esac
  shift
done

app=src/Reminders.Worker/bin/Release/net10.0/reminders.dll
[ -f "$app" ] || { echo "idle: falta $app; compile antes con: dotnet build Reminders.sln -c Release" >&2; exit 1; }

work=$(mktemp -d /tmp/reminders-bench-idle.XXXXXX)
pid=""
cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

export Paths__DataDirectory=$work/data Mail__From="PAAC <paac@ejemplo.gov.co>" Mail__Delivery=Pickup
mkdir -p "$Paths__DataDirectory"
dotnet "$app" entities list >/dev/null
python3 bench/country/generate.py "$Paths__DataDirectory/reminders.db" --entities 5 >/dev/null

dotnet "$app" run >"$work/service.log" 2>&1 &
pid=$!
sleep "$settle"
kill -0 "$pid" 2>/dev/null || { echo "idle: el servicio terminó al arrancar:" >&2; cat "$work/service.log" >&2; exit 1; }

ticks=$(getconf CLK_TCK)
# cpu_ticks: user + system time of the service so far, in clock ticks (fields 14 and 15 of /proc/PID/stat, counted
# after the command name, which may hold spaces).
cpu_ticks() { sed 's/^.*) //' "/proc/$pid/stat" | awk '{ print $12 + $13 }'; }
rss_kib() { awk '/^VmRSS:/ { print $2 }' "/proc/$pid/status"; }
# threads_snapshot: one line per live thread: id, CPU time in nanoseconds (schedstat, finer than ticks), context switches.
threads_snapshot() {
  local task
  for task in /proc/"$pid"/task/*; do
    [ -r "$task/schedstat" ] || continue
    echo "${task##*/} $(cut -d' ' -f1 "$task/schedstat" 2>/dev/null) $(awk '/ctxt_switches:/ { s += $2 } END { print s }' "$task/status" 2>/dev/null)"
  done
}

cpu_start=$(cpu_ticks)
threads_snapshot >"$work/threads.start"
rss_start=$(rss_kib)
rss_max=$rss_start
load=$(cut -d' ' -f1-3 /proc/loadavg)
for _ in $(seq "$seconds"); do
  sleep 1
  kill -0 "$pid" 2>/dev/null || { echo "idle: el servicio terminó durante la medición:" >&2; cat "$work/service.log" >&2; exit 1; }
  rss=$(rss_kib)
  [ "$rss" -le "$rss_max" ] || rss_max=$rss
done
cpu_end=$(cpu_ticks)
threads_snapshot >"$work/threads.end"
rss_end=$(rss_kib)
threads=$(awk '/^Threads:/ { print $2 }' "/proc/$pid/status")

python3 - "$seconds" "$ticks" "$cpu_start" "$cpu_end" "$rss_start" "$rss_max" "$rss_end" "$threads" "$load" "$work/threads.start" "$work/threads.end" <<'EOF'
import sys
seconds, ticks, c0, c1, r0, rmax, r1, threads, load, start, end = sys.argv[1:]
cpu = (int(c1) - int(c0)) / int(ticks)

def snapshot(path):
    rows = {}
    for line in open(path):
        parts = line.split()
        if len(parts) == 3:
            rows[parts[0]] = (int(parts[1]), int(parts[2]))
    return rows

# Per thread: what it used since the first snapshot (all of it for a thread started since).
before, after = snapshot(start), snapshot(end)
fine = sum(ns - before.get(tid, (0, 0))[0] for tid, (ns, _) in after.items()) / 1e9
woken = sum(sw - before.get(tid, (0, 0))[1] for tid, (_, sw) in after.items())
print(f"idle: servicio en reposo durante {seconds} s (tras el arranque); carga {load}")
print(f"  memoria residente: {int(r0)/1024:.1f} MiB al empezar, {int(rmax)/1024:.1f} MiB máximo, {int(r1)/1024:.1f} MiB al terminar; {threads} hilos")
print(f"  CPU: {cpu:.2f} s en {seconds} s según /proc/PID/stat ({100 * cpu / int(seconds):.2f} % de un núcleo); "
      f"{fine * 1000:.1f} ms según schedstat ({100 * fine / int(seconds):.3f} %)")
print(f"  cambios de contexto: {woken} en {seconds} s ({woken / int(seconds):.1f} por segundo)")
EOF

kill -TERM "$pid"
status=0
wait "$pid" || status=$?
pid=""
[ "$status" -eq 0 ] || { echo "idle: el servicio terminó con código $status al pedirle que se detuviera:" >&2; tail -20 "$work/service.log" >&2; exit 1; }
