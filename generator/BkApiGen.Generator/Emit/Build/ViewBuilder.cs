using System.Collections.Generic;
using System.Linq;
using BkApiGen.Generator.Models;

namespace BkApiGen.Generator.Emit;

/// <summary>
/// Model → template views (see Emit/README.md): every decision about the generated code is made here, in C#, where it can
/// be read and tested; the templates lay the code out. One partial per concern: enums, objects, unions, converters,
/// validation, the JSON context, the operation.
/// </summary>
internal sealed partial class ViewBuilder
{
    private const string Json = "global::BkApiGen.Runtime.Serialization.BkJson";
    private const string Union = "global::BkApiGen.Runtime.Serialization.BkUnion";

    private readonly ApiSpec _spec;
    private readonly TypeExpressions _x;
    private readonly Dictionary<string, TypeSpec> _types;

    public ViewBuilder(ApiSpec spec)
    {
        _spec = spec;
        _x = new TypeExpressions(spec.Namespace);
        _types = spec.Types.ToDictionary(t => t.Name);
    }

    public FileView Build()
    {
        var file = new FileView { Namespace = _spec.Namespace, SpecFile = _spec.FileName, Version = GeneratorInfo.Version };
        foreach (var type in _spec.Types)
        {
            switch (type)
            {
                case EnumSpec e:
                    file.Types.Add(EnumView(e));
                    break;
                case UnionSpec u:
                    var union = UnionView(u);
                    file.Types.Add(union);
                    file.Types.Add(union.Unknown!);
                    break;
                case ObjectSpec o:
                    file.Types.Add(ObjectView(o));
                    break;
            }
        }

        file.Context = ContextView(file);
        if (_spec.Callback is { } callback)
        {
            file.Callback = CallbackView(callback, file.Context);
        }
        if (_spec.Operation is { } operation)
        {
            file.Operation = OperationView(operation, file.Context);
            file.Client = new ClientView { ClassName = operation.Client.ClassName, InterfaceName = operation.Client.InterfaceName, System = operation.Client.System };
        }

        return file;
    }

    public static FileView BuildClient(ClientSpec client) => new()
    {
        Namespace = client.Namespace,
        Version = GeneratorInfo.Version,
        Client = new ClientView { ClassName = client.ClassName, InterfaceName = client.InterfaceName, System = client.System },
    };

    private TypeView NewView(TypeViewKind kind, TypeSpec spec) => new()
    {
        Kind = kind,
        Name = spec.Name,
        FullName = _x.Qualify(spec.Name),
        JsonName = spec.JsonName,
        Doc = Doc(spec.Description is null ? $"The <c>{Inline(spec.JsonName)}</c> object." : Escape(spec.Description)),
        ConverterName = spec.Name + "JsonConverter",
    };

    private PropertyView PropertyView(PropertySpec p) => new()
    {
        Name = p.Name,
        JsonName = p.JsonName,
        Type = _x.Declared(p.Type) + (MemberRules.IsCSharpNullable(p) ? "?" : ""),
        ShortType = _x.Short(p.Type) + (MemberRules.IsCSharpNullable(p) ? "?" : ""),
        IsRequired = MemberRules.IsRequiredMember(p),
        DefaultsToEmpty = p.DefaultsToEmpty,
        Empty = p.DefaultsToEmpty ? _x.Empty(p.Type) : "",
        Doc = Doc(p.Description is null ? $"<c>{Inline(p.JsonName)}</c>." : Escape(p.Description)),
    };

    private static List<string> Doc(string xml) => CommentText.SummaryLines(xml);

    /// <summary>Spec text inside a doc comment.</summary>
    private static string Escape(string text) => CommentText.Xml(text);

    /// <summary>Spec text inside one line of a doc comment (a name in <c>&lt;c&gt;</c>).</summary>
    private static string Inline(string text) => CommentText.Xml(CommentText.OneLine(text));
}
