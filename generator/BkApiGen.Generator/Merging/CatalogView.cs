using System;
using System.Collections.Generic;
using System.Linq;
using BkApiGen.Generator.Models;

namespace BkApiGen.Generator.Merging;

/// <summary>
/// The part of the <see cref="SharedCatalog"/> one operation spec can see: the exported types its <c>$ref</c>s may name,
/// the shared types those use in turn, and the list of definitions files. An operation spec is parsed against its view
/// instead of the whole catalog, so that editing a definitions file re-parses only the specs whose view changed (those
/// using a type that changed), not every operation spec of the project.
/// </summary>
internal static class CatalogView
{
    private const string DefinitionsPointer = "#/definitions/";

    /// <summary>
    /// The definition names <paramref name="text"/> may reference: every name after <c>#/definitions/</c> (local ones too:
    /// a superset is harmless), with the JSON-pointer escapes (<c>~1</c>, <c>~0</c>) undone as the parser does; or null
    /// when a JSON string escape could hide a reference from this text search (the spec then sees the whole catalog).
    /// A scan of the text, re-run only when the spec's text changes.
    /// </summary>
    public static EquatableArray<string>? ReferencedNames(string text)
    {
        if (text.IndexOf("\\/", StringComparison.Ordinal) >= 0 || text.IndexOf("\\u", StringComparison.Ordinal) >= 0)
        {
            return null;
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var at = text.IndexOf(DefinitionsPointer, StringComparison.Ordinal); at >= 0; at = text.IndexOf(DefinitionsPointer, at + 1, StringComparison.Ordinal))
        {
            var start = at + DefinitionsPointer.Length;
            var end = text.IndexOf('"', start);
            if (end < 0)
            {
                return null; // not JSON the parser accepts; it reports that, against the whole catalog
            }

            var name = text.Substring(start, end - start);
            if (name.IndexOf('\\') >= 0 || name.IndexOf('#') >= 0)
            {
                return null;
            }

            names.Add(name);
            names.Add(name.Replace("~1", "/").Replace("~0", "~"));
        }

        return names.OrderBy(n => n, StringComparer.Ordinal).ToEquatableArray();
    }

    /// <summary>
    /// The types of <paramref name="catalog"/> a spec referencing <paramref name="names"/> can reach (all of them when
    /// <paramref name="names"/> is null), in catalog order, with the catalog's files: every lookup the parser makes for
    /// such a spec (by key, by namespace and name, whether a file is a definitions file) answers as over the whole catalog.
    /// </summary>
    public static SharedCatalog For(EquatableArray<string>? names, SharedCatalog catalog)
    {
        var files = catalog.Files.Count > 0 ? catalog.Files : SharedCatalog.FilesOf(catalog.Types);
        if (names is not { } referenced)
        {
            return catalog with { Files = files };
        }

        var wanted = new HashSet<string>(referenced, StringComparer.Ordinal);
        var byName = catalog.Types.ToLookup(t => t.Namespace + "." + t.Name, StringComparer.Ordinal);
        var reached = new HashSet<string>(StringComparer.Ordinal); // Namespace.Name: every type of that name is kept, so a lookup by name finds the same first one
        var pending = new Stack<string>(catalog.Types.Where(t => wanted.Contains(DefinitionOf(t.Key))).Select(t => t.Namespace + "." + t.Name));
        while (pending.Count > 0)
        {
            var name = pending.Pop();
            if (!reached.Add(name))
            {
                continue;
            }

            foreach (var type in byName[name])
            {
                foreach (var used in type.Uses)
                {
                    pending.Push(type.Namespace + "." + used);
                }
            }
        }

        return new SharedCatalog(catalog.Types.Where(t => reached.Contains(t.Namespace + "." + t.Name)).ToEquatableArray(), files);
    }

    /// <summary>The definition name of a catalog key (<c>path#definition</c>; a definition name holding '#' never matches a scanned name).</summary>
    private static string DefinitionOf(string key) => key.Substring(key.LastIndexOf('#') + 1);
}
