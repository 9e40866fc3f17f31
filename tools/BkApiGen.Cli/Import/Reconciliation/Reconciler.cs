using System.Text.Json.Nodes;
using BkApiGen.Cli.Import.Examples;
using BkApiGen.Cli.Import.Fields;
using BkApiGen.Cli.Markdown;

namespace BkApiGen.Cli.Import.Reconciliation;

/// <summary>
/// The reconciliation phase: the examples against the tables. A response key the table lacks is an alias of a field
/// (a <c>bk_</c> prefix, a rename, an id the request sent under another name) or a member added with the example's
/// type; a request key the table lacks is only reported. Then the values are checked against the types, and table
/// fields no example shows are reported.
/// </summary>
internal sealed class Reconciler
{
    private readonly GraphDraft _graph;
    private readonly TableLookup _lookup;
    private readonly WarningLog _warnings;

    /// <summary>What the request examples send, by key: an id the response repeats under another name is found by its value.</summary>
    private readonly Dictionary<string, JsonNode?> _requestValues = new(StringComparer.Ordinal);

    private Reconciler(GraphDraft graph, TableLookup lookup, WarningLog warnings)
    {
        _graph = graph;
        _lookup = lookup;
        _warnings = warnings;
    }

    public static DefinitionGraph Run(DefinitionGraph unions, ExampleInstances instances, ParsedExamples examples, TableLookup lookup, WarningLog warnings)
    {
        var reconciler = new Reconciler(unions.Edit(), lookup, warnings);
        foreach (var (body, _) in examples.Requests)
        {
            foreach (var (key, value) in body)
            {
                reconciler._requestValues.TryAdd(key, value);
            }
        }

        foreach (var name in unions.Defs.Keys)
        {
            reconciler.Reconcile(name, instances);
        }

        var graph = reconciler._graph.ToGraph();
        ExampleChecks.CheckExampleLabels(graph, examples.Responses, warnings);
        return graph;
    }

    private void Reconcile(string name, ExampleInstances examples)
    {
        var def = _graph.Defs[name];
        var instances = examples.Of(name);
        if (instances.Count == 0 || def.CaseOf is not null || def.MapValues is not null)
        {
            return;
        }

        // The members of the type and of its cases, changed here (aliases, added members) and written back below.
        var own = def.Props.ToList();
        var cases = def.Cases.Select(c => _graph.Defs[c.Case]).Select(c => (Def: c, Props: c.Props.ToList())).ToList();
        List<PropModel> AllProps() => own.Concat(cases.SelectMany(c => c.Props)).ToList();
        var allProps = AllProps();
        var handled = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (instance, example) in instances)
        {
            var isResponse = example.Section == SectionKind.ResponseExample;
            foreach (var (key, value) in instance)
            {
                if (allProps.Any(p => p.Name == key || p.Aliases.Contains(key)) || !handled.Add(key))
                {
                    continue;
                }

                var keyLine = ExampleValues.KeyLine(example, key);
                if (!isResponse)
                {
                    _warnings.Add(keyLine, $"the request example sends '{key}', which the {(def.IsRoot ? "request parameter" : $"'{def.Name}'")} table does not list.");
                    continue;
                }

                if (ReconcileExtraKey(def, instances, allProps, instance, key, value, keyLine) is { } change)
                {
                    Apply(change, own, cases.Select(c => c.Props));
                }

                allProps = AllProps();
            }
        }

        def = def with { Props = [.. own] };
        _graph.Set(def);
        foreach (var (caseDef, props) in cases)
        {
            _graph.Set(caseDef with { Props = [.. props] });
        }

