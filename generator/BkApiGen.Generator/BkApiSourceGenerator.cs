using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using BkApiGen.Generator.Diagnostics;
using BkApiGen.Generator.Emit;
using BkApiGen.Generator.Merging;
using BkApiGen.Generator.Models;
using BkApiGen.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace BkApiGen.Generator;

/// <summary>
/// The pipeline: <c>*.bkapi.json</c> additional files → <see cref="SpecInput"/> → <see cref="SpecParser"/> (model + diagnostics;
/// an operation spec against its <see cref="CatalogView"/> of the shared definitions) → <see cref="TypeOwnership"/> (which spec emits the types several specs of a namespace declare) → <see cref="SourceEmitter"/>.
/// Every step holds equatable data only, so edits elsewhere in the project cost nothing.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class BkApiSourceGenerator : IIncrementalGenerator
{
    /// <summary>The file name suffix of spec files.</summary>
    public const string SpecSuffix = BkApiGen.SpecFormat.SpecFile.Suffix;

    /// <summary>The oldest C# the generated code compiles with.</summary>
    public const LanguageVersion MinimumLanguageVersion = LanguageVersion.CSharp12;

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var rootNamespace = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => options.GlobalOptions.TryGetValue("build_property.RootNamespace", out var ns) ? ns : null);

        // The generated code uses C# 12 (collection expressions, required members, UTF-8 literals): below that, one
        // diagnostic says so and nothing is emitted, rather than errors inside generated files.
        var languageVersion = context.ParseOptionsProvider
            .Select(static (options, _) => options is CSharpParseOptions csharp ? csharp.LanguageVersion : LanguageVersion.Default)
            .WithTrackingName(TrackingNames.LanguageVersion);
        var languageSupported = languageVersion.Select(static (version, _) => version >= MinimumLanguageVersion);

        var inputs = context.AdditionalTextsProvider
            .Where(static file => file.Path.EndsWith(SpecSuffix, System.StringComparison.OrdinalIgnoreCase))
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, cancellationToken) =>
            {
                var (file, options) = pair;
                var fileOptions = options.GetOptions(file);
                return (file.Path, Text: file.GetText(cancellationToken)?.ToString() ?? "", Namespace: Metadata(fileOptions, "BkApiNamespace"), ClientName: Metadata(fileOptions, "BkApiClientName"));
            })
            .Combine(rootNamespace)
            .Select(static (pair, _) => new SpecInput(pair.Left.Path, SpecDocument.Read(pair.Left.Text), pair.Left.Namespace, pair.Left.ClientName, pair.Right))
            .WithTrackingName(TrackingNames.SpecInputs);

        // Shared definitions files first: operation specs are read against the types they export. Editing an
        // operation spec leaves the catalog, and so every other spec, untouched.
        var parsedDefinitions = inputs
            .Where(static input => input.IsDefinitions)
            .Select(static (input, cancellationToken) => SpecParser.Parse(input, SharedCatalog.Empty, cancellationToken))
            .WithTrackingName(TrackingNames.ParsedDefinitions);

        var catalog = parsedDefinitions
            .Select(static (result, _) => result.Exports)
            .Collect()
            .Select(static (exports, _) =>
            {
                var types = exports.SelectMany(e => e).OrderBy(t => t.Key, System.StringComparer.Ordinal).ToEquatableArray();
                return new SharedCatalog(types, SharedCatalog.FilesOf(types));
            })
            .WithTrackingName(TrackingNames.SharedCatalog);

        // Each operation spec is parsed against the part of the catalog it references (a scan of its text, redone only
        // when the text changes): editing a definitions file re-parses the specs that use what changed, not all of them.
        var parsedOperations = inputs
            .Where(static input => !input.IsDefinitions)
            .Select(static (input, _) => (Input: input, References: CatalogView.ReferencedNames(input.Text)))
            .Combine(catalog)
            .Select(static (pair, _) => (pair.Left.Input, Catalog: CatalogView.For(pair.Left.References, pair.Right)))
            .WithTrackingName(TrackingNames.CatalogViews)
            .Select(static (pair, cancellationToken) => SpecParser.Parse(pair.Input, pair.Catalog, cancellationToken))
            .WithTrackingName(TrackingNames.ParsedSpecs);

        foreach (var parsed in new[] { parsedDefinitions, parsedOperations })
        {
            var diagnostics = parsed
                .Select(static (result, _) => result.Diagnostics)
                .WithTrackingName(TrackingNames.Diagnostics);
            context.RegisterSourceOutput(diagnostics, static (spc, items) =>
            {
                foreach (var item in items)
                {
                    spc.ReportDiagnostic(item.ToDiagnostic());
                }
            });
        }

        var definitionModels = parsedDefinitions
            .Where(static result => result.Spec is not null)
            .Select(static (result, _) => result.Spec!)
            .WithTrackingName(TrackingNames.Models);

        var operationModels = parsedOperations
            .Where(static result => result.Spec is not null)
            .Select(static (result, _) => result.Spec!)
            .WithTrackingName(TrackingNames.Models);

        var clients = operationModels
            .Where(static spec => spec.Operation is not null) // a callback spec has no client method
            .Select(static (spec, _) => (spec.Operation!.Client, Key: ClientSet.Key(spec), spec.FileName))
            .Collect()
            .Select(static (operations, _) => ClientSet.From(operations))
            .WithTrackingName(TrackingNames.Clients);

        // Two specs defining the same operation would emit clashing files: both are held back and BKGEN0010 says why.
        var emittable = operationModels
            .Combine(clients.Select(static (set, _) => set.DuplicateKeys))
            .Where(static pair => pair.Left.Operation is null || !pair.Right.Contains(ClientSet.Key(pair.Left)))
            .Select(static (pair, _) => pair.Left);

        // Many specs in one namespace: identical declarations become one type, emitted by its owner; a spec declaring a name
        // differently is held back with BKGEN0015 (operations held back as duplicates are left out: BKGEN0010 speaks for them).
        // Each spec's declarations are a step of their own, and each spec gets back only its small plan: editing one spec
        // re-runs the (cheap) decision, but every other spec's plan, and so its output, stays unchanged.
        var definitionDeclarations = definitionModels
            .Select(static (spec, _) => SpecDeclarations.Of(spec))
            .WithTrackingName(TrackingNames.Declarations);
        var operationDeclarations = emittable
            .Select(static (spec, _) => SpecDeclarations.Of(spec))
            .WithTrackingName(TrackingNames.Declarations);
        var ownership = definitionDeclarations.Collect()
            .Combine(operationDeclarations.Collect())
            .Select(static (pair, _) => TypeOwnership.Decide(pair.Left.AddRange(pair.Right)))
            .WithTrackingName(TrackingNames.TypeOwnership);

        var nameConflicts = ownership
            .Combine(inputs.Collect())
            .Select(static (pair, _) => ConflictDiagnostics.Of(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.NameConflicts);
        context.RegisterSourceOutput(nameConflicts, static (spc, items) =>
        {
            foreach (var item in items)
            {
                spc.ReportDiagnostic(item.ToDiagnostic());
            }
        });

        context.RegisterSourceOutput(
            languageVersion.Combine(inputs.Collect().Select(static (specs, _) => specs.Length > 0)),
            static (spc, pair) =>
            {
                if (pair.Right && pair.Left < MinimumLanguageVersion)
                {
                    spc.ReportDiagnostic(DiagnosticDescriptors.UnsupportedLanguageVersion.At(null, pair.Left.ToDisplayString()).ToDiagnostic());
                }
            });

        foreach (var models in new[] { definitionModels, emittable })
        {
            var planned = models
                .Combine(ownership)
                .Select(static (pair, _) => (Spec: pair.Left, Plan: pair.Right.PlanFor(pair.Left.FilePath)))
                .WithTrackingName(TrackingNames.EmitPlans);
            context.RegisterSourceOutput(planned.Combine(languageSupported), static (spc, pair) =>
            {
                var ((spec, plan), supported) = pair;
                if (!supported)
                {
                    return;
                }

                foreach (var (hintName, source) in SourceEmitter.EmitSpec(spec, plan))
                {
                    spc.AddSource(hintName, source);
                }
            });
        }

        context.RegisterSourceOutput(clients.Combine(languageSupported), static (spc, pair) =>
        {
            var (set, supported) = pair;
            foreach (var diagnostic in set.Diagnostics)
            {
                spc.ReportDiagnostic(diagnostic.ToDiagnostic());
            }

            if (!supported)
            {
                return;
            }

            foreach (var client in set.Clients)
            {
                var (hintName, source) = SourceEmitter.EmitClient(client);
                spc.AddSource(hintName, source);
            }
        });
    }

    private static string? Metadata(AnalyzerConfigOptions options, string name)
        => options.TryGetValue("build_metadata.AdditionalFiles." + name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}

