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

internal sealed class TypeModel
{
    public TypeModel(Kind kind, string? reference = null, TypeModel? items = null)
    {
        Kind = kind;
        Ref = reference;
        Items = items;
    }

    public Kind Kind { get; set; }

    public string? Ref { get; set; }

    public TypeModel? Items { get; set; }

    public static TypeModel Scalar(Kind kind) => new(kind);
}

internal sealed class PropModel
{
    public required string Name { get; init; }

    public required TypeModel Type { get; set; }

    public bool Required { get; set; }

    /// <summary>A response member the doc says the server always sends ("Never null" / 是否一定存在): <c>x-never-null</c>.</summary>
    public bool NeverNull { get; set; }

    public string Description { get; set; } = "";

    public int Line { get; init; }

    public List<string> Aliases { get; } = new();

    public bool FromExample { get; init; }

    public string? Format { get; set; }

    public bool DefaultEmpty { get; set; }

    /// <summary>A type cell that names no type (<c>-</c>, prose): the field is typed from the examples, or refused at this place.</summary>
    public (string File, int Line, string Text)? UnreadType { get; set; }
}

internal sealed class DefModel
{
    public required string Name { get; set; }

    public string? CSharpName { get; set; }

    public string Description { get; set; } = "";

    public int Line { get; init; }

    public List<PropModel> Props { get; } = new();

    public bool RequirednessStated { get; set; }

    public bool IsRequestSide { get; init; }

    public bool IsRoot { get; init; }

    /// <summary>Example objects seen for this type, with the example they are in.</summary>
    public List<(JsonObject Instance, DocExample Example)> Instances { get; } = new();

    public JsonArray? Examples { get; set; }

    public string? Discriminator { get; set; }

    /// <summary>Union cases: discriminator value → case definition.</summary>
    public List<(string Value, string Case)> Cases { get; } = new();

    public string? CaseOf { get; set; }

    /// <summary>A scalar response (<c>data</c> is a number): emitted as a scalar definition.</summary>
    public TypeModel? Scalar { get; set; }

    public bool FreeForm { get; set; }

    /// <summary>The data itself is a map (keys are ids or IPs): the value type of its <c>additionalProperties</c>.</summary>
    public TypeModel? MapValues { get; set; }
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
