using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using BkApiGen.Cli.Check;
using BkApiGen.Cli.Import;
using BkApiGen.Cli.Import.Sets;
using BkApiGen.Cli.Markdown;

namespace BkApiGen.Cli;

/// <summary>The <c>bkapigen</c> command line: <c>import</c> and <c>check</c>. Exit codes: 0 fine, 1 drift, 2 bad input.</summary>
internal static class Cli
{
    public const int Ok = 0;
    public const int Drift = 1;
    public const int BadInput = 2;

    internal static readonly JsonSerializerOptions WriteOptions = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("bkapigen: turn BlueKing API markdown docs into *.bkapi.json specs, and tell when a doc and a spec drift apart.");

        var importDoc = new Argument<FileSystemInfo>("DOC") { Description = "The API doc (markdown): rendered BKDocs, ESB template, API gateway or English flavour. Or a folder: an ESB component folder (<system>.yaml, zh_hans/, en/) or an API gateway definition (resources.yaml, apidocs/zh/, apidocs/en/), imported whole." };
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Where to write the spec (default: standard output); for a folder, the folder to write the specs to." };
        var system = new Option<string?>("--system") { Description = "The BlueKing system (e.g. jobv3), when the doc's path or the registry does not say it." };
        var only = new Option<string?>("--only") { Description = "With a folder: import only the operations whose path starts with this (e.g. /api/v4/)." };
        var addOnly = new Option<bool>("--add-only") { Description = "With a folder: keep every spec already in the output folder, imported ones too, and import only the operations it lacks (a second doc set of the same system)." };
        var gatewayFolder = new Option<DirectoryInfo?>("--gateway") { Description = "With an ESB component folder: the API gateway definition (resources.yaml) of the same system; operations it lists get its path and method." };
        var operation = new Option<string?>("--operation") { Description = "The operation name (default: from the request path, else the file name)." };
        var method = new Option<string?>("--method") { Description = "The HTTP method, when the doc does not state it (default POST)." };
        var gatewayPath = new Option<string?>("--gateway-path") { Description = "The API gateway path (e.g. /api/v3/get_job_instance_status)." };
        var esbPath = new Option<string?>("--esb-path") { Description = "The ESB path (e.g. /api/c/compapi/v2/jobv3/get_job_instance_status/)." };
        var english = new Option<FileInfo?>("--english") { Description = "The English version of the doc: English descriptions and enum member names." };
        var common = new Option<FileInfo[]>("--common") { Description = "Docs with shared definitions (bk-job's common.md). ESB template docs pick up a common.md next to them by themselves.", AllowMultipleArgumentsPerToken = true };
        var import = new Command("import", "Import a doc: write its spec, and list on standard error what had to be guessed (WARNING file:line: ...).")
        {
            importDoc, output, system, operation, method, gatewayPath, esbPath, english, common, only, gatewayFolder, addOnly,
        };
        import.SetAction(result => result.GetValue(importDoc) is DirectoryInfo folder
            ? ImportFolder(folder, result, output, system, only, gatewayFolder, addOnly, new Option[] { operation, method, gatewayPath, esbPath, english, common }, stdout, stderr)
            : Import(
            (FileInfo)result.GetValue(importDoc)!,
            result.GetValue(output),
            new ImportOptions
            {
                System = result.GetValue(system),
                Operation = result.GetValue(operation),
                Method = result.GetValue(method),
                GatewayPath = result.GetValue(gatewayPath),
                EsbPath = result.GetValue(esbPath),
            },
            result.GetValue(english),
            result.GetValue(common) ?? Array.Empty<FileInfo>(),
            stdout,
            stderr));

        var checkDoc = new Argument<FileInfo>("DOC") { Description = "The API doc (markdown)." };
        var checkSpec = new Argument<FileInfo>("SPEC") { Description = "The spec (*.bkapi.json) to compare with." };
        var checkEnglish = new Option<FileInfo?>("--english") { Description = "The English version of the doc." };
        var checkCommon = new Option<FileInfo[]>("--common") { Description = "Docs with shared definitions (common.md).", AllowMultipleArgumentsPerToken = true };
        var showWarnings = new Option<bool>("--warnings") { Description = "Also list what the import of the doc had to guess." };
        var check = new Command("check", "Report drift between a doc and a spec, one line per finding: exit 0 in sync, 1 drift, 2 bad input.")
        {
            checkDoc, checkSpec, checkEnglish, checkCommon, showWarnings,
        };
        check.SetAction(result => Check(
            result.GetValue(checkDoc)!,
            result.GetValue(checkSpec)!,
            result.GetValue(checkEnglish),
            result.GetValue(checkCommon) ?? Array.Empty<FileInfo>(),
            result.GetValue(showWarnings),
            stdout,
            stderr));

