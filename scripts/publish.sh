#!/usr/bin/env bash
# Publica ejecutables autocontenidos (sin .NET instalado en el servidor) para Linux y Windows.
# Uso: scripts/publish.sh [RID...]   (por defecto linux-x64 win-x64) → artifacts/<RID>/
# Variables: CONFIGURATION (Release), PUBLISH_ARGS (argumentos extra de dotnet publish).
set -euo pipefail
cd "$(dirname "$0")/.."

rids=("$@")
[ ${#rids[@]} -eq 0 ] && rids=(linux-x64 win-x64)
for rid in "${rids[@]}"; do
  echo "Publicando $rid → artifacts/$rid"
  # shellcheck disable=SC2086
  dotnet publish src/Reminders.Worker -c "${CONFIGURATION:-Release}" -r "$rid" --self-contained \
    -p:PublishSingleFile=false -p:PublishTrimmed=false -o "artifacts/$rid" ${PUBLISH_ARGS:-}
done
