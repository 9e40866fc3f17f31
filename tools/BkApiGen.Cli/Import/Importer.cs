using BkApiGen.Cli.Import.Examples;
using BkApiGen.Cli.Import.Fields;
using BkApiGen.Cli.Import.Header;
using BkApiGen.Cli.Import.Inference;
using BkApiGen.Cli.Import.Output;
using BkApiGen.Cli.Import.Reconciliation;
using BkApiGen.Cli.Import.Tables;
using BkApiGen.Cli.Import.Unions;
using BkApiGen.Cli.Markdown;

namespace BkApiGen.Cli.Import;

/// <summary>
/// Turns an <see cref="ApiDoc"/> into a <c>*.bkapi.json</c> spec the generator accepts. What the doc says is taken as
/// said; what it leaves open is guessed and listed as a <see cref="DocWarning"/> at its line; what cannot be read
/// correctly is a <see cref="DocException"/>.
/// </summary>
/// <remarks>
/// The import is a fixed sequence of phases, all of them here (docs/import.md, "One doc, phase by phase"). Each
/// phase is a folder of <c>Import/</c>; it gets what it reads as arguments and returns what it found. The
/// definitions (<see cref="DefinitionGraph"/>) are the one model the phases after the fields refine in place; the
/// order below is what makes that safe: every phase sees the work of all the phases above it and none below.
/// </remarks>
internal static class Importer
{
    public static ImportResult Import(ApiDoc doc, ImportOptions options)
    {
        if (doc.Flavour == DocFlavour.Common)
        {
            throw new DocException(doc.FileName, 0, "this doc holds shared definitions only (通用字段和约定 / Common Fields): pass it with --common when importing an API doc.");
        }

        var warnings = new WarningLog(doc.Warnings);

        // What the doc is: the operation, its system, method and paths.
        var header = HeaderReader.Read(doc, options, warnings);
        var english = EnglishRows.Index(options.English);
        var examples = ExampleParser.Parse(doc, header.IsV4, warnings);
        header = header with { IsV4 = examples.IsV4 };

        // What the tables say: one definition per table, then every row a typed member.
        var tables = TableCollector.Collect(doc, header, examples, warnings);
        var graph = tables.Graph;
        var lookup = FieldBuilder.Run(doc, options, header, english, tables, warnings);

        // What the examples add: renamed fields first (they hide the examples below them), then the types the
        // tables left open, then maps, unions, and whatever else the examples and the tables disagree on.
        var observed = ExampleObserver.Observe(graph, header, examples, tables.Page, lookup, warnings);
        RenameDiscovery.Run(graph, observed, warnings);
        PendingItems.Infer(graph, warnings);
        UntypedFields.Infer(graph, warnings);
        MapInference.Infer(graph, observed, warnings);
        UnionDetection.Detect(graph, warnings);
        Reconciler.Run(graph, examples, lookup, warnings);

        // The spec: what the operation reaches, under the generator's conventions.
        var reachable = graph.ReachableFromRoots();
        UnusedTables.Report(graph, tables.Catalog, reachable, warnings);
        Conventions.Apply(graph, header, reachable, warnings);
        var result = new ImportResult
        {
            Spec = SpecWriter.Write(graph, header, reachable),
            Warnings = warnings.ByLine(),
            RequirednessUnknown = graph.Defs.Values.Where(d => !d.RequirednessStated).Select(d => d.Name).ToHashSet(StringComparer.Ordinal),
            Lines = graph.Lines,
            StatedHeader = header.Stated,
        };

        // Phases over the written spec: types the doc's own examples contradict, stated limits, paging.
        return Paging.PagingInference.Apply(Paging.StatedLimits.Apply(ContradictedTypes.Apply(result)));
    }
}
