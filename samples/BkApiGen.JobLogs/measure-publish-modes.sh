#!/usr/bin/env bash
# First-call latency by publish mode (issue 14): joblogs (generated client) against joblogs-baseline (hand-written STJ
# client), each published three ways — plain JIT, ReadyToRun, NativeAOT — as the client-only build (-p:JobLogsDemo=false),
# and timed from process start to exit (one call to the fake gateway on loopback, both hosts' logs printed) by hyperfine,
# all six programs in the same hyperfine run, in several rounds. Manual tool, not part of CI (needs hyperfine:
# `apt-get install -y hyperfine`). Results and how to read them: README.md, "Which publish mode: JIT, ReadyToRun or NativeAOT".
#
#   bash samples/BkApiGen.JobLogs/measure-publish-modes.sh [OUT_DIR]     # default OUT_DIR: a new temp dir, kept
#   RUNS=60 ROUNDS=3 bash samples/BkApiGen.JobLogs/measure-publish-modes.sh
#   SKIP_PUBLISH=1 bash samples/BkApiGen.JobLogs/measure-publish-modes.sh OUT_DIR   # time the binaries already in OUT_DIR again
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
out="${1:-$(mktemp -d "${TMPDIR:-/tmp}/joblogs-modes.XXXXXX")}"
runs="${RUNS:-40}"
rounds="${ROUNDS:-3}"
command -v hyperfine >/dev/null || { echo "measure: hyperfine is needed (apt-get install -y hyperfine)" >&2; exit 1; }
mkdir -p "$out"

publish() { # project variant extra-properties...
    local project="$1" variant="$2"
    shift 2
    dotnet publish "$repo/samples/$project" -c Release -r linux-x64 -p:JobLogsDemo=false "$@" -o "$out/$variant" -nologo -tl:off \
        >"$out/$variant.publish.log" 2>&1 || { cat "$out/$variant.publish.log"; exit 1; }
}
# Framework-dependent for JIT and ReadyToRun (the framework is precompiled either way; ReadyToRun adds the app's own
# assemblies: the generated code, BkApiGen.Runtime, System.CommandLine); NativeAOT is one native file.
if [[ -z "${SKIP_PUBLISH:-}" ]]; then
publish BkApiGen.JobLogs generated-jit --self-contained false -p:PublishReadyToRun=false
publish BkApiGen.JobLogs.Baseline baseline-jit --self-contained false -p:PublishReadyToRun=false
publish BkApiGen.JobLogs generated-r2r --self-contained false -p:PublishReadyToRun=true
publish BkApiGen.JobLogs.Baseline baseline-r2r --self-contained false -p:PublishReadyToRun=true
publish BkApiGen.JobLogs generated-aot -p:PublishAot=true
publish BkApiGen.JobLogs.Baseline baseline-aot -p:PublishAot=true
# The server: the fake gateway from a JIT build with `demo`, in its own process, so that it costs neither program anything.
dotnet publish "$repo/samples/BkApiGen.JobLogs" -c Release -o "$out/server" -nologo -tl:off >"$out/server.publish.log" 2>&1 \
    || { cat "$out/server.publish.log"; exit 1; }
fi

echo
# What is deployed: every file of the publish folder but the debug symbols and XML docs (.pdb, .dbg, .xml); JIT and ReadyToRun need a .NET
# runtime on the host besides.
deployed() { find "$1" -type f ! -name '*.pdb' ! -name '*.dbg' ! -name '*.xml' -printf '%s\n' | awk '{ s += $1 } END { print s }'; }
echo "| publish mode | joblogs (generated), bytes deployed | joblogs-baseline, bytes deployed |"
echo "|---|---:|---:|"
for mode in jit r2r aot; do
    echo "| $mode | $(deployed "$out/generated-$mode") | $(deployed "$out/baseline-$mode") |"
done
echo

