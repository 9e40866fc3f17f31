#!/usr/bin/env bash
# Imports every doc of the real BlueKing corpus one by one and tallies the outcome:
# per system how many docs import (exit 0), are refused (exit 2) or crash (any other exit code or a stack trace),
# and the refusals grouped by the shape of their error message (quoted names and numbers blanked out).
#
# usage: tools/scripts/measure-docs.sh [--compile] [CORPUS_DIR] [OUT_DIR]
#   --compile   also build each doc set's imported specs with the generator (one project per set, one namespace per
#               spec, so only per-spec problems count) and tally BKGEN / CS errors per set
#   CORPUS_DIR  default ../shared/reference/corpus (esb/<system>/{zh_hans,en}/ and bk-job-apigw/v3/apidocs/{zh,en}/)
#   OUT_DIR     default /tmp/bkapigen-measure (specs, per-doc stderr, summary.txt)
# Builds the CLI once and runs its dll directly. Gateway docs whose only error is an unresolved
# {% include %} are counted apart ("include"): resolving the partials belongs to the whole-system import.
set -uo pipefail

compile=0
if [[ "${1:-}" == --compile ]]; then compile=1; shift; fi
repo="$(cd "$(dirname "$0")/../.." && pwd)"
corpus="${1:-$repo/../shared/reference/corpus}"
out="${2:-/tmp/bkapigen-measure}"
rm -rf "$out" && mkdir -p "$out"

dotnet build "$repo/tools/BkApiGen.Cli/BkApiGen.Cli.csproj" -nologo -v q >"$out/build.log" 2>&1 || { cat "$out/build.log"; exit 1; }
dll="$repo/tools/BkApiGen.Cli/bin/Debug/net10.0/bkapigen.dll"

# The registry yaml of an ESB system: "name<TAB>method" per API (dest_http_method is the backend's; the ESB
# component is called with suggest_method).
registry_methods() {
    awk '/^- path:|^-  *path:/ { name = ""; method = "" }
         /^ *name:/ { name = $2 }
         /^ *suggest_method:/ { method = $2; if (name != "") print name "\t" method }' "$@" 2>/dev/null
}

# Blank out what differs between two errors of the same kind: file names, quoted text, numbers.
shape() {
    sed -E -e 's/^error: [^:]*(:[0-9]+)?: //' -e "s/'[^']*'/'…'/g" -e 's/[0-9]+/N/g' -e 's/\([^()]*N[^()]*\)/(…)/g'
}

run_doc() { # system label zh en common method
    local system="$1" label="$2" zh="$3" en="$4" common="$5" method="$6"
    local base; base="$(basename "$zh")"; base="${base%.md}"; base="${base%.md.j2}"; base="${base// /_}"
    local args=(import "$zh" --system "$system" -o "$out/$label/$base.bkapi.json")
    [[ -n "$en" && -f "$en" ]] && args+=(--english "$en")
    [[ -n "$common" ]] && args+=(--common "$common")
    [[ -n "$method" ]] && args+=(--method "$method")
    mkdir -p "$out/$label"
    dotnet "$dll" "${args[@]}" >/dev/null 2>"$out/$label/$base.stderr"
    local rc=$?
    local err="$out/$label/$base.stderr"
    if [[ $rc -ne 0 && $rc -ne 2 ]] || grep -q '   at ' "$err"; then
        echo "crash	$label	$base	$(head -1 "$err")"
    elif [[ $rc -eq 0 ]]; then
        echo "ok	$label	$base	$(grep -c '^WARNING' "$err")"
    elif grep '^error:' "$err" | grep -qv -e 'a partial the doc includes'; then
        echo "refused	$label	$base	$(grep -m1 '^error:' "$err")"
    else
        echo "include	$label	$base	$(grep -m1 '^error:' "$err")"
    fi
}

