using System.Collections.Generic;
using System.Linq;
using System.Text;
using BkApiGen.Generator.Models;

namespace BkApiGen.Generator.Emit;

/// <summary>Model → template views: every C# decision about the generated code is made here.</summary>
internal sealed class ViewBuilder
{
    private const string Json = "global::BkApiGen.Runtime.Serialization.BkJson";
    private const string Union = "global::BkApiGen.Runtime.Serialization.BkUnion";
    private const string Validator = "global::BkApiGen.Runtime.Validation.BkValidator";
    private static readonly HashSet<string> ContextMembers = new() { "Default", "Options", "GetTypeInfo", "GeneratedSerializerOptions", "Create" };

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
                    union.Unknown = UnknownView(u);
                    file.Types.Add(union);
                    file.Types.Add(union.Unknown);
                    break;
                case ObjectSpec o:
                    file.Types.Add(ObjectView(o));
                    break;
            }
        }

        file.Context = ContextView(file);
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

    private TypeView EnumView(EnumSpec spec)
    {
        var view = NewView(spec.IsString ? "string_enum" : "enum", spec);
        var wide = !spec.IsString && spec.Members.Any(m => !int.TryParse(m.Value, out _));
        view.EnumUnderlying = wide ? "long" : "int";
        foreach (var member in spec.Members)
        {
            view.Members.Add(new EnumMemberView
            {
                Name = member.Name,
                Value = member.Value,
                Literal = spec.IsString ? TypeExpressions.Literal(member.Value) : member.Value,
                Doc = Doc(member.Description is not null ? Escape(member.Description) : (spec.IsString ? $"<c>{Inline(member.Value)}</c>" : $"Value {member.Value}.")),
            });
        }

        var full = view.FullName;
        if (spec.IsString)
        {
            view.ReadLines.Add($"return new {full}({Json}.ReadString(ref reader, {TypeExpressions.Literal(spec.JsonName)}));");
            view.WriteLines.Add("writer.WriteStringValue(value.Value);");
        }
        else
        {
            view.ReadLines.Add($"return ({full}){Json}.{(wide ? "ReadInt64" : "ReadInt32")}(ref reader, {TypeExpressions.Literal(spec.JsonName)});");
            view.WriteLines.Add($"writer.WriteNumberValue(({view.EnumUnderlying})value);");
        }

        // What request validation asks of a member of this type. An integer enum is closed: a value the spec does not list
        // can only come from a cast, and is refused. A string enum is open by design (a server may accept values newer
        // than the spec, and `new ScopeType("…")` says so on purpose): only a default instance, which has no value, is.
        var listed = spec.IsString
            ? string.Join(", ", spec.Members.Select(m => m.Value)) + " (or a newer value the server knows)"
            : string.Join(", ", spec.Members.Select(m => $"{m.Value} ({m.Name})"));
        var test = spec.IsString
            ? "value is null || value.GetValueOrDefault().Value is not null"
            : "value is null or " + string.Join(" or ", spec.Members.Select(m => $"{full}.{m.Name}"));
        var summary = spec.IsString ? "absent or has a value (a default instance has none)" : "absent or one of the values the spec lists";
        view.ConverterFields.Add($"internal const string ListedValues = {TypeExpressions.Literal(listed)};");
        view.ConverterMethods.Add(new List<string>
        {
            $"/// <summary>True when <paramref name=\"value\"/> is {summary}: what a request may send.</summary>",
            $"internal static bool IsListed({full}? value) => {test};",
        });

        return view;
    }

    private TypeView ObjectView(ObjectSpec spec)
    {
        var view = NewView(spec.UnionCase is null ? "object" : "case", spec);
        var members = spec.Properties.ToList();
        if (spec.UnionCase is { } unionCase && _types[unionCase.UnionName] is UnionSpec union)
        {
            view.BaseType = _x.Qualify(union.Name);
            view.Discriminator = PropertyView(union.Discriminator);
            view.DiscriminatorOverride = DiscriminatorLiteral(union, unionCase.DiscriminatorValue, unionCase.EnumMember);
            var inherited = union.Properties.Where(p => p.JsonName != union.Discriminator.JsonName).ToList();
            members = members.Where(p => inherited.All(i => i.JsonName != p.JsonName) && p.JsonName != union.Discriminator.JsonName).ToList();
            foreach (var property in members)
            {
                view.Properties.Add(PropertyView(property));
            }

            var isString = union.Discriminator.Type.Kind is TypeKind.String or TypeKind.StringEnum;
            var confirm = isString ? TypeExpressions.Utf8(unionCase.DiscriminatorValue) : unionCase.DiscriminatorValue;
            ObjectConverter(view, spec.JsonName, inherited.Concat(members).ToList(), union.Discriminator, $"new {view.FullName}", confirm);
        }
        else
        {
            foreach (var property in members)
            {
                view.Properties.Add(PropertyView(property));
            }

            ObjectConverter(view, spec.JsonName, members, null, $"new {view.FullName}");
        }

        if (spec.IsValidated)
        {
            view.IsValidated = true;
            view.IsRequest = spec.Name == _spec.Operation?.RequestType;
            ValidateLines(view, spec, members);
        }

        return view;
    }

    private TypeView UnionView(UnionSpec spec)
    {
        var view = NewView("union", spec);
        view.Discriminator = PropertyView(spec.Discriminator);
        view.UnknownName = spec.UnknownName;
        foreach (var property in spec.Properties.Where(p => p.JsonName != spec.Discriminator.JsonName))
        {
            view.Properties.Add(PropertyView(property));
        }

        var isString = spec.Discriminator.Type.Kind is TypeKind.String or TypeKind.StringEnum;
        var jsonName = spec.Discriminator.JsonName;
        var lines = view.DispatchLines;
        lines.Add($"{Json}.ExpectStartObject(ref reader, {TypeExpressions.Literal(spec.JsonName)});");
        var guessable = GuessLines(view, spec);
        if (guessable.Count > 0)
        {
            lines.Add("var guess = GuessCase(reader);");
            for (var i = 0; i < spec.Cases.Count; i++)
            {
                var c = spec.Cases[i];
                if (guessable.Contains(i))
                {
                    lines.Add($"if (guess == {i + 1} && {Union}.TryReadGuessed(ref reader, options, {_x.Converter(c.CaseName)}.ReadCase, out var guessed{c.CaseName}))");
                    lines.Add("{");
                    lines.Add($"    return guessed{c.CaseName};");
                    lines.Add("}");
                    lines.Add("");
                }
            }
        }

        lines.Add($"if (!{Json}.{(isString ? "TryPeekString" : "TryPeekInt64")}(reader, {TypeExpressions.Utf8(jsonName)}, {TypeExpressions.Literal(spec.JsonName)}, out var discriminator))");
        lines.Add("{");
        // A response need not tell the kind (bk-job leaves log_type out for a step that is neither script nor file): the
        // object is kept, as an unknown case without a discriminator value, unless the spec guarantees the member.
        lines.Add(IsCSharpNullable(spec.Discriminator)
            ? "    return ReadUnknown(ref reader, null, options);"
            : $"    throw {Json}.MissingDiscriminator({TypeExpressions.Literal(spec.JsonName)}, {TypeExpressions.Literal(jsonName)});");
        lines.Add("}");
        lines.Add("");
        lines.Add("switch (discriminator)");
        lines.Add("{");
        foreach (var c in spec.Cases)
        {
            lines.Add($"    case {(isString ? TypeExpressions.Literal(c.Value) : c.Value)}:");
            lines.Add($"        return {_x.Converter(c.CaseName)}.Instance.Read(ref reader, typeof({_x.Qualify(c.CaseName)}), options);");
        }

        var discriminatorValue = spec.Discriminator.Type.Kind switch
        {
            TypeKind.Enum => $"({_x.Qualify(spec.Discriminator.Type)})discriminator",
            TypeKind.Int32 => "(int)discriminator",
            TypeKind.StringEnum => $"new {_x.Qualify(spec.Discriminator.Type)}(discriminator!)",
            TypeKind.String => "discriminator!",
            _ => "discriminator",
        };
        lines.Add("    default:");
        lines.Add($"        return ReadUnknown(ref reader, {discriminatorValue}, options);");
        lines.Add("}");

        foreach (var c in spec.Cases)
        {
            view.WriteLines.Add($"case {_x.Qualify(c.CaseName)} known{c.CaseName}:");
            view.WriteLines.Add($"    {_x.Converter(c.CaseName)}.Instance.Write(writer, known{c.CaseName}, options);");
            view.WriteLines.Add("    break;");
        }

        return view;
    }

    /// <summary>
    /// The body of the union converter's <c>GuessCase</c>: 0 when the discriminator comes first (or nothing tells), otherwise
    /// the 1-based case that the first member only that case has belongs to (see <c>BkUnion</c>). No lines when no case has such a member.
    /// </summary>
    /// <returns>The (0-based) indexes of the cases that can be guessed.</returns>
    private HashSet<int> GuessLines(TypeView view, UnionSpec spec)
    {
        var common = new HashSet<string>(spec.Properties.Select(p => p.JsonName));
        var caseNames = spec.Cases.Select(c => _types.TryGetValue(c.CaseName, out var t) && t is ObjectSpec o
            ? o.Properties.Where(p => !common.Contains(p.JsonName)).SelectMany(p => new[] { p.JsonName }.Concat(p.Aliases)).ToList()
            : new List<string>()).ToList();
        var tests = new List<string>();
        var guessable = new HashSet<int>();
        for (var i = 0; i < caseNames.Count; i++)
        {
            foreach (var name in caseNames[i].Where(n => n != spec.Discriminator.JsonName && caseNames.Where((_, j) => j != i).All(other => !other.Contains(n))).Distinct())
            {
                tests.Add($"if (reader.ValueTextEquals({TypeExpressions.Utf8(name)}))");
                tests.Add("{");
                tests.Add($"    return {i + 1};");
                tests.Add("}");
                tests.Add("");
                guessable.Add(i);
            }
        }

        if (tests.Count == 0)
        {
            return guessable;
        }

        var lines = view.GuessLines;
        lines.Add("while (reader.Read() && reader.TokenType == global::System.Text.Json.JsonTokenType.PropertyName)");
        lines.Add("{");
        lines.Add($"    if (reader.ValueTextEquals({TypeExpressions.Utf8(spec.Discriminator.JsonName)}))");
        lines.Add("    {");
        lines.Add("        return 0;");
        lines.Add("    }");
        lines.Add("");
        lines.AddRange(tests.Select(t => t.Length == 0 ? t : "    " + t));
        lines.Add($"    {Json}.ReadValue(ref reader);");
        lines.Add("    reader.Skip();");
        lines.Add("}");
        lines.Add("");
        lines.Add("return 0;");
        return guessable;
    }

    private TypeView UnknownView(UnionSpec spec)
    {
        var view = new TypeView
        {
            Kind = "unknown",
            Name = spec.UnknownName,
            FullName = _x.Qualify(spec.UnknownName),
            JsonName = spec.JsonName,
            BaseType = _x.Qualify(spec.Name),
            Doc = Doc($"A <see cref=\"{spec.Name}\"/> whose <c>{Inline(spec.Discriminator.JsonName)}</c> this client does not know (e.g. from a newer server)"
                + (IsCSharpNullable(spec.Discriminator) ? $", or that has none (<see cref=\"{spec.Discriminator.Name}\"/> is null). " : ". ")
                + "The members common to every case are read; the whole object is kept in <see cref=\"Raw\"/>, and it is what serialization writes back "
                + "(so a copy made with <c>with</c> serializes as the original)."),
            Discriminator = PropertyView(spec.Discriminator),
            ConverterName = spec.Name + "JsonConverter",
        };
        var common = spec.Properties.Where(p => p.JsonName != spec.Discriminator.JsonName).ToList();
        // The union's converter writes an unknown case back as its raw JSON: no Write of its own.
        ObjectConverter(view, spec.JsonName, common, spec.Discriminator, $"new {view.FullName}(discriminator, raw)", writes: false);
        return view;
    }

    /// <param name="confirmValue">For a union case: its discriminator value as a <c>BkUnion.DiscriminatorIs</c> argument; the read
    /// then reports in <c>confirmed</c> whether the object's discriminator selects this case.</param>
    /// <param name="writes">False for a converter with no Write of its own (an unknown case).</param>
    private void ObjectConverter(TypeView view, string jsonName, List<PropertySpec> members, PropertySpec? discriminator, string constructor, string? confirmValue = null, bool writes = true)
    {
        var read = view.ReadLines;
        read.Add($"{Json}.ExpectStartObject(ref reader, {TypeExpressions.Literal(jsonName)});");
        if (confirmValue is not null)
        {
            read.Add("confirmed = false;");
            read.Add("var discriminatorSeen = false;");
        }

        foreach (var p in members)
        {
            var declared = _x.Declared(p.Type);
            var local = Local(p);
            if (p.DefaultsToEmpty)
            {
                read.Add($"{declared} {local} = [];");
            }
            else if (IsCSharpNullable(p))
            {
                read.Add($"{declared}? {local} = default;");
            }
            else
            {
                read.Add($"{declared} {local} = default{(p.Type.IsValueType ? "" : "!")};");
                read.Add($"var has{p.Name} = false;");
            }
        }

        read.Add("while (true)");
        read.Add("{");
        read.Add($"    {Json}.ReadValue(ref reader);");
        read.Add("    if (reader.TokenType == global::System.Text.Json.JsonTokenType.EndObject)");
        read.Add("    {");
        read.Add("        break;");
        read.Add("    }");
        read.Add("");
        var first = true;
        foreach (var p in members)
        {
            var label = $"{jsonName}.{p.JsonName}";
            var condition = string.Join(" || ", new[] { p.JsonName }.Concat(p.Aliases).Select(n => $"reader.ValueTextEquals({TypeExpressions.Utf8(n)})"));
            read.Add($"    {(first ? "if" : "else if")} ({condition})");
            read.Add("    {");
            var value = _x.Read(p.Type, label);
            var local = Local(p);
            if (p.DefaultsToEmpty)
            {
                read.Add($"        {local} = {Json}.ReadValueIsNull(ref reader) ? [] : {value};");
            }
            else if (IsCSharpNullable(p))
            {
                read.Add($"        {local} = {Json}.ReadValueIsNull(ref reader) ? null : {value};");
            }
            else
            {
                read.Add($"        {Json}.ReadValueNotNull(ref reader, {TypeExpressions.Literal(label)});");
                read.Add($"        {local} = {value};");
                read.Add($"        has{p.Name} = true;");
            }

            read.Add("    }");
            first = false;
        }

        if (confirmValue is not null)
        {
            read.Add($"    {(first ? "if" : "else if")} (reader.ValueTextEquals({TypeExpressions.Utf8(discriminator!.JsonName)}))");
            read.Add("    {");
            read.Add($"        confirmed |= {Union}.DiscriminatorIs(ref reader, ref discriminatorSeen, {confirmValue});");
            read.Add("    }");
            first = false;
        }

        if (first)
        {
            read.Add("    {");
        }
        else
        {
            read.Add("    else");
            read.Add("    {");
        }

        read.Add($"        {Json}.ReadValue(ref reader);");
        read.Add("        reader.Skip();");
        read.Add("    }");
        read.Add("}");
        read.Add("");
        var required = members.Where(p => !p.DefaultsToEmpty && !IsCSharpNullable(p)).ToList();
        foreach (var p in required)
        {
            read.Add($"{Json}.Require(has{p.Name}, {TypeExpressions.Literal($"{jsonName}.{p.JsonName}")});");
        }

        if (required.Count > 0)
        {
            read.Add("");
        }

        if (members.Count == 0)
        {
            // "new T" needs an argument list or an initializer: an object without members gets "new T()".
            read.Add($"return {constructor}{(constructor.EndsWith(")", System.StringComparison.Ordinal) ? "" : "()")};");
        }
        else
        {
            read.Add($"return {constructor}");
            read.Add("{");
            foreach (var p in members)
            {
                read.Add($"    {p.Name} = {Local(p)},");
            }

            read.Add("};");
        }

        if (!writes)
        {
            return;
        }

        var write = view.WriteLines;
        var names = new HashSet<string>();
        write.Add("writer.WriteStartObject();");
        if (discriminator is not null)
        {
            // A discriminator is an integer, a string or an enum (the parser checks): never a list.
            // A case's discriminator is its constant, never null, also where the union's property is nullable.
            var discriminatorValue = "value." + discriminator.Name + (IsCSharpNullable(discriminator) ? (discriminator.Type.IsValueType ? ".GetValueOrDefault()" : "!") : "");
            write.AddRange(_x.Write(discriminator.Type, EncodedName(view, names, discriminator), discriminatorValue, listWriter: ""));
        }

        var afterBlock = false;
        foreach (var p in members)
        {
            var name = EncodedName(view, names, p);
            var listWriter = ListWriter(view, p, name);
            if (p.Type.IsValueType && !IsCSharpNullable(p))
            {
                if (afterBlock)
                {
                    write.Add("");
                }

                write.AddRange(_x.Write(p.Type, name, "value." + p.Name, listWriter));
                afterBlock = false;
            }
            else
            {
                write.Add("");
                write.Add($"if (value.{p.Name} is {{ }} {Local(p)})");
                write.Add("{");
                write.AddRange(_x.Write(p.Type, name, Local(p), listWriter).Select(l => "    " + l));
                write.Add("}");
                afterBlock = true;
            }
        }

        if (afterBlock)
        {
            write.Add("");
        }

        write.Add("writer.WriteEndObject();");
    }

    /// <summary>
    /// For an array member, adds the converter's method writing it and returns its name: <c>Write{Member}Items</c>, unique as
    /// member names are, and never an inherited member's name; empty for other members.
    /// </summary>
    private string ListWriter(TypeView view, PropertySpec p, string name)
    {
        if (p.Type.Kind != TypeKind.Array)
        {
            return "";
        }

        var method = $"Write{p.Name}Items";
        view.ConverterMethods.Add(_x.ListWriter(p.Type, name, method));
        return method;
    }

    /// <summary>
    /// The name of a member as the converter writes it: a static <c>JsonEncodedText</c> field, encoded once, as STJ's fast
    /// path does (the writer then copies it without checking for characters to escape); named after the member, with a
    /// number appended in the unlikely case two members would share a field. A name that needs escaping stays a UTF-8
    /// literal, escaped by the writer's own encoder: pre-encoding it would fix the default encoder's escaping, and change
    /// the bytes for options with another one (e.g. <c>UnsafeRelaxedJsonEscaping</c>).
    /// </summary>
    private static string EncodedName(TypeView view, HashSet<string> taken, PropertySpec p)
    {
        if (!IsPlainName(p.JsonName))
        {
            return TypeExpressions.Utf8(p.JsonName);
        }

        var field = $"s_{Camel(p.Name)}Name";
        for (var n = 2; !taken.Add(field); n++)
        {
            field = $"s_{Camel(p.Name)}Name{n}";
        }

        view.ConverterFields.Add($"private static readonly global::System.Text.Json.JsonEncodedText {field} = global::System.Text.Json.JsonEncodedText.Encode({TypeExpressions.Utf8(p.JsonName)});");
        return field;
    }

    /// <summary>
    /// A name no encoder escapes: ASCII letters, digits, <c>_ - . $</c> and space (every encoder escapes control characters,
    /// quotes and backslashes; the default one also HTML-sensitive characters and everything beyond ASCII).
    /// </summary>
    private static bool IsPlainName(string name)
        => name.All(c => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '_' or '-' or '.' or '$' or ' ');

    /// <summary>
    /// The two validation passes of an object, built from the same checks: <c>Validate(validator, path)</c> collects every
    /// problem with its JSON path; <c>IsValid()</c> tests the same conditions as booleans (the runtime's <c>Is*</c> twins of the
    /// collecting methods), with no validator, path or allocation, and stops at the first failure.
    /// </summary>
    private void ValidateLines(TypeView view, ObjectSpec spec, List<PropertySpec> members)
    {
        var lines = view.ValidateLines;
        var isValid = view.IsValidLines;
        var byJson = spec.Properties.ToDictionary(p => p.JsonName);
        foreach (var p in members)
        {
            var path = $"{Validator}.Join(path, {TypeExpressions.Literal(p.JsonName)})";
            var fails = new List<string>();
            // A required member may be C#-nullable (its type also travels in responses): null is refused before sending.
            if (!p.DefaultsToEmpty && p.IsRequired && !p.IsNullable && (!p.Type.IsValueType || IsCSharpNullable(p)))
            {
                lines.Add($"validator.NotNull({p.Name}, {path});");
                fails.Add($"{p.Name} is null");
            }

            if (p.Type.Kind == TypeKind.Array)
            {
                ReturnFalseIf(isValid, fails, "");
                var itemChecks = ValueChecks(p.Type.Element!, p.Constraints.Items, $"items[i]", $"{Validator}.Index(itemsPath, i)", view, p.Name + "Item");
                if (!p.Type.Element!.IsValueType && !p.Type.ElementNullable)
                {
                    // A null item would be written as null: refuse it before sending, as the reader refuses it in a response.
                    itemChecks.Insert(0, new Check($"validator.NotNullItem(items[i], {Validator}.Index(itemsPath, i));", "items[i] is null"));
                }

                var countCheck = p.Constraints.MinItems is not null || p.Constraints.MaxItems is not null;
                if (!countCheck && itemChecks.Count == 0)
                {
                    continue;
                }

                lines.Add($"if ({p.Name} is {{ }} {Local(p)})");
                lines.Add("{");
                lines.Add($"    var itemsPath = {path};");
                isValid.Add($"if ({p.Name} is {{ }} {Local(p)})");
                isValid.Add("{");
                if (countCheck)
                {
                    lines.Add($"    validator.Count({Local(p)}.Count, {Nullable(p.Constraints.MinItems)}, {Nullable(p.Constraints.MaxItems)}, itemsPath);");
                    ReturnFalseIf(isValid, new List<string> { $"!{Validator}.IsCountValid({Local(p)}.Count, {Nullable(p.Constraints.MinItems)}, {Nullable(p.Constraints.MaxItems)})" }, "    ");
                }

                if (itemChecks.Count > 0)
                {
                    lines.Add($"    var items = {Local(p)};");
                    lines.Add("    for (var i = 0; i < items.Count; i++)");
                    lines.Add("    {");
                    lines.AddRange(itemChecks.Select(c => "        " + c.Collect));
                    lines.Add("    }");
                    isValid.Add($"    var items = {Local(p)};");
                    isValid.Add("    for (var i = 0; i < items.Count; i++)");
                    isValid.Add("    {");
                    ReturnFalseIf(isValid, itemChecks.Select(c => c.Fails).ToList(), "        ");
                    isValid.RemoveAt(isValid.Count - 1); // the blank line after the innermost block
                    isValid.Add("    }");
                }
                else
                {
                    isValid.RemoveAt(isValid.Count - 1);
                }

                lines.Add("}");
                lines.Add("");
                isValid.Add("}");
                isValid.Add("");
            }
            else
            {
                var checks = ValueChecks(p.Type, p.Constraints, p.Name, path, view, p.Name);
                lines.AddRange(checks.Select(c => c.Collect));
                fails.AddRange(checks.Select(c => c.Fails));
                ReturnFalseIf(isValid, fails, "");
            }
        }

        foreach (var group in spec.RequiredGroups)
        {
            var satisfied = string.Join(" || ", group.Alternatives.Select(a => "(" + string.Join(" && ", a.JsonNames.Select(n => Present(byJson[n]))) + ")"));
            var described = string.Join(", or ", group.Alternatives.Select(a => string.Join(" + ", a.JsonNames)));
            lines.Add($"validator.AnyOf(path, {satisfied}, {TypeExpressions.Literal(described)});");
            ReturnFalseIf(isValid, new List<string> { $"!({satisfied})" }, "");
        }

        foreach (var dependency in spec.Dependencies)
        {
            var from = byJson[dependency.JsonName];
            var to = byJson[dependency.Requires];
            lines.Add($"validator.Dependency(path, {TypeExpressions.Literal(from.JsonName)}, {Present(from)}, {TypeExpressions.Literal(to.JsonName)}, {Present(to)});");
            ReturnFalseIf(isValid, new List<string> { $"!{Validator}.IsDependencyMet({Present(from)}, {Present(to)})" }, "");
        }

        isValid.Add("return true;");
    }

    /// <summary><c>if (a || b) { return false; }</c> and a blank line, for the conditions under which a check fails.</summary>
    private static void ReturnFalseIf(List<string> lines, List<string> fails, string indent)
    {
        if (fails.Count == 0)
        {
            return;
        }

        lines.Add($"{indent}if ({string.Join(" || ", fails)})");
        lines.Add($"{indent}{{");
        lines.Add($"{indent}    return false;");
        lines.Add($"{indent}}}");
        lines.Add("");
    }

    /// <summary>One check of a value: the collecting call, and the boolean expression that is true when it would report a problem.</summary>
    private readonly struct Check
    {
        public Check(string collect, string fails)
        {
            Collect = collect;
            Fails = fails;
        }

        public string Collect { get; }

        public string Fails { get; }
    }

    private List<Check> ValueChecks(TypeRef type, ConstraintSpec? constraints, string value, string path, TypeView view, string patternName)
    {
        var checks = new List<Check>();
        // Objects of a definitions file always have Validate and IsValid; local ones when reachable from the request.
        if (type.Kind == TypeKind.Object && (type.Namespace is not null || (_types.TryGetValue(type.Name!, out var target) && target is ObjectSpec { IsValidated: true })))
        {
            checks.Add(new Check($"{value}?.Validate(validator, {path});", $"{value}?.IsValid() == false"));
        }

        if (type.Kind is TypeKind.Enum or TypeKind.StringEnum)
        {
            var converter = _x.Converter(type);
            checks.Add(new Check($"validator.Listed({value}, {converter}.IsListed({value}), {converter}.ListedValues, {path});", $"!{converter}.IsListed({value})"));
        }

        if (constraints is null || constraints.IsEmpty)
        {
            return checks;
        }

        var range = constraints.Minimum is not null || constraints.Maximum is not null;
        var rangeType = type.Kind switch { TypeKind.Int32 or TypeKind.Int64 => "long?", TypeKind.Double => "double?", _ => null };
        if (range && rangeType is not null)
        {
            var bounds = $"{Nullable(constraints.Minimum)}, {Nullable(constraints.Maximum)}";
            checks.Add(new Check($"validator.Range(({rangeType}){value}, {bounds}, {path});", $"!{Validator}.IsInRange(({rangeType}){value}, {bounds})"));
        }

        if (type.Kind == TypeKind.String)
        {
            if (constraints.MinLength is not null || constraints.MaxLength is not null)
            {
                var bounds = $"{Nullable(constraints.MinLength)}, {Nullable(constraints.MaxLength)}";
                checks.Add(new Check($"validator.Length({value}, {bounds}, {path});", $"!{Validator}.IsLengthValid({value}, {bounds})"));
            }

            if (constraints.Format is { } format)
            {
                checks.Add(new Check($"validator.Format({value}, {TypeExpressions.Literal(format)}, {path});", $"!{Validator}.IsFormatValid({value}, {TypeExpressions.Literal(format)})"));
            }

            if (constraints.Pattern is { } pattern)
            {
                // A list's items are named "{member}Item", which another member may be called: number a second one.
                var field = $"s_{Camel(patternName)}Pattern";
                for (var n = 2; view.StaticFields.Any(f => f.Contains($" {field} = ")); n++)
                {
                    field = $"s_{Camel(patternName)}Pattern{n}";
                }

                view.StaticFields.Add($"private static readonly global::System.Text.RegularExpressions.Regex {field} = new({TypeExpressions.Literal(pattern)}, global::System.Text.RegularExpressions.RegexOptions.CultureInvariant);");
                checks.Add(new Check($"validator.Pattern({value}, {field}, {path});", $"!{Validator}.IsPatternMatch({value}, {field})"));
            }
        }

        return checks;
    }

    private ContextView ContextView(FileView file)
    {
        var context = new ContextView { Name = _spec.ContextName, Subject = _spec.Operation is { } op ? $"<c>{Inline(op.Name)}</c>" : $"the definitions of <c>{Inline(_spec.FileName)}</c>" };
        foreach (var type in file.Types.Where(t => t.Kind != "unknown"))
        {
            var property = ContextMembers.Contains(type.Name) ? type.Name + "Info" : type.Name;
            context.TypeInfos.Add(new TypeInfoView
            {
                Property = property,
                Field = "_" + Camel(property),
                Type = type.FullName,
                Converter = _x.Converter(type.Name) + ".Instance",
                Doc = $"Metadata for <see cref=\"{type.FullName.Substring("global::".Length)}\"/>.",
            });
        }

        // The definitions-file types the operation uses: its context resolves every type of the operation, shared or not.
        foreach (var shared in _spec.SharedTypes)
        {
            var property = ContextMembers.Contains(shared.Name!) ? shared.Name + "Info" : shared.Name!;
            if (context.TypeInfos.Any(t => t.Property == property))
            {
                continue;
            }

            context.TypeInfos.Add(new TypeInfoView
            {
                Property = property,
                Field = "_" + Camel(property),
                Type = _x.Qualify(shared),
                Converter = _x.Converter(shared) + ".Instance",
                Doc = $"Metadata for <see cref=\"{_x.Qualify(shared).Substring("global::".Length)}\"/> (a shared definition).",
            });
        }

        if (_spec.Operation is not { } operation)
        {
            return context;
        }

        var response = _x.Qualify(operation.ResponseType);
        // The envelope's property is <Method>Response, unless a definition already took that name.
        var responseProperty = context.TypeInfos.Any(t => t.Property == operation.MethodName + "Response") ? operation.MethodName + "Envelope" : operation.MethodName + "Response";
        context.EnvelopeProperty = responseProperty;
        context.TypeInfos.Add(new TypeInfoView
        {
            Property = responseProperty,
            Field = "_" + Camel(responseProperty),
            Type = $"global::BkApiGen.Runtime.BkApiResponse<{response}>",
            Converter = $"new global::BkApiGen.Runtime.Serialization.BkApiResponseConverter<{response}>({_x.Converter(operation.ResponseType)}.Instance)",
            Doc = $"Metadata for the envelope of <c>{Inline(operation.Name)}</c> responses.",
        });
        return context;
    }

    private OperationView OperationView(OperationSpec op, ContextView context)
    {
        var requestInfo = context.TypeInfos.First(t => t.Type == _x.Qualify(op.RequestType)).Property;
        return new OperationView
        {
            Method = op.MethodName + "Async",
            Name = op.Name,
            System = op.System,
            SystemLiteral = TypeExpressions.Literal(op.System),
            NameLiteral = TypeExpressions.Literal(op.Name),
            Doc = Doc(op.Description is null ? $"Calls <c>{Inline(op.Name)}</c>." : Escape(op.Description)),
            RequestType = _x.Qualify(op.RequestType),
            ResponseType = _x.Qualify(op.ResponseType),
            Descriptor = op.MethodName + "Operation",
            HttpMethod = "global::System.Net.Http.HttpMethod." + op.HttpMethod.Substring(0, 1) + op.HttpMethod.Substring(1).ToLowerInvariant(),
            GatewayPath = op.GatewayPath is null ? "null" : TypeExpressions.Literal(op.GatewayPath),
            EsbPath = op.EsbPath is null ? "null" : TypeExpressions.Literal(op.EsbPath),
            Idempotent = op.IsIdempotent ? "true" : "false",
            Protocol = op.Protocol == "v4" ? "global::BkApiGen.Runtime.BkApiProtocol.V4" : null,
            RequestTypeInfo = $"global::{_spec.Namespace}.{_spec.ContextName}.Default.{requestInfo}",
            ResponseTypeInfo = $"global::{_spec.Namespace}.{_spec.ContextName}.Default.{context.EnvelopeProperty}",
            Paging = op.Paging is { } paging ? new PagingView
            {
                Method = op.MethodName + "AllAsync",
                ItemType = _x.ElementDeclared(paging.ItemsType),
                PageMember = paging.PageMember,
                PageType = paging.PageType is { } page ? _x.Qualify(page) : "",
                PageIsRequired = paging.PageIsRequired,
                OffsetMember = paging.OffsetMember,
                OffsetIsInt32 = paging.OffsetIsInt32,
                LimitMember = paging.LimitMember,
                TotalMember = paging.TotalMember,
                ItemsMember = paging.ItemsMember,
                MaxLimit = paging.MaxLimit,
            } : null,
            Chunks = op.Chunks.Select(chunk => new ChunkView
            {
                Method = op.MethodName + chunk.MethodSuffix + "Async",
                Member = chunk.Member,
                ItemType = _x.ElementDeclared(chunk.ListType),
                MaxItems = chunk.MaxItems,
            }).ToList(),
        };
    }

    private TypeView NewView(string kind, TypeSpec spec) => new()
    {
        Kind = kind,
        Name = spec.Name,
        FullName = _x.Qualify(spec.Name),
        JsonName = spec.JsonName,
        Doc = Doc(spec.Description is null ? $"The <c>{Inline(spec.JsonName)}</c> object." : Escape(spec.Description)),
        ConverterName = spec.Name + "JsonConverter",
    };

    private PropertyView PropertyView(PropertySpec p)
    {
        var type = _x.Declared(p.Type) + (IsCSharpNullable(p) ? "?" : "");
        var doc = p.Description is null ? $"<c>{Inline(p.JsonName)}</c>." : Escape(p.Description);
        return new PropertyView
        {
            Name = p.Name,
            JsonName = p.JsonName,
            Type = type,
            Modifiers = IsRequiredMember(p) ? "required " : "",
            Initializer = p.DefaultsToEmpty ? " = [];" : "",
            Doc = Doc(doc),
        };
    }

    private string DiscriminatorLiteral(UnionSpec union, string value, string? enumMember)
    {
        var type = union.Discriminator.Type;
        switch (type.Kind)
        {
            case TypeKind.Enum:
                return enumMember is null ? $"({_x.Qualify(type)})({value})" : $"{_x.Qualify(type)}.{enumMember}";
            case TypeKind.StringEnum:
                return $"new {_x.Qualify(type)}({TypeExpressions.Literal(value)})";
            case TypeKind.String:
                return TypeExpressions.Literal(value);
            case TypeKind.Int32:
                return value;
            default:
                return value + "L";
        }
    }

    /// <summary>
    /// A member the C# type marks nullable, unless it defaults to empty: in a type that travels in responses, every member
    /// the spec does not mark <c>x-never-null</c> (a server may leave any of them out or null); in a request-only type, an
    /// optional or JSON-nullable one.
    /// </summary>
    private static bool IsCSharpNullable(PropertySpec p)
        => !p.DefaultsToEmpty && (p.InResponse ? !p.NeverNull : !p.IsRequired || p.IsNullable);

    /// <summary>
    /// A member with C#'s <c>required</c>: every non-nullable one (it has no default), and a nullable one that requests must
    /// send (JSON Schema <c>required</c> in a type that also travels in requests; Validate refuses its null).
    /// </summary>
    private static bool IsRequiredMember(PropertySpec p)
        => !p.DefaultsToEmpty && (!IsCSharpNullable(p) || p.InRequest && p.IsRequired && !p.IsNullable);

    private static string Present(PropertySpec p)
        => p.Type.Kind is TypeKind.Array or TypeKind.Map ? $"{p.Name} is {{ Count: > 0 }}"
            : p.Type.IsValueType && !IsCSharpNullable(p) ? "true"
            : $"{p.Name} is not null";

    private static string Local(PropertySpec p) => Camel(p.Name) + "Value";

    /// <summary>
    /// A C# name in camel case, for the locals and fields derived from it: <c>Ip</c> → <c>ip</c>. A name that does not start
    /// with an upper-case letter gets a leading underscore instead (<c>ip</c> → <c>_ip</c>), so that members <c>ip</c> and
    /// <c>Ip</c>, both legal, never derive the same local.
    /// </summary>
    private static string Camel(string name) => char.IsUpper(name[0]) ? char.ToLowerInvariant(name[0]) + name.Substring(1) : "_" + name;

    private static string Nullable(long? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "null";

    private static string Nullable(int? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "null";

    private static List<string> Doc(string xml) => CommentText.Summary(xml);

    /// <summary>Spec text inside a doc comment.</summary>
    private static string Escape(string text) => CommentText.Xml(text);

    /// <summary>Spec text inside one line of a doc comment (a name in <c>&lt;c&gt;</c>).</summary>
    private static string Inline(string text) => CommentText.Xml(CommentText.OneLine(text));
}
