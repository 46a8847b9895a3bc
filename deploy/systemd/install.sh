#!/usr/bin/env bash
# Instala Recordatorios PAAC como servicio systemd.
# Uso (como root):  deploy/systemd/install.sh [CARPETA_PUBLICADA]
#   CARPETA_PUBLICADA: salida de scripts/publish.sh para linux-x64 (por defecto artifacts/linux-x64).
set -euo pipefail
cd "$(dirname "$0")/../.."

source_dir="${1:-artifacts/linux-x64}"
if [ "$(id -u)" -ne 0 ]; then
  echo "Ejecute este script como root (sudo $0)." >&2
  exit 1
fi
if [ ! -x "$source_dir/reminders" ]; then
  echo "No se encontró $source_dir/reminders: publique primero con scripts/publish.sh." >&2
  exit 1
fi

# Usuario de sistema dedicado, sin shell ni home.
if ! id reminders >/dev/null 2>&1; then
  useradd --system --no-create-home --home-dir /var/lib/reminders --shell /usr/sbin/nologin reminders
fi

# Programa en /opt/reminders (de root, solo lectura para el servicio). appsettings.json existente se conserva.
install -d -m 0755 /opt/reminders
if [ -f /opt/reminders/appsettings.json ]; then
  cp /opt/reminders/appsettings.json /opt/reminders/appsettings.json.keep
fi
cp -a "$source_dir"/. /opt/reminders/
if [ -f /opt/reminders/appsettings.json.keep ]; then
  mv /opt/reminders/appsettings.json.keep /opt/reminders/appsettings.json
fi
[ -f README.md ] && cp README.md /opt/reminders/README.md
chown -R root:root /opt/reminders
chmod 0755 /opt/reminders/reminders

# Secretos: /etc/reminders solo para root (systemd los entrega al servicio como credenciales).
install -d -m 0700 -o root -g root /etc/reminders
if [ ! -f /etc/reminders/smtp-password ]; then
  install -m 0600 -o root -g root /dev/null /etc/reminders/smtp-password
fi
if [ ! -f /etc/reminders/reminders.env ]; then
  install -m 0600 -o root -g root /dev/null /etc/reminders/reminders.env
  echo "# Variables de entorno del servicio, p. ej. Mail__Smtp__Host=smtp.office365.com" > /etc/reminders/reminders.env
fi

# Carpeta de datos (systemd también la crea con StateDirectory=reminders).
install -d -m 0750 -o reminders -g reminders /var/lib/reminders

install -m 0644 deploy/systemd/reminders.service /etc/systemd/system/reminders.service
systemctl daemon-reload
systemctl enable reminders.service

cat <<'MSG'
Instalado. Siguientes pasos:
  1. Configure /opt/reminders/appsettings.json (o /etc/reminders/reminders.env) y la clave SMTP:
       printf '%s' 'LA-CLAVE' > /etc/reminders/smtp-password
  2. Compruebe (con el mismo usuario, carpeta y secretos que el servicio):
       systemd-run --wait --pipe -p User=reminders -p StateDirectory=reminders \
         -p LoadCredential=Mail__Smtp__Password:/etc/reminders/smtp-password \
         -p EnvironmentFile=-/etc/reminders/reminders.env /opt/reminders/reminders check-config
  3. Arranque:   systemctl start reminders   ·   Registro: journalctl -u reminders -f
MSG
