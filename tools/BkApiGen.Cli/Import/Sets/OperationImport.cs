using System.Text.Json.Nodes;
using BkApiGen.Cli.Markdown;

namespace BkApiGen.Cli.Import.Sets;

/// <summary>A doc that could not become a spec: where and why.</summary>
internal sealed record Refusal(SourceLocation Location, string Message)
{
    public override string ToString() => $"error: {Location}: {Message}";
}

/// <summary>What importing one operation of a set gave: a spec, or a refusal; and what had to be guessed.</summary>
internal sealed record OperationOutcome(DocSetEntry Entry, string DocFile, JsonObject? Spec, Refusal? Refusal, IReadOnlyList<SetWarning> Warnings);

/// <summary>
/// The per-operation phase of a set import: reads the operation's docs (partials expanded), hands what the registry
/// knows to the single-doc <see cref="Importer"/>, and tells its warnings and errors at the files and lines they came from.
/// </summary>
internal static class OperationImport
{
    public static OperationOutcome Run(DocSet set, DocSetEntry entry, IReadOnlyList<ApiDoc> common)
    {
        var docFile = Display(set.Root, entry.Doc);
        var warnings = new List<SetWarning>();
        ExpandedDoc? main = null;
        try
        {
            main = ExpandedDoc.Read(entry.Doc, set.Root);
            warnings.AddRange(main.Warnings);
            var doc = DocReader.Parse(main.Text, docFile);
            var (english, englishDoc) = ReadEnglish(set, entry, warnings);
            Complete(doc, entry.Registered, english: false);
            if (english is not null)
            {
                Complete(english, entry.Registered, english: true);
            }

            var options = new ImportOptions
            {
                System = set.System,
                Operation = entry.Operation,
                Method = entry.Registered?.Method,
                GatewayPath = entry.Registered?.GatewayPath,
                EsbPath = entry.Registered?.EsbPath,
                Auth = entry.Registered?.Auth,
                English = english,
                Common = common,
            };

            ImportResult result;
            try
            {
                result = Importer.Import(doc, options);
            }
            catch (DocException ex) when (english is not null && ex.File == englishDoc?.File)
            {
                // The English doc is a second source of descriptions: its defects must not cost the operation.
                warnings.Add(new SetWarning(Locate(ex, docFile, main, englishDoc), $"the English doc cannot be used ({englishDoc.Map(ex.Message)}): imported without it."));
                result = Importer.Import(doc, options with { English = null });
            }

            warnings.AddRange(result.Warnings.Select(w => new SetWarning(main.Origin(docFile, w.Line), InDoc(main.Origin(docFile, w.Line), docFile, main.MapMentions(w.Message)))));
            return new OperationOutcome(entry, docFile, result.Spec, null, warnings);
        }
        catch (DocException ex)
        {
            var location = main is null ? new SourceLocation(ex.File, ex.Line) : Locate(ex, docFile, main, null);
            return new OperationOutcome(entry, docFile, null, new Refusal(location, InDoc(location, docFile, main?.MapMentions(ex.Message) ?? ex.Message)), warnings);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A defect of the importer, not of the doc: the rest of the set still imports, and the message says whom to tell.
            return new OperationOutcome(entry, docFile, null,
                new Refusal(new SourceLocation(docFile, 0), $"the importer failed on this doc ({ex.GetType().Name}: {ex.Message}); please report it with the doc."), warnings);
        }
    }

    private sealed record EnglishSource(string File, ExpandedDoc Text)
    {
        public string Map(string message) => Text.MapMentions(message);
    }

    private static (ApiDoc? Doc, EnglishSource? Source) ReadEnglish(DocSet set, DocSetEntry entry, List<SetWarning> warnings)
    {
        if (entry.English is null)
        {
            return (null, null);
        }

        var file = Display(set.Root, entry.English);
        ExpandedDoc? text = null;
        try
        {
            text = ExpandedDoc.Read(entry.English, set.Root);
            warnings.AddRange(text.Warnings);
            return (DocReader.Parse(text.Text, file), new EnglishSource(file, text));
        }
        catch (DocException ex)
        {
            var location = text is not null && ex.File == file ? text.Origin(file, ex.Line) : new SourceLocation(ex.File, ex.Line);
            warnings.Add(new SetWarning(location, $"the English doc cannot be read ({text?.MapMentions(ex.Message) ?? ex.Message}): imported without it."));
            return (null, null);
        }
    }

    /// <summary>What the registry says and the doc does not: a description; for /api/v4/ resources, the v4 protocol.</summary>
    private static void Complete(ApiDoc doc, RegisteredOperation? registered, bool english)
    {
        if (registered is null)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(doc.Description))
        {
            doc.Description = english ? registered.LabelEnglish : registered.Label;
        }

        if (registered.IsV4)
        {
            doc.IsV4 = true;
        }
    }

    private static SourceLocation Locate(DocException ex, string docFile, ExpandedDoc main, EnglishSource? english)
        => ex.File == docFile ? main.Origin(docFile, ex.Line)
            : english is not null && ex.File == english.File ? english.Text.Origin(english.File, ex.Line)
            : new SourceLocation(ex.File, ex.Line);

    /// <summary>A line of an included partial is read by every doc that includes it: the message says which doc this was.</summary>
    private static string InDoc(SourceLocation location, string docFile, string message)
        => location.File == docFile ? message : $"{message} (included by {docFile})";

    public static string Display(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');
}
