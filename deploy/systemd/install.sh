#!/usr/bin/env bash
# Instala Recordatorios PAAC como servicio systemd.
# Uso (como root), desde la carpeta publicada copiada al servidor (lleva este script, la unidad y el programa):
#   sudo ./install.sh
# o desde el repositorio, tras scripts/publish.sh:  sudo deploy/systemd/install.sh [CARPETA_PUBLICADA]
#   CARPETA_PUBLICADA: salida de scripts/publish.sh para linux-x64 (por defecto artifacts/linux-x64).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"

if [ -n "${1:-}" ]; then
  source_dir="$1"
elif [ -x "$here/reminders" ]; then
  source_dir="$here"
else
  source_dir="$here/../../artifacts/linux-x64"
fi
unit="$here/reminders.service"
if [ "$(id -u)" -ne 0 ]; then
  echo "Ejecute este script como root (sudo $0)." >&2
  exit 1
fi
if [ ! -x "$source_dir/reminders" ]; then
  echo "No se encontró $source_dir/reminders: copie la carpeta publicada completa (scripts/publish.sh linux-x64) y ejecute su install.sh." >&2
  exit 1
fi
if [ ! -f "$unit" ]; then
  echo "No se encontró la unidad $unit junto a este script." >&2
  exit 1
fi

# El ejecutable autocontenido necesita ICU (libicu) para las fechas y textos en español.
if ! ldconfig -p 2>/dev/null | grep -q 'libicuuc\.so'; then
  echo "Aviso: no se encontró ICU (libicu). Instálelo antes de arrancar: apt-get install libicu72 (Debian 12) o libicu74 (Ubuntu 24.04); sin él el programa termina con «Couldn't find a valid ICU package»." >&2
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
if [ "$(cd "$source_dir" && pwd)" != /opt/reminders ]; then
  cp -a "$source_dir"/. /opt/reminders/
fi
if [ -f /opt/reminders/appsettings.json.keep ]; then
  mv /opt/reminders/appsettings.json.keep /opt/reminders/appsettings.json
fi
chown -R root:root /opt/reminders
chmod 0755 /opt/reminders/reminders

# Secretos: /etc/credstore solo para root; systemd entrega al servicio como credencial el archivo que exista ahí
# (si no existe, el servicio arranca igual). Variables de entorno opcionales en /etc/reminders/reminders.env.
install -d -m 0700 -o root -g root /etc/credstore
install -d -m 0700 -o root -g root /etc/reminders
if [ ! -f /etc/reminders/reminders.env ]; then
  install -m 0600 -o root -g root /dev/null /etc/reminders/reminders.env
  echo "# Variables de entorno del servicio, p. ej. Mail__Smtp__Host=smtp.office365.com" > /etc/reminders/reminders.env
fi

# Carpeta de datos (systemd también la crea con StateDirectory=reminders).
install -d -m 0750 -o reminders -g reminders /var/lib/reminders

install -m 0644 "$unit" /etc/systemd/system/reminders.service
systemctl daemon-reload
systemctl enable reminders.service

cat <<'MSG'
Instalado. Siguientes pasos:
  1. Configure /opt/reminders/appsettings.json (o /etc/reminders/reminders.env). Solo con entrega SMTP y usuario,
     guarde la clave como credencial:
       install -m 0600 /dev/null /etc/credstore/Mail__Smtp__Password
       printf '%s' 'LA-CLAVE' > /etc/credstore/Mail__Smtp__Password
  2. Compruebe (con el mismo usuario, carpeta y secretos que el servicio):
       systemd-run --wait --pipe -p User=reminders -p StateDirectory=reminders \
         -p LoadCredential=Mail__Smtp__Password -p EnvironmentFile=-/etc/reminders/reminders.env \
         /opt/reminders/reminders check-config
  3. Arranque:   systemctl start reminders   ·   Registro: journalctl -u reminders -f
MSG
