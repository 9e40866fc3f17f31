using System.Net;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using BkApiGen.FakeGateway;
using BkApiGen.Runtime;
using BkApiGen.Runtime.Auth;

namespace BkApiGen.Client.Tests;

/// <summary>One operation spec of the repository, its generated client method, and a valid request for it.</summary>
internal sealed class SpecOperation
{
    /// <summary>Where each spec folder's types are generated (the BkApiSpec items of this project).</summary>
    private static readonly Dictionary<string, string> Namespaces = new(StringComparer.Ordinal)
    {
        ["jobv3"] = "BkApiGen.Client.Tests.Generated",
        ["jobv4"] = "BkApiGen.Client.Tests.JobV4",
        ["cc"] = "BkApiGen.Client.Tests.Cc",
        ["Specs"] = "BkApiGen.Client.Tests.EdgeCases",
    };

    private SpecOperation(string file, JsonObject spec, string name, bool isV4, MethodInfo method, Type clientType, object request)
    {
        File = file;
        Spec = spec;
        Name = name;
        IsV4 = isV4;
        Method = method;
        ClientType = clientType;
        Request = request;
    }

    /// <summary>The spec's path relative to the test output (<c>RepoSpecs/jobv3/x.bkapi.json</c>).</summary>
    public string File { get; }

    public JsonObject Spec { get; }

    public string Name { get; }

    public bool IsV4 { get; }

    public MethodInfo Method { get; }

    public Type ClientType { get; }

    public object Request { get; }

    public string ResponseDefinition => Ref(Spec["x-bkapi"]!["response"]!)!.Value.Definition;

    public override string ToString() => Name;

    /// <summary>Every operation spec of the repository's <c>specs/</c> (copied as <c>RepoSpecs/</c>) and of <c>Specs/</c> (definitions files have none).</summary>
    public static IReadOnlyList<SpecOperation> All { get; } = Load();

    private static IReadOnlyList<SpecOperation> Load()
    {
        var root = AppContext.BaseDirectory;
        var files = Directory.GetFiles(Path.Combine(root, "RepoSpecs"), "*.bkapi.json", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(Path.Combine(root, "Specs"), "*.bkapi.json"))
            .Order(StringComparer.Ordinal)
            .ToList();
        var result = new List<SpecOperation>();
        foreach (var path in files)
        {
            var spec = JsonNode.Parse(System.IO.File.ReadAllText(path))!.AsObject();
            var header = spec["x-bkapi"]!.AsObject();
            if (header["operation"] is not { } operation)
            {
                continue;
            }

            var folder = Path.GetFileName(Path.GetDirectoryName(path))!;
            var ns = Namespaces.TryGetValue(folder, out var known) ? known
                : throw new InvalidOperationException($"No generated namespace for the spec folder '{folder}': add it to the BkApiSpec items and to {nameof(SpecOperation)}.{nameof(Namespaces)}.");
            var name = operation.GetValue<string>();
            var (method, clientType) = FindMethod(ns, name);
            var request = BuildRequest(name, spec, method.GetParameters()[0].ParameterType);
            result.Add(new SpecOperation(Path.GetRelativePath(root, path), spec, name, (string?)header["protocol"] == "v4", method, clientType, request));
        }

        return result;
    }

    /// <summary>The client method <c>{Operation}Async</c> of the generated client in <paramref name="ns"/>.</summary>
    private static (MethodInfo Method, Type ClientType) FindMethod(string ns, string operation)
    {
        var wanted = operation.Replace("_", "", StringComparison.Ordinal) + "async";
        foreach (var type in typeof(SpecOperation).Assembly.GetTypes().Where(t => t.Namespace == ns && t.IsClass && t.IsSealed && t.GetConstructor([typeof(HttpClient), typeof(BkApiClientOptions)]) is not null))
        {
            if (type.GetMethods().FirstOrDefault(m => string.Equals(m.Name, wanted, StringComparison.OrdinalIgnoreCase)) is { } method)
            {
                return (method, type);
            }
        }

        throw new InvalidOperationException($"No generated client in {ns} has a method for '{operation}'.");
    }

