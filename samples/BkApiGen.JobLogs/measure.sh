#!/usr/bin/env bash
# Measures joblogs (generated client) against joblogs-baseline (hand-written STJ client): NativeAOT binary size and
# start-to-first-result time against the fake gateway on loopback. Manual tool, not part of CI (needs hyperfine:
# `apt-get install -y hyperfine`). Results and how to read them: README.md, "Size and start-up time".
#
#   bash samples/BkApiGen.JobLogs/measure.sh [OUT_DIR]     # default OUT_DIR: a new temp dir, kept
#   RUNS=200 ROUNDS=5 bash samples/BkApiGen.JobLogs/measure.sh
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
out="${1:-$(mktemp -d "${TMPDIR:-/tmp}/joblogs-measure.XXXXXX")}"
runs="${RUNS:-100}"
rounds="${ROUNDS:-3}"
command -v hyperfine >/dev/null || { echo "measure: hyperfine is needed (apt-get install -y hyperfine)" >&2; exit 1; }
mkdir -p "$out"

# Four NativeAOT builds: each program with the embedded fake gateway (`demo`, Kestrel linked in) and without it
# (-p:JobLogsDemo=false: the client, System.CommandLine and the output code only).
publish() { # project variant demo
    dotnet publish "$repo/samples/$1" -c Release -r linux-x64 -p:PublishAot=true -p:JobLogsDemo="$3" -o "$out/$2" -nologo -tl:off >"$out/$2.publish.log" 2>&1 \
        || { cat "$out/$2.publish.log"; exit 1; }
}
publish BkApiGen.JobLogs generated true
publish BkApiGen.JobLogs.Baseline baseline true
publish BkApiGen.JobLogs generated-client false
publish BkApiGen.JobLogs.Baseline baseline-client false

size() { stat -c %s "$1"; }
pct() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%+.1f%%", (a - b) * 100 / b }'; }
echo
echo "| build | joblogs (generated) | joblogs-baseline (hand-written) | difference |"
echo "|---|---:|---:|---:|"
g=$(size "$out/generated/joblogs"); b=$(size "$out/baseline/joblogs-baseline")
echo "| with \`demo\` (fake gateway, Kestrel) | $g | $b | $(pct "$g" "$b") |"
g=$(size "$out/generated-client/joblogs"); b=$(size "$out/baseline-client/joblogs-baseline")
echo "| client only (-p:JobLogsDemo=false) | $g | $b | $(pct "$g" "$b") |"
echo

# The server: the fake gateway in its own process, so that it costs neither program anything.
"$out/generated/joblogs" demo serve --port-file "$out/port" >"$out/serve.log" 2>&1 &
server=$!
trap 'kill -TERM $server 2>/dev/null || true; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do [[ -s "$out/port" ]] && break; sleep 0.1; done
port="$(cat "$out/port")"
export BK_APP_CODE=demo-app BK_APP_SECRET=demo-secret BK_USERNAME=admin
args=(--base-url "http://127.0.0.1:$port/api/bk-job/prod/" --biz 1 --job 100 --step 200 --host 0:10.0.0.1 --host 0:10.0.0.2)
"$out/generated-client/joblogs" "${args[@]}" >/dev/null
"$out/baseline-client/joblogs-baseline" "${args[@]}" >/dev/null

# Several rounds, each running every program in turn, so that a change in machine load hits them alike.
for round in $(seq 1 "$rounds"); do
    echo "== round $round of $rounds ($runs runs each)"
    hyperfine -N --warmup 10 --runs "$runs" --style basic --export-json "$out/round-$round.json" \
        -n generated "$out/generated/joblogs ${args[*]}" \
        -n baseline "$out/baseline/joblogs-baseline ${args[*]}" \
        -n generated-client "$out/generated-client/joblogs ${args[*]}" \
        -n baseline-client "$out/baseline-client/joblogs-baseline ${args[*]}"
done
echo "measure: binaries, publish logs and hyperfine JSON in $out"
