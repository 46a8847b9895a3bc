# Instala Recordatorios PAAC como servicio de Windows.
# Uso (PowerShell como administrador), desde la carpeta publicada copiada al servidor (lleva este script y el programa):
#   .\install.ps1 [-Target C:\Reminders] [-SmtpPassword (Read-Host -AsSecureString)]
# o desde el repositorio:  .\deploy\windows\install.ps1 [-Source artifacts\win-x64] …
param(
    [string] $Source = $(if (Test-Path (Join-Path $PSScriptRoot "reminders.exe")) { $PSScriptRoot } else { "artifacts\win-x64" }),
    [string] $Target = "C:\Reminders",
    [securestring] $SmtpPassword
)
$ErrorActionPreference = "Stop"
$name = "Reminders"

if (-not (Test-Path (Join-Path $Source "reminders.exe"))) {
    throw "No se encontró $Source\reminders.exe: publique primero con scripts/publish.ps1 o scripts/publish.sh."
}

# Programa y datos (la base SQLite y la carpeta outbox quedan junto al ejecutable salvo Paths:DataDirectory).
New-Item -ItemType Directory -Force -Path $Target | Out-Null
$keep = Join-Path $Target "appsettings.json"
$saved = $null
if (Test-Path $keep) { $saved = Get-Content -Raw $keep }
Copy-Item -Recurse -Force (Join-Path $Source "*") $Target
if ($saved) { Set-Content -NoNewline -Path $keep -Value $saved }

# Servicio: arranque automático retrasado; se reinicia tras un fallo (1 min), el contador se reinicia cada día.
if (-not (Get-Service -Name $name -ErrorAction SilentlyContinue)) {
    sc.exe create $name binPath= "`"$Target\reminders.exe`"" start= delayed-auto DisplayName= "Recordatorios PAAC" | Out-Host
}
sc.exe description $name "Envía los recordatorios del Plan Anticorrupción y de Atención al Ciudadano (PAAC)." | Out-Host
sc.exe failure $name reset= 86400 actions= restart/60000/restart/60000/restart/60000 | Out-Host

# Secretos: variables de entorno propias del servicio (valor REG_MULTI_SZ «Environment» de su clave).
$environment = @("DOTNET_ENVIRONMENT=Production")
if ($SmtpPassword) {
    $plain = [Runtime.InteropServices.Marshal]::PtrToStringBSTR([Runtime.InteropServices.Marshal]::SecureStringToBSTR($SmtpPassword))
    $environment += "Mail__Smtp__Password=$plain"
}
Set-ItemProperty -Path "HKLM:\SYSTEM\CurrentControlSet\Services\$name" -Name Environment -Type MultiString -Value $environment

# Solo administradores y SYSTEM (la cuenta del servicio) pueden leer la carpeta (appsettings y base de datos).
icacls $Target /inheritance:r /grant:r "*S-1-5-32-544:(OI)(CI)F" "*S-1-5-18:(OI)(CI)F" | Out-Host

Write-Host "Instalado. Compruebe con:  & `"$Target\reminders.exe`" check-config"
Write-Host "Arranque con:  Start-Service $name   ·   Registro: Visor de eventos > Registros de Windows > Aplicación (origen Reminders)"
