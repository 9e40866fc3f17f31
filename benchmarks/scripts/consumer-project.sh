# Sourced by the scale scripts of this folder: writes a throw-away consumer project that uses the generator as a user's
# project does (the generator as an analyzer, the runtime, the build props/targets of the package), outside the
# repository and with empty Directory.*.props beside it, so that the repository's own settings stay out.
#
#   write_consumer_project DIR NAME OUTPUT_TYPE SPEC_ITEMS
#     DIR          the project folder (created)
#     NAME         the project (and assembly) name: DIR/NAME.csproj
#     OUTPUT_TYPE  Library or Exe
#     SPEC_ITEMS   the <BkApiSpec .../> lines of the project
# Needs $repo (the repository root). The caller writes the sources (Program.cs, ...).

write_consumer_project() {
  local dir="$1" name="$2" output_type="$3" spec_items="$4"
  mkdir -p "$dir"
  cat >"$dir/$name.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <Import Project="$repo/generator/BkApiGen.Generator/build/BkApiGen.Generator.props" />
  <PropertyGroup>
    <OutputType>$output_type</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <InvariantGlobalization>true</InvariantGlobalization>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
  </PropertyGroup>
  <ItemGroup>
$spec_items
  </ItemGroup>
  <ItemGroup>
    <ProjectReference Include="$repo/generator/BkApiGen.Generator/BkApiGen.Generator.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
    <ProjectReference Include="$repo/runtime/BkApiGen.Runtime/BkApiGen.Runtime.csproj" />
  </ItemGroup>
  <Import Project="$repo/generator/BkApiGen.Generator/build/BkApiGen.Generator.targets" />
</Project>
XML
  # Keep the repository's Directory.*.props out: this stands for a user's project.
  echo '<Project />' >"$dir/Directory.Build.props"
  echo '<Project />' >"$dir/Directory.Packages.props"
}

# The BkApiSpec items of every spec in the repository (or in a copy of its specs/ folder): one namespace (and client)
# per system.
#   all_spec_items [SPECS_DIR]     (default: $repo/specs)
all_spec_items() {
  local specs="${1:-$repo/specs}"
  cat <<XML
    <BkApiSpec Include="$specs/jobv3/*.bkapi.json" Namespace="Scale.JobV3" />
    <BkApiSpec Include="$specs/cc/*.bkapi.json" Namespace="Scale.Cc" />
    <BkApiSpec Include="$specs/jobv4/*.bkapi.json" Namespace="Scale.JobV4" />
XML
}
