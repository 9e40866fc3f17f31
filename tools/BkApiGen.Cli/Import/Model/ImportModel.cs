using System.Collections.Immutable;
using System.Text.Json.Nodes;
using BkApiGen.Cli.Markdown;

namespace BkApiGen.Cli.Import;

/// <summary>What the caller knows that the doc may not say.</summary>
internal sealed record ImportOptions
{
    public string? System { get; init; }

    public string? Operation { get; init; }

    public string? Method { get; init; }

    public string? GatewayPath { get; init; }

    public string? EsbPath { get; init; }

    /// <summary>What the gateway verifies for the operation, as its resources.yaml says (<c>x-bkapi.auth</c>); null when unknown.</summary>
    public GatewayAuth? Auth { get; init; }

    /// <summary>The English version of the same doc: English descriptions and enum member names come from it.</summary>
    public ApiDoc? English { get; init; }

    /// <summary>Docs with shared definitions (bk-job's <c>common.md</c>), for references the doc does not define itself.</summary>
    public IReadOnlyList<ApiDoc> Common { get; init; } = Array.Empty<ApiDoc>();
}

/// <summary>Something the importer had to guess: the spec is written, but a person should look at the line.</summary>
internal sealed record DocWarning(int Line, string Message)
{
    public override string ToString() => Line > 0 ? $"line {Line}: {Message}" : Message;
}

/// <summary>The spec made from a doc, what was guessed, and where each part came from.</summary>
internal sealed class ImportResult
{
    public required JsonObject Spec { get; init; }

    public required IReadOnlyList<DocWarning> Warnings { get; init; }

    /// <summary>Definitions whose tables say nothing about requiredness (no 必选 / Never null column).</summary>
    public required IReadOnlySet<string> RequirednessUnknown { get; init; }

    /// <summary>Doc lines: <c>definition</c> or <c>definition.property</c> → line.</summary>
    public required IReadOnlyDictionary<string, int> Lines { get; init; }

    /// <summary>x-bkapi keys whose values the doc states (rather than the importer assuming them).</summary>
    public required IReadOnlySet<string> StatedHeader { get; init; }
}

internal enum Kind
{
    Int32,
    Int64,
    Number,
    String,
    Boolean,
    Array,

    /// <summary>A definition: an object table or an enum.</summary>
    Ref,

    /// <summary>An object the doc does not describe: free-form JSON.</summary>
    FreeObject,

    /// <summary>Anything (an array element nobody described).</summary>
    Any,

    /// <summary>An array whose element type is still to be inferred from the examples.</summary>
    Pending,

    /// <summary>A map (<c>additionalProperties</c>): string keys that are data, values of <see cref="TypeModel.Items"/>.</summary>
    Map,
}

/// <summary>A member's type. Immutable, like the whole model: a phase changes a type by returning a new one.</summary>
internal sealed record TypeModel
{
    public TypeModel(Kind kind, string? reference = null, TypeModel? items = null)
    {
        Kind = kind;
        Ref = reference;
        Items = items;
    }

    public Kind Kind { get; init; }

    public string? Ref { get; init; }

    public TypeModel? Items { get; init; }

    public static TypeModel Scalar(Kind kind) => new(kind);
}

internal sealed record PropModel
{
    public required string Name { get; init; }

    public required TypeModel Type { get; init; }

    public bool Required { get; init; }

    /// <summary>A response member the doc says the server always sends ("Never null" / 是否一定存在): <c>x-never-null</c>.</summary>
    public bool NeverNull { get; init; }

    public string Description { get; init; } = "";

    public int Line { get; init; }

    public ImmutableList<string> Aliases { get; init; } = [];

    public bool FromExample { get; init; }

    public string? Format { get; init; }

    public bool DefaultEmpty { get; init; }

    /// <summary>A type cell that names no type (<c>-</c>, prose): the field is typed from the examples, or refused at this place.</summary>
    public (string File, int Line, string Text)? UnreadType { get; init; }

    public PropModel WithAlias(string alias) => this with { Aliases = Aliases.Add(alias) };
}

internal sealed record DefModel
{
    public required string Name { get; init; }

    public string? CSharpName { get; init; }

    public string Description { get; init; } = "";

    public int Line { get; init; }

    public ImmutableList<PropModel> Props { get; init; } = [];

    public bool RequirednessStated { get; init; }

    public bool IsRequestSide { get; init; }

    public bool IsRoot { get; init; }

    /// <summary>The example data of this type, as the spec's <c>examples</c> (only the root types have them).</summary>
    public ImmutableList<JsonNode>? Examples { get; init; }

    public string? Discriminator { get; init; }

    /// <summary>Union cases: discriminator value → case definition.</summary>
    public ImmutableList<(string Value, string Case)> Cases { get; init; } = [];

    public string? CaseOf { get; init; }

    /// <summary>
    /// The response is not an object: the type of <c>data</c> itself, a scalar (<c>"data": 2</c>) or a list
    /// (<c>"data": [{...}]</c>, its elements an item definition or scalars). Emitted as that type's schema.
    /// </summary>
    public TypeModel? Alias { get; init; }

    /// <summary>
    /// The response may be <c>null</c> (<c>"type": [..., "null"]</c>): what only an example shows (a list, a
    /// <c>"success"</c> string) is not promised, and CMDB's Go handlers answer an empty list or nothing as <c>null</c>.
    /// </summary>
    public bool MayBeNull { get; init; }

    /// <summary>The definitions and enums this one names: its members' types (and their items) and its alias.</summary>
    public IEnumerable<string> References()
    {
        foreach (var type in Props.Select(p => p.Type).Append(Alias))
        {
            for (var t = type; t is not null; t = t.Items)
            {
                if (t.Ref is not null)
                {
                    yield return t.Ref;
                }
            }
        }
    }

    public bool FreeForm { get; init; }

    /// <summary>The data itself is a map (keys are ids or IPs): the value type of its <c>additionalProperties</c>.</summary>
    public TypeModel? MapValues { get; init; }
}

internal sealed class EnumModel
{
    public required string Name { get; init; }

    public required bool IsString { get; init; }

    public required IReadOnlyList<EnumItem> Items { get; init; }

    public required IReadOnlyList<string> MemberNames { get; init; }

    public required IReadOnlyList<string> Descriptions { get; init; }

    public string Description { get; init; } = "";

    public int Line { get; init; }
}
