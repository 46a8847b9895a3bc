#!/usr/bin/env bash
# Delivery benchmark (issue 10, docs/benchmarks.md "Delivery"): times `reminders deliver` over 1 and 4 SMTP connections
# against Postfix's smtp-sink on 127.0.0.1, and Postfix's smtp-source sending the same number of messages of the same
# average size and recipient count over the same number of connections, in the same run; prints both rates and the ratio.
#
# Usage: bench/delivery.sh [--quick] [--build] [--entities N] [--repeat R] [--baseline DIR] [--floor] [--postfix]
#   (default)    times the product as installed: published by scripts/publish.sh linux-x64 (self-contained, ReadyToRun)
#                into the work folder, run through its own executable
#   --quick      5 entities (~95 messages), one repeat, the Release build output: only checks the harness works and
#                that bench/MailKitFloor builds (CI)
#   --build      times the Release build output (src/Reminders.Worker/bin/Release/net10.0) instead of publishing
#   --entities   entities of the synthetic country (bench/country/generate.py); 170 activities and 8 offices each give
#                about 19 messages per entity of ~23 KB (default 300: ~5,700 messages)
#   --repeat     timings per case; the fastest is kept (default 3)
#   --baseline   the output folder of another build (e.g. a copy of main's src/Reminders.Worker/bin/Release/net10.0, or
#                a folder scripts/publish.sh made), run through its executable `reminders`, timed in the same
#                repetitions, side by side
#   --floor      also times bench/DeliveryFloor (built here): the same messages (expanded) over the same connections by the
#                least a .NET process does (no database, no MIME library, MAIL/RCPT/DATA pipelined),
#                bench/MailKitFloor (published here as the product is): the same messages sent with MailKit exactly as the product's session
#                sends them (its NoDelaySocket, CoalescingStream, StoredMessage, StoredBody and
#                RecipientTrackingSmtpClient compiled in), with no database, no outcomes, no rate limiter, and
#                bench/country/delivery_db_floor.py: the least database work of the same delivery (claims, bodies,
#                outcomes in durable groups) over SQLite's C library
#   --postfix    sends to a real Postfix instead of smtp-sink: a private instance of the machine's Postfix (its own
#                configuration, queue and port under the work folder, every message accepted into its queue, then
#                discarded), so the server does what a real one does, CHUNKING (BDAT) and SIZE included; needs root
# Needs `dotnet build Reminders.sln -c Release` and postfix (smtp-sink, smtp-source). Installs nothing (publishing restores
# the ReadyToRun compiler from the NuGet feed, as scripts/publish.sh does).
# Without smtp-sink it says so and exits 0, except under CI=true, where it fails.
# The loopback session is unencrypted (Mail:Smtp:Security=None, which the product only allows towards a loopback host);
# the rate limit is off (Mail:RateLimitPerMinute=0) because the server's speed is what is measured.
set -euo pipefail
cd "$(dirname "$0")/.."

entities=300
repeat=3
baseline=""
floor=false
server=smtp-sink
published=true
quick=false
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) entities=5; repeat=1; published=false; quick=true ;;
    --build) published=false ;;
    --entities) entities=$2; shift ;;
    --repeat) repeat=$2; shift ;;
    --baseline) baseline=$2; shift ;;
    --floor) floor=true ;;
    --postfix) server=postfix ;;
    *) echo "Uso: bench/delivery.sh [--quick] [--build] [--entities N] [--repeat R] [--baseline DIR] [--floor] [--postfix]" >&2; exit 2 ;;
  esac
  shift
done

find_postfix_tool() {
  local name=$1 dir
  for dir in /usr/sbin /usr/lib/postfix/sbin /usr/libexec/postfix /usr/local/sbin; do
    [ -x "$dir/$name" ] && { echo "$dir/$name"; return 0; }
  done
  command -v "$name" 2>/dev/null || true
}
sink=$(find_postfix_tool smtp-sink)
source_tool=$(find_postfix_tool smtp-source)
if [ -z "$sink" ] || [ -z "$source_tool" ]; then
  echo "delivery: no se encontraron smtp-sink y smtp-source de Postfix (instale el paquete postfix; scripts/install-test-peers.sh lo instala)." >&2
  [ "${CI:-}" = true ] && exit 1
  echo "delivery: omitido." >&2
  exit 0
fi

build=src/Reminders.Worker/bin/Release/net10.0
[ -f "$build/reminders.dll" ] || { echo "delivery: falta $build/reminders.dll; compile antes con: dotnet build Reminders.sln -c Release" >&2; exit 1; }
[ -z "$baseline" ] || [ -x "$baseline/reminders" ] || { echo "delivery: --baseline $baseline no tiene el ejecutable reminders." >&2; exit 2; }

