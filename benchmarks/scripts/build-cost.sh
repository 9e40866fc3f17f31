#!/usr/bin/env bash
# Build cost at whole-system scale (issue 14): two throw-away libraries, built -c Release like a user's shipped build,
#   Full  every spec of the repository (specs/jobv3, specs/cc, specs/jobv4: one namespace and client per system)
#   Seed  the seed spec set only (jobv3 batch_get_job_instance_ip_log + common.bkapi.json)
# each with its own copy of the specs (the edits below never touch the repository). After one restore and one untimed
# build of each (which also builds the generator and the runtime), every measurement runs the two libraries in the same
# round, alternating which goes first, for ROUNDS rounds:
#   cold    obj/ and bin/ of the library removed, `dotnet build --no-restore --disable-build-servers`
#           (-p:UseSharedCompilation=false, no MSBuild node reuse): a new MSBuild and a new csc, nothing cached
#   fresh   the seed spec's description edited, build with a new csc (as cold, obj/ kept)
#   server  the same edit, built with a compiler server of this script's own (-p:UseSharedCompilation=true and a unique
#           SharedCompilationId, warmed by one untimed edit build), the server stopped by its id at the end
# Times are the whole `dotnet build` process: wall (s) and CPU (user + system of the process and its children, s);
# "gen" is the generator's own time inside csc (-p:ReportAnalyzer=true). Then, for both libraries: the assembly's size,
# its method-body IL and metadata (il-size.cs, System.Reflection.Metadata), and the generated C# (one more edit build
# with EmitCompilerGeneratedFiles), each per operation.
#
#   bash benchmarks/scripts/build-cost.sh                 (ROUNDS=3)
#   ROUNDS=5 bash benchmarks/scripts/build-cost.sh
#
# Neither this script nor its builds shut down or reuse the build servers of other builds on the machine.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
rounds="${ROUNDS:-3}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# shellcheck source=consumer-project.sh
source "$repo/benchmarks/scripts/consumer-project.sh"

work="$(mktemp -d "${TMPDIR:-/tmp}/bkapigen-build-cost.XXXXXX")"
server_id="bkapigen-cost-$$"
stop_server() { for pid in $(pgrep -f "pipename:$server_id" || true); do kill "$pid" 2>/dev/null || true; done; }
trap 'stop_server; rm -rf "$work"' EXIT

seed_spec=batch_get_job_instance_ip_log.bkapi.json
for name in Full Seed; do
  dir="$work/$name"
  mkdir -p "$dir/specs"
  cp -r "$repo/specs/jobv3" "$repo/specs/cc" "$repo/specs/jobv4" "$dir/specs/"
  if [ "$name" = Full ]; then
    items="$(all_spec_items "$dir/specs")"
  else
    items="    <BkApiSpec Include=\"$dir/specs/jobv3/$seed_spec;$dir/specs/jobv3/common.bkapi.json\" Namespace=\"Scale.JobV3\" />"
  fi
  write_consumer_project "$dir" "$name" Library "$items"
  echo 'public static class Marker { }' >"$dir/Marker.cs"
  dotnet restore "$dir" -v:q >/dev/null
  dotnet build "$dir" -c Release --no-restore -v:q -nologo >"$work/$name.first.log" 2>&1 || { cat "$work/$name.first.log"; exit 1; }
