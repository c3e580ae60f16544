#!/usr/bin/env bash
# Builds the deployment package for Azure Functions on the Flex Consumption plan (Linux): a self-contained linux-x64
# publish of the custom handler, with host.json and the function folders (one: the catch-all http function; the
# workflow engine runs inside the app and needs no function) at its root, zipped for
# `az functionapp deployment source config-zip`. Prints the zip's path.
#
# Self-contained because the Flex Consumption "custom" runtime does not promise a .NET 10 runtime on the instance.
# ReadyToRun, as the project compiles every publish for a runtime (see functions/HdndWorkflow.Functions.csproj).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/functions/bin/package/linux-x64"
zip="$root/functions/bin/package/hdndworkflow-linux-x64.zip"

rm -rf "$out" "$zip"
dotnet publish "$root/functions/HdndWorkflow.Functions.csproj" --nologo -v quiet \
  --configuration Release --runtime linux-x64 --self-contained true --output "$out"

# Every function folder of functions/FunctionDefinitions (today only http) at the root.
expected=(host.json HdndWorkflow.Functions)
for definition in "$root"/functions/FunctionDefinitions/*/function.json; do
  expected+=("$(basename "$(dirname "$definition")")/function.json")
done
for required in "${expected[@]}"; do
  if [[ ! -f "$out/$required" ]]; then
    echo "The package lacks $required." >&2
    exit 1
  fi
done
# The host starts the app by this name: it must stay executable inside the zip.
chmod +x "$out/HdndWorkflow.Functions"

if command -v zip > /dev/null; then
  (cd "$out" && zip -q -r -X "$zip" .)
elif command -v python3 > /dev/null; then
  # zipfile keeps the Unix mode bits, so the executable stays executable.
  (cd "$out" && python3 -m zipfile -c "$zip" ./*)
else
  echo "Neither zip nor python3 is installed: zip $out yourself, keeping file modes." >&2
  exit 1
fi

echo "$zip"
