using System;

namespace BkApiGen.SpecFormat;

/// <summary>
/// The spec format's file-level words: the file suffix, the top-level members and the role that makes a file a shared
/// definitions file (<c>"x-bkapi": {"role": "definitions"}</c>). One source file compiled into both the generator and
/// <c>bkapigen</c>.
/// </summary>
internal static class SpecFile
{
    /// <summary>The file name suffix of spec files.</summary>
    public const string Suffix = ".bkapi.json";

    /// <summary>An optional infix of definitions files' names (<c>common.defs.bkapi.json</c>), left out of the names derived from them.</summary>
    public const string DefinitionsInfix = ".defs";

    /// <summary>The top-level member holding the operation (or the role of a definitions file).</summary>
    public const string Header = "x-bkapi";

    /// <summary>The top-level member holding the named schemas; also the role value of a shared definitions file.</summary>
    public const string Definitions = "definitions";

    /// <summary>The header member that says what kind of file this is.</summary>
    public const string Role = "role";

    /// <summary>The role value of a callback spec: a payload the system sends to the caller, not an operation to call.</summary>
    public const string CallbackRole = "callback";

    /// <summary><c>common.defs.bkapi.json</c> or <c>common.bkapi.json</c> → <c>common</c>.</summary>
    public static string Stem(string fileName)
    {
        var stem = fileName.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase) ? fileName.Substring(0, fileName.Length - Suffix.Length) : fileName;
        return stem.EndsWith(DefinitionsInfix, StringComparison.OrdinalIgnoreCase) ? stem.Substring(0, stem.Length - DefinitionsInfix.Length) : stem;
    }
}