        ExampleChecks.CheckValues(_graph.Enums, def, allProps, instances, _warnings);
        ExampleChecks.ReportUnshown(_graph.Defs, def, instances, _warnings);
        foreach (var (caseDef, _) in cases)
        {
            ExampleChecks.ReportUnshown(_graph.Defs, _graph.Defs[caseDef.Name], examples.Of(caseDef.Name), _warnings);
        }
    }

    /// <summary>A member that gets an alias (replacing it wherever it is), or a member added to the type.</summary>
    private sealed record Change(PropModel? Aliased, PropModel Member);

    private static void Apply(Change change, List<PropModel> own, IEnumerable<List<PropModel>> cases)
    {
        if (change.Aliased is null)
        {
            own.Add(change.Member);
            return;
        }

        foreach (var props in cases.Prepend(own))
        {
            var at = props.FindIndex(p => ReferenceEquals(p, change.Aliased));
            if (at >= 0)
            {
                props[at] = change.Member;
                return;
            }
        }
    }

    private Change? ReconcileExtraKey(DefModel def, IReadOnlyList<(JsonObject Instance, DocExample Example)> instances, List<PropModel> allProps, JsonObject instance, string key, JsonNode? value, int keyLine)
    {
        var request = _graph.Request;
        var label = def.IsRoot ? "data" : def.Name;
        if (string.IsNullOrWhiteSpace(key))
        {
            // CMDB list_set_template_related_service_template's example: "": 16 (a field name lost in the doc).
            _warnings.Add(keyLine, $"the example's '{label}' has a key with no name (\"{key}\"): left out, no member can be named after it.");
            return null;
        }

        var responseInstances = instances.Where(i => i.Example.Section == SectionKind.ResponseExample).ToList();

        // Same field without its bk_ prefix (host_id / bk_host_id).
        var byPrefix = allProps.FirstOrDefault(p => Names.StripBk(p.Name) == Names.StripBk(key) && !ExampleValues.Has(instance, p));
        if (byPrefix is not null)
        {
            _warnings.Add(keyLine, $"the example calls '{label}.{byPrefix.Name}' (line {byPrefix.Line}) '{key}': kept '{byPrefix.Name}' with x-aliases [\"{key}\"].");
            return new Change(byPrefix, byPrefix.WithAlias(key));
        }

        // A field the table lists but no example shows, named like this one (task_status / status).
        var unshown = allProps.Where(p => !p.FromExample && responseInstances.All(i => !ExampleValues.Has(i.Instance, p)) && RenameDiscovery.LooksRenamed(key, p.Name)).ToList();
        if (unshown.Count == 1)
        {
            _warnings.Add(keyLine, $"the example has '{key}' where the table has '{unshown[0].Name}' (line {unshown[0].Line}): kept '{unshown[0].Name}' with x-aliases [\"{key}\"].");
            return new Change(unshown[0], unshown[0].WithAlias(key));
        }

        // An id the request sent under another name (task_instance_id in the example, job_instance_id in the request).
        if (key.EndsWith("_id", StringComparison.Ordinal) && value is JsonValue)
        {
            var tail = string.Join("_", key.Split('_').TakeLast(2));
            var match = request.Props.FirstOrDefault(p => p.Name != key && p.Name.EndsWith("_" + tail, StringComparison.Ordinal)
                && allProps.All(q => q.Name != p.Name) && _requestValues.TryGetValue(p.Name, out var sent) && sent is not null && JsonNode.DeepEquals(sent, value));
            if (match is not null)
            {
                var prop = new PropModel { Name = match.Name, Type = match.Type, Line = keyLine, FromExample = true, Description = match.Description, Aliases = [key] };
                _graph.Lines[$"{def.Name}.{prop.Name}"] = keyLine;
                _warnings.Add(keyLine, $"the example's '{label}' has '{key}', which the table does not list; its value is the '{match.Name}' sent in the request (line {match.Line}): added '{match.Name}' ({ExampleValues.Describe(prop.Type)}) with x-aliases [\"{key}\"]. The table and the example disagree: check which name the server sends.");
                return new Change(null, prop);
            }
        }

        var requestProp = request.Props.FirstOrDefault(p => p.Name == key);
        var type = requestProp is not null ? requestProp.Type : _lookup.InferWithTables(_graph, key, value);
        var added = new PropModel { Name = key, Type = type, Line = keyLine, FromExample = true, Description = requestProp?.Description ?? "" };
        _graph.Lines[$"{def.Name}.{key}"] = keyLine;
        var why = requestProp is not null ? $"typed like the request parameter (line {requestProp.Line})" : "typed from the example value";
        _warnings.Add(keyLine, $"the example's '{label}' has '{key}', which the table does not list: added it as {ExampleValues.Describe(type)} ({why}).");
        return new Change(null, added);
    }
}
