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
    private readonly DefinitionGraph _graph;
    private readonly TableLookup _lookup;
    private readonly WarningLog _warnings;

    /// <summary>What the request examples send, by key: an id the response repeats under another name is found by its value.</summary>
    private readonly Dictionary<string, JsonNode?> _requestValues = new(StringComparer.Ordinal);

    private Reconciler(DefinitionGraph graph, TableLookup lookup, WarningLog warnings)
    {
        _graph = graph;
        _lookup = lookup;
        _warnings = warnings;
    }

    public static void Run(DefinitionGraph graph, ParsedExamples examples, TableLookup lookup, WarningLog warnings)
    {
        var reconciler = new Reconciler(graph, lookup, warnings);
        foreach (var (body, _) in examples.Requests)
        {
            foreach (var (key, value) in body)
            {
                reconciler._requestValues.TryAdd(key, value);
            }
        }

        reconciler.ReconcileAll();
        ExampleChecks.CheckExampleLabels(graph, examples.Responses, warnings);
    }

    private void ReconcileAll()
    {
        foreach (var def in _graph.Defs.Values.ToList())
        {
            if (def.Instances.Count == 0 || def.CaseOf is not null || def.MapValues is not null)
            {
                continue;
            }

            var cases = def.Cases.Select(c => _graph.Defs[c.Case]).ToList();
            var allProps = def.Props.Concat(cases.SelectMany(c => c.Props)).ToList();
            var handled = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (instance, example) in def.Instances)
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

                    ReconcileExtraKey(def, allProps, instance, key, value, keyLine);
                    allProps = def.Props.Concat(cases.SelectMany(c => c.Props)).ToList();
                }
            }

            ExampleChecks.CheckValues(_graph, def, allProps, _warnings);
            ExampleChecks.ReportUnshown(_graph, def, _warnings);
            foreach (var caseDef in cases)
            {
                ExampleChecks.ReportUnshown(_graph, caseDef, _warnings);
            }
        }
    }

    private void ReconcileExtraKey(DefModel def, List<PropModel> allProps, JsonObject instance, string key, JsonNode? value, int keyLine)
    {
        var request = _graph.Request;
        var label = def.IsRoot ? "data" : def.Name;
        var responseInstances = def.Instances.Where(i => i.Example.Section == SectionKind.ResponseExample).ToList();

        // Same field without its bk_ prefix (host_id / bk_host_id).
        var byPrefix = allProps.FirstOrDefault(p => Names.StripBk(p.Name) == Names.StripBk(key) && !ExampleValues.Has(instance, p));
        if (byPrefix is not null)
        {
            byPrefix.Aliases.Add(key);
            _warnings.Add(keyLine, $"the example calls '{label}.{byPrefix.Name}' (line {byPrefix.Line}) '{key}': kept '{byPrefix.Name}' with x-aliases [\"{key}\"].");
            return;
        }

        // A field the table lists but no example shows, named like this one (task_status / status).
        var unshown = allProps.Where(p => !p.FromExample && responseInstances.All(i => !ExampleValues.Has(i.Instance, p)) && RenameDiscovery.LooksRenamed(key, p.Name)).ToList();
        if (unshown.Count == 1)
        {
            unshown[0].Aliases.Add(key);
            _warnings.Add(keyLine, $"the example has '{key}' where the table has '{unshown[0].Name}' (line {unshown[0].Line}): kept '{unshown[0].Name}' with x-aliases [\"{key}\"].");
            return;
        }

        // An id the request sent under another name (task_instance_id in the example, job_instance_id in the request).
        if (key.EndsWith("_id", StringComparison.Ordinal) && value is JsonValue)
        {
            var tail = string.Join("_", key.Split('_').TakeLast(2));
            var match = request.Props.FirstOrDefault(p => p.Name != key && p.Name.EndsWith("_" + tail, StringComparison.Ordinal)
                && allProps.All(q => q.Name != p.Name) && _requestValues.TryGetValue(p.Name, out var sent) && sent is not null && JsonNode.DeepEquals(sent, value));
            if (match is not null)
            {
                var prop = new PropModel { Name = match.Name, Type = ExampleValues.Clone(match.Type), Line = keyLine, FromExample = true, Description = match.Description };
                prop.Aliases.Add(key);
                def.Props.Add(prop);
                _graph.Lines[$"{def.Name}.{prop.Name}"] = keyLine;
                _warnings.Add(keyLine, $"the example's '{label}' has '{key}', which the table does not list; its value is the '{match.Name}' sent in the request (line {match.Line}): added '{match.Name}' ({ExampleValues.Describe(prop.Type)}) with x-aliases [\"{key}\"]. The table and the example disagree: check which name the server sends.");
                return;
            }
        }

        var requestProp = request.Props.FirstOrDefault(p => p.Name == key);
        var type = requestProp is not null ? ExampleValues.Clone(requestProp.Type) : _lookup.InferWithTables(key, value);
        var added = new PropModel { Name = key, Type = type, Line = keyLine, FromExample = true, Description = requestProp?.Description ?? "" };
        def.Props.Add(added);
        _graph.Lines[$"{def.Name}.{key}"] = keyLine;
        var why = requestProp is not null ? $"typed like the request parameter (line {requestProp.Line})" : "typed from the example value";
        _warnings.Add(keyLine, $"the example's '{label}' has '{key}', which the table does not list: added it as {ExampleValues.Describe(type)} ({why}).");
    }
}