if [ "$server" = postfix ] && { [ "$(id -u)" -ne 0 ] || [ ! -x /usr/sbin/postfix ]; }; then
  echo "delivery: --postfix necesita root y Postfix instalado (/usr/sbin/postfix)." >&2
  exit 2
fi

work=$(mktemp -d /tmp/reminders-bench-delivery.XXXXXX)
sink_pid=""
cleanup() {
  if [ "$server" = postfix ]; then
    /usr/sbin/postfix -c "$work/postfix/etc" stop >/dev/null 2>&1 || true
  else
    [ -z "$sink_pid" ] || kill "$sink_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

now() { date +%s.%N; }
# copy_db SRC DST: a consistent copy of a SQLite database (the generator leaves it in WAL mode).
copy_db() { python3 -c 'import sqlite3,sys; d=sqlite3.connect(sys.argv[2]); sqlite3.connect(sys.argv[1]).backup(d); d.close()' "$1" "$2"; }

. bench/country/app.sh
bench_app "$work" "$published" >/dev/null

export Paths__DataDirectory=$work/data Mail__From="PAAC <paac@ejemplo.gov.co>" Logging__LogLevel__Default=Warning
mkdir -p "$Paths__DataDirectory"
"$app" entities list >/dev/null
python3 bench/country/generate.py "$Paths__DataDirectory/reminders.db" --entities "$entities" >/dev/null
"$app" plan --as-of 2022-06-15 >/dev/null
copy_db "$Paths__DataDirectory/reminders.db" "$work/planned.db"
read -r count size recipients < <(python3 - "$work/planned.db" <<'EOF'
import sqlite3, sys, zlib
db = sqlite3.connect(sys.argv[1])
# The size as sent: bodies are stored zlib-compressed (Outbox/StoredMime, outbox_bodies.compression).
sizes = [len(zlib.decompress(mime)) if compression == 'zlib' else len(mime) for mime, compression in db.execute(
    "SELECT b.mime, b.compression FROM outbox_messages m JOIN outbox_bodies b ON b.message_id = m.id WHERE m.state = 'pending'")]
n, size = len(sizes), (sum(sizes) / len(sizes) if sizes else 0)
rcpt = 0
for to, cc in db.execute("SELECT recipients_to, recipients_cc FROM outbox_messages WHERE state = 'pending'"):
    rcpt += sum(1 for part in (to or '').split(';') + (cc or '').split(';') if part.strip())
print(n, round(size or 0), max(1, round(rcpt / n)) if n else 1)
EOF
)
[ "$count" -gt 0 ] || { echo "delivery: el plan no dejó mensajes en el outbox." >&2; exit 1; }
if $quick && ! $floor; then
  # --quick (CI): MailKit's floor compiles the product's session files (bench/MailKitFloor), so it is at least built,
  # for a change there to break it here rather than in the next measurement.
  quiet dotnet build bench/MailKitFloor -c Release -o "$work/mailkit-floor"
fi
if $floor; then
  quiet dotnet build bench/DeliveryFloor -c Release -o "$work/floor"
  # Published as the product is (self-contained, ReadyToRun, the same runtime settings).
  quiet dotnet publish bench/MailKitFloor -c Release -r linux-x64 --self-contained -o "$work/mailkit-floor"
  # The stored bytes of every pending message, each after its length (4 bytes, little-endian).
  python3 - "$work/planned.db" "$work/messages.bin" <<'EOF'
import sqlite3, struct, sys, zlib
db = sqlite3.connect(sys.argv[1])
with open(sys.argv[2], "wb") as out:
    for mime, compression in db.execute(
            "SELECT b.mime, b.compression FROM outbox_messages m JOIN outbox_bodies b ON b.message_id = m.id WHERE m.state = 'pending' ORDER BY m.id"):
        mime = zlib.decompress(mime) if compression == "zlib" else mime
        out.write(struct.pack("<i", len(mime)))
        out.write(mime)
EOF
fi

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
if [ "$server" = postfix ]; then
  # A private Postfix: its own configuration, queue and log under the work folder, listening on 127.0.0.1:$port only,
  # relaying for 127.0.0.1 and discarding what it queued (the discard transport), with no rate limits.
  pf=$work/postfix
  chmod 755 "$work"  # Postfix's daemons run as the postfix user and must reach their queue
  mkdir -p "$pf/etc" "$pf/queue" "$pf/data"
  chown postfix "$pf/data"
  sed -E -e "s|^smtp +inet +.*|127.0.0.1:$port inet n - n - - smtpd|" -e 's/^([a-z]+ +(unix|fifo|pass|unix-dgram) +[-n] +[-n] +)y /\1n /' \
    /etc/postfix/master.cf >"$pf/etc/master.cf"
  cat >"$pf/etc/main.cf" <<EOF
compatibility_level = 3.6
queue_directory = $pf/queue
data_directory = $pf/data
meta_directory = /etc/postfix
mail_owner = postfix
setgid_group = postdrop
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
myhostname = bench.localdomain
mydestination =
mynetworks = 127.0.0.0/8
relayhost =
default_transport = discard:bench
local_transport = discard:bench
relay_transport = discard:bench
smtpd_relay_restrictions = permit_mynetworks, reject
smtpd_client_connection_rate_limit = 0
smtpd_client_message_rate_limit = 0
alias_maps =
alias_database =
maillog_file_prefixes = $pf
maillog_file = $pf/maillog
EOF
  /usr/sbin/postfix -c "$pf/etc" start >"$work/sink.log" 2>&1 || { echo "delivery: Postfix no arrancó:" >&2; cat "$work/sink.log" >&2; exit 1; }
  for _ in $(seq 50); do
    [ -s "$pf/queue/pid/master.pid" ] && (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
    sleep 0.1
  done
  sink_pid=$(tr -d ' \n' <"$pf/queue/pid/master.pid")
else
  user_opt=()
  [ "$(id -u)" -ne 0 ] || user_opt=(-u nobody)
  "$sink" "${user_opt[@]}" "127.0.0.1:$port" 1024 >"$work/sink.log" 2>&1 &
  sink_pid=$!
  for _ in $(seq 50); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
    sleep 0.1
  done
fi
kill -0 "$sink_pid" 2>/dev/null || { echo "delivery: $server no arrancó:" >&2; cat "$work/sink.log" >&2; exit 1; }

export Mail__Delivery=Smtp Mail__Smtp__Host=127.0.0.1 Mail__Smtp__Port=$port Mail__Smtp__Security=None Mail__RateLimitPerMinute=0

# timed COMMAND...: runs COMMAND, prints "wall user system sink" in seconds: its wall time, its own CPU (user, system)
# and the CPU the server spent meanwhile (from /proc: smtp-sink, or Postfix's master with its children, those that
# ended meanwhile included). Its output goes to $work/out.
timed() {
  python3 - "$sink_pid" "$work/out" "$@" <<'EOF'
import os, resource, subprocess, sys, time
def stat(pid):
    return open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
def sink():
    server = stat(sys.argv[1])
    # The server's own CPU and its ended children's (cutime, cstime), then its live children's.
    ticks = sum(int(f) for f in server[11:15])
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            fields = stat(pid)
        except OSError:
            continue
        if fields[1] == sys.argv[1]:
            ticks += int(fields[11]) + int(fields[12])
    return ticks / os.sysconf("SC_CLK_TCK")
before, start = sink(), time.monotonic()
with open(sys.argv[2], "wb") as out:
    subprocess.run(sys.argv[3:], stdout=out, check=True)
wall, used = time.monotonic() - start, resource.getrusage(resource.RUSAGE_CHILDREN)
print(wall, used.ru_utime, used.ru_stime, sink() - before)
EOF
}

# reminders_deliver APP CONNECTIONS: one `reminders deliver` of the planned outbox (the whole command) with the executable APP.
reminders_deliver() {
  local result
  copy_db "$work/planned.db" "$Paths__DataDirectory/reminders.db"
  rm -f "$Paths__DataDirectory"/reminders.db-wal "$Paths__DataDirectory"/reminders.db-shm
  result=$(Mail__Smtp__Connections=$2 timed "$1" deliver)
  case "$(cat "$work/out")" in
    "entregados $count, por reintentar 0, fallidos 0.") ;;
    *) echo "delivery: reminders deliver ($1, Connections=$2) no entregó los $count mensajes: $(cat "$work/out")" >&2; return 1 ;;
  esac
  echo "$result"
}