    /// <summary>The doc's request example (<c>Examples/{op}.request.json</c>, else the spec's own) in the generated request type.</summary>
    private static object BuildRequest(string operation, JsonObject spec, Type requestType)
    {
        var file = Path.Combine(AppContext.BaseDirectory, "Examples", operation + ".request.json");
        var requestDefinition = Ref(spec["x-bkapi"]!["request"]!)!.Value.Definition;
        var example = System.IO.File.Exists(file)
            ? JsonNode.Parse(System.IO.File.ReadAllText(file))!.AsObject()
            : spec["definitions"]![requestDefinition]!["examples"]?[0]?.DeepClone() as JsonObject
              ?? new JsonObject(); // no example in the doc: built from the schema below
        foreach (var credential in new[] { "bk_app_code", "bk_app_secret", "bk_token", "bk_username", "access_token" })
        {
            example.Remove(credential);
        }

        // Doc examples often leave out members the doc's table requires: the request is only the key to the response
        // here, so the missing ones are filled from the schema (the response is what these tests vary).
        RequestFiller.Fill(example, spec, requestDefinition);
        var info = ContextFor(requestType).GetTypeInfo(requestType)!;
        try
        {
            return JsonSerializer.Deserialize(example.ToJsonString(), info) ?? throw new InvalidOperationException($"The request example of '{operation}' reads as null.");
        }
        catch (JsonException)
        {
            // The doc's example contradicts its own table (a string where the table says array): the schema's alone.
            var built = new JsonObject();
            RequestFiller.Fill(built, spec, requestDefinition);
            return JsonSerializer.Deserialize(built.ToJsonString(), info) ?? throw new InvalidOperationException($"The request of '{operation}' reads as null.");
        }
    }

    private static System.Text.Json.Serialization.JsonSerializerContext ContextFor(Type type)
        => type.Assembly.GetTypes()
            .Where(t => t.Namespace == type.Namespace && typeof(System.Text.Json.Serialization.JsonSerializerContext).IsAssignableFrom(t))
            .Select(t => (System.Text.Json.Serialization.JsonSerializerContext)t.GetProperty("Default")!.GetValue(null)!)
            .First(c => c.GetTypeInfo(type) is not null);

    /// <summary>Calls the operation through its generated client over a handler that answers <paramref name="data"/> (200).</summary>
    public async Task<object> CallAsync(JsonNode data)
    {
        var body = IsV4
            ? new JsonObject { ["data"] = data.DeepClone() }
            : new JsonObject { ["result"] = true, ["code"] = 0, ["message"] = "", ["data"] = data.DeepClone(), ["request_id"] = "c0ffee00c0ffee00c0ffee00c0ffee00" };
        using var http = new HttpClient(new CannedAnswer(body.ToJsonString()));
        var client = Activator.CreateInstance(ClientType, http, new BkApiClientOptions
        {
            BaseAddress = new Uri("http://bkapi.invalid/api/bk-job/prod/"),
            // The gateway when the spec has its path, else the ESB (some docs give only the ESB path).
            AuthMode = Spec["x-bkapi"]!["gatewayPath"] is null ? BkAuthMode.Esb : BkAuthMode.Gateway,
            Credentials = Secrets.ForToken(),
        })!;
        var task = (Task)Method.Invoke(client, [Request, CancellationToken.None])!;
        await task;
        return task.GetType().GetProperty("Result")!.GetValue(task)!;
    }

    /// <summary>A <c>$ref</c>: the file it names (null: this one) and the definition.</summary>
    public static (string? File, string Definition)? Ref(JsonNode schema)
    {
        if (schema["$ref"]?.GetValue<string>() is not { } reference)
        {
            return null;
        }

        var hash = reference.IndexOf('#', StringComparison.Ordinal);
        return (hash > 0 ? reference[..hash] : null, reference[(hash + "#/definitions/".Length)..]);
    }

    private sealed class CannedAnswer(string body) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            => Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") });
    }
}

/// <summary>A response example of the repository: the <c>data</c> of an operation's answer, and where it comes from.</summary>
internal sealed record ResponseExample(SpecOperation Operation, string Source, JsonNode Data)
{
    public override string ToString() => $"{Operation.Name} ({Source})";

    /// <summary>
    /// The spec's own examples, the docs' examples copied into the Specs.Tests project (<c>Examples/{op}[.*].response.json</c>)
    /// and the fake gateway's fixtures (bodies of <c>batch_get_job_instance_ip_log</c>, the operation the fake serves).
    /// </summary>
    public static IReadOnlyList<ResponseExample> All => Loaded.Value;

    // Lazy: the static fields below (Errata) must be set before the examples are read.
    private static readonly Lazy<IReadOnlyList<ResponseExample>> Loaded = new(Load);

