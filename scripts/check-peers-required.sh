#!/usr/bin/env bash
# Shows that a run of .ci/run fails when a test peer is hidden, whatever CI says: PostgreSQL's binaries and the aiosmtpd
# package are covered by an empty tmpfs in a private mount namespace, so only this run loses them (the machine and
# other processes keep theirs). Needs root (unshare, mount). Runs the whole suite once per peer.
# Usage: scripts/check-peers-required.sh [postgres|smtp ...]   (default: both)
set -uo pipefail
cd "$(dirname "$0")/.."

hidden_dir() {
  case $1 in
    postgres) echo /usr/lib/postgresql ;;
    smtp) /usr/bin/python3 -c 'import aiosmtpd, os; print(os.path.dirname(aiosmtpd.__file__))' ;;
    *) echo "Par desconocido: $1 (use postgres o smtp)" >&2; return 2 ;;
  esac
}

peers=("$@")
[ ${#peers[@]} -gt 0 ] || peers=(postgres smtp)
status=0
for peer in "${peers[@]}"; do
  dir=$(hidden_dir "$peer") || exit 2
  log=$(mktemp)
  echo "== .ci/run con $peer oculto ($dir), sin CI en el entorno"
  env -u CI unshare --mount bash -c 'mount -t tmpfs none "$1" && exec bash .ci/run' _ "$dir" >"$log" 2>&1
  code=$?
  tail -n 1 "$log"
  if [ "$code" -ne 0 ] && grep -q "every test peer must be available" "$log"; then
    echo "correcto: .ci/run falló (código $code) y las pruebas que necesitan $peer fallaron en vez de omitirse"
    grep -E "^\s+Failed " "$log" | head -n 5
  else
    echo "INCORRECTO: .ci/run terminó con código $code sin fallar por la falta de $peer" >&2
    status=1
  fi
  rm -f "$log"
done
exit "$status"