# smtp_source SESSIONS: one smtp-source run with the same count, size and recipients.
smtp_source() {
  timed "$source_tool" -d -s "$1" -m "$count" -l "$size" -r "$recipients" -f paac@ejemplo.gov.co -t oficina@ejemplo.gov.co "127.0.0.1:$port"
}

# delivery_floor SESSIONS: one run of bench/DeliveryFloor with the same messages.
delivery_floor() {
  timed dotnet "$work/floor/DeliveryFloor.dll" "$work/messages.bin" 127.0.0.1 "$port" "$1" paac@ejemplo.gov.co oficina@ejemplo.gov.co
}

# mailkit_floor SESSIONS: one run of bench/MailKitFloor with the same messages.
mailkit_floor() {
  timed "$work/mailkit-floor/MailKitFloor" "$work/messages.bin" 127.0.0.1 "$port" "$1"
}

# nothing_to_deliver: seconds of a `reminders deliver` with the outbox already delivered: the fixed cost of the command
# (process start, configuration, database), measured right after each run.
nothing_to_deliver() {
  local start end
  start=$(now)
  "$app" deliver >/dev/null
  end=$(now)
  python3 -c "print($end - $start)"
}

load=$(cut -d' ' -f1-3 /proc/loadavg)
echo "delivery: $count mensajes de $size bytes en promedio, $recipients destinatario(s) por mensaje; $server en 127.0.0.1:$port; carga $load"
echo "delivery: reminders = $app"
echo "delivery: cada repetición alterna reminders deliver${baseline:+, la compilación de comparación ($baseline)} y smtp-source, para que midan con la misma carga; se toma el más rápido de cada uno ($repeat repeticiones)"
echo "delivery: CPU = usuario + sistema del emisor; sink = CPU del servidor ($server, con sus procesos hijos) mientras recibía de él"
for connections in 1 4; do
  ours=()
  base=()
  empty=()
  theirs=()
  least=()
  mailkit=()
  for _ in $(seq "$repeat"); do
    ours+=("$(reminders_deliver "$app" "$connections")")
    empty+=("$(nothing_to_deliver)")
    [ -z "$baseline" ] || base+=("$(reminders_deliver "$baseline/reminders" "$connections")")
    theirs+=("$(smtp_source "$connections")")
    ! $floor || least+=("$(delivery_floor "$connections")")
    ! $floor || mailkit+=("$(mailkit_floor "$connections")")
  done
  python3 - "$connections" "$count" "$(printf '%s;' "${ours[@]}")" "${empty[*]}" "$(printf '%s;' "${theirs[@]}")" "$(printf '%s;' "${base[@]}")" "$(printf '%s;' "${least[@]}")" "$(printf '%s;' "${mailkit[@]}")" <<'EOF'
