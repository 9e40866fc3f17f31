namespace BkApiGen.Cli.Check;

/// <summary>
/// Two objects member by member: a union on another discriminator (or none) is a shape finding; members match by
/// name, else by an alias (<c>x-aliases</c>); what only one side has is added or removed, a matched member compares
/// its type, requiredness and union case.
/// </summary>
internal sealed partial class DriftChecker
{
    private void CompareObjects(string docKey, string specKey, string path)
    {
        if (!_visited.Add((docKey, specKey)))
        {
            return;
        }

        var docName = DefinitionSet.NameOf(docKey);
        var (docProps, docUnion) = Flatten(_docDefinitions, docKey);
        var (specProps, specUnion) = Flatten(_specDefinitions, specKey);
        if (docUnion != specUnion)
        {
            var said = docUnion is null ? "a plain object" : $"a union on {docUnion}";
            var has = specUnion is null ? "a plain object" : $"a union on {specUnion}";
            _findings.Add(new Finding("shape", path, $"the doc describes {said} (line {Line(docName)}), the spec has {has} ({DefinitionSet.Pointer(specKey)})."));
        }

        var matched = new HashSet<Prop>();
        foreach (var d in docProps)
        {
            var s = specProps.FirstOrDefault(p => !matched.Contains(p) && p.Name == d.Name)
                ?? specProps.FirstOrDefault(p => !matched.Contains(p) && (p.Aliases.Contains(d.Name) || d.Aliases.Contains(p.Name)));
            var propPath = path + "." + d.Name;
            var docOwner = DefinitionSet.NameOf(d.Owner);
            if (s is null)
            {
                _findings.Add(new Finding("added", propPath, $"the doc has it (line {Line(docOwner, d.Name)}, {Describe(d.Schema, _docDefinitions, d.File)}), the spec does not ({DefinitionSet.Pointer(specKey)})."));
                continue;
            }

            matched.Add(s);
            var pointer = DefinitionSet.Pointer(s.Owner) + "/properties/" + s.Name;
            CompareTypes(d.Schema, d.File, s.Schema, s.File, propPath, docOwner + "." + d.Name, pointer);
            if (!_doc.RequirednessUnknown.Contains(docOwner) && d.Required != s.Required && d.Name != docUnion)
            {
                var specSays = s.Required ? "required" : s.InRequiredGroup ? "optional (one of an anyOf group)" : "optional";
                _findings.Add(new Finding("required", propPath, $"the doc says {(d.Required ? "required" : "optional")} (line {Line(docOwner, d.Name)}), the spec {specSays} ({pointer})."));
            }

            if (docUnion is not null && specUnion is not null && d.Case != s.Case)
            {
                string Where(string? c, string? on) => c is null ? "in the common part" : $"in the case {on} = {c}";
                _findings.Add(new Finding("moved", propPath, $"the doc puts it {Where(d.Case, docUnion)} (line {Line(docOwner, d.Name)}), the spec {Where(s.Case, specUnion)} ({pointer})."));
            }
        }

        foreach (var s in specProps.Where(p => !matched.Contains(p)))
        {
            _findings.Add(new Finding("removed", path + "." + s.Name, $"the spec has it ({DefinitionSet.Pointer(s.Owner)}/properties/{s.Name}), the doc does not (line {Line(docName)})."));
        }
    }
}
