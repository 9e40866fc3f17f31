#!/usr/bin/env bash
# Trimming at scale (issues 14 and 15): a NativeAOT app that calls one operation (jobv3 get_job_instance_status), built
# once with only that operation's spec (and the shared definitions it uses) and once with every spec of the repository
# (specs/jobv3, specs/cc, specs/jobv4: each system in its own namespace), published with PublishAot; prints both
# executables' sizes, the ratio, and the IL warning count of each publish (must be 0).
#   bash benchmarks/scripts/aot-scale.sh
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/bkapigen-aot-scale.XXXXXX")"
trap 'rm -rf "$work"' EXIT
# shellcheck source=consumer-project.sh
source "$repo/benchmarks/scripts/consumer-project.sh"

make_app() { # name, spec items
  local dir="$work/$1"
  write_consumer_project "$dir" "$1" Exe "$2"
  cat >"$dir/Program.cs" <<'CS'
using BkApiGen.Runtime;
using BkApiGen.Runtime.Auth;
using Scale.JobV3;

// One operation, reachable: the trimmer keeps what it needs and nothing of the other operations.
var client = new JobV3Client(new HttpClient(), new BkApiClientOptions
{
    BaseAddress = new Uri("http://127.0.0.1:1/"),
    Credentials = BkCredentials.ForUser("app", "secret", "admin"),
});
if (args.Length == 1)
{
    var status = await client.GetJobInstanceStatusAsync(new GetJobInstanceStatusRequest { BizId = 2, JobInstanceId = long.Parse(args[0]) });
    Console.WriteLine(status.Finished);
}
else
{
    Console.WriteLine("ok");
}
CS
  dotnet publish "$dir" -c Release -r linux-x64 -p:PublishAot=true -o "$dir/out" -nologo -tl:off >"$dir/publish.log" 2>&1 || { cat "$dir/publish.log"; exit 1; }
  "$dir/out/$1" >/dev/null
  echo "$(stat -c %s "$dir/out/$1") $(grep -cE 'warning IL[23][0-9]{3}' "$dir/publish.log" || true)"
}

one="$(make_app OneSpec "    <BkApiSpec Include=\"$repo/specs/jobv3/get_job_instance_status.bkapi.json;$repo/specs/jobv3/common.bkapi.json\" Namespace=\"Scale.JobV3\" />")"
all="$(make_app AllSpecs "$(all_spec_items)")"
specs=$(ls "$repo"/specs/{jobv3,cc,jobv4}/*.bkapi.json | wc -l)
read -r one_size one_warnings <<<"$one"
read -r all_size all_warnings <<<"$all"
echo "one operation's spec: $one_size bytes ($one_warnings IL warnings)"
echo "all $specs specs:      $all_size bytes ($all_warnings IL warnings)"
awk -v a="$all_size" -v o="$one_size" 'BEGIN { printf "ratio all / one: %.3fx\n", a / o }'
