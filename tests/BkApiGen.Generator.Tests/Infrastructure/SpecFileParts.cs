namespace BkApiGen.Generator.Tests.Infrastructure;

/// <summary>
/// A spec's one generated file cut back into the parts the templates render (header, Models, Json, then Operation or Callback), each
/// part opening with its comment line, so that snapshots and assertions can keep looking at one part.
/// </summary>
internal static class SpecFileParts
{
    private static readonly (string Part, string Marker)[] Markers =
    {
        ("Models", "    // The spec's types.\n"),
        ("Json", "    // Their JSON metadata and converters.\n"),
        ("Operation", "    // The operation on the client.\n"),
        ("Callback", "    // The payload's Parse.\n"),
    };

    /// <summary>
    /// The parts in file order: the header (up to the namespace's opening brace), then the parts, one blank line apart; the
    /// namespace's closing brace, the file's last line, is in none of them.
    /// </summary>
    public static IReadOnlyList<(string Part, string Text)> Split(string file)
    {
        if (!file.EndsWith("\n}\n", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("Not a spec file (its one namespace does not close on the last line):\n" + file[^Math.Min(file.Length, 400)..]);
        }

        var body = file[..^2];
        var starts = Markers
            .Select((m, i) => (m.Part, At: body.IndexOf((i == 0 ? "{\n" : "\n\n") + m.Marker, StringComparison.Ordinal)))
            .Where(m => m.At >= 0)
            .ToList();
        if (starts.Count < 2 || starts[0].Part != "Models" || starts[1].Part != "Json" || starts.Zip(starts.Skip(1)).Any(p => p.First.At >= p.Second.At))
        {
            throw new InvalidOperationException("Not a spec file (header, Models, Json, then Operation or Callback):\n" + file[..Math.Min(file.Length, 400)]);
        }

        var parts = new List<(string Part, string Text)> { ("Header", body[..(starts[0].At + 2)]) };
        for (var i = 0; i < starts.Count; i++)
        {
            var from = starts[i].At + 2;
            var to = i + 1 < starts.Count ? starts[i + 1].At + 1 : body.Length;
            parts.Add((starts[i].Part, body[from..to]));
        }

        return parts;
    }

    /// <summary>One part of a spec file.</summary>
    public static string Part(string file, string part) => Split(file).Single(p => p.Part == part).Text;
}