rm -f "$out/port"
"$out/server/joblogs" demo serve --port-file "$out/port" >"$out/serve.log" 2>&1 &
server=$!
trap 'kill -TERM $server 2>/dev/null || true; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 1 200); do [[ -s "$out/port" ]] && break; sleep 0.1; done
port="$(cat "$out/port")"
export BK_APP_CODE=demo-app BK_APP_SECRET=demo-secret BK_USERNAME=admin
args=(--base-url "http://127.0.0.1:$port/api/bk-job/prod/" --biz 1 --job 100 --step 200 --host 0:10.0.0.1 --host 0:10.0.0.2)
for program in generated-jit/joblogs baseline-jit/joblogs-baseline generated-r2r/joblogs baseline-r2r/joblogs-baseline generated-aot/joblogs baseline-aot/joblogs-baseline; do
    "$out/$program" "${args[@]}" >/dev/null # each answers before it is timed
done

# Several rounds, each running every program in turn, so that a change in machine load hits them alike.
for round in $(seq 1 "$rounds"); do
    echo "== round $round of $rounds ($runs runs each), load average $(cut -d' ' -f1-3 /proc/loadavg)"
    hyperfine -N --warmup 5 --runs "$runs" --style basic --export-json "$out/round-$round.json" \
        -n generated-jit "$out/generated-jit/joblogs ${args[*]}" \
        -n baseline-jit "$out/baseline-jit/joblogs-baseline ${args[*]}" \
        -n generated-r2r "$out/generated-r2r/joblogs ${args[*]}" \
        -n baseline-r2r "$out/baseline-r2r/joblogs-baseline ${args[*]}" \
        -n generated-aot "$out/generated-aot/joblogs ${args[*]}" \
        -n baseline-aot "$out/baseline-aot/joblogs-baseline ${args[*]}"
done

# Medians and minimums over all rounds, and the generated/baseline ratio per mode (of medians; per round, then overall).
python3 - "$out" "$rounds" <<'EOF'
# Wall time on a shared machine mostly measures the wait for a core; the CPU time (user + system, hyperfine's mean per
# round) is the work each program does, and the minimum wall time its latency when it gets the cores.
import json, statistics, sys
out, rounds = sys.argv[1], int(sys.argv[2])
wall, cpu = {}, {}
for r in range(1, rounds + 1):
    for res in json.load(open(f"{out}/round-{r}.json"))["results"]:
        wall.setdefault(res["command"], []).extend(res["times"])
        cpu.setdefault(res["command"], []).append(res["user"] + res["system"])
print()
print("| mode | CPU per run, generated / baseline (ms) | ratio, median of rounds (each round) | wall min, generated / baseline (ms) | ratio | wall median, generated / baseline (ms) |")
print("|---|---:|---:|---:|---:|---:|")
for mode in ("jit", "r2r", "aot"):
    g, b = f"generated-{mode}", f"baseline-{mode}"
    ratios = [x / y for x, y in zip(cpu[g], cpu[b])]
    print(f"| {mode} | {statistics.median(cpu[g]) * 1000:.1f} / {statistics.median(cpu[b]) * 1000:.1f} | **{statistics.median(ratios):.2f}** ({', '.join(f'{x:.2f}' for x in ratios)}) | "
          f"{min(wall[g]) * 1000:.1f} / {min(wall[b]) * 1000:.1f} | {min(wall[g]) / min(wall[b]):.2f} | {statistics.median(wall[g]) * 1000:.1f} / {statistics.median(wall[b]) * 1000:.1f} |")
print()
jit = statistics.median(cpu["generated-jit"])
for name in sorted(cpu):
    print(f"{name}: CPU {statistics.median(cpu[name]) * 1000:.1f} ms per run = {statistics.median(cpu[name]) / jit:.2f}x generated-jit; wall min {min(wall[name]) * 1000:.1f} ms")
EOF
echo "measure: binaries, publish logs and hyperfine JSON in $out"