    private static IReadOnlyList<ResponseExample> Load()
    {
        var result = new List<ResponseExample>();
        // The docs' examples and the fake's fixtures are bk-job v3's (an operation name can be another system's too).
        var byName = SpecOperation.All.Where(o => o.File.Replace('\\', '/').Contains("/jobv3/", StringComparison.Ordinal)).ToDictionary(o => o.Name, StringComparer.Ordinal);
        foreach (var operation in SpecOperation.All.Where(o => !KnownWrongExamples.ContainsKey(o.File.Replace('\\', '/'))))
        {
            var examples = operation.Spec["definitions"]![operation.ResponseDefinition]!["examples"]?.AsArray() ?? [];
            for (var i = 0; i < examples.Count; i++)
            {
                if (examples[i] is null)
                {
                    continue; // a null data (a nullable response) has no member to remove: ScalarDataTests reads it
                }

                result.Add(new ResponseExample(operation, $"{operation.File} examples[{i}]", examples[i]!.DeepClone()));
            }
        }

        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Examples"), "*.response.json").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            var operation = byName.TryGetValue(name[..name.IndexOf('.', StringComparison.Ordinal)], out var found) ? found
                : throw new InvalidOperationException($"The example {name} belongs to no operation spec.");
            var data = DataOf(System.IO.File.ReadAllText(file), name);
            if (Errata.TryGetValue(name, out var correct))
            {
                correct(data);
            }

            result.Add(new ResponseExample(operation, "Examples/" + name, data));
        }

        foreach (var name in FakeFixtures.Names.Where(n => !n.Contains("request", StringComparison.Ordinal)))
        {
            result.Add(new ResponseExample(byName["batch_get_job_instance_ip_log"], "FakeGateway/Fixtures/" + name, DataOf(FakeFixtures.Get(name), name)));
        }

        return result;
    }

    /// <summary>
    /// Doc examples with a member of the wrong type, corrected as the Specs.Tests round trips correct them (see
    /// Examples/SOURCES.md there): a wrong type fails the call on purpose (docs/errors.md), so the example as printed
    /// cannot be the starting point of "every other member may go".
    /// </summary>
    /// <summary>
    /// Imported specs whose example is not the operation's data, so that it cannot be decoded as such (each a known limit of
    /// the importer, said in the closing notes): the property holds for every other spec's examples.
    /// </summary>
    public static readonly Dictionary<string, string> KnownWrongExamples = new(StringComparer.Ordinal)
    {
        // The v4 doc's example is the whole body ({"data": {...}}) and its data table lists the body's members too.
        ["RepoSpecs/jobv4/get_user_authorized_scopes.bkapi.json"] = "example and data table describe the v4 body, not its data",
    };

    private static readonly Dictionary<string, Action<JsonNode>> Errata = new(StringComparer.Ordinal)
    {
        // script_info.account is the string "root" where the doc's table and the server have an account object.
        ["get_job_plan_detail.response.json"] = data =>
        {
            foreach (var step in data["step_list"]?.AsArray() ?? [])
            {
                if (step?["script_info"] is JsonObject script && script["account"] is JsonValue name)
                {
                    script["account"] = new JsonObject { ["name"] = name.GetValue<string>() };
                }
            }
        },
    };

    private static JsonNode DataOf(string envelope, string name)
        => JsonNode.Parse(envelope)?["data"]?.DeepClone() ?? throw new InvalidOperationException($"{name} has no data.");
}

/// <summary>
/// Reads a spec along a JSON path of a response, the way the generated converters do: which definition a member is read
/// as, and whether the spec guarantees it (<c>x-never-null</c>).
/// </summary>
internal sealed class SpecWalker(SpecOperation operation)
{
    /// <summary>A member the converters read: <c>{definition}.{member}</c> as the reader's messages name it, and its guarantee.</summary>
    public readonly record struct Member(string Label, bool NeverNull);

    /// <summary>
    /// The member at <paramref name="path"/> (object keys and array indexes under <c>data</c>) of <paramref name="data"/>, or
    /// null when no converter reads it: a member the spec does not have, one inside free-form JSON, or a case member of a
    /// union object whose discriminator selects no case (kept in <c>Raw</c>).
    /// </summary>
    public Member? Find(JsonNode data, IReadOnlyList<object> path)
    {
        var (file, definition) = (operation.File, operation.ResponseDefinition);
        var schema = (JsonNode?)Definition(ref file, definition);
        JsonNode? node = data;
        for (var i = 0; i < path.Count; i++)
        {
            if (schema is null)
            {
                return null;
            }

            schema = Resolve(ref file, ref definition, schema);
            if (path[i] is int index)
            {
                schema = schema!["items"];
                node = node?[index];
                continue;
            }

            var key = (string)path[i];
            var (owner, member) = Property(ref file, ref definition, schema!, node as JsonObject, key);
            if (member is null)
            {
                return null;
            }

            if (i == path.Count - 1)
            {
                // An alias (task_status for status) is reported under the member's own wire name.
                return new Member($"{owner}.{member.GetPropertyName()}", member["x-never-null"]?.GetValue<bool>() == true);
            }

            schema = member;
            node = (node as JsonObject)?[key];
        }

        return null;
    }

