#!/usr/bin/env bash
# Installs the test peers with apt-get (a real SMTP server, a real PostgreSQL server, a real IMAP server (Dovecot),
# systemd-analyze, openssl, chromium, SpamAssassin (its local rules score every kind of message), and postfix for the
# delivery benchmark's smtp-sink and smtp-source, installed without configuring a mail system).
# Waits for the apt and dpkg locks when another apt process holds them (a fresh Ubuntu server running
# unattended-upgrades), up to APT_LOCK_TIMEOUT seconds (default 900).
# Usage: scripts/install-test-peers.sh            (as root, or with sudo available, on Debian/Ubuntu)
#        REMINDERS_APT_ALWAYS=1 scripts/install-test-peers.sh   runs apt-get even when every peer is present
#                                                            (scripts/test-apt-lock.sh uses it; nothing is upgraded)
set -euo pipefail
timeout=${APT_LOCK_TIMEOUT:-900}
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"

need=()
/usr/bin/python3 -c 'import aiosmtpd' >/dev/null 2>&1 || need+=(python3-aiosmtpd)
compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || need+=(postgresql)
command -v systemd-analyze >/dev/null 2>&1 || need+=(systemd)
command -v openssl >/dev/null 2>&1 || need+=(openssl)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
[ -x /usr/sbin/dovecot ] && [ -x /usr/lib/dovecot/imap ] || need+=(dovecot-imapd)
{ [ -x /usr/sbin/smtp-sink ] && [ -x /usr/sbin/smtp-source ]; } || need+=(postfix)
[ -x /usr/bin/spamassassin ] || need+=(spamassassin)
extra=()
if [ "${REMINDERS_APT_ALWAYS:-}" = 1 ] && [ ${#need[@]} -eq 0 ]; then
  need=(openssl)
  extra=(--no-upgrade)
fi
[ ${#need[@]} -eq 0 ] && exit 0

echo "Instalando pares de prueba: ${need[*]}"
# apt-get update takes the package lists' lock, which DPkg::Lock::Timeout does not cover: retry until it is free.
deadline=$((SECONDS + timeout))
until $sudo apt-get update -qq 2>/tmp/apt-update.$$; do
  if ! grep -q 'Could not get lock' /tmp/apt-update.$$ || [ $SECONDS -ge $deadline ]; then
    cat /tmp/apt-update.$$ >&2; rm -f /tmp/apt-update.$$; exit 1
  fi
  echo "Otro proceso de apt tiene el bloqueo de las listas de paquetes; esperando…"
  sleep 5
done
rm -f /tmp/apt-update.$$
if [[ " ${need[*]} " == *" postfix "* ]]; then
  # bench/delivery.sh only needs postfix's smtp-sink and smtp-source: no main.cf, so no mail system is set up, nothing
  # listens on port 25 and the postfix service does not run.
  echo "postfix postfix/main_mailer_type select No configuration" | $sudo debconf-set-selections
fi
DEBIAN_FRONTEND=noninteractive $sudo apt-get -o DPkg::Lock::Timeout="$timeout" install -y -qq --no-install-recommends "${extra[@]}" "${need[@]}" >/dev/null
if [[ " ${need[*]} " == *" postfix "* ]] && [ -d /run/systemd/system ]; then
  # Where systemd runs, make sure the package left no postfix service running or enabled at boot.
  $sudo systemctl disable --now postfix >/dev/null 2>&1 || true
fi
