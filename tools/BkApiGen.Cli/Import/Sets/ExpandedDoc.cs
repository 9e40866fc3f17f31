using System.Text;
using System.Text.RegularExpressions;
using BkApiGen.Cli.Markdown;

namespace BkApiGen.Cli.Import.Sets;

/// <summary>
/// A doc with its jinja <c>{% include 'x' %}</c> partials expanded (bk-api-gateway's <c>*.md.j2</c>), and for every
/// line of the expanded text the file and line it came from, so a warning or an error names the line a person edits.
/// </summary>
internal sealed partial class ExpandedDoc
{
    private const int MaxDepth = 8;

    private readonly List<SourceLocation> _origins;

    private ExpandedDoc(string text, List<SourceLocation> origins, List<SetWarning> warnings)
    {
        Text = text;
        _origins = origins;
        Warnings = warnings;
    }

    public string Text { get; }

    /// <summary>Template tags that are not includes (<c>{% if %}</c> ...): blanked, each a warning.</summary>
    public IReadOnlyList<SetWarning> Warnings { get; }

    /// <summary>Whether any line came from another file (otherwise the doc's own line numbers stand).</summary>
    public bool HasIncludes => _origins.Select(o => o.File).Distinct(StringComparer.Ordinal).Skip(1).Any();

    [GeneratedRegex(@"^\s*\{%-?\s*include\s+['""]([^'""]+)['""]\s*-?%\}\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex IncludeLine();

    [GeneratedRegex(@"\{%.*?%\}|\{#.*?#\}", RegexOptions.CultureInvariant)]
    private static partial Regex OtherTag();

    [GeneratedRegex(@"\b(lines?) (\d+)(?: and (\d+))?", RegexOptions.CultureInvariant)]
    private static partial Regex LineMention();

    /// <summary>Reads <paramref name="path"/> and expands its includes from the same folder.</summary>
    /// <param name="root">The imported folder: file names in locations are relative to it.</param>
    /// <param name="missingPartialIsError">
    /// A set import refuses a doc whose partial is missing (the set has its partials); a single doc copied on its own
    /// keeps the include line as text, with a warning.
    /// </param>
    public static ExpandedDoc Read(string path, string root, bool missingPartialIsError = true)
    {
        var origins = new List<SourceLocation>();
        var warnings = new List<SetWarning>();
        var builder = new StringBuilder();
        Append(path, root, missingPartialIsError, builder, origins, warnings, new Stack<string>(), includedFrom: null);
        return new ExpandedDoc(builder.ToString(), origins, warnings);
    }

    private static void Append(string path, string root, bool missingPartialIsError, StringBuilder builder, List<SourceLocation> origins, List<SetWarning> warnings, Stack<string> including, SourceLocation? includedFrom)
    {
        var display = Display(path, root);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw includedFrom is null
                ? new DocException(display, 0, $"cannot read the doc: {ex.Message}")
                : new DocException(includedFrom.File, includedFrom.Line, $"cannot read the included '{Path.GetFileName(path)}': {ex.Message}");
        }

        including.Push(Path.GetFullPath(path));
        var lines = text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            // A file's last line break ends its last line rather than opening an empty one.
            if (i == lines.Length - 1 && lines[i].Length == 0 && lines.Length > 1)
            {
                break;
            }

            var here = new SourceLocation(display, i + 1);
            var line = lines[i];
            if (IncludeLine().Match(line) is { Success: true } include)
            {
                var name = include.Groups[1].Value;
                var target = Path.Combine(Path.GetDirectoryName(path)!, name);
                if (!File.Exists(target) && !missingPartialIsError)
                {
                    warnings.Add(new SetWarning(here, $"the included '{name}' does not exist beside the doc: its tables are not read."));
                    builder.Append(line).Append('\n');
                    origins.Add(here);
                    continue;
                }

                if (!File.Exists(target))
                {
                    throw new DocException(display, i + 1, $"the included '{name}' does not exist beside the doc.");
                }

                if (including.Contains(Path.GetFullPath(target)) || including.Count >= MaxDepth)
                {
                    throw new DocException(display, i + 1, $"'{name}' includes itself (through {string.Join(" → ", including.Reverse().Select(Path.GetFileName))}).");
                }

                Append(target, root, missingPartialIsError, builder, origins, warnings, including, here);
                continue;
            }

            if (OtherTag().IsMatch(line))
            {
                warnings.Add(new SetWarning(here, $"a template tag other than include ({OtherTag().Match(line).Value}): left out of the doc."));
                line = OtherTag().Replace(line, "");
            }

            builder.Append(line).Append('\n');
            origins.Add(here);
        }

        including.Pop();
    }

    private static string Display(string path, string root) => Path.GetRelativePath(root, path).Replace('\\', '/');

    /// <summary>Where line <paramref name="line"/> (1-based) of the expanded text came from; line 0 is the doc itself.</summary>
    public SourceLocation Origin(string docFile, int line)
        => line >= 1 && line <= _origins.Count ? _origins[line - 1] : new SourceLocation(docFile, 0);

    /// <summary>A message's "line 12" / "lines 3 and 40" mentions, told as the files and lines they came from.</summary>
    public string MapMentions(string message)
    {
        if (!HasIncludes)
        {
            return message;
        }

        return LineMention().Replace(message, match =>
        {
            var first = _origins.ElementAtOrDefault(int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) - 1);
            if (first is null)
            {
                return match.Value;
            }

            if (!match.Groups[3].Success)
            {
                return $"{first}";
            }

            var second = _origins.ElementAtOrDefault(int.Parse(match.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture) - 1);
            return second is null ? match.Value : $"{first} and {second}";
        });
    }
}