    /// <summary>The definition a member schema's <c>$ref</c> names (following it into a definitions file), or the schema itself.</summary>
    private JsonNode? Resolve(ref string file, ref string definition, JsonNode schema)
    {
        if (SpecOperation.Ref(schema) is not { } target)
        {
            return schema;
        }

        if (target.File is not null)
        {
            file = Path.Combine(Path.GetDirectoryName(file)!, target.File);
        }

        definition = target.Definition;
        return Definition(ref file, definition);
    }

    /// <summary>The property <paramref name="key"/> (or an alias) of an object definition; for a union, of the case the object's discriminator selects.</summary>
    private (string Owner, JsonNode? Property) Property(ref string file, ref string definition, JsonNode schema, JsonObject? node, string key)
    {
        var owner = definition;
        var found = Lookup(schema, key);
        if (schema["discriminator"] is { } discriminator && found is null)
        {
            var value = node?[discriminator["propertyName"]!.GetValue<string>()];
            var mapping = value is JsonValue v ? discriminator["mapping"]![v.ToString()] : null;
            if (mapping is null)
            {
                return (owner, null);
            }

            var caseFile = file;
            var caseDefinition = SpecOperation.Ref(new JsonObject { ["$ref"] = mapping.GetValue<string>() })!.Value.Definition;
            found = Lookup(Definition(ref caseFile, caseDefinition)!, key);
            owner = caseDefinition;
        }
        else if (schema["discriminator"] is { } union && node?[union["propertyName"]!.GetValue<string>()] is JsonValue selected
                 && union["mapping"]![selected.ToString()] is { } caseRef)
        {
            // A member of the union's base, read by the selected case's converter: its messages name the case.
            owner = SpecOperation.Ref(new JsonObject { ["$ref"] = caseRef.GetValue<string>() })!.Value.Definition;
        }

        return (owner, found);
    }

    private static JsonNode? Lookup(JsonNode schema, string key)
    {
        if (schema["properties"] is not JsonObject properties)
        {
            return null;
        }

        return properties[key] ?? properties.FirstOrDefault(p => p.Value?["x-aliases"]?.AsArray().Any(a => (string?)a == key) == true).Value;
    }

    private readonly Dictionary<string, JsonObject> _files = new(StringComparer.Ordinal);

    private JsonNode? Definition(ref string file, string definition)
    {
        if (!_files.TryGetValue(file, out var spec))
        {
            spec = JsonNode.Parse(System.IO.File.ReadAllText(Path.Combine(AppContext.BaseDirectory, file)))!.AsObject();
            _files[file] = spec;
        }

        return spec["definitions"]![definition];
    }
}

/// <summary>A single change to one member of a response: removed, or set to null.</summary>
internal sealed record Mutation(IReadOnlyList<object> Path, bool Remove)
{
    public override string ToString() => (Remove ? "remove " : "null ") + string.Concat(Path.Select(p => p is int i ? $"[{i}]" : "." + p));

    /// <summary>Every member of every object in <paramref name="data"/> (nested ones and those in arrays too), removed and nulled.</summary>
    public static List<Mutation> All(JsonNode data)
    {
        var result = new List<Mutation>();
        Collect(data, [], result);
        return result;
    }

    private static void Collect(JsonNode? node, List<object> path, List<Mutation> result)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    var memberPath = new List<object>(path) { key };
                    result.Add(new Mutation(memberPath, Remove: true));
                    if (value is not null)
                    {
                        result.Add(new Mutation(memberPath, Remove: false));
                    }

