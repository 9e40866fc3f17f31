#!/usr/bin/env bash
# Re-imports the specs the repository ships from the reference corpus (see docs/import.md):
#   specs/cc     every CMDB doc that imports (ESB component folder esb/cc)
#   specs/jobv3  bk-job v3 from the ESB docs, beside the nine hand-written specs and their common.bkapi.json (kept),
#                then the gateway's v3 resources the ESB docs lack (--add-only)
#   specs/jobv4  bk-job's /api/v4/ gateway resources, beside the hand-written v4 spec (kept)
# Refused docs (exit 2) write nothing and are listed; everything written must build (the solution's tests compile
# every spec of specs/ with the generator).
# Usage: tools/scripts/ship-specs.sh [CORPUS]   (default: ../shared/reference/corpus)
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
corpus="$(cd "${1:-$repo/../shared/reference/corpus}" && pwd)"
dotnet build "$repo/tools/BkApiGen.Cli/BkApiGen.Cli.csproj" -v q -nologo -clp:NoSummary >/dev/null
cli="$repo/tools/BkApiGen.Cli/bin/Debug/net10.0/bkapigen"

run() {
  local code=0
  "$cli" import "$@" 2> >(grep -E '^(error|kept|added)' >&2) || code=$?
  if [[ "$code" -ne 0 && "$code" -ne 2 ]]; then
    echo "bkapigen import $* failed with exit $code" >&2
    exit 1
  fi
}

run "$corpus/esb/cc" -o "$repo/specs/cc"
run "$corpus/esb/jobv3" -o "$repo/specs/jobv3" --gateway "$corpus/bk-job-apigw/v3"
# bk-job's gateway-only v3 resources (and its system_* ones), beside those the ESB docs gave.
run "$corpus/bk-job-apigw/v3" -o "$repo/specs/jobv3" --system jobv3 --only /api/v3/ --add-only
run "$corpus/bk-job-apigw/v3" -o "$repo/specs/jobv4" --system jobv4 --only /api/v4/

# What the generator cannot take yet is imported but not shipped (specs/<system>/unshipped.txt says why).
for list in "$repo"/specs/*/unshipped.txt; do
  [[ -e "$list" ]] || continue
  sed -e 's/#.*//' -e 's/[[:space:]]*$//' "$list" | while read -r operation; do
    if [[ -n "$operation" ]]; then rm -f "$(dirname "$list")/$operation.bkapi.json"; fi
  done
done
