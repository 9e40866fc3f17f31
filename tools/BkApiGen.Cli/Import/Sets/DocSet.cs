namespace BkApiGen.Cli.Import.Sets;

internal enum DocSetKind
{
    /// <summary>An ESB component folder: <c>*.yaml</c> registry, <c>zh_hans/</c> and <c>en/</c> docs (directly or under <c>apidocs/</c>).</summary>
    Esb,

    /// <summary>A bk-api-gateway definition: <c>resources.yaml</c>, <c>apidocs/zh/</c> and <c>apidocs/en/</c> (<c>*.md.j2</c>).</summary>
    Gateway,
}

/// <summary>One operation to import: its registry entry (null for a doc the registry does not list) and its docs.</summary>
/// <param name="Operation">The operation name the spec gets.</param>
/// <param name="Doc">The main (Chinese) doc.</param>
/// <param name="English">The English doc of the same name, when there is one.</param>
internal sealed record DocSetEntry(string Operation, RegisteredOperation? Registered, string Doc, string? English);

/// <summary>What a system folder holds, paired up: the phase before any doc is read.</summary>
internal sealed record DocSet(
    DocSetKind Kind,
    string Root,
    string System,
    IReadOnlyList<DocSetEntry> Entries,
    IReadOnlyList<string> Common,
    IReadOnlyList<SetWarning> Warnings,
    int RegisteredWithoutDoc);
