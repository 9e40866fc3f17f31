#!/usr/bin/env bash
# Whole-process generator scale: `dotnet build` of a throw-away consumer project with N synthetic specs (derived from the
# seed, plus common.bkapi.json), consuming the generator like samples/BkApiGen.Demo does. For each N it records:
#   cold    first build (after restore)                       compiler runs, generator runs over every spec
#   noop    build again, nothing changed                        csc is skipped by MSBuild: the generator does not run
#   edit    one spec's description edited, build                 a new csc process (this machine: UseSharedCompilation=false)
#   server  same edit twice with a compiler server of this script's own (-p:UseSharedCompilation=true and a unique
#           SharedCompilationId), the second one timed (warm server)
# and, from -p:ReportAnalyzer=true, the generator's own time and all analyzers' time inside csc for the edit builds.
#
#   bash benchmarks/scripts/build-scale.sh [N ...]        (default: 1 10 300)
#
# The project lives in a temp folder outside the repository; nothing in the tree changes.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
counts=("$@")
[ ${#counts[@]} -eq 0 ] && counts=(1 10 300)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# shellcheck source=consumer-project.sh
source "$repo/benchmarks/scripts/consumer-project.sh"

bench="$repo/benchmarks/BkApiGen.Benchmarks"
dotnet build -c Release "$bench" -v:q -nologo >/dev/null
work="$(mktemp -d "${TMPDIR:-/tmp}/bkapigen-scale.XXXXXX")"
# The compiler server of the "server" column is this script's own (a unique pipe name), stopped by its process id:
# other builds on the machine keep theirs.
server_id="bkapigen-scale-$$"
stop_server() { for pid in $(pgrep -f "pipename:$server_id" || true); do kill "$pid" 2>/dev/null || true; done; }
trap 'stop_server; rm -rf "$work"' EXIT

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }
# The generator's own time as csc reports it (-p:ReportAnalyzer=true, printed at -v:d), in seconds.
generator_time() { { grep -E "^ +<?[0-9.]+ +<?[0-9]+ +BkApiGen.Generator.BkApiSourceGenerator" "$1" || true; } | head -n 1 | awk '{ print $1 }'; }
# All analyzers' time (the SDK's code analyzers run over the generated code too), in seconds.
analyzer_time() { { grep -E "Total analyzer execution time" "$1" || true; } | head -n 1 | awk '{ print $(NF-1) }'; }

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(dotnet --version)"
printf "| specs | cold build s | no-op build s | edit one spec, new csc s | generator in csc s | analyzers in csc s | edit one spec, warm compiler server s | generator in server s |\n"
printf "|---:|---:|---:|---:|---:|---:|---:|---:|\n"
for n in "${counts[@]}"; do
  dir="$work/scale$n"
  mkdir -p "$dir/specs"
  dotnet run -c Release --no-build --project "$bench" -- --write-specs "$dir/specs" "$n" >/dev/null
  write_consumer_project "$dir" Scale Library '    <BkApiSpec Include="specs/*.bkapi.json" Namespace="Scale.JobV3" />'
  echo 'public static class Marker { }' >"$dir/Marker.cs"
  dotnet restore "$dir" -v:q >/dev/null

  t0=$(now); dotnet build "$dir" --no-restore -v:q -nologo -p:UseSharedCompilation=false >/dev/null; t1=$(now)
  cold=$(elapsed "$t0" "$t1")
  t0=$(now); dotnet build "$dir" --no-restore -v:q -nologo -p:UseSharedCompilation=false >/dev/null; t1=$(now)
  noop=$(elapsed "$t0" "$t1")

  edit() { sed -i "0,/\"description\": \"/s//\"description\": \"edit $1 /" "$dir/specs/$(ls "$dir/specs" | grep -v common | head -n 1)"; }
  edit a
  t0=$(now); dotnet build "$dir" --no-restore -nologo -v:d -p:UseSharedCompilation=false -p:ReportAnalyzer=true >"$dir/edit.log"; t1=$(now)
  editcsc=$(elapsed "$t0" "$t1")
  gencsc=$(generator_time "$dir/edit.log")
  anacsc=$(analyzer_time "$dir/edit.log")

  server=(-p:UseSharedCompilation=true "-p:SharedCompilationId=$server_id")
  edit b
  dotnet build "$dir" --no-restore -v:q -nologo "${server[@]}" >/dev/null
  edit c
  t0=$(now); dotnet build "$dir" --no-restore -nologo -v:d "${server[@]}" -p:ReportAnalyzer=true >"$dir/server.log"; t1=$(now)
  editserver=$(elapsed "$t0" "$t1")
  genserver=$(generator_time "$dir/server.log")
  stop_server

  printf "| %s | %s | %s | %s | %s | %s | %s | %s |\n" "$n" "$cold" "$noop" "$editcsc" "${gencsc:-?}" "${anacsc:-?}" "$editserver" "${genserver:-?}"
done
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
