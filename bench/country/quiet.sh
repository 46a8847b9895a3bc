# Sourced by the bench scripts (through bench/country/app.sh, and by bench/calendar.sh).
#
# quiet COMMAND...: runs COMMAND with its output kept aside, so a bench's table is not buried in build logs; when it fails,
# says which command failed and shows its output (dotnet prints compile errors on standard output, so a plain
# `>/dev/null` left a failed build without a word), and returns its exit code.
quiet() {
  local log status=0
  log=$(mktemp)
  "$@" >"$log" 2>&1 || status=$?
  if [ "$status" -ne 0 ]; then
    echo "Falló (código $status): $*" >&2
    cat "$log" >&2
  fi
  rm -f "$log"
  return "$status"
}
