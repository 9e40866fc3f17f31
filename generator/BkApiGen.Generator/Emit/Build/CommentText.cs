using System.Collections.Generic;
using System.Text;

namespace BkApiGen.Generator.Emit;

/// <summary>
/// Spec text made safe for generated comments. A description may hold any character: C# ends a comment at six kinds of
/// line break (not only <c>\n</c>), and a doc comment must stay well-formed XML 1.0, which has no way at all to hold most
/// control characters, so those become U+FFFD rather than breaking a consumer's documentation build.
/// </summary>
internal static class CommentText
{
    /// <summary>The text as XML character data: markup escaped, characters XML cannot hold replaced.</summary>
    public static string Xml(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
                continue;
            }

            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                _ when IsLineBreak(c) || c == '\t' => c.ToString(),
                _ when c < ' ' || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF' => "\uFFFD",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    /// <summary>The text on one line: every line break C# knows becomes a space (for line comments and inline XML).</summary>
    public static string OneLine(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            builder.Append(IsLineBreak(c) ? ' ' : c);
        }

        return builder.ToString();
    }

    /// <summary>The lines of a <c>&lt;summary&gt;</c> doc comment over already-escaped XML, split at every C# line break and
    /// trimmed (the templates put each after <c>///</c>).</summary>
    public static List<string> SummaryLines(string xml)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i <= xml.Length; i++)
        {
            if (i < xml.Length && !IsLineBreak(xml[i]))
            {
                continue;
            }

            lines.Add(xml.Substring(start, i - start).Trim());
            if (i + 1 < xml.Length && xml[i] == '\r' && xml[i + 1] == '\n')
            {
                i++;
            }

            start = i + 1;
        }

        return lines;
    }

    /// <summary>The characters that end a line in C# source (and so end a <c>//</c> comment).</summary>
    private static bool IsLineBreak(char c) => c is '\r' or '\n' or '\u0085' or '\u2028' or '\u2029';
}