done
operations() { # the operation specs a library compiles (definitions files declare "role": "definitions")
  if [ "$1" = Full ]; then grep -L '"role": "definitions"' "$work/Full/specs"/{jobv3,cc,jobv4}/*.bkapi.json | wc -l; else echo 1; fi
}

cold=(--disable-build-servers -p:UseSharedCompilation=false)
server=(-p:UseSharedCompilation=true "-p:SharedCompilationId=$server_id")
# One timed build: prints "wall cpu generator" (generator "-" without ReportAnalyzer).
timed_build() { # name log args...
  local name="$1" log="$2"
  shift 2
  /usr/bin/time -f "%e %U %S" -o "$work/time" dotnet build "$work/$name" -c Release --no-restore -nologo "$@" >"$log" 2>&1 \
    || { cat "$log"; exit 1; }
  local gen
  gen=$({ grep -E "^ +<?[0-9.]+ +<?[0-9]+ +BkApiGen.Generator.BkApiSourceGenerator" "$log" || true; } | head -n 1 | awk '{ print $1 }')
  awk -v g="${gen:--}" '{ printf "%.2f %.2f %s\n", $1, $2 + $3, g }' "$work/time"
}
edit() { sed -i "0,/\"description\": \"/s//\"description\": \"edit $2 /" "$work/$1/specs/jobv3/$seed_spec"; }
order() { if [ $(($1 % 2)) -eq 1 ]; then echo Full Seed; else echo Seed Full; fi; }

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load average $(cut -d' ' -f1-3 /proc/loadavg), SDK $(dotnet --version), $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "operations: Full $(operations Full), Seed $(operations Seed)"
results="$work/results"
: >"$results"
for name in Full Seed; do # warm this script's compiler server on both
  edit "$name" warm
  dotnet build "$work/$name" -c Release --no-restore -v:q -nologo "${server[@]}" >/dev/null
done
for round in $(seq 1 "$rounds"); do
  for name in $(order "$round"); do
    rm -rf "$work/$name/bin" "$work/$name/obj/Release"
    echo "cold $name $round $(timed_build "$name" "$work/$name.cold.log" -v:q "${cold[@]}")" >>"$results"
  done
  for name in $(order $((round + 1))); do
    edit "$name" "fresh$round"
    echo "fresh $name $round $(timed_build "$name" "$work/$name.fresh.log" -v:d -p:ReportAnalyzer=true "${cold[@]}")" >>"$results"
  done
  for name in $(order "$round"); do
    edit "$name" "server$round"
    echo "server $name $round $(timed_build "$name" "$work/$name.server.log" -v:d -p:ReportAnalyzer=true "${server[@]}")" >>"$results"
  done
  echo "round $round of $rounds done, load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2
done
stop_server

echo
echo "| build | Full wall s | Seed wall s | wall ratio | Full CPU s | Seed CPU s | CPU ratio | Full generator s | Seed generator s |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
for kind in cold fresh server; do
  for round in $(seq 1 "$rounds"); do
    read -r fw fc fg <<<"$(awk -v k="$kind" -v r="$round" '$1 == k && $2 == "Full" && $3 == r { print $4, $5, $6 }' "$results")"
    read -r sw sc sg <<<"$(awk -v k="$kind" -v r="$round" '$1 == k && $2 == "Seed" && $3 == r { print $4, $5, $6 }' "$results")"
    awk -v k="$kind" -v r="$round" -v fw="$fw" -v sw="$sw" -v fc="$fc" -v sc="$sc" -v fg="$fg" -v sg="$sg" \
      'BEGIN { printf "| %s, round %s | %s | %s | %.2fx | %s | %s | %.2fx | %s | %s |\n", k, r, fw, sw, fw / sw, fc, sc, fc / sc, fg, sg }'
  done
done

echo
# The generated C#: one more edit build of each, writing the generated files out.
echo "| library | operations | assembly bytes | per operation | method-body IL bytes | per operation | metadata bytes | types | methods | generated C# lines | per operation | generated characters |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
cp "$repo/benchmarks/scripts/il-size.cs" "$work/il-size.cs"
for name in Full Seed; do
  edit "$name" lines
  # In the consumer's own props, not as -p: a global property would reach the runtime project too, whose emitted
  # files its next build would then compile a second time.
  echo '<Project><PropertyGroup><EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles><CompilerGeneratedFilesOutputPath>generated</CompilerGeneratedFilesOutputPath></PropertyGroup></Project>' >"$work/$name/Directory.Build.props"
  dotnet build "$work/$name" -c Release --no-restore -v:q -nologo "${cold[@]}" >/dev/null
  ops=$(operations "$name")
  sizes=$(cd "$work" && dotnet run il-size.cs -- "$work/$name/bin/Release/net10.0/$name.dll")
  eval "$sizes" # file= il= bodies= metadata= types= methods= methods_with_body=
  lines=$(find "$work/$name/generated" -name '*.cs' -exec cat {} + | wc -l)
  chars=$(find "$work/$name/generated" -name '*.cs' -exec cat {} + | wc -m)
  awk -v n="$name" -v o="$ops" -v f="$file" -v il="$il" -v md="$metadata" -v t="$types" -v m="$methods" -v l="$lines" -v c="$chars" \
    'BEGIN { printf "| %s | %d | %d | %d | %d | %d | %d | %d | %d | %d | %d | %d |\n", n, o, f, f / o, il, il / o, md, t, m, l, l / o, c }'
done
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
