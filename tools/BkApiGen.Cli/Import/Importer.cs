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
/// phase is a folder of <c>Import/</c>; it gets what it reads as arguments and returns what it found as a value.
/// The definitions (<see cref="DefinitionGraph"/>) go from phase to phase that way: each phase refines a copy of the
/// graph it is given and returns it, so every graph below is what one phase made and nothing changes it afterwards.
/// The warnings are the one thing all phases write (and none reads).
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

        // What the tables say: one definition per table, then every row a typed member. A shared doc's table becomes a
        // definition where something first refers to it (mostly a field, sometimes an example's key).
        var tables = TableCollector.Collect(doc, header, examples, warnings);
        var lookup = new TableLookup(doc, header, english, tables.Catalog, SharedTables.Index(options.Common), warnings);
        var fields = FieldBuilder.Run(tables, lookup);

        // What the examples add: renamed fields first (they hide the examples below them), then the types the
        // tables left open, then maps, unions, and whatever else the examples and the tables disagree on. What an
        // example shows of each type (instances) is walked from the root examples through the graph of the moment.
        var observed = ExampleObserver.Observe(fields, header, examples, tables.Page, lookup, warnings);
        var renamed = RenameDiscovery.Run(observed.Graph, observed.Roots, warnings);
        var instances = observed.Roots.Walk(renamed);
        var items = PendingItems.Infer(renamed, instances, warnings);
        var typed = UntypedFields.Infer(items, instances, warnings);
        var mapped = MapInference.Infer(typed, instances, warnings);
        var unions = UnionDetection.Detect(mapped, observed.Roots.Walk(mapped), warnings);
        var reconciled = Reconciler.Run(unions.Graph, unions.Instances, examples, lookup, warnings);

        // The spec: what the operation reaches, under the generator's conventions.
        var reachable = reconciled.ReachableFromRoots();
        UnusedTables.Report(reconciled, tables.Catalog, reachable, warnings);
        var graph = Conventions.Apply(reconciled, header, reachable, warnings);
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
