using System.Collections.Generic;
using BkApiGen.Generator.Diagnostics;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace BkApiGen.Generator.Parsing;

/// <summary>
/// Finds tokens of the spec by path and says where they are (file, line, column, span), so that diagnostics
/// point at the offending JSON token rather than at the file.
/// </summary>
internal sealed class JsonLocator
{
    private readonly string _path;
    private readonly string _text;
    private readonly List<int> _lineStarts = new() { 0 };

    public JsonLocator(string path, string text)
    {
        _path = path;
        _text = text;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    /// <summary>The token at a path of member names and array indexes below <paramref name="root"/>, or null.</summary>
    public static JToken? Select(JToken? root, params object[] path)
    {
        var current = root;
        foreach (var step in path)
        {
            current = step switch
            {
                string name when current is JObject o => o.Property(name)?.Value,
                int index when current is JArray a && index < a.Count => a[index],
                _ => null,
            };
            if (current is null)
            {
                return null;
            }
        }

        return current;
    }

    /// <summary>The location of a token: a scalar value itself; for an object or array that is a member value, the member's name.</summary>
    public LocationInfo? Locate(JToken? token)
    {
        if (token is null)
        {
            return null;
        }

        var target = token is JContainer && token.Parent is JProperty property ? property : token;
        if (target is not IJsonLineInfo info || !info.HasLineInfo())
        {
            return null;
        }

        return FromLineInfo(info.LineNumber, info.LinePosition, target is JProperty);
    }

    /// <summary>The spec's own text of a scalar token (a string with its quotes), or null when the token has no line info.</summary>
    public string? SourceText(JValue token)
        => Locate(token) is { } at && at.Start + at.Length <= _text.Length ? _text.Substring(at.Start, at.Length) : null;

    /// <summary>A location from the 1-based line and position a JSON reader reported (just past the token).</summary>
    public LocationInfo FromLineInfo(int line, int position, bool isProperty = false)
    {
        var lineIndex = line <= 0 ? 0 : System.Math.Min(line - 1, _lineStarts.Count - 1);
        var end = System.Math.Min(_lineStarts[lineIndex] + System.Math.Max(position, 0), _text.Length);
        var start = end;

        // Newtonsoft reports the position after the token (after "name": for a member): step back to its start.
        if (isProperty)
        {
            while (start > 0 && (_text[start - 1] == ':' || char.IsWhiteSpace(_text[start - 1])))
            {
                start--;
            }

            end = start;
        }

        if (start > 0 && _text[start - 1] == '"')
        {
            start--;
            while (start > 0 && !(_text[start - 1] == '"' && (start < 2 || _text[start - 2] != '\\')))
            {
                start--;
            }

            start = System.Math.Max(start - 1, 0);
        }
        else
        {
            while (start > 0 && IsScalarChar(_text[start - 1]))
            {
                start--;
            }
        }

        if (end <= start)
        {
            end = System.Math.Min(start + 1, _text.Length);
        }

        var startLine = FindLine(start);
        return new LocationInfo(_path, start, end - start, startLine, start - _lineStarts[startLine]);
    }

    private int FindLine(int offset)
    {
        var index = _lineStarts.BinarySearch(offset);
        return index >= 0 ? index : ~index - 1;
    }

    private static bool IsScalarChar(char c) => char.IsLetterOrDigit(c) || c is '.' or '-' or '+';
}
