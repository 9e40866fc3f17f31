using System.Text.Json.Nodes;

namespace BkApiGen.Cli.Import;

/// <summary>
/// Maps: fields whose keys are data. A table under <c>#### x VALUE</c> is the value type of the map <c>x</c>; a
/// <c>#### x KEY</c> heading, a description (<c>key为主机ID</c>) or an example keyed by ids / IPs / <c>a:b:c</c> makes
/// an untyped object a map, its value type taken from the examples.
/// </summary>
internal sealed partial class Importer
{
    /// <summary>The type of a field described by the table <paramref name="defName"/>: the table itself, or a map of it.</summary>
    private TypeModel TableType(string defName)
        => _sources.TryGetValue(defName, out var source) && source.IsMapValue
            ? new TypeModel(Kind.Map, items: new TypeModel(Kind.Ref, defName))
            : new TypeModel(Kind.Ref, defName);

    /// <summary>
    /// The type of an object field with a table of its name: a map of that table when the field's description says
    /// the object is keyed by data (CMDB: <c>associations | dict | key为主机所属的模块ID</c>, the table lists the values).
    /// </summary>
    private TypeModel TableType(string defName, MergedRow row, int line)
    {
        var type = TableType(defName);
        if (type.Kind == Kind.Ref && MapDetection.DescriptionSaysMap(row.Description) is { } said)
        {
            Warn(line, $"'{row.Name}' is a map (its description says '{said}'): the table '{defName}' is the type of its values.");
            return new TypeModel(Kind.Map, items: type);
        }

        return type;
    }

    /// <summary>An object without a table that the doc says is a map (a KEY / VALUE heading or its description), or null.</summary>
    private TypeModel? DeclaredMap(MergedRow row, int line)
    {
        if (_doc.MapFields.TryGetValue(row.Name.ToLowerInvariant(), out var headingLine))
        {
            Warn(line, $"'{row.Name}' is a map (its keys and values are described under line {headingLine}): emitted as additionalProperties, its value type from the examples.");
            return new TypeModel(Kind.Map, items: TypeModel.Scalar(Kind.Pending));
        }

        if (MapDetection.DescriptionSaysMap(row.Description) is { } said)
        {
            Warn(line, $"'{row.Name}' is a map (its description says '{said}'): emitted as additionalProperties, its value type from the examples.");
            return new TypeModel(Kind.Map, items: TypeModel.Scalar(Kind.Pending));
        }

        return null;
    }

    /// <summary>
    /// Types what the examples show of maps: the value type of maps declared without one, and untyped objects whose
    /// example keys are data (IPs, ids, <c>a:b:c</c> keys), which become maps instead of free-form JSON.
    /// </summary>
    private void InferMaps()
    {
        var retyped = false;
        foreach (var def in _defs.Values)
        {
            foreach (var prop in def.Props)
            {
                var values = def.Instances.Select(i => Value(i.Instance, prop)).OfType<JsonObject>().ToList();
                if (prop.Type is { Kind: Kind.Ref } reference && _defs.TryGetValue(reference.Ref!, out var target) && target.Props.Count > 0 && values.Count > 0
                    && values.All(v => MapDetection.DataKeys(v) is not null && v.All(p => target.Props.All(t => t.Name != p.Key))))
                {
                    // The table describes the values; the example shows the object keyed by ids.
                    Warn(prop.Line, $"the keys of '{prop.Name}' in the example are {MapDetection.DataKeys(values[0])}: '{prop.Name}' is a map of string to '{target.Name}' (additionalProperties).");
                    prop.Type = new TypeModel(Kind.Map, items: reference);
                    retyped = true;
                }
                else if (prop.Type is { Kind: Kind.Map, Items.Kind: Kind.Pending })
                {
                    prop.Type.Items = values.Count > 0 ? MapValueType(values.ToArray()) : TypeModel.Scalar(Kind.Any);
                }
                else if (prop.Type.Kind == Kind.FreeObject && values.Count > 0 && values.All(v => MapDetection.DataKeys(v) is not null))
                {
                    var why = MapDetection.DataKeys(values[0]);
                    prop.Type = new TypeModel(Kind.Map, items: MapValueType(values.ToArray()));
                    Warn(prop.Line, $"the keys of '{prop.Name}' in the example are {why}: '{prop.Name}' is a map of string to {Describe(prop.Type.Items!)} (additionalProperties), not an object with those keys as fields.");
                }
            }
        }

        if (retyped)
        {
            // The value tables saw the maps themselves as instances: observe the examples again through the maps.
            foreach (var def in _defs.Values)
            {
                def.Instances.Clear();
            }

            foreach (var (def, instance, example) in _observed)
            {
                Observe(def, instance, example);
            }
        }
    }

    /// <summary>The value type a map's type cell names (<c>string map</c>, <c>map&lt;string, ip&gt;</c>), or pending for the examples.</summary>
    private TypeModel MapValues(TableSource source, string? element, (string Name, string Text)? reference, int rowLine)
    {
        if (reference is { } r)
        {
            return new TypeModel(Kind.Ref, ResolveReference(r.Name, source, rowLine, r.Text));
        }

        if (element is null)
        {
            return TypeModel.Scalar(Kind.Pending);
        }

        var (kind, _) = ParseType(element);
        return kind switch
        {
            Kind.Int32 or Kind.Int64 or Kind.String or Kind.Boolean or Kind.Number => TypeModel.Scalar(kind.Value),
            Kind.FreeObject => TypeModel.Scalar(Kind.FreeObject),
            Kind.Array or Kind.Map => TypeModel.Scalar(Kind.Any), // the generator nests no collection in a map
            _ => FindTable(element, source.Scope, exactOnly: true) is { } table ? new TypeModel(Kind.Ref, table) : TypeModel.Scalar(Kind.Pending),
        };
    }

    /// <summary>
    /// The type of a field only an example shows: the table named after it when there is one (<c>#### data.data</c>
    /// under a response without a data table), else what the value looks like.
    /// </summary>
    private TypeModel InferWithTables(string key, JsonNode? value)
    {
        if (FindTable(key.ToLowerInvariant(), Scope.Response, exactOnly: true) is { } table)
        {
            if (value is JsonObject)
            {
                return TableType(table);
            }

            if (value is JsonArray array && array.All(e => e is JsonObject))
            {
                return new TypeModel(Kind.Array, items: new TypeModel(Kind.Ref, table));
            }
        }

        return Infer(value);
    }

    /// <summary>The value type of maps from their examples; a nested collection is untyped JSON (the generator nests none).</summary>
    private static TypeModel MapValueType(params JsonObject[] maps)
    {
        var type = MapDetection.ValueType(maps.SelectMany(m => m.Select(p => p.Value)));
        return type.Kind is Kind.Array or Kind.Map ? TypeModel.Scalar(Kind.Any) : type;
    }
}
