#!/usr/bin/env bash
# Runs HdndWorkflow on this machine: Azurite (the pinned npm package) on its usual ports with data in ./.azurite,
# then the app on http://127.0.0.1:7071 against it. Ctrl+C (or SIGTERM) stops both.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

readonly app_url="http://127.0.0.1:7071"
readonly blob_port=10000 queue_port=10001 table_port=10002
azurite="$root/node_modules/.bin/azurite"

if [[ ! -x "$azurite" ]]; then
  echo "Azurite is not installed: run 'npm ci' in $root first." >&2
  exit 1
fi

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

for port in "$blob_port" "$queue_port" "$table_port" 7071; do
  if port_open "$port"; then
    echo "Port $port on 127.0.0.1 is already in use (another Azurite or app?). Stop that process and try again." >&2
    exit 1
  fi
done

azurite_pid="" app_pid=""
stop() {
  trap - EXIT INT TERM
  local pid
  for pid in "$app_pid" "$azurite_pid"; do
    if [[ -n "$pid" ]] && kill "$pid" 2>/dev/null; then
      wait "$pid" 2>/dev/null || true
    fi
  done
  echo "Stopped the app and Azurite."
}
trap stop EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

mkdir -p .azurite
echo "Starting Azurite (blob $blob_port, queue $queue_port, table $table_port; data in .azurite/)…"
"$azurite" --silent --skipApiVersionCheck --disableTelemetry --location .azurite \
  --blobHost 127.0.0.1 --blobPort "$blob_port" \
  --queueHost 127.0.0.1 --queuePort "$queue_port" \
  --tableHost 127.0.0.1 --tablePort "$table_port" &
azurite_pid=$!

deadline=$((SECONDS + 30))
for port in "$blob_port" "$queue_port" "$table_port"; do
  until port_open "$port"; do
    if ! kill -0 "$azurite_pid" 2>/dev/null; then
      azurite_pid=""
      echo "Azurite exited before it was ready." >&2
      exit 1
    fi
    if ((SECONDS > deadline)); then
      echo "Azurite did not open port $port within 30 s." >&2
      exit 1
    fi
    sleep 0.2
  done
done
echo "Azurite is ready."

# Build first, then run the built app directly, so that stopping this script stops the app itself.
dotnet build functions/HdndWorkflow.Functions.csproj --nologo -v quiet
app_dll="$(dotnet msbuild functions/HdndWorkflow.Functions.csproj -nologo -getProperty:TargetPath)"

echo "Starting the app on $app_url (Ctrl+C stops it and Azurite)…"
ASPNETCORE_ENVIRONMENT=Development \
AzureWebJobsStorage=UseDevelopmentStorage=true \
  dotnet "$app_dll" --urls "$app_url" --contentRoot "$root/functions" &
app_pid=$!

# 'wait' returns early when a trapped signal arrives, so Ctrl+C and SIGTERM reach the trap at once.
set +e
wait "$app_pid"
status=$?
set -e
app_pid=""
exit "$status"
