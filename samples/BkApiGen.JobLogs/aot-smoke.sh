#!/usr/bin/env bash
# NativeAOT smoke test of joblogs: publishes the tool with PublishAot (zero IL2xxx/IL3xxx warnings, warnings are errors),
# then runs the native binary against the fake BlueKing gateway (`joblogs demo serve`, loopback only) and checks output
# and exit codes: script step, file step (text and JSON, gateway and ESB), API error, HTTP error, validation, transport.
#
#   bash samples/BkApiGen.JobLogs/aot-smoke.sh            # publish, then test
#   JOBLOGS_BIN=/path/to/joblogs bash .../aot-smoke.sh     # test an already published binary
#
# Exits non-zero on the first broken publish, or after all checks when any failed. Needs only bash, grep and dotnet.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/joblogs-aot-smoke.XXXXXX")"
server_pid=""

cleanup() {
    if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
        kill -TERM "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

if [[ -n "${JOBLOGS_BIN:-}" ]]; then
    bin="$JOBLOGS_BIN"
else
    echo "aot-smoke: publishing joblogs with NativeAOT (linux-x64)..."
    publish_log="$work/publish.log"
    if ! dotnet publish "$repo/samples/BkApiGen.JobLogs" -c Release -r linux-x64 -p:PublishAot=true -nologo -tl:off >"$publish_log" 2>&1; then
        cat "$publish_log"
        echo "aot-smoke: FAILED: dotnet publish" >&2
        exit 1
    fi
    # TreatWarningsAsErrors already fails the publish on a trim/AOT warning; this catches one that slips through as text.
    if grep -E "warning (IL[23][0-9]{3}|NETSDK|CS)" "$publish_log"; then
        echo "aot-smoke: FAILED: the AOT publish printed warnings" >&2
        exit 1
    fi
    bin="$repo/samples/BkApiGen.JobLogs/bin/Release/net10.0/linux-x64/publish/joblogs"
fi

[[ -x "$bin" ]] || { echo "aot-smoke: FAILED: no executable at $bin" >&2; exit 1; }
echo "aot-smoke: binary $bin ($(stat -c %s "$bin") bytes)"

# The fake gateway, served by the native binary itself, until the EXIT trap stops it.
"$bin" demo serve --port-file "$work/port" >"$work/server.out" 2>&1 &
server_pid=$!
for _ in $(seq 1 300); do
    [[ -s "$work/port" ]] && break
    kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.out"; echo "aot-smoke: FAILED: demo serve exited" >&2; exit 1; }
    sleep 0.1
done
[[ -s "$work/port" ]] || { cat "$work/server.out"; echo "aot-smoke: FAILED: demo serve wrote no port in 30 s" >&2; exit 1; }
port="$(cat "$work/port")"
gateway="http://127.0.0.1:$port/api/bk-job/prod/"
esb="http://127.0.0.1:$port/"
echo "aot-smoke: fake gateway on 127.0.0.1:$port"

passed=0
failed=0
current=""
rc=0

# run NAME EXPECTED_EXIT [VAR=value ...] -- ARGS...: runs the binary with the fake's credentials (overridable) and only those.
run() {
    current="$1"
    local expected="$2"
    shift 2
    local vars=(BK_APP_CODE=demo-app BK_APP_SECRET=demo-secret BK_USERNAME=admin)
    while [[ "$1" != "--" ]]; do
        vars+=("$1")
        shift
    done
    shift
    set +e
    env -u BK_APP_CODE -u BK_APP_SECRET -u BK_USERNAME -u BK_TOKEN "${vars[@]}" timeout 60 "$bin" "$@" >"$work/out" 2>"$work/err"
    rc=$?
    set -e
    check "exit code $rc, expected $expected" test "$rc" -eq "$expected"
}

check() {
    local what="$1"
    shift
    if "$@"; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        echo "aot-smoke: FAIL [$current] $what" >&2
        echo "--- stdout ---" >&2
        cat "$work/out" >&2
        echo "--- stderr ---" >&2
        cat "$work/err" >&2
        echo "--------------" >&2
    fi
}

out_has() { check "stdout contains '$1'" grep -qF -- "$1" "$work/out"; }
err_has() { check "stderr contains '$1'" grep -qF -- "$1" "$work/err"; }
err_lacks() { check "stderr does not contain '$1'" bash -c '! grep -qF -- "$1" "$2"' _ "$1" "$work/err"; }
out_empty() { check "stdout is empty" test ! -s "$work/out"; }

# Script step 200 over the API gateway: a header per host, then its log.
run "script step, gateway" 0 -- --base-url "$gateway" --biz 1 --job 100 --step 200 --host 0:10.0.0.1 --host 0:10.0.0.2
out_has "=== 0:10.0.0.1 (host id 101) ==="
out_has "=== 0:10.0.0.2 (host id 102) ==="
out_has "host-10-0-0-1"
out_has "host-10-0-0-2"
out_has "[PID:56875] job_success"

# File step 201 over the legacy ESB (credentials in the body), hosts from a file with comments, a user token.
printf '# the two test hosts\n0:10.0.0.1   # the download target\n\n0:10.0.0.2\n' >"$work/hosts.txt"
run "file step, esb, hosts file, token" 0 BK_USERNAME= BK_TOKEN=demo-token -- --base-url "$esb" --auth esb --scope-type biz --scope-id 1 --job 100 --step 201 --hosts-file "$work/hosts.txt"
out_has "=== 0:10.0.0.1 (host id 101) ==="
out_has "download success     0:10.0.0.2:/data/1.log -> 0:10.0.0.1:/tmp/1.log"
out_has "=== 0:10.0.0.2 (host id 102) ==="
out_has "upload   success     0:10.0.0.2:/data/1.log"

# File step 202: what bk-job's code can send (members null or absent): a host without IP, files from a file source.
run "file source step, host without ip" 0 -- --base-url "$gateway" --biz 1 --job 100 --step 202 --host-id 103
out_has "=== host 103 ==="
out_has "upload   pulling     file source testbucket/test.txt"
out_has "download downloading file source testbucket/test.txt -> host 103:/tmp/test.txt"
out_has "=== host (no id, no IP) ==="
run "file source step, json" 0 -- --base-url "$gateway" --biz 1 --job 100 --step 202 --host-id 103 --json
out_has '"ip": null'
out_has '"src": null'

# The same as JSON, by host ID, with one host the fake does not know.
run "file step, json, host ids" 0 -- --base-url "$gateway" --biz 1 --job 100 --step 201 --host-id 101 --host-id 102 --host-id 999 --json
out_has '"log_type_name": "file"'
out_has '"ip": "10.0.0.1"'
out_has '"ip": "10.0.0.2"'
out_has '"dest_path": "/tmp/1.log"'
out_has '"missing_host_ids": ['
err_has "no log returned for host id 999"

# An API error envelope: unknown step -> exit 3 with bk-job's code and a request id.
run "unknown step" 3 -- --base-url "$gateway" --biz 1 --job 100 --step 999 --host 0:10.0.0.1
err_has "API error: code 1244006"
err_has "(request id "
out_empty

# An HTTP error from the gateway: wrong secret -> HTTP 400, 1640001, exit 4; the secret is never printed.
run "wrong secret" 4 BK_APP_SECRET=not-the-secret-4f1d -- --base-url "$gateway" --biz 1 --job 100 --step 200 --host 0:10.0.0.1
err_has "HTTP error: HTTP 400, code 1640001 (INVALID_ARGS)"
err_has "(request id "
err_lacks "not-the-secret-4f1d"
out_empty

# Validation by the generated client before sending -> exit 2, every problem listed.
run "invalid request" 2 -- --base-url "$gateway" --biz 1 --job 0 --step 200 --host 0:10.0.0.300
err_has "job_instance_id: must be at least 1"
err_has "ip_list[0].ip: must be an IPv4 or IPv6 address"

# Usage errors -> exit 2.
run "unknown flag" 2 -- --base-url "$gateway" --biz 1 --job 100 --step 200 --host 0:10.0.0.1 --no-such-flag
err_has "--no-such-flag"
run "missing credentials" 2 BK_APP_SECRET= -- --base-url "$gateway" --biz 1 --job 100 --step 200 --host 0:10.0.0.1
err_has "set BK_APP_SECRET"

# Nothing listens on port 1 -> transport error, exit 6.
run "connection refused" 6 -- --base-url "http://127.0.0.1:1/" --biz 1 --job 100 --step 200 --host 0:10.0.0.1
err_has "transport error"

# `run`: a script on hosts by ID through the gateway, streamed per host, waited for with backoff.
printf 'hostname\n' >"$work/script.sh"
run "run, host ids" 0 -- run --base-url "$gateway" --biz 1 --script "$work/script.sh" --host-id 1 --host-id 2
out_has "=== 10.0.0.1 (host id 1): success, exit 0 ==="
out_has "=== 10.0.0.2 (host id 2): success, exit 0 ==="
out_has "+ hostname"
err_has "job 1000 started on 2 host(s)"
err_has "2 of 2 host(s) succeeded, 0 failed"

# `run` on every host of business 1, listed by the paged CMDB client, over the ESB, as JSON.
run "run, cmdb all hosts, esb, json" 0 -- run --base-url "$esb" --auth esb --biz 1 --script "$work/script.sh" --all-hosts --json
out_has '"succeeded": 12'
out_has '"failed": 0'
out_has '"status_name": "Success"'

# `run` on the hosts of two CMDB modules, by IP.
run "run, cmdb modules" 0 -- run --base-url "$gateway" --cmdb-url "$esb" --biz 1 --script "$work/script.sh" --module 3 --module 5
out_has "=== 10.0.0.3 (host id 3): success, exit 0 ==="
out_has "=== 10.0.0.5 (host id 5): success, exit 0 ==="
err_has "2 of 2 host(s) succeeded"

# A job that never ends (the fake's "sleep infinity") past its deadline: exit 8, and the job is terminated when asked.
printf 'sleep infinity\n' >"$work/forever.sh"
run "run, deadline" 8 -- run --base-url "$gateway" --biz 1 --script "$work/forever.sh" --host 0:10.0.0.9 --deadline 1 --terminate-on-abandon
err_has "deadline passed"
err_has "it was terminated"

# Usage: no hosts at all -> exit 2.
run "run, no hosts" 2 -- run --base-url "$gateway" --biz 1 --script "$work/script.sh"
err_has "no hosts"

# `joblogs demo run` brings its own fake bk-job and CMDB: a failing host gives exit 7.
current="demo run"
set +e
env -u BK_APP_CODE -u BK_APP_SECRET -u BK_USERNAME -u BK_TOKEN timeout 60 "$bin" demo run --fail-host 3 >"$work/out" 2>"$work/err"
rc=$?
set -e
check "exit code $rc, expected 7" test "$rc" -eq 7
out_has "=== 10.0.0.3 (host id 3): failed (ScriptNonZeroExit), exit 1 ==="
err_has "11 of 12 host(s) succeeded, 1 failed"

# `joblogs demo` starts its own fake in-process: no variables at all.
current="demo"
set +e
env -u BK_APP_CODE -u BK_APP_SECRET -u BK_USERNAME -u BK_TOKEN timeout 60 "$bin" demo --step 201 >"$work/out" 2>"$work/err"
rc=$?
set -e
check "exit code $rc, expected 0" test "$rc" -eq 0
out_has "download success     0:10.0.0.2:/data/1.log -> 0:10.0.0.1:/tmp/1.log"

if [[ $failed -gt 0 ]]; then
    echo "aot-smoke: FAILED: $failed of $((passed + failed)) checks failed" >&2
    exit 1
fi
echo "aot-smoke: OK, all $passed checks passed"
