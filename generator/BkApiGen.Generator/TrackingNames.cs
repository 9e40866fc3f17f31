namespace BkApiGen.Generator;

/// <summary>Names of the pipeline's steps, shared with the tests that check what is cached.</summary>
internal static class TrackingNames
{
    /// <summary>The project's C# language version (below C# 12 nothing is emitted).</summary>
    public const string LanguageVersion = nameof(LanguageVersion);

    /// <summary>Spec files with their settings (path, text, namespace, client name).</summary>
    public const string SpecInputs = nameof(SpecInputs);

    /// <summary>Each shared definitions file parsed into a model, its exported types and diagnostics.</summary>
    public const string ParsedDefinitions = nameof(ParsedDefinitions);

    /// <summary>Every type the definitions files export, which operation specs may reference.</summary>
    public const string SharedCatalog = nameof(SharedCatalog);

    /// <summary>Each operation spec with the part of the shared catalog it references: unchanged unless a type it uses changed.</summary>
    public const string CatalogViews = nameof(CatalogViews);

    /// <summary>Each operation spec parsed into a model plus diagnostics.</summary>
    public const string ParsedSpecs = nameof(ParsedSpecs);

    /// <summary>The models of the specs that parsed cleanly.</summary>
    public const string Models = nameof(Models);

    /// <summary>The diagnostics of each spec.</summary>
    public const string Diagnostics = nameof(Diagnostics);

    /// <summary>The C# names each spec declares in its namespace, with their shapes.</summary>
    public const string Declarations = nameof(Declarations);

    /// <summary>Which spec emits each name several specs declare, and the names declared with different shapes.</summary>
    public const string TypeOwnership = nameof(TypeOwnership);

    /// <summary>Each spec with its emit plan (what it reuses, or that it is held back): unchanged unless that spec's share changed.</summary>
    public const string EmitPlans = nameof(EmitPlans);

    /// <summary>BKGEN0015 for the names two specs declare with different shapes, located in their texts.</summary>
    public const string NameConflicts = nameof(NameConflicts);

    /// <summary>The distinct clients the specs add operations to, and problems across specs.</summary>
    public const string Clients = nameof(Clients);
}
