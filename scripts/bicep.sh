#!/usr/bin/env bash
# The Bicep CLI, pinned, for bicep/main.bicep. Run by .ci/run.
#
#   bash scripts/bicep.sh [build]   compiles bicep/main.bicep (to a temporary directory, then deleted) and lints it,
#                                   with the rules of bicep/bicepconfig.json; fails on any diagnostic, warnings included
#   bash scripts/bicep.sh path      prints the path of the bicep executable, e.g. for
#                                   "$(bash scripts/bicep.sh path)" format bicep/main.bicep
#
# The CLI comes from NuGet, the only registry used here: the package Azure.Bicep.CommandLine.linux-x64 holds the
# executable as tools/bicep. When it is not yet in the NuGet packages folder ($NUGET_PACKAGES, or ~/.nuget/packages),
# `dotnet restore scripts/bicep/bicep.csproj` downloads it (a PackageDownload; nothing is built). Needs the .NET SDK,
# Node.js (which reads the SARIF diagnostics), and Linux on x64.
set -euo pipefail

version=0.49.2
package=azure.bicep.commandline.linux-x64

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
template="$root/bicep/main.bicep"

fail() {
  echo "bicep: $*" >&2
  exit 1
}

command="${1:-build}"
case "$command" in
  build | path) ;;
  *) fail "unknown command '$command': use 'build' (the default) or 'path'." ;;
esac

if [[ "$(uname -s)" != Linux || "$(uname -m)" != x86_64 ]]; then
  fail "this script uses the linux-x64 Bicep CLI; on $(uname -s) $(uname -m), install Bicep $version yourself (az bicep install --version v$version) and run: bicep build $template; bicep lint $template"
fi

packages="${NUGET_PACKAGES:-$HOME/.nuget/packages}"
bicep="$packages/$package/$version/tools/bicep"

if [[ ! -f "$bicep" ]]; then
  echo "bicep: downloading Azure.Bicep.CommandLine.linux-x64 $version from NuGet…" >&2
  # Restore's output goes to stderr: `path` prints nothing else on stdout.
  dotnet restore "$root/scripts/bicep/bicep.csproj" --nologo -v quiet "-p:BicepVersion=$version" >&2 ||
    fail "could not restore scripts/bicep/bicep.csproj (is nuget.org reachable?)."
  [[ -f "$bicep" ]] || fail "the package was restored, but $bicep is missing."
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# NuGet may extract the executable without the execute bit for this user (a shared packages folder): run a copy.
if [[ ! -x "$bicep" ]]; then
  cp "$bicep" "$tmp/bicep"
  chmod u+x "$tmp/bicep"
  bicep="$tmp/bicep"
fi

actual="$("$bicep" --version)" || fail "$bicep does not run."
[[ "$actual" == "Bicep CLI version $version "* ]] || fail "$bicep says '$actual', not version $version."

if [[ "$command" == path ]]; then
  if [[ "$bicep" == "$tmp/"* ]]; then
    fail "$packages/$package/$version/tools/bicep is not executable for you: chmod u+x it, or copy it."
  fi
  echo "$bicep"
  exit 0
fi

# Prints a step's diagnostics, one a line; fails when there is any, or when the output is not SARIF (the CLI writes
# `build`'s to stderr and `lint`'s to stdout, so both streams are read).
report() {
  local step="$1" status="$2" output="$3"
  node - "$step" "$status" "$output" << 'EOF'
const fs = require('fs');
const [step, status, file] = process.argv.slice(2);
const text = fs.readFileSync(file, 'utf8');
let sarif;
try {
  sarif = JSON.parse(text);
} catch {
  console.error(`bicep ${step} exited with ${status} and wrote no SARIF:\n${text}`);
  process.exit(1);
}
const results = (sarif.runs ?? []).flatMap(run => run.results ?? []);
for (const result of results) {
  const location = result.locations?.[0]?.physicalLocation;
  const where = location
    ? `${decodeURIComponent(new URL(location.artifactLocation.uri).pathname)}(${location.region?.startLine},${location.region?.charOffset})`
    : '(no location)';
  // SARIF's default level is "warning".
  console.error(`${where} : ${result.level ?? 'warning'} ${result.ruleId}: ${result.message?.text}`);
}
if (results.length > 0 || status !== '0') {
  console.error(`bicep ${step} failed: ${results.length} diagnostic(s), exit code ${status}.`);
  process.exit(1);
}
EOF
}

failed=0

set +e
"$bicep" build "$template" --outdir "$tmp/out" --diagnostics-format sarif > "$tmp/build.sarif" 2>&1
status=$?
set -e
report build "$status" "$tmp/build.sarif" || failed=1
if ((status == 0)) && [[ ! -s "$tmp/out/main.json" ]]; then
  echo "bicep build wrote no main.json." >&2
  failed=1
fi

set +e
"$bicep" lint "$template" --diagnostics-format sarif > "$tmp/lint.sarif" 2>&1
status=$?
set -e
report lint "$status" "$tmp/lint.sarif" || failed=1

if ((failed)); then
  fail "bicep/main.bicep has errors or warnings (Bicep $version, rules in bicep/bicepconfig.json); see above."
fi
echo "bicep: bicep/main.bicep compiles and lints clean (Bicep $version)."
