using BkApiGen.Cli.Import.Tables;

namespace BkApiGen.Cli.Import.Fields;

/// <summary>
/// Object, array and map members: the table a member's <c>定义见</c>, its qualified name or its own name finds; a map
/// where the doc says the keys are data (a KEY / VALUE heading, <c>key为主机ID</c>); else free-form JSON, or
/// elements pending for the examples.
/// </summary>
internal sealed partial class FieldBuilder
{
    private TypeModel ObjectType(TableSource source, MergedRow row, (string Name, string Text)? reference)
    {
        var line = source.File is null ? row.Line : 0;
        if (reference is { } r)
        {
            return _lookup.TableType(_graph, _lookup.Resolve(_graph, r.Name, source, row.Line, r.Text));
        }

        if (_lookup.Find(_graph, ClashingPaths.Qualified(source, row.Name.ToLowerInvariant()), source.Scope) is { } qualified)
        {
            return TableType(qualified, row, line);
        }

        if (_lookup.Find(_graph, row.Name.ToLowerInvariant(), source.Scope) is { } exact)
        {
            return TableType(exact, row, line);
        }

        if (_lookup.Find(_graph, Names.StripBk(row.Name).ToLowerInvariant(), source.Scope) is { } found)
        {
            _warnings.Add(line, $"the object '{row.Name}' has no '定义见': used the table '{found}' for its name.");
            return _lookup.TableType(_graph, found);
        }

        if (DeclaredMap(row, line) is { } map)
        {
            return map;
        }

        _warnings.Add(line, $"the object '{row.Name}' has no '定义见' and no table of its name: emitted as free-form JSON.");
        return TypeModel.Scalar(Kind.FreeObject);
    }

    private TypeModel ArrayItems(TableSource source, MergedRow row, (string Name, string Text)? reference, string? element)
    {
        var line = source.File is null ? row.Line : 0;
        if (element is not null)
        {
            var (kind, _) = TypeWords.Parse(element, out _);
            if (kind is Kind.Int32 or Kind.Int64 or Kind.String or Kind.Boolean or Kind.Number)
            {
                return TypeModel.Scalar(kind.Value);
            }

            if (reference is null && _lookup.Find(_graph, element, source.Scope) is { } table)
            {
                return new TypeModel(Kind.Ref, table);
            }
        }

        if (reference is { } r)
        {
            return new TypeModel(Kind.Ref, _lookup.Resolve(_graph, r.Name, source, row.Line, r.Text));
        }

        var name = row.Name.ToLowerInvariant();
        var candidates = new List<string>();
        if (name.EndsWith("_list", StringComparison.Ordinal))
        {
            candidates.Add(name[..^5]);
        }

        if (name.EndsWith("es", StringComparison.Ordinal))
        {
            candidates.Add(name[..^2]);
        }

        if (name.EndsWith('s'))
        {
            candidates.Add(name[..^1]);
        }

        candidates.Add(name);
        if (_lookup.Find(_graph, ClashingPaths.Qualified(source, name), source.Scope) is { } qualified)
        {
            return new TypeModel(Kind.Ref, qualified);
        }

        foreach (var candidate in candidates.Distinct())
        {
            if (_lookup.Find(_graph, candidate, source.Scope) is { } found)
            {
                _warnings.Add(line, $"the array '{row.Name}' does not say what its elements are: used the table '{found}' for its name.");
                return new TypeModel(Kind.Ref, found);
            }
        }

        return TypeModel.Scalar(Kind.Pending);
    }

    /// <summary>The value type a map's type cell names (<c>string map</c>, <c>map&lt;string, ip&gt;</c>), or pending for the examples.</summary>
    private TypeModel MapValues(TableSource source, string? element, (string Name, string Text)? reference, int rowLine)
    {
        if (reference is { } r)
        {
            return new TypeModel(Kind.Ref, _lookup.Resolve(_graph, r.Name, source, rowLine, r.Text));
        }

        if (element is null)
        {
            return TypeModel.Scalar(Kind.Pending);
        }

        var (kind, _) = TypeWords.Parse(element, out _);
        return kind switch
        {
            Kind.Int32 or Kind.Int64 or Kind.String or Kind.Boolean or Kind.Number => TypeModel.Scalar(kind.Value),
            Kind.FreeObject => TypeModel.Scalar(Kind.FreeObject),
            Kind.Array or Kind.Map => TypeModel.Scalar(Kind.Any), // the generator nests no collection in a map
            _ => _lookup.Find(_graph, element, source.Scope) is { } table ? new TypeModel(Kind.Ref, table) : TypeModel.Scalar(Kind.Pending),
        };
    }

    /// <summary>
    /// The type of an object field with a table of its name: a map of that table when the field's description says
    /// the object is keyed by data (CMDB: <c>associations | dict | key为主机所属的模块ID</c>, the table lists the values).
    /// </summary>
    private TypeModel TableType(string defName, MergedRow row, int line)
    {
        var type = _lookup.TableType(_graph, defName);
        if (type.Kind == Kind.Ref && MapDetection.DescriptionSaysMap(row.Description) is { } said)
        {
            _warnings.Add(line, $"'{row.Name}' is a map (its description says '{said}'): the table '{defName}' is the type of its values.");
            return new TypeModel(Kind.Map, items: type);
        }

        return type;
    }

    /// <summary>An object without a table that the doc says is a map (a KEY / VALUE heading or its description), or null.</summary>
    private TypeModel? DeclaredMap(MergedRow row, int line)
    {
        if (_doc.MapFields.TryGetValue(row.Name.ToLowerInvariant(), out var headingLine))
        {
            _warnings.Add(line, $"'{row.Name}' is a map (its keys and values are described under line {headingLine}): emitted as additionalProperties, its value type from the examples.");
            return new TypeModel(Kind.Map, items: TypeModel.Scalar(Kind.Pending));
        }

        if (MapDetection.DescriptionSaysMap(row.Description) is { } said)
        {
            _warnings.Add(line, $"'{row.Name}' is a map (its description says '{said}'): emitted as additionalProperties, its value type from the examples.");
            return new TypeModel(Kind.Map, items: TypeModel.Scalar(Kind.Pending));
        }

        return null;
    }
}
