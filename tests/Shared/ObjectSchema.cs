using System.Text.Json.Nodes;

namespace BkApiGen.Tests.Shared;

/// <summary>An object definition of a <see cref="SpecBuilder"/> spec: its members in order, which are required, its examples.</summary>
internal class ObjectSchema
{
    private readonly JsonObject _properties = [];
    private readonly List<string> _required = [];
    private readonly List<JsonNode> _examples = [];
    private string? _description;

    /// <param name="name">The wire name.</param>
    /// <param name="type">Its type and keywords.</param>
    /// <param name="required">JSON Schema <c>required</c>: a request must send it (see docs/spec-format.md for responses).</param>
    public ObjectSchema Member(string name, Schema type, bool required = false)
    {
        _properties[name] = type.ToNode();
        if (required)
        {
            _required.Add(name);
        }

        return this;
    }

    public ObjectSchema Description(string text)
    {
        _description = text;
        return this;
    }

    /// <summary>An example as the doc gives it (JSON text); the generator reads none, the importer and checks do.</summary>
    public ObjectSchema Example(string json)
    {
        _examples.Add(JsonNode.Parse(json)!);
        return this;
    }

    public virtual JsonObject ToNode()
    {
        var node = new JsonObject { ["type"] = "object" };
        if (_description is not null)
        {
            node["description"] = _description;
        }

        node["properties"] = _properties.DeepClone();
        if (_required.Count > 0)
        {
            node["required"] = new JsonArray(_required.Select(r => (JsonNode)r).ToArray());
        }

        if (_examples.Count > 0)
        {
            node["examples"] = new JsonArray(_examples.Select(e => e.DeepClone()).ToArray());
        }

        return node;
    }
}

/// <summary>
/// A union definition: the members every case shares (the discriminator among them, declared where the test wants it)
/// and, per discriminator value, the object definition of that case.
/// </summary>
internal sealed class UnionSchema(string discriminator) : ObjectSchema
{
    private readonly List<(string Value, string Definition)> _cases = [];

    /// <param name="value">The discriminator's value as the mapping key (an integer's digits, or a string).</param>
    /// <param name="definition">The case's object definition, declared with <see cref="SpecBuilder.Object"/>.</param>
    public UnionSchema Case(string value, string definition)
    {
        _cases.Add((value, definition));
        return this;
    }

    public override JsonObject ToNode()
    {
        var node = base.ToNode();
        var mapping = new JsonObject();
        foreach (var (value, definition) in _cases)
        {
            mapping[value] = "#/definitions/" + definition;
        }

        node["discriminator"] = new JsonObject { ["propertyName"] = discriminator, ["mapping"] = mapping };
        node["oneOf"] = new JsonArray(_cases.Select(c => Schema.Ref(c.Definition).ToNode()).ToArray());
        return node;
    }
}