        root.Add(import);
        root.Add(check);
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                stderr.WriteLine("error: " + error.Message);
            }

            stderr.WriteLine("Run 'bkapigen --help' for usage.");
            return BadInput;
        }

        return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }

    private static int Import(FileInfo docFile, FileInfo? output, ImportOptions options, FileInfo? english, FileInfo[] common, TextWriter stdout, TextWriter stderr)
    {
        ExpandedDoc? source = null;
        try
        {
            (var doc, source) = ReadDoc(docFile);
            var result = Importer.Import(doc, WithDocs(options, doc, docFile, english, common));
            foreach (var warning in source?.Warnings ?? [])
            {
                stderr.WriteLine(warning);
            }

            foreach (var warning in result.Warnings)
            {
                stderr.WriteLine(Located(source, docFile, warning));
            }

            var json = Serialize(result.Spec);
            if (output is null)
            {
                stdout.Write(json);
            }
            else
            {
                output.Directory?.Create();
                File.WriteAllText(output.FullName, json);
                stderr.WriteLine($"wrote {output.FullName} ({result.Warnings.Count} warning{(result.Warnings.Count == 1 ? "" : "s")})");
            }

            return Ok;
        }
        catch (DocException ex)
        {
            stderr.WriteLine("error: " + Located(source, docFile, ex));
            return BadInput;
        }
        catch (IOException ex)
        {
            stderr.WriteLine("error: " + ex.Message);
            return BadInput;
        }
    }

    /// <summary>
    /// A doc as the importer reads it: an API gateway template (<c>*.md.j2</c>) with its <c>{% include %}</c> partials from
    /// the doc's folder, as <c>import DIR</c> reads it; other docs as they are.
    /// </summary>
    /// <remarks>What the expansion had to leave out is in <see cref="ExpandedDoc.Warnings"/>, printed with the importer's warnings.</remarks>
    private static (ApiDoc Doc, ExpandedDoc? Source) ReadDoc(FileInfo file)
    {
        if (!file.Name.EndsWith(".j2", StringComparison.OrdinalIgnoreCase) || !file.Exists)
        {
            return (DocReader.Read(file.FullName), null);
        }

        var source = ExpandedDoc.Read(file.FullName, file.DirectoryName!, missingPartialIsError: false);

        try
        {
            return (DocReader.Parse(source.Text, file.Name), source);
        }
        catch (DocException ex) when (ex.File == file.Name)
        {
            var origin = source.Origin(ex.File, ex.Line);
            throw new DocException(origin.File, origin.Line, source.MapMentions(ex.Message));
        }
    }

    private static string Located(ExpandedDoc? source, FileInfo docFile, DocWarning warning)
    {
        if (source is null)
        {
            return warning.Line > 0 ? $"WARNING {docFile.Name}:{warning.Line}: {warning.Message}" : $"WARNING {docFile.Name}: {warning.Message}";
        }

        return $"WARNING {source.Origin(docFile.Name, warning.Line)}: {source.MapMentions(warning.Message)}";
    }

    /// <summary>An error in the expanded text of a template doc, told at the file and line it came from.</summary>
    private static string Located(ExpandedDoc? source, FileInfo docFile, DocException ex)
        => source is not null && ex.File == docFile.Name ? $"{source.Origin(ex.File, ex.Line)}: {source.MapMentions(ex.Message)}" : ex.ToString();

    private static int ImportFolder(DirectoryInfo folder, ParseResult result, Option<FileInfo?> output, Option<string?> system, Option<string?> only, Option<DirectoryInfo?> gateway, Option<bool> addOnly, Option[] docOptions, TextWriter stdout, TextWriter stderr)
    {
        var given = docOptions.Where(o => result.GetResult(o) is { Implicit: false }).Select(o => o.Name).ToList();
        if (given.Count > 0)
        {
            stderr.WriteLine($"error: {string.Join(", ", given)}: options for a single doc; a folder's registry gives each operation's path, method and docs.");
            return BadInput;
        }

        if (result.GetValue(output) is not { } target)
        {
            stderr.WriteLine("error: importing a folder needs -o OUTDIR, the folder to write the specs to.");
            return BadInput;
        }

        return SystemImport.Run(folder.FullName, target.FullName, result.GetValue(system), result.GetValue(only), result.GetValue(gateway)?.FullName, stdout, stderr, result.GetValue(addOnly));
    }

    private static int Check(FileInfo docFile, FileInfo specFile, FileInfo? english, FileInfo[] common, bool showWarnings, TextWriter stdout, TextWriter stderr)
    {
        JsonObject spec;
        try
        {
            spec = JsonNode.Parse(File.ReadAllText(specFile.FullName), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowDuplicateProperties = false }) as JsonObject
                ?? throw new InvalidDataException("the spec is not a JSON object.");
        }
        catch (JsonException ex)
        {
            stderr.WriteLine($"error: {specFile.Name}:{(ex.LineNumber ?? -1) + 1}: not valid JSON: {ex.Message}");
            return BadInput;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            stderr.WriteLine($"error: {specFile.Name}: {ex.Message}");
            return BadInput;
        }

        ExpandedDoc? source = null;
        try
        {
            var api = spec["x-bkapi"] as JsonObject ?? throw new InvalidDataException("the spec has no 'x-bkapi' object.");
            string? Text(string key) => api[key] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;
            (var doc, source) = ReadDoc(docFile);
            var options = new ImportOptions
            {
                System = Text("system"),
                Operation = doc.Path is null ? Text("operation") ?? Text("callback") : null,
                GatewayPath = Text("gatewayPath"),
            };
            var result = Importer.Import(doc, WithDocs(options, doc, docFile, english, common));
            if (showWarnings)
            {
                foreach (var warning in source?.Warnings ?? [])
                {
                    stderr.WriteLine(warning);
                }

                foreach (var warning in result.Warnings)
                {
                    stderr.WriteLine(Located(source, docFile, warning));
                }
            }

            var findings = DriftChecker.Compare(result, spec, specFile.DirectoryName);
            foreach (var finding in findings)
            {
                stdout.WriteLine(finding);
            }

            stderr.WriteLine($"{docFile.Name} vs {specFile.Name}: {DriftChecker.Summary(findings.Count)}");
            return findings.Count == 0 ? Ok : Drift;
        }
        catch (DocException ex)
        {
            stderr.WriteLine("error: " + Located(source, docFile, ex));
            return BadInput;
        }
        catch (InvalidDataException ex)
        {
            stderr.WriteLine($"error: {specFile.Name}: {ex.Message}");
            return BadInput;
        }
        catch (IOException ex)
        {
            stderr.WriteLine("error: " + ex.Message);
            return BadInput;
        }
    }

    private static ImportOptions WithDocs(ImportOptions options, ApiDoc doc, FileInfo docFile, FileInfo? english, FileInfo[] common)
    {
        var commonDocs = common.Select(c => DocReader.Read(c.FullName)).ToList();
        if (commonDocs.Count == 0 && doc.Flavour == DocFlavour.EsbTemplate && docFile.Directory is { } directory)
        {
            // bk-job keeps the ESB templates next to a common.md that holds the shared types (server, ip, ...).
            var sibling = new FileInfo(Path.Combine(directory.FullName, "common.md"));
            if (sibling.Exists && sibling.FullName != docFile.FullName)
            {
                commonDocs.Add(DocReader.Read(sibling.FullName));
            }
        }

        return options with
        {
            English = english is null ? null : ReadEnglish(doc, english),
            Common = commonDocs,
        };
    }

    /// <summary>
    /// The English doc only adds descriptions and enum member names: a defect in it leaves it out with a warning
    /// instead of refusing a doc whose Chinese original is fine.
    /// </summary>
    private static ApiDoc? ReadEnglish(ApiDoc doc, FileInfo english)
    {
        try
        {
            return ReadDoc(english).Doc;
        }
        catch (DocException ex)
        {
            var where = english.Directory is { } dir ? Path.Combine(dir.Name, english.Name) : english.Name;
            var line = ex.Line > 0 ? $"{where}:{ex.Line}" : where;
            doc.Warnings.Add(new ReadWarning(0, $"the English doc is left out ({line}: {ex.Message}): descriptions and enum names are Chinese only."));
            return null;
        }
    }

    public static string Serialize(JsonObject spec) => spec.ToJsonString(WriteOptions) + "\n";
}
