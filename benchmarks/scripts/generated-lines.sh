#!/usr/bin/env bash
# Generated C# per operation (issue #14's "≤ 400 lines per average operation"): builds a throw-away consumer of the
# generator with EmitCompilerGeneratedFiles, once for the seed spec set (the seed spec + specs/jobv3's common
# definitions) and once for every shipped spec (specs/jobv3, specs/jobv4, specs/cc), and prints the lines of the
# generated *.g.cs files divided by the number of operations (specs with an x-bkapi operation).
#
#   bash benchmarks/scripts/generated-lines.sh [--keep DIR]
#
# --keep DIR copies the generated files of both builds to DIR/seed and DIR/shipped (to diff the output of two commits),
# and also builds the edge-case specs of tests/BkApiGen.Client.Tests/Specs (shapes the shipped specs lack) into DIR/edge.
# The projects live in a temp folder outside the repository; nothing in the tree changes.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
keep=""
[ "${1:-}" = "--keep" ] && keep="$2"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# shellcheck source=consumer-project.sh
source "$repo/benchmarks/scripts/consumer-project.sh"
work="$(mktemp -d "${TMPDIR:-/tmp}/bkapigen-lines.XXXXXX")"
trap 'rm -rf "$work"' EXIT

# $1: name, $2...: BkApiSpec items as "glob|namespace"
measure() {
  local name="$1"; shift
  local dir="$work/$name" items=""
  for item in "$@"; do items="$items    <BkApiSpec Include=\"${item%%|*}\" Namespace=\"${item##*|}\" />"$'\n'; done
  write_consumer_project "$dir" Lines Library "$items"
  echo 'public static class Marker { }' >"$dir/Marker.cs"
  # In the consumer's own props, not as -p: a global property would reach the runtime project too, whose emitted
  # files its next build would then compile a second time.
  echo '<Project><PropertyGroup><EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles><CompilerGeneratedFilesOutputPath>generated</CompilerGeneratedFilesOutputPath></PropertyGroup></Project>' >"$dir/Directory.Build.props"
  dotnet build "$dir" -v:q -nologo -p:UseSharedCompilation=false >"$dir/build.log" || { cat "$dir/build.log"; exit 1; }
  local files lines operations
  files=$(find "$dir/generated" -name '*.g.cs' | wc -l)
  lines=$(find "$dir/generated" -name '*.g.cs' -exec cat {} + | wc -l)
  # One file per spec; an operation spec's holds the operation part.
  operations=$(find "$dir/generated" -name '*.g.cs' -exec grep -l -x "    // The operation on the client." {} + | wc -l)
  printf "| %s | %d | %d | %d | %d |\n" "$name" "$operations" "$files" "$lines" "$((lines / operations))"
  if [ -n "$keep" ]; then mkdir -p "$keep/$name"; find "$dir/generated" -name '*.g.cs' -exec cp {} "$keep/$name/" \; ; fi
}

printf "| spec set | operations | generated files | generated lines | lines per operation |\n|---|---:|---:|---:|---:|\n"
measure seed "$repo/specs/jobv3/common.bkapi.json;$repo/specs/jobv3/batch_get_job_instance_ip_log.bkapi.json|Lines.JobV3"
measure shipped "$repo/specs/jobv3/*.bkapi.json|Lines.JobV3" "$repo/specs/jobv4/*.bkapi.json|Lines.JobV4" "$repo/specs/cc/*.bkapi.json|Lines.Cc"
[ -n "$keep" ] && measure edge "$repo/tests/BkApiGen.Client.Tests/Specs/*.bkapi.json|Lines.EdgeCases"
exit 0
