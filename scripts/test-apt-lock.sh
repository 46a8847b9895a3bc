#!/usr/bin/env bash
# Checks that the install step of scripts/test.sh waits for apt instead of failing: another process holds the apt
# locks (as apt does, with fcntl locks) — the package lists' lock for the first half of HOLD seconds (default 60), the
# dpkg locks for all of it — while scripts/install-test-peers.sh runs; it must succeed, and only after the release.
# Usage: scripts/test-apt-lock.sh   (as root, on Debian/Ubuntu)
set -euo pipefail
cd "$(dirname "$0")/.."
hold=${HOLD:-60}
ready=$(mktemp -u)
/usr/bin/python3 - "$hold" "$ready" /var/lib/apt/lists/lock /var/lib/dpkg/lock-frontend /var/lib/dpkg/lock <<'PY' &
import fcntl, os, sys, time
hold, ready, paths = float(sys.argv[1]), sys.argv[2], sys.argv[3:]
fds = [os.open(p, os.O_RDWR | os.O_CREAT, 0o640) for p in paths]
for fd in fds:
    fcntl.lockf(fd, fcntl.LOCK_EX)
open(ready, "w").close()
time.sleep(hold / 2)
os.close(fds[0])  # apt-get update may go on; apt-get install still waits for dpkg
time.sleep(hold / 2)
PY
holder=$!
for _ in $(seq 600); do [ -e "$ready" ] && break; sleep 0.1; done
[ -e "$ready" ] || { echo "No se pudo tomar el bloqueo de apt para la prueba." >&2; kill "$holder"; exit 1; }
start=$SECONDS
status=0
REMINDERS_APT_ALWAYS=1 scripts/install-test-peers.sh || status=$?
elapsed=$((SECONDS - start))
wait "$holder"
rm -f "$ready"
if [ "$status" -ne 0 ]; then
  echo "✘ La instalación de pares de prueba falló mientras otro proceso tenía el bloqueo de apt (código $status)." >&2
  exit 1
fi
if [ "$elapsed" -lt $((hold - 5)) ]; then
  echo "✘ La instalación terminó en ${elapsed} s, antes de que se liberara el bloqueo (${hold} s): no esperó por apt." >&2
  exit 1
fi
echo "✔ La instalación de pares de prueba esperó ${elapsed} s el bloqueo de apt que otro proceso tuvo ${hold} s, y terminó bien."
