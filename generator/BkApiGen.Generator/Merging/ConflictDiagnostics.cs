using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using BkApiGen.Generator.Diagnostics;
using BkApiGen.Generator.Models;
using BkApiGen.Generator.Parsing;
using Newtonsoft.Json.Linq;

namespace BkApiGen.Generator.Merging;

/// <summary>
/// BKGEN0015 for each <see cref="TypeConflict"/>, at the losing spec's definition and naming the owner's file and line.
/// Locations are found here, from the specs' trees, only when there is a conflict: the models hold none, so that an edit that
/// moves lines leaves them (and every spec's output) unchanged.
/// </summary>
internal static class ConflictDiagnostics
{
    public static EquatableArray<DiagnosticInfo> Of(TypeOwnership ownership, ImmutableArray<SpecInput> inputs)
    {
        var conflicts = ownership.Conflicts;
        if (conflicts.Count == 0 && ownership.HeldBack.Count == 0)
        {
            return EquatableArray<DiagnosticInfo>.Empty;
        }

        // The trees the specs were parsed from (their one read): the conflicting specs parsed, so each has one.
        var documents = inputs.GroupBy(i => i.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Document, StringComparer.Ordinal);
        var trees = new Dictionary<string, (JsonLocator Locator, JToken? Root)>(StringComparer.Ordinal);
        (JsonLocator Locator, JToken? Root) Tree(string path)
        {
            if (!trees.TryGetValue(path, out var tree))
            {
                var document = documents.TryGetValue(path, out var d) ? d : null;
                tree = (new JsonLocator(path, document?.Text ?? ""), document?.Root);
                trees[path] = tree;
            }

            return tree;
        }

        LocationInfo? Locate(string path, string? definition)
        {
            var (locator, root) = Tree(path);
            return locator.Locate(definition is null ? JsonLocator.Select(root, "x-bkapi", "operation") ?? JsonLocator.Select(root, "x-bkapi") : JsonLocator.Select(root, "definitions", definition));
        }

        var result = new List<DiagnosticInfo>();
        foreach (var conflict in conflicts)
        {
            var loser = Locate(conflict.LoserPath, conflict.LoserDefinition);
            var owner = Locate(conflict.OwnerPath, conflict.OwnerDefinition);
            var loserDeclaration = Describe(conflict.LoserPath, conflict.LoserDefinition, conflict.LoserRole, loser);
            var ownerDeclaration = Describe(conflict.OwnerPath, conflict.OwnerDefinition, conflict.OwnerRole, owner);
            result.Add(conflict.OwnerPath == conflict.LoserPath
                ? DiagnosticDescriptors.ConflictingTypeInOneSpec.At(loser, conflict.FullName, loserDeclaration, ownerDeclaration, conflict.Difference, FileName(conflict.LoserPath))
                : DiagnosticDescriptors.ConflictingType.At(loser, conflict.FullName, loserDeclaration, ownerDeclaration, conflict.Difference, FileName(conflict.OwnerPath), FileName(conflict.LoserPath)));
        }

        foreach (var held in ownership.HeldBack)
        {
            result.Add(DiagnosticDescriptors.UsesHeldBackType.At(Locate(held.Path, null), FileName(held.Path), held.UsedType, FileName(held.DefinitionsPath)));
        }

        return result.ToEquatableArray();
    }

    private static string Describe(string path, string? definition, DeclarationRole role, LocationInfo? at)
    {
        var what = role switch
        {
            DeclarationRole.Context => "the JSON context of",
            DeclarationRole.UnknownCase => $"the unknown case of the union '{definition}' in",
            DeclarationRole.Converter => $"the JSON converter of the definition '{definition}' in",
            DeclarationRole.Client => "the client class (or interface) of the operation in",
            _ => $"the definition '{definition}' of",
        };
        return $"{what} {FileName(path)}{(at is null ? "" : $" (line {at.Line + 1})")}";
    }

    private static string FileName(string path) => System.IO.Path.GetFileName(path);
}
