#!/usr/bin/env bash
# Runs the service's main job on the embedded defaults (SQLite file + .eml files in a pickup folder, no server):
# imports the sample plan, gives each office an address, and plans and delivers the runs of a few days of 2022.
# Everything is written under ./demo (the data directory); run it again to start from scratch.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
data="$root/demo"
rm -rf "$data"
mkdir -p "$data"
export Paths__DataDirectory="$data"

dotnet build src/Reminders.Worker -c Release -nologo -v quiet
bin="$root/src/Reminders.Worker/bin/Release/net10.0/reminders"

"$bin" import samples/paac-2022-componente-3-rendicion-de-cuentas.tsv --entity "Alcaldía de Ejemplo"
"$bin" offices set "Secretaría de Planeación" --email planeacion@ejemplo.gov.co --head jefe.planeacion@ejemplo.gov.co
"$bin" offices set "Oficina Comunicaciones" --email comunicaciones@ejemplo.gov.co --head jefe.comunicaciones@ejemplo.gov.co
"$bin" offices set "Gobierno Digital" --email gobiernodigital@ejemplo.gov.co --head jefe.tic@ejemplo.gov.co
"$bin" offices set "Control Interno" --email controlinterno@ejemplo.gov.co
"$bin" entities set "Alcaldía de Ejemplo" --coordinator planeacion@ejemplo.gov.co --control-interno controlinterno@ejemplo.gov.co

echo
echo "Vista previa del 3 de enero de 2022 (no envía nada):"
"$bin" preview --as-of 2022-01-03

echo
for day in 2022-01-03 2022-01-17 2022-01-24 2022-01-31 2022-02-01 2022-02-04 2022-02-07 2022-02-15 2022-03-01; do
  "$bin" send-now --as-of "$day"
done

echo
"$bin" outbox list
echo
echo "Mensajes escritos en $data/outbox:"
ls "$data/outbox"
