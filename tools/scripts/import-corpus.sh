#!/usr/bin/env bash
# Measures whole-system import over the reference corpus: for every ESB system of ../shared/reference/corpus/esb and
# bk-job's API gateway set, runs `bkapigen import DIR -o OUT`, then builds the system's specs in one throw-away project
# (the generator from this repository, one namespace per system) and prints one line per system:
#   system  docs  imported  refused  usable (imported, in no spec with an error, % of docs)  crash  compiled (yes, or the errors and the specs they are in)
# Usage: tools/scripts/import-corpus.sh [CORPUS] [WORKDIR]   (defaults: ../shared/reference/corpus, a new temp folder)
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
corpus="$(cd "${1:-$repo/../shared/reference/corpus}" && pwd)"
work="${2:-$(mktemp -d -t bkapigen-corpus.XXXXXX)}"
mkdir -p "$work"

dotnet build "$repo/tools/BkApiGen.Cli/BkApiGen.Cli.csproj" -v q -nologo -clp:NoSummary >/dev/null
cli="$repo/tools/BkApiGen.Cli/bin/Debug/net10.0/bkapigen"

# name|folder|extra import options
systems=()
for dir in "$corpus"/esb/*/; do
  systems+=("$(basename "$dir")|$dir|")
done
systems+=("bk-job-apigw|$corpus/bk-job-apigw/v3|--system jobv3")

printf '%-14s %5s %9s %8s %8s %6s  %s\n' system docs imported refused usable crash compiled
total_docs=0; total_ok=0
for entry in "${systems[@]}"; do
  IFS='|' read -r name dir options <<<"$entry"
  out="$work/specs/$name"; build="$work/build/$name"
  rm -rf "$out" "$build"; mkdir -p "$out" "$build"
  # shellcheck disable=SC2086
  code=0
  summary="$("$cli" import "$dir" -o "$out" $options 2>"$work/$name.import.log")" || code=$?
  # A crash: any exit but 0 and 2, a stack trace from the importer, or the generator failing inside the compiler (CS8785).
  crash=no
  if [[ "$code" -ne 0 && "$code" -ne 2 ]] || grep -q '^   at ' "$work/$name.import.log"; then crash="importer (exit $code)"; fi
  imported="$(sed -n 's/^\([0-9]*\) imported, \([0-9]*\) refused.*/\1/p' <<<"$summary")"
  refused="$(sed -n 's/^\([0-9]*\) imported, \([0-9]*\) refused.*/\2/p' <<<"$summary")"
  if [[ -z "$imported" ]]; then
    printf '%-14s %5s %9s %8s %8s %6s  %s\n' "$name" - - - - "$crash" "import failed: $(head -1 "$work/$name.import.log")"
    continue
  fi
  docs=$((imported + refused))
  namespace="Probe.$(tr -c 'A-Za-z0-9\n' '_' <<<"$name")"
  cat >"$build/Probe.csproj" <<PROJ
<Project Sdk="Microsoft.NET.Sdk">
  <Import Project="$repo/generator/BkApiGen.Generator/build/BkApiGen.Generator.props" />
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <RootNamespace>Probe</RootNamespace>
    <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
  </PropertyGroup>
  <ItemGroup>
    <BkApiSpec Include="$out/*.bkapi.json" Namespace="$namespace" />
  </ItemGroup>
  <ItemGroup>
    <ProjectReference Include="$repo/generator/BkApiGen.Generator/BkApiGen.Generator.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
    <ProjectReference Include="$repo/runtime/BkApiGen.Runtime/BkApiGen.Runtime.csproj" />
  </ItemGroup>
  <Import Project="$repo/generator/BkApiGen.Generator/build/BkApiGen.Generator.targets" />
</Project>
PROJ
  dotnet build "$build/Probe.csproj" -v q -nologo -clp:NoSummary >"$work/$name.build.log" 2>&1 || true
  # One line per distinct error; the spec an error is in: the .bkapi.json it names, or the operation of the generated
  # file ({Namespace}.{Operation}.{Part}.g.cs), compared without case and underscores.
  # A C# warning in generated code counts as an error: users build with TreatWarningsAsErrors (BKGEN warnings do not).
  grep -E ': (error [A-Z]+[0-9]+|warning CS[0-9]+)' "$work/$name.build.log" | sed 's/ \[.*\]$//' | sort -u >"$work/$name.errors" || true
  errors="$(wc -l <"$work/$name.errors")"
  if grep -qE 'CS8785|AD0001' "$work/$name.build.log"; then crash="generator"; fi
  broken="$( { grep -oE '[A-Za-z0-9_]+\.bkapi\.json' "$work/$name.errors" | sed -E 's/\.bkapi\.json$//'
               grep -oE '\.[A-Za-z0-9]+\.[A-Za-z]+\.g\.cs' "$work/$name.errors" | sed -E 's/^\.([A-Za-z0-9]+)\..*/\1/'; } \
             | tr -d '_' | tr 'A-Z' 'a-z' | sort -u | wc -l || true)"
  if [[ "$errors" -eq 0 ]]; then
    compiled="yes"; ok="$imported"
  else
    compiled="no: $errors errors in $broken specs"; ok=$((imported > broken ? imported - broken : 0))
  fi
  total_docs=$((total_docs + docs)); total_ok=$((total_ok + ok))
  printf '%-14s %5s %9s %8s %7s%% %6s  %s\n' "$name" "$docs" "$imported" "$refused" "$((docs > 0 ? 100 * ok / docs : 0))" "$crash" "$compiled"
done
# usable: docs whose spec imported and is in no file with an error, of all docs.
printf '%-14s %5s %9s %8s %7s%%\n' total "$total_docs" "" "" "$((total_docs > 0 ? 100 * total_ok / total_docs : 0))"
echo "logs and specs: $work"
