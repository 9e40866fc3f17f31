using BkApiGen.Cli.Import.Header;
using BkApiGen.Cli.Import.Tables;
using BkApiGen.Cli.Markdown;

namespace BkApiGen.Cli.Import.Fields;

/// <summary>
/// The fields phase: every table row becomes a member, typed by its type cell, its <c>定义见</c> and the tables named
/// like it; the values a description (or a value table) lists become an enum; English descriptions are appended.
/// A cell that names no type stays pending for the examples to decide.
/// </summary>
internal sealed partial class FieldBuilder
{
    private readonly ApiDoc _doc;
    private readonly OperationHeader _header;
    private readonly EnglishRows _english;
    private readonly TableLookup _lookup;
    private readonly GraphDraft _graph;
    private readonly WarningLog _warnings;

    /// <summary>A builder of fields into <paramref name="graph"/>, the draft of the phase that needs them.</summary>
    public FieldBuilder(ApiDoc doc, OperationHeader header, EnglishRows english, TableLookup lookup, GraphDraft graph, WarningLog warnings)
    {
        _doc = doc;
        _header = header;
        _english = english;
        _lookup = lookup;
        _graph = graph;
        _warnings = warnings;
    }

    /// <summary>The graph of <paramref name="tables"/> with the members of every table's definition (and the shared tables they use).</summary>
    public static DefinitionGraph Run(CollectedTables tables, TableLookup lookup)
    {
        var graph = tables.Graph.Edit();
        foreach (var (name, source) in tables.Catalog.InOrder)
        {
            lookup.Build(graph, name, source);
        }

        return graph.ToGraph();
    }

    /// <summary>Reads the rows of <paramref name="source"/> into the members of the definition <paramref name="defName"/>.</summary>
    public void Build(string defName, TableSource source)
    {
        var def = _graph.Defs[defName];
        var props = new List<PropModel>();
        foreach (var row in source.Rows)
        {
            var prop = BuildProp(def, source, row);
            props.Add(prop);
            _graph.Lines[$"{def.Name}.{prop.Name}"] = prop.Line;
        }

        _graph.Set(def with { Props = [.. props], RequirednessStated = source.RequirednessStated });
    }

    private PropModel BuildProp(DefModel def, TableSource source, MergedRow row)
    {
        // A shared doc's rows are not in this doc: its warnings name no line.
        var line = source.File is null ? row.Line : 0;
        var english = _english.Find(source, row.Name);
        var reference = DescriptionParser.Reference(row.Description) ?? (row.OtherDescription is { } other ? DescriptionParser.Reference(other) : null);
        var (kind, element) = TypeWords.Parse(row.Type, out var typeGuess);
        if (typeGuess is not null)
        {
            _warnings.Add(line, $"'{row.Name}': {typeGuess}.");
        }

        var description = row.Description;
        if (english is not null && english.Description.Length > 0 && english.Description != description)
        {
            description = description.Length == 0 ? english.Description : $"{description} / {english.Description}";
        }

        TypeModel type;
        (string File, int Line, string Text)? unreadType = null;
        var intEnum = DescriptionParser.IntegerEnum(row.Description);
        var stringEnum = DescriptionParser.StringEnum(row.Description);
        if (intEnum is null && stringEnum is null && source.File is null)
        {
            (intEnum, stringEnum) = TableEnum(row, kind, line);
        }
        switch (kind)
        {
            case Kind.Int32 or Kind.Int64:
                type = intEnum is not null ? EnumRef(def, source, row, intEnum, isString: false, english) : TypeModel.Scalar(kind.Value);
                break;
            case Kind.String:
                type = stringEnum is not null ? EnumRef(def, source, row, stringEnum, isString: true, english) : TypeModel.Scalar(Kind.String);
                break;
            case Kind.Any:
                type = TypeModel.Scalar(Kind.Any);
                break;
            case Kind.Boolean or Kind.Number:
                type = TypeModel.Scalar(kind.Value);
                break;
            case Kind.FreeObject:
                type = ObjectType(source, row, reference);
                break;
            case Kind.Array:
                type = new TypeModel(Kind.Array, items: ArrayItems(source, row, reference, element));
                break;
            case Kind.Map:
                type = new TypeModel(Kind.Map, items: MapValues(source, element, reference, row.Line));
                break;
            default:
                if (intEnum is not null)
                {
                    _warnings.Add(line, $"'{row.Name}' has type '{row.Type}', which is not a type; its description lists integer values ({string.Join(", ", intEnum.Select(i => i.Value))}), so it is an integer enum.");
                    type = EnumRef(def, source, row, intEnum, isString: false, english);
                }
                else if (stringEnum is not null)
                {
                    _warnings.Add(line, $"'{row.Name}' has type '{row.Type}', which is not a type; its description lists string values, so it is a string enum.");
                    type = EnumRef(def, source, row, stringEnum, isString: true, english);
                }
                else if (row.Type.Trim().Equals("enum", StringComparison.OrdinalIgnoreCase))
                {
                    // CMDB's "qos_class | enum | 服务质量": named values, which the description does not list in a readable form.
                    _warnings.Add(line, $"'{row.Name}' has type 'enum' and its description lists no values the importer reads: a string.");
                    type = TypeModel.Scalar(Kind.String);
                }
                else
                {
                    // '-', '不同的field和operator对应不同的value格式', '超时时间': the examples may still show what it is.
                    type = TypeModel.Scalar(Kind.Pending);
                    unreadType = (source.File ?? _doc.FileName, row.Line, row.Type);
                }

                break;
        }

        if (reference is { } r && kind is Kind.Int32 or Kind.Int64 or Kind.String or Kind.Boolean or Kind.Number)
        {
            _warnings.Add(line, $"'{row.Name}' is a {row.Type.Trim()} but its description says '{r.Text}': the reference is ignored.");
        }

        var (required, neverNull) = (false, false);
        if (source.RequirednessStated && row.Required == true)
        {
            if (DescriptionParser.IsDeprecated(row.Description) && def.IsRequestSide)
            {
                _warnings.Add(line, $"'{row.Name}' is marked required and deprecated: made optional (a deprecated field cannot be required).");
            }
            else if (source.NeverNullColumn)
            {
                neverNull = true;
            }
            else
            {
                required = true;
            }
        }

        return new PropModel { Name = row.Name, Type = type, Line = line, Description = description, UnreadType = unreadType, Required = required, NeverNull = neverNull };
    }
}