import sys
c, n = int(sys.argv[1]), int(sys.argv[2])
def runs(arg):
    return [[float(x) for x in r.split()] for r in arg.split(';') if r.strip()]
ours, theirs, base, least, mailkit = runs(sys.argv[3]), runs(sys.argv[5]), runs(sys.argv[6]), runs(sys.argv[7]), runs(sys.argv[8])
empty = [float(t) for t in sys.argv[4].split()]
b = min(theirs)
def show(name, rs):
    best = min(rs)
    a = best[0]
    print(f"{c} conexión(es)  {name:<22} {n/a:7.0f} msg/s ({a:5.2f} s)  {b[0]/a:6.1%} de smtp-source"
          f"  CPU {best[1]+best[2]:.2f} s ({best[1]:.2f} usuario + {best[2]:.2f} sistema), sink {best[3]:.2f} s")
    print(f"{'':16}cada vez: {' '.join(f'{r[0]:.2f}' for r in rs)} s")
show("reminders deliver", ours)
e = min(empty)
a = min(ours)[0]
if a > e:
    print(f"{'':16}sin el arranque ({e:.2f} s): {n/(a-e):.0f} msg/s, {b[0]/(a-e):.1%} de smtp-source")
if base:
    show("compilación anterior", base)
if least:
    show("piso .NET (DeliveryFloor)", least)
if mailkit:
    show("piso MailKit", mailkit)
show("smtp-source -d", theirs)
EOF
done
if $floor; then
  # The least database work of the same delivery (claims, bodies inflated, outcomes in durable groups), over SQLite's C
  # library: with groups of 8 (the most the outcome recorder lets wait) and of 4 (about what it reaches at this speed).
  for group in 8 4; do
    copy_db "$work/planned.db" "$work/db-floor.db"
    read -r sent commits user system wall < <(python3 bench/country/delivery_db_floor.py "$work/db-floor.db" "$group")
    python3 -c "import sys; s, c, u, y, w = sys.argv[1:]; print(f'piso de la base de datos: {s} mensajes, {c} commits (grupos de $group): CPU {float(u) + float(y):.2f} s ({float(u):.2f} usuario + {float(y):.2f} sistema), {float(w):.2f} s')" \
      "$sent" "$commits" "$user" "$system" "$wall"
  done
fi
printf 'delivery: carga al terminar %s\n' "$(cut -d' ' -f1-3 /proc/loadavg)"
