#!/usr/bin/env bash
# Publica ejecutables autocontenidos (sin .NET instalado en el servidor) para Linux y Windows.
# Uso: scripts/publish.sh [RID...]   (por defecto linux-x64 win-x64) → artifacts/<RID>/
# Variables: CONFIGURATION (Release), PUBLISH_ARGS (argumentos extra de dotnet publish), ARTIFACTS_DIR (artifacts).
# Se compila por adelantado (ReadyToRun, en src/Reminders.Worker/Reminders.Worker.csproj): cada orden arranca sin
# compilar con el JIT lo que ejecuta primero (docs/benchmarks.md, "Delivery").
set -euo pipefail
cd "$(dirname "$0")/.."

rids=("$@")
[ ${#rids[@]} -eq 0 ] && rids=(linux-x64 win-x64)
for rid in "${rids[@]}"; do
  out=${ARTIFACTS_DIR:-artifacts}/$rid
  echo "Publicando $rid → $out"
  # shellcheck disable=SC2086
  dotnet publish src/Reminders.Worker -c "${CONFIGURATION:-Release}" -r "$rid" --self-contained \
    -p:PublishSingleFile=false -p:PublishTrimmed=false -o "$out" ${PUBLISH_ARGS:-}
done
