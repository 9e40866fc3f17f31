namespace BkApiGen.Cli.Import.Header;

/// <summary>What the doc (and the caller) say about the operation itself: the spec's <c>x-bkapi</c> block and its title.</summary>
internal sealed record OperationHeader
{
    public required string Operation { get; init; }

    public required string System { get; init; }

    /// <summary>The method of the call; of a callback, the method the system sends the payload with (not written).</summary>
    public required string Method { get; init; }

    /// <summary>
    /// The doc describes a body the system sends to the caller (<see cref="CallbackRule"/>): the spec is a callback spec,
    /// its request tables the payload (<see cref="RequestName"/>), with no response.
    /// </summary>
    public bool IsCallback { get; init; }

    public string? GatewayPath { get; init; }

    public string? EsbPath { get; init; }

    public bool Idempotent { get; init; }

    /// <summary>What the gateway verifies (from the gateway's resources.yaml, never from a doc); null when unknown.</summary>
    public GatewayAuth? Auth { get; init; }

    /// <summary>bk-job's v4 protocol; the examples phase can still find it out from a v4 error body.</summary>
    public bool IsV4 { get; init; }

    /// <summary>The doc's description, with the English doc's after it.</summary>
    public required string Description { get; init; }

    /// <summary>x-bkapi keys whose values the doc states (rather than the importer assuming them).</summary>
    public required IReadOnlySet<string> Stated { get; init; }

    public string RequestName => Operation + (IsCallback ? "_payload" : "_request");

    // Not "<op>_response": the generator names the envelope's type info <Op>Response, and a type of that name
    // would clash with it (CS0102 in the generated JSON context).
    public string ResponseName => Operation + "_data";

    /// <summary>The element type of a response whose data table describes the items of a page.</summary>
    public string ItemName => Operation + "_item";

    /// <summary>The definition name of a table: one named like a root type gets <c>_type</c>, so that both exist.</summary>
    public string DefinitionName(string key)
        => key == RequestName || key == ResponseName || key == ItemName ? key + "_type" : key;
}