results="$out/results.tsv"
: >"$results"
for dir in "$corpus"/esb/*/; do
    system="$(basename "$dir")"
    common=""
    [[ -f "$dir/zh_hans/common.md" ]] && common="$dir/zh_hans/common.md"
    declare -A methods=()
    while IFS=$'\t' read -r name method; do methods["$name"]="$method"; done < <(registry_methods "$dir"/*.yaml)
    for zh in "$dir"/zh_hans/*.md; do
        file="$(basename "$zh")"
        [[ "$file" == common.md ]] && continue
        key="${file%.md}"; key="${key%"${key##*[![:space:]]}"}"
        en="$dir/en/$file"; [[ -f "$en" ]] || en="$dir/en/$key.md"
        run_doc "$system" "esb/$system" "$zh" "$en" "$common" "${methods[$key]:-}" >>"$results"
    done
    unset methods
done

gw="$corpus/bk-job-apigw/v3/apidocs"
if [[ -d "$gw/zh" ]]; then
    for zh in "$gw"/zh/*.md.j2; do
        file="$(basename "$zh")"
        [[ "$file" == _* ]] && continue # partials, included by the others
        run_doc jobv3 apigw/jobv3 "$zh" "$gw/en/$file" "" "" >>"$results"
    done
fi

{
    echo "== per doc set: ok / refused / include-only / crash (of total)"
    awk -F'\t' '{ n[$2]++; c[$2 FS $1]++ } END { for (s in n) printf "%-14s %4d ok %4d refused %4d include %3d crash  of %4d\n", s, c[s FS "ok"], c[s FS "refused"], c[s FS "include"], c[s FS "crash"], n[s] }' "$results" | sort
    awk -F'\t' '{ n++; c[$1]++ } END { printf "%-14s %4d ok %4d refused %4d include %3d crash  of %4d\n", "all", c["ok"], c["refused"], c["include"], c["crash"], n }' "$results"
    echo
    echo "== refusals and crashes by message shape (count, shape, first example)"
    awk -F'\t' '$1 == "refused" || $1 == "crash" { print $4 "\t" $2 "/" $3 }' "$results" | while IFS=$'\t' read -r msg where; do
        printf '%s\t%s\t%s\n' "$(printf '%s' "$msg" | shape)" "$where" "$msg"
    done | sort | awk -F'\t' '{ n[$1]++; if (!($1 in ex)) ex[$1] = $2 } END { for (s in n) printf "%4d  %s  [e.g. %s]\n", n[s], s, ex[s] }' | sort -k1,1nr -k2
} | tee "$out/summary.txt"

[[ $compile -eq 1 ]] || exit 0

# One project per doc set: every imported spec in its own namespace, the generator as an analyzer.
echo
echo "== generated code per doc set: specs with generator (BKGEN) or compiler (CS) errors"
for set in "$out"/esb/* "$out"/apigw/*; do
    [[ -d "$set" ]] || continue
    label="${set#"$out"/}"
    project="$out/compile/${label//\//_}"
    mkdir -p "$project"
    {
        echo '<Project Sdk="Microsoft.NET.Sdk">'
        echo "  <Import Project=\"$repo/generator/BkApiGen.Generator/build/BkApiGen.Generator.props\" />"
        echo '  <PropertyGroup><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable><ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally></PropertyGroup>'
        echo '  <ItemGroup>'
        for spec in "$set"/*.bkapi.json; do
            name="$(basename "$spec" .bkapi.json)"
            echo "    <BkApiSpec Include=\"$spec\" Namespace=\"Check.N_$name\" />"
        done
        echo '  </ItemGroup>'
        echo "  <ItemGroup><ProjectReference Include=\"$repo/generator/BkApiGen.Generator/BkApiGen.Generator.csproj\" OutputItemType=\"Analyzer\" ReferenceOutputAssembly=\"false\" /><ProjectReference Include=\"$repo/runtime/BkApiGen.Runtime/BkApiGen.Runtime.csproj\" /></ItemGroup>"
        echo "  <Import Project=\"$repo/generator/BkApiGen.Generator/build/BkApiGen.Generator.targets\" />"
        echo '</Project>'
    } >"$project/Check.csproj"
    dotnet build "$project/Check.csproj" -nologo -v q >"$project/build.log" 2>&1
    errors="$(grep -E ': error (BKGEN|CS)[0-9]+' "$project/build.log" | sed -E 's/ \[[^]]*\]$//' | sort -u)"
    specs="$(printf '%s\n' "$errors" | grep -oE '([A-Za-z0-9_]+)\.bkapi\.json|N_[A-Za-z0-9_]+' | sed -E 's/\.bkapi\.json$//; s/^N_//' | sort -u | grep -c . || true)"
    printf '%-14s %4d specs, %3d with errors\n' "$label" "$(ls "$set"/*.bkapi.json 2>/dev/null | wc -l)" "$specs"
    printf '%s\n' "$errors" | grep . | sed -E 's/^[^:]*\/([^/]*): error/  \1: error/' | cut -c1-220 | head -20
done | tee -a "$out/summary.txt"
