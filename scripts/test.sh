#!/usr/bin/env bash
# Installs the test peers (a real SMTP server, a real PostgreSQL server, systemd-analyze, headless Chromium) and runs every test.
# Usage: scripts/test.sh   (as root, or with sudo available, on Debian/Ubuntu with the .NET SDK)
set -euo pipefail
cd "$(dirname "$0")/.."

install_peers() {
  local need=()
  /usr/bin/python3 -c 'import aiosmtpd' >/dev/null 2>&1 || need+=(python3-aiosmtpd)
  compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || need+=(postgresql)
  command -v systemd-analyze >/dev/null 2>&1 || need+=(systemd)
  command -v openssl >/dev/null 2>&1 || need+=(openssl)
  command -v chromium >/dev/null 2>&1 || need+=(chromium)
  [ ${#need[@]} -eq 0 ] && return 0
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Instalando pares de prueba: ${need[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
}

if command -v apt-get >/dev/null 2>&1; then
  install_peers
  # The peers are installed now: a test that cannot reach one fails instead of skipping, whatever CI says.
  export REMINDERS_TEST_PEERS=required
else
  echo "apt-get no está disponible: instale python3-aiosmtpd, postgresql y chromium a mano, o las pruebas que los necesitan se omitirán." >&2
fi

dotnet build Reminders.sln -c Release

# Both self-contained builds must publish (runtime packs restore from the NuGet feed).
scripts/publish.sh linux-x64 win-x64 >/dev/null
[ -x artifacts/linux-x64/reminders ] && [ -f artifacts/win-x64/reminders.exe ] || { echo "La publicación autocontenida falló." >&2; exit 1; }
echo "Publicación autocontenida linux-x64 y win-x64: correcta."
log=$(mktemp)
status=0
dotnet test Reminders.sln -c Release --no-build 2>&1 | tee "$log" || status=$?

# One closing line for the whole run: "N passed, N failed, N skipped".
awk '/^(Passed|Failed)!/ {
       for (i = 1; i <= NF; i++) { gsub(",", "", $(i+1)); if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) }
     }
     END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$log"
rm -f "$log"
exit "$status"
