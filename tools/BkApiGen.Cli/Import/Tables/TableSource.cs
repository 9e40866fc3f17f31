using BkApiGen.Cli.Markdown;

namespace BkApiGen.Cli.Import.Tables;

/// <summary>Which side of the operation a table describes; a field's table is looked up on its own side first.</summary>
internal enum Scope
{
    Request,
    Response,

    /// <summary>A table of a shared doc (<c>--common</c>).</summary>
    Common,
}

/// <summary>A table row, or the merge of a request row and a response row of the same field.</summary>
internal sealed record MergedRow(string Name, string Type, bool? Required, string Description, string? OtherDescription, int Line);

/// <summary>The rows one definition is built from, and what its table says about them.</summary>
internal sealed class TableSource
{
    public required IReadOnlyList<MergedRow> Rows { get; init; }

    public required Scope Scope { get; init; }

    /// <summary>The table's key (<c>server</c>, <c>parent.rules</c>), or <c>&lt;root&gt;</c> / <c>&lt;page&gt;</c> for the root types.</summary>
    public required string Key { get; init; }

    public bool RequirednessStated { get; init; }

    /// <summary>The table's column is "Never null" / 是否一定存在: a guarantee of the server (x-never-null), not a request rule.</summary>
    public bool NeverNullColumn { get; init; }

    /// <summary>The shared doc the table comes from; null for the doc's own tables (whose lines are reported).</summary>
    public string? File { get; init; }

    /// <summary>The table describes the values of a map (<c>#### constants VALUE</c>).</summary>
    public bool IsMapValue { get; init; }

    public const string RootKey = "<root>";

    /// <summary>The key of a page response, whose members come from the example: no table key finds it.</summary>
    public const string PageKey = "<page>";

    /// <summary>The key of a list response, a list of the data table's definition: no table key finds it.</summary>
    public const string ListKey = "<list>";

    public static TableSource From(DocTable table, Scope scope, string? file = null) => new()
    {
        Rows = table.Rows.Select(r => new MergedRow(r.Name, r.Type, r.Required, r.Description, null, r.Line)).ToList(),
        Scope = scope,
        Key = table.Key,
        RequirednessStated = table.RequiredColumn != RequiredColumn.None,
        NeverNullColumn = table.RequiredColumn == RequiredColumn.NonNull,
        File = file,
        IsMapValue = table.IsMapValue,
    };
}
