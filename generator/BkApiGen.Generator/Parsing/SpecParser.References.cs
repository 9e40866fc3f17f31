using System.Linq;
using BkApiGen.Generator.Diagnostics;
using BkApiGen.Generator.Models;
using BkApiGen.SpecFormat;
using Newtonsoft.Json.Linq;

namespace BkApiGen.Generator.Parsing;

/// <summary>Reference checks: each <c>$ref</c> is a string naming a local definition or a definitions file's export.</summary>
internal static partial class SpecParser
{
    /// <summary>
    /// Every <c>$ref</c> must name a definition: a local one (<c>#/definitions/name</c>) or one exported by a definitions
    /// file of the project (<c>common.bkapi.json#/definitions/name</c>, relative to this spec).
    /// </summary>
    private static void CheckReferences(JToken token, JObject root, SpecInput input, SharedCatalog catalog, DiagnosticBag diagnostics)
    {
        foreach (var property in token.Children<JProperty>().ToList())
        {
            if (property.Name != "$ref")
            {
                CheckReferences(property.Value, root, input, catalog, diagnostics);
                continue;
            }

            if (property.Value is not JValue { Type: JTokenType.String } value)
            {
                diagnostics.Add(DiagnosticDescriptors.ReferenceNotString, property.Value);
                continue;
            }

            var target = (string)value!;
            if (SpecReference.Parse(target) is not { } reference)
            {
                diagnostics.Add(DiagnosticDescriptors.UnsupportedReference, value, target);
                continue;
            }

            var (file, name) = (reference.File, reference.Definition);
            if (reference.IsLocal)
            {
                if (JsonLocator.Select(root, "definitions", name) is null)
                {
                    diagnostics.Add(DiagnosticDescriptors.UnknownLocalReference, value, target);
                }

                continue;
            }

            if (input.IsDefinitions)
            {
                diagnostics.Add(DiagnosticDescriptors.ReferenceOutOfDefinitionsFile, value, target);
                continue;
            }

            var path = reference.TargetFile(input.Path);
            if (!catalog.HasFile(path))
            {
                diagnostics.Add(DiagnosticDescriptors.ReferenceToUnknownFile, value, target, file);
            }
            else if (catalog.Find(SpecReference.Key(path, name)) is null)
            {
                diagnostics.Add(DiagnosticDescriptors.UnknownSharedReference, value, target, file);
            }
        }

        if (token is JArray array)
        {
            foreach (var item in array)
            {
                CheckReferences(item, root, input, catalog, diagnostics);
            }
        }
    }
}