                    Collect(value, memberPath, result);
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Collect(array[i], new List<object>(path) { i }, result);
                }

                break;
        }
    }

    /// <summary>The object holding the member in <paramref name="root"/>, or null when an earlier change removed it.</summary>
    public JsonObject? Parent(JsonNode root)
    {
        JsonNode? node = root;
        foreach (var segment in Path.Take(Path.Count - 1))
        {
            node = segment is int index ? (node is JsonArray a && index < a.Count ? a[index] : null) : (node as JsonObject)?[(string)segment];
        }

        return node as JsonObject;
    }

    /// <summary>Applies the change to <paramref name="root"/>; false when the member is no longer there.</summary>
    public bool ApplyTo(JsonNode root)
    {
        var key = (string)Path[^1];
        if (Parent(root) is not { } parent || !parent.ContainsKey(key))
        {
            return false;
        }

        if (Remove)
        {
            parent.Remove(key);
        }
        else
        {
            parent[key] = null;
        }

        return true;
    }
}

/// <summary>Fills the members a request example lacks but its schema requires, with values its rules accept.</summary>
internal static class RequestFiller
{
    public static void Fill(JsonObject value, JsonObject spec, string definition, int depth = 0)
    {
        if (depth > 8 || spec["definitions"]?[definition] is not JsonObject schema)
        {
            return;
        }

        var owner = spec;

        var required = (schema["required"] as JsonArray ?? []).Select(n => n!.GetValue<string>()).ToList();
        // "one of these groups": the first alternative of each anyOf (also inside allOf).
        foreach (var group in (schema["anyOf"] is JsonArray any ? new[] { any } : []).Concat((schema["allOf"] as JsonArray ?? []).Select(a => a?["anyOf"] as JsonArray).OfType<JsonArray>()))
        {
            if (!group.Any(alternative => (alternative?["required"] as JsonArray ?? []).All(r => value.ContainsKey(r!.GetValue<string>()))))
            {
                required.AddRange((group[0]?["required"] as JsonArray ?? []).Select(n => n!.GetValue<string>()));
            }
        }

        foreach (var name in required.Distinct())
        {
            if (schema["properties"]?[name] is JsonObject property)
            {
                if (value[name] is null)
                {
                    value[name] = Placeholder(property, owner, depth);
                }
                else if (value[name] is JsonObject nested && Reference(property, owner) is { } target)
                {
                    Fill(nested, target.Spec, target.Definition, depth + 1);
                }
            }
        }
    }

    private static JsonNode? Placeholder(JsonObject property, JsonObject spec, int depth)
    {
        if ((string?)property["type"] == "array")
        {
            return property["items"] is JsonObject items && (int?)property["minItems"] is > 0 ? new JsonArray(Placeholder(items, spec, depth + 1)) : new JsonArray();
        }

        if (property["$ref"] is not null && Reference(property, spec) is { } target && target.Spec["definitions"]?[target.Definition] is JsonObject schema)
        {
            var owner = target.Spec;
            if (schema["enum"] is JsonArray values)
            {
                return values[0]?.DeepClone();
            }

            var nested = new JsonObject();
            Fill(nested, owner, target.Definition, depth + 1);
            return nested;
        }

        return (string?)property["type"] switch
        {
            "integer" => (long?)property["minimum"] is { } min && min > 1 ? min : 1,
            "number" => 1.0,
            "boolean" => false,
            "string" when property["enum"] is JsonArray values => values[0]?.DeepClone(),
            "string" => (string?)property["format"] is "ip" or "ipv4" ? "10.0.0.1" : (string?)property["format"] == "ipv6" ? "fd00::1" : "x",
            _ => new JsonObject(),
        };
    }

    /// <summary>The definition a property's <c>$ref</c> (or its items') names, and the spec it is in.</summary>
    private static (JsonObject Spec, string Definition)? Reference(JsonObject property, JsonObject spec)
    {
        var reference = property["$ref"] ?? property["items"]?["$ref"];
        var text = (string?)reference;
        var at = text?.IndexOf("#/definitions/", StringComparison.Ordinal) ?? -1;
        if (text is null || at < 0)
        {
            return null;
        }

        var file = text[..at];
        return (file.Length == 0 ? spec : Common(spec, file), text[(at + "#/definitions/".Length)..]);
    }

    /// <summary>The definitions file beside the spec (specs are copied with their folders).</summary>
    private static JsonObject Common(JsonObject spec, string file)
    {
        var system = spec["x-bkapi"]!["system"]!.GetValue<string>();
        var path = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "RepoSpecs"), file, SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Specs"), file))
            .FirstOrDefault(p => JsonNode.Parse(System.IO.File.ReadAllText(p))!["x-bkapi"]!["system"]!.GetValue<string>() == system)
            ?? throw new InvalidOperationException($"No {file} of system {system}.");
        return JsonNode.Parse(System.IO.File.ReadAllText(path))!.AsObject();
    }
}
