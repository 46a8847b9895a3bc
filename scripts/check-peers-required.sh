#!/usr/bin/env bash
# Shows that a run of .ci/run fails when a test peer is hidden, whatever CI says: PostgreSQL's binaries and the aiosmtpd
# package are covered by an empty tmpfs in a private mount namespace, so only this run loses them (the machine and
# other processes keep theirs). Needs root (unshare, mount). Runs the whole suite once per peer.
# Usage: scripts/check-peers-required.sh [postgres|smtp|both ...]   (default: postgres, then smtp; "both" hides the two
# in one run, which is quicker and must show the failures of each)
set -uo pipefail
cd "$(dirname "$0")/.."

hidden_dir() {
  case $1 in
    postgres) echo /usr/lib/postgresql ;;
    smtp) /usr/bin/python3 -c 'import aiosmtpd, os; print(os.path.dirname(aiosmtpd.__file__))' ;;
    both) echo "$(hidden_dir postgres) $(hidden_dir smtp)" ;;
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
  # shellcheck disable=SC2086 # $dir holds one or two folders
  env -u CI unshare --mount bash -c 'for d in "$@"; do mount -t tmpfs none "$d" || exit 3; done; exec bash .ci/run' _ $dir >"$log" 2>&1
  code=$?
  tail -n 1 "$log"
  if [ "$code" -ne 0 ] && grep -q "every test peer must be available" "$log"; then
    echo "correcto: .ci/run falló (código $code) y las pruebas que necesitan $peer fallaron en vez de omitirse:"
    grep -E "(PostgreSQL is not installed|python3-aiosmtpd is not installed).*every test peer" "$log" | sed -E 's/^ +//' | sort | uniq -c
  else
    echo "INCORRECTO: .ci/run terminó con código $code sin fallar por la falta de $peer" >&2
    status=1
  fi
  rm -f "$log"
done
exit "$status"
