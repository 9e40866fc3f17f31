using System.Text.Json.Nodes;
using BkApiGen.Cli.Markdown;

namespace BkApiGen.Cli.Import.Sets;

/// <summary>
/// <c>bkapigen import DIR -o OUTDIR</c>: a whole system's docs into one spec per operation plus the set's shared
/// definitions. The phases, in order: <see cref="DocSetLocator"/> (registry and docs paired), <see cref="OperationImport"/>
/// per operation, <see cref="SharedDefinitions"/> over the imported specs, then writing. Exit 0 when every doc imported,
/// 2 when some were refused or the folder cannot be read; a defect of the importer is reported as a refusal, never a crash.
/// </summary>
internal static class SystemImport
{
    public static int Run(string folder, string outputFolder, string? system, string? only, string? gateway, TextWriter stdout, TextWriter stderr, bool addOnly = false)
    {
        try
        {
            return Import(folder, outputFolder, system, only, gateway, stdout, stderr, addOnly);
        }
        catch (RegistryException ex)
        {
            stderr.WriteLine("error: " + ex);
            return Cli.BadInput;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine("error: " + ex.Message);
            return Cli.BadInput;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            stderr.WriteLine($"error: {folder}: the importer failed ({ex.GetType().Name}: {ex.Message}); please report it with the folder.");
            return Cli.BadInput;
        }
    }

    private static int Import(string folder, string outputFolder, string? system, string? only, string? gateway, TextWriter stdout, TextWriter stderr, bool addOnly)
    {
        var set = DocSetLocator.Locate(folder, system, only, gateway);
        var warnings = 0;
        void Warn(SetWarning warning)
        {
            warnings++;
            stderr.WriteLine(warning);
        }

        foreach (var warning in set.Warnings)
        {
            Warn(warning);
        }

        var common = new List<ApiDoc>();
        foreach (var path in set.Common)
        {
            try
            {
                common.Add(DocReader.Read(path));
            }
            catch (DocException ex)
            {
                Warn(new SetWarning(new SourceLocation(OperationImport.Display(set.Root, path), ex.Line), $"the shared definitions doc cannot be read ({ex.Message}): imported without it."));
            }
        }

        var folderWarnings = new List<SetWarning>();
        var existing = OutputFolder.Read(outputFolder, folderWarnings, keepImported: addOnly);
        foreach (var warning in folderWarnings)
        {
            Warn(warning);
        }

        var kept = set.Entries.Where(e => existing.KeptOperations.Contains(e.Operation)).ToList();
        foreach (var entry in kept)
        {
            if (!addOnly)
            {
                stderr.WriteLine($"kept {entry.Operation}.bkapi.json: written by hand (no '{OutputFolder.Marker}' $comment), so {OperationImport.Display(set.Root, entry.Doc)} is not imported over it.");
            }
        }

        var outcomes = set.Entries.Except(kept).Select(entry => OperationImport.Run(set, entry, common)).ToList();
        foreach (var outcome in outcomes)
        {
            foreach (var warning in outcome.Warnings)
            {
                Warn(warning);
            }

            if (outcome.Refusal is { } refusal)
            {
                stderr.WriteLine(refusal);
            }
        }

        var imported = outcomes.Where(o => o.Spec is not null).ToList();
        var description = $"Types shared by the {set.System} operation specs imported from {Path.GetFileName(set.Root.TrimEnd(Path.DirectorySeparatorChar))}/ (written by bkapigen import: definitions of the same name and wire shape, declared once).";
        var baseline = new Baseline(existing.KeptCommon?["definitions"] as JsonObject ?? (existing.KeptCommon is null ? null : new JsonObject()), existing.KeptTypeNames);
        var shared = SharedDefinitions.Share(set.System, imported.Select(o => new OperationSpec(o.Entry.Operation, o.Spec!)).ToList(), description, baseline);
        var docOf = imported.ToDictionary(o => o.Entry.Operation, o => o.DocFile, StringComparer.Ordinal);
        foreach (var rename in shared.Renames)
        {
            Warn(new SetWarning(new SourceLocation(docOf[rename.Operation], 0), rename.Message));
        }

        Directory.CreateDirectory(outputFolder);
        foreach (var spec in shared.Specs)
        {
            File.WriteAllText(Path.Combine(outputFolder, spec.Operation + ".bkapi.json"), Cli.Serialize(OutputFolder.Marked(spec.Spec, docOf[spec.Operation])));
        }

        var commonPath = Path.Combine(outputFolder, SharedDefinitions.FileName);
        if (shared.Common is not null)
        {
            File.WriteAllText(commonPath, Cli.Serialize(OutputFolder.Marked(shared.Common, $"the shared definitions of {Path.GetFileName(set.Root.TrimEnd(Path.DirectorySeparatorChar))}/")));
        }
        else if (shared.AppendToKeptCommon is { } additions)
        {
            File.WriteAllBytes(commonPath, OutputFolder.Append(File.ReadAllBytes(commonPath), additions, node => node.ToJsonString(Cli.WriteOptions)));
            stderr.WriteLine($"added {string.Join(", ", additions.Select(p => p.Key))} to the hand-written {SharedDefinitions.FileName}.");
        }

        var refused = outcomes.Count - imported.Count;
        stdout.WriteLine($"{imported.Count} imported, {refused} refused, {warnings} warnings{(kept.Count > 0 ? $", {kept.Count} kept" : "")}");
        return refused == 0 ? Cli.Ok : Cli.BadInput;
    }
}
