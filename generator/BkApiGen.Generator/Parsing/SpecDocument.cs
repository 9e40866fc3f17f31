using System;
using BkApiGen.SpecFormat;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace BkApiGen.Generator.Parsing;

/// <summary>
/// The one read of a spec's text: the JSON tree with line info that everything else is built from (the definitions
/// role, NJsonSchema's view, diagnostics' locations), or why the text is not JSON. Equal when the texts are equal (the
/// tree follows from the text), so the pipeline's caching still compares texts.
/// </summary>
internal sealed class SpecDocument : IEquatable<SpecDocument>
{
    private static readonly JsonLoadSettings LoadSettings = new()
    {
        LineInfoHandling = LineInfoHandling.Load,
        CommentHandling = CommentHandling.Ignore,
        DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error,
    };

    private SpecDocument(string text, JToken? root, Exception? error)
    {
        Text = text;
        Root = root;
        Error = error;
        var roleName = root is JObject o && o[SpecFile.Header] is JObject header && header[SpecFile.Role] is JValue { Type: JTokenType.String } role ? (string?)role : null;
        IsDefinitions = roleName == SpecFile.Definitions;
        IsCallback = roleName == SpecFile.CallbackRole;
    }

    public string Text { get; }

    /// <summary>The parsed tree (never to be modified: it is shared by every step that reads this text); null when <see cref="Error"/> says why not.</summary>
    public JToken? Root { get; }

    /// <summary>Why the text could not be read: a <see cref="JsonReaderException"/> (with its line) for text that is not JSON.</summary>
    public Exception? Error { get; }

    /// <summary>
    /// True for a shared definitions file (<c>"x-bkapi": {"role": "definitions"}</c>). Known up front because the operation
    /// specs are parsed against what the definitions files export.
    /// </summary>
    public bool IsDefinitions { get; }

    /// <summary>True for a callback spec (<c>"x-bkapi": {"role": "callback"}</c>): a payload to parse, no operation.</summary>
    public bool IsCallback { get; }

    public static SpecDocument Read(string text)
    {
        try
        {
            return new SpecDocument(text, JToken.Parse(text, LoadSettings), null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Reported by the parse step, at the line the reader stopped at (a generator must never throw).
            return new SpecDocument(text, null, ex);
        }
    }

    public bool Equals(SpecDocument? other) => other is not null && string.Equals(Text, other.Text, StringComparison.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as SpecDocument);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Text);
}
