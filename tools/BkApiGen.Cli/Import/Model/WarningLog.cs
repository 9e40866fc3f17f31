using BkApiGen.Cli.Markdown;

namespace BkApiGen.Cli.Import;

/// <summary>
/// The guesses of one import, in the order the phases make them. Every phase writes here and no phase reads it, so a
/// warning never changes what a later phase does; the result lists them by line (a stable sort keeps a line's
/// warnings in the order the phases made them).
/// </summary>
internal sealed class WarningLog
{
    private readonly List<DocWarning> _warnings = new();

    public WarningLog(IEnumerable<ReadWarning> readWarnings)
        => _warnings.AddRange(readWarnings.Select(w => new DocWarning(w.Line, w.Message)));

    public void Add(int line, string message) => _warnings.Add(new DocWarning(line, message));

    public IReadOnlyList<DocWarning> ByLine() => _warnings.OrderBy(w => w.Line).ToList();
}
