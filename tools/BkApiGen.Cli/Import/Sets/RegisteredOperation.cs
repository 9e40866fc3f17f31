namespace BkApiGen.Cli.Import.Sets;

/// <summary>Where a registry says something: the registry file (relative to the imported folder) and its 1-based line.</summary>
internal sealed record SourceLocation(string File, int Line)
{
    public override string ToString() => Line > 0 ? $"{File}:{Line}" : File;
}

/// <summary>
/// One operation as the system's registry declares it (an ESB component registry entry, or an API gateway resource):
/// what the doc may not say, and what the registry is the authority on.
/// </summary>
/// <param name="Name">The name docs are matched by: the ESB entry's <c>name</c>, the gateway's <c>operationId</c>.</param>
/// <param name="Method">The HTTP method callers use, upper case.</param>
/// <param name="Label">The registry's own Chinese description (<c>label</c> / <c>description</c>), for a doc that has none.</param>
/// <param name="LabelEnglish">The English one (<c>label_en</c> / <c>descriptionEn</c>).</param>
/// <param name="Auth">What the gateway verifies (a resource's <c>authConfig</c>); null when the registry does not say (ESB registries never do).</param>
internal sealed record RegisteredOperation(
    string Name,
    string Method,
    string? GatewayPath,
    string? EsbPath,
    string? Label,
    string? LabelEnglish,
    SourceLocation Location,
    GatewayAuth? Auth = null)
{
    /// <summary>bk-job's v4 gateway resources (<c>/api/v4/...</c>) speak the v4 protocol.</summary>
    public bool IsV4 => GatewayPath is not null && GatewayPath.StartsWith("/api/v4/", StringComparison.Ordinal);
}

/// <summary>A registry problem that does not stop the import: the entry is skipped or a default is used.</summary>
internal sealed record SetWarning(SourceLocation Location, string Message)
{
    public override string ToString() => $"WARNING {Location}: {Message}";
}

/// <summary>A registry that cannot be read at all (not YAML, no entries): the folder is not imported.</summary>
internal sealed class RegistryException(SourceLocation location, string message) : Exception(message)
{
    public SourceLocation Location { get; } = location;

    public override string ToString() => $"{Location}: {Message}";
}