/// <summary>The distinct clients to emit, and operations that two specs both define.</summary>
internal sealed record ClientSet(EquatableArray<ClientSpec> Clients, EquatableArray<string> DuplicateKeys, EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>What must be unique: an operation of a client.</summary>
    public static string Key(ApiSpec spec) => $"{spec.Namespace}.{spec.Operation!.Client.ClassName}.{spec.Operation.MethodName}";

    public static ClientSet From(ImmutableArray<(ClientSpec Client, string Key, string FileName)> operations)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var duplicates = operations.GroupBy(o => o.Key).Where(g => g.Count() > 1).OrderBy(g => g.Key, System.StringComparer.Ordinal).ToList();
        foreach (var duplicate in duplicates)
        {
            diagnostics.Add(DiagnosticDescriptors.DuplicateOperation.At(null, duplicate.Key, string.Join(", ", duplicate.Select(d => d.FileName).OrderBy(f => f, System.StringComparer.Ordinal))));
        }

        var clients = operations.Select(o => o.Client).Distinct().OrderBy(c => c.Namespace + "." + c.ClassName, System.StringComparer.Ordinal).ToEquatableArray();
        return new ClientSet(clients, duplicates.Select(d => d.Key).ToEquatableArray(), diagnostics.ToEquatableArray());
    }
}
