using System;
using System.Collections.Generic;

namespace BkApiGen.SpecFormat;

/// <summary>
/// A <c>$ref</c> of the spec format: <c>#/definitions/name</c> (a definition of the same file) or
/// <c>common.bkapi.json#/definitions/name</c> (one of a shared definitions file, relative to the file that references it).
/// One source file compiled into both the generator and <c>bkapigen</c>, so that both read a reference alike.
/// </summary>
internal sealed class SpecReference
{
    /// <summary>What every supported reference's pointer starts with.</summary>
    public const string DefinitionsPointer = "#/definitions/";

    private SpecReference(string file, string definition)
    {
        File = file;
        Definition = definition;
    }

    /// <summary>The file part as written (<c>common.bkapi.json</c>); empty for a definition of the referencing file.</summary>
    public string File { get; }

    /// <summary>The definition's name, its JSON-pointer escapes (<c>~1</c>, <c>~0</c>) undone.</summary>
    public string Definition { get; }

    public bool IsLocal => File.Length == 0;

    /// <summary>
    /// The reference <paramref name="text"/> names, or null when it is not of a supported form: the pointer must be
    /// <c>#/definitions/</c> followed by one name (no deeper path).
    /// </summary>
    public static SpecReference? Parse(string text)
    {
        var hash = text.IndexOf('#');
        var file = hash < 0 ? text : text.Substring(0, hash);
        var pointer = hash < 0 ? "" : text.Substring(hash);
        if (!pointer.StartsWith(DefinitionsPointer, StringComparison.Ordinal) || pointer.IndexOf('/', DefinitionsPointer.Length) >= 0)
        {
            return null;
        }

        return new SpecReference(file, Unescape(pointer.Substring(DefinitionsPointer.Length)));
    }

    /// <summary>The <c>$ref</c> text of a definition: <c>file#/definitions/name</c>, or <c>#/definitions/name</c> for an empty file (the name escaped, so that <see cref="Parse"/> gives it back).</summary>
    public static string Format(string file, string definition) => file + DefinitionsPointer + definition.Replace("~", "~0").Replace("/", "~1");

    /// <summary>
    /// The normalized path of the file this reference points into, read from within <paramref name="referringFile"/>: that
    /// file itself for a local reference, else <see cref="File"/> relative to its folder. Paths keep the base they are given:
    /// absolute in the generator, relative to the spec's folder in <c>bkapigen check</c> (where the spec itself is <c>""</c>).
    /// </summary>
    public string TargetFile(string referringFile)
    {
        if (IsLocal)
        {
            return NormalizePath(referringFile);
        }

        var directory = referringFile.Length == 0 ? "" : System.IO.Path.GetDirectoryName(referringFile) ?? "";
        return NormalizePath(System.IO.Path.Combine(directory, File));
    }

    /// <summary>The key of a definition across files: the file's normalized path, <c>#</c>, the definition's name.</summary>
    public static string Key(string filePath, string definition) => NormalizePath(filePath) + "#" + definition;

    /// <summary>
    /// Forward slashes, <c>.</c> and <c>..</c> segments resolved, no empty segments (but the leading one of a rooted path):
    /// the same file gets the same key however a reference spells its path.
    /// </summary>
    public static string NormalizePath(string path)
    {
        var parts = new List<string>();
        var normalized = path.Replace('\\', '/');
        foreach (var part in normalized.Split('/'))
        {
            if (part == "..")
            {
                var atRoot = parts.Count == 1 && (parts[0].Length == 0 || parts[0].EndsWith(":", StringComparison.Ordinal));
                if (parts.Count == 0 || parts[parts.Count - 1] == "..")
                {
                    parts.Add(part); // a relative path that climbs above its base keeps the climb
                }
                else if (!atRoot)
                {
                    parts.RemoveAt(parts.Count - 1);
                }
            }
            else if (part != "." && (part.Length > 0 || parts.Count == 0))
            {
                parts.Add(part);
            }
        }

        return string.Join("/", parts);
    }

    private static string Unescape(string pointerSegment) => pointerSegment.Replace("~1", "/").Replace("~0", "~");
}
