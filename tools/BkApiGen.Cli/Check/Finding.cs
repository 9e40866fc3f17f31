namespace BkApiGen.Cli.Check;

/// <summary>One difference between what a doc says and what a spec says.</summary>
/// <param name="Kind">added (doc has it, spec not), removed (spec has it, doc not), retyped, required, enum, moved, shape, header.</param>
/// <param name="Path">Where, as a JSONPath over the request or response: <c>$.request.ip_list[*].bk_cloud_id</c>.</param>
/// <param name="Message">What differs, with the doc line and the spec's JSON pointer.</param>
internal sealed record Finding(string Kind, string Path, string Message)
{
    public override string ToString() => $"{Kind}: {Path}: {Message}";
}
