using System.Text.RegularExpressions;

namespace BkApiGen.Cli.Import.Sets;

/// <summary>
/// Finds out what kind of folder was given, reads its registry, and pairs every registered operation with its docs by
/// name (file names trimmed: <c>update_script_basic .md</c> is <c>update_script_basic</c>). A registered operation
/// without a doc and a doc the registry does not list are a warning each; the unlisted doc is still imported, with the
/// path the single-doc importer guesses.
/// </summary>
internal static partial class DocSetLocator
{
    private static readonly string[] DocSuffixes = { ".md.j2", ".md", ".markdown" };

    [GeneratedRegex(@"^[a-z][a-z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex SystemName();

    /// <param name="system">The <c>--system</c> option: required for a gateway folder, which does not name its system.</param>
    /// <param name="only">Only the operations whose path starts with this (e.g. <c>/api/v4/</c>).</param>
    /// <param name="gateway">
    /// With an ESB folder: the API gateway definition of the same system. An operation both list gets the gateway's path,
    /// method (the method a spec states is the gateway's; the ESB is always called with POST) and authConfig.
    /// </param>
    public static DocSet Locate(string folder, string? system, string? only, string? gateway = null)
    {
        var root = Path.GetFullPath(folder);
        var warnings = new List<SetWarning>();
        var resources = Path.Combine(root, GatewayResources.FileName);
        DocSetKind kind;
        IReadOnlyList<RegisteredOperation> registered;
        string? mainDocs;
        string? englishDocs;
        if (File.Exists(resources))
        {
            kind = DocSetKind.Gateway;
            registered = GatewayResources.Read(root, resources, warnings);
            mainDocs = FirstFolder(root, "apidocs/zh", "apidocs/zh_hans", "zh", "zh_hans");
            englishDocs = FirstFolder(root, "apidocs/en", "en");
        }
        else
        {
            var registries = Directory.EnumerateFiles(root, "*.yaml").Concat(Directory.EnumerateFiles(root, "*.yml")).Order(StringComparer.Ordinal).ToList();
            if (registries.Count == 0)
            {
                throw new RegistryException(new SourceLocation(folder, 0),
                    "neither an API gateway folder (resources.yaml) nor an ESB component folder (a <system>.yaml registry beside zh_hans/ and en/).");
            }

            kind = DocSetKind.Esb;
            registered = EsbRegistry.Read(root, registries, warnings);
            mainDocs = FirstFolder(root, "apidocs/zh_hans", "zh_hans", "apidocs/zh", "zh");
            englishDocs = FirstFolder(root, "apidocs/en", "en");
        }

        system ??= kind == DocSetKind.Esb ? EsbSystem(registered) : null;
        if (system is null)
        {
            throw new RegistryException(new SourceLocation(Path.GetFileName(resources), 0),
                "an API gateway definition does not name the BlueKing system its operations belong to: pass --system (for example --system jobv3).");
        }

        if (!SystemName().IsMatch(system))
        {
            throw new RegistryException(new SourceLocation(folder, 0), $"'{system}' is not a system name (lower case letters, digits and '_'): pass --system.");
        }

        if (mainDocs is null)
        {
            throw new RegistryException(new SourceLocation(folder, 0),
                kind == DocSetKind.Gateway ? "no apidocs/zh/ folder with the docs." : "no zh_hans/ (or apidocs/zh_hans/) folder with the docs.");
        }

        var docs = Docs(root, mainDocs, warnings);
        var english = englishDocs is null ? new Dictionary<string, string>(StringComparer.Ordinal) : Docs(root, englishDocs, warnings);
        var common = new[] { Path.Combine(mainDocs, "common.md"), Path.Combine(root, "common.md") }.Where(File.Exists).Take(1).ToList();
        docs.Remove("common");

        var byName = new Dictionary<string, RegisteredOperation>(StringComparer.Ordinal);
        foreach (var operation in registered)
        {
            if (only is not null && !(operation.GatewayPath ?? operation.EsbPath ?? "").StartsWith(only, StringComparison.Ordinal))
            {
                continue;
            }

            if (!byName.TryAdd(operation.Name, operation))
            {
                warnings.Add(new SetWarning(operation.Location, $"'{operation.Name}' is registered twice (first at {byName[operation.Name].Location}): the first is used."));
            }
        }

        if (gateway is not null)
        {
            if (kind == DocSetKind.Gateway)
            {
                throw new RegistryException(new SourceLocation(folder, 0), "--gateway goes with an ESB component folder: this folder is an API gateway definition itself.");
            }

            WithGateway(byName, Path.GetFullPath(gateway), warnings);
        }

        var entries = new List<DocSetEntry>();
        var withoutDoc = 0;
        foreach (var operation in byName.Values.OrderBy(o => o.Name, StringComparer.Ordinal))
        {
            if (!docs.TryGetValue(operation.Name, out var doc))
            {
                withoutDoc++;
                warnings.Add(new SetWarning(operation.Location, $"'{operation.Name}' is registered but has no doc in {Path.GetRelativePath(root, mainDocs)}/: no spec written."));
                continue;
            }

            entries.Add(new DocSetEntry(operation.Name, operation, doc, english.GetValueOrDefault(operation.Name)));
        }

        if (only is null)
        {
            foreach (var (name, doc) in docs.Where(d => !byName.ContainsKey(d.Key)).OrderBy(d => d.Key, StringComparer.Ordinal))
            {
                warnings.Add(new SetWarning(new SourceLocation(Path.GetRelativePath(root, doc).Replace('\\', '/'), 0),
                    $"no registry entry names '{name}': imported with the path the doc gives or the importer guesses; register it to give its real path and method."));
                entries.Add(new DocSetEntry(name, null, doc, english.GetValueOrDefault(name)));
            }
        }

        return new DocSet(kind, root, system, OperationNames(entries), common, warnings, withoutDoc);
    }

    private static void WithGateway(Dictionary<string, RegisteredOperation> byName, string gateway, List<SetWarning> warnings)
    {
        var resources = Path.Combine(gateway, GatewayResources.FileName);
        if (!File.Exists(resources))
        {
            throw new RegistryException(new SourceLocation(gateway, 0), "--gateway: no resources.yaml in this folder.");
        }

        var byId = new Dictionary<string, RegisteredOperation>(StringComparer.Ordinal);
        foreach (var resource in GatewayResources.Read(gateway, resources, warnings))
        {
            byId.TryAdd(resource.Name, resource);
        }

        foreach (var name in byName.Keys.ToList())
        {
            if (byId.TryGetValue(name, out var resource))
            {
                byName[name] = byName[name] with { GatewayPath = resource.GatewayPath, Method = resource.Method, Auth = resource.Auth };
            }
        }
    }

    private static string? FirstFolder(string root, params string[] candidates)
        => candidates.Select(c => Path.Combine(root, c)).FirstOrDefault(Directory.Exists);

    /// <summary>Docs by trimmed name; partials (<c>_generic_*.md.j2</c>) are not docs.</summary>
    private static Dictionary<string, string> Docs(string root, string folder, List<SetWarning> warnings)
    {
        var docs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            var fileName = Path.GetFileName(file);
            var suffix = DocSuffixes.FirstOrDefault(s => fileName.EndsWith(s, StringComparison.OrdinalIgnoreCase));
            if (suffix is null || fileName.StartsWith('_'))
            {
                continue;
            }

            var name = fileName[..^suffix.Length].Trim();
            if (!docs.TryAdd(name, file))
            {
                warnings.Add(new SetWarning(new SourceLocation(Path.GetRelativePath(root, file).Replace('\\', '/'), 0),
                    $"a second doc named '{name}' (the first is {Path.GetFileName(docs[name])}): ignored."));
            }
        }

        return docs;
    }

    /// <summary>The system most registry paths name (<c>/v2/cc/...</c> → <c>cc</c>; the file may be called otherwise).</summary>
    private static string? EsbSystem(IReadOnlyList<RegisteredOperation> registered)
        => registered.Where(o => o.EsbPath is not null).Select(o => EsbRegistry.SystemOf(o.EsbPath!))
            .Where(s => s is not null).GroupBy(s => s!, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).FirstOrDefault();

    /// <summary>
    /// bk-job names its v4 resources <c>v4_&lt;operation&gt;</c>: the prefix goes when the path is <c>/api/v4/</c> and no other
    /// operation of the set has the plain name (importing only /api/v4/ gives <c>fast_execute_script</c>; the whole
    /// gateway keeps <c>v4_fast_execute_script</c> beside v3's <c>fast_execute_script</c>).
    /// </summary>
    private static List<DocSetEntry> OperationNames(List<DocSetEntry> entries)
    {
        var names = entries.Select(e => e.Operation).ToHashSet(StringComparer.Ordinal);
        return entries.Select(e => e.Registered is { IsV4: true } && e.Operation.StartsWith("v4_", StringComparison.Ordinal) && !names.Contains(e.Operation[3..])
                ? e with { Operation = e.Operation[3..] }
                : e)
            .OrderBy(e => e.Operation, StringComparer.Ordinal)
            .ToList();
    }
}
