using System;
using BkApiGen.Generator.Models;
using Microsoft.CodeAnalysis.CSharp;

namespace BkApiGen.Generator.Emit;

/// <summary>The C# text for a <see cref="TypeRef"/>: its declared type, and how to read, write and convert it.</summary>
internal sealed partial class TypeExpressions(string ns)
{
    // The runtime through the Json file's alias (Json.sbncs: `using Bk = global::BkApiGen.Runtime;`).
    private const string Json = "Bk::Serialization.BkJson";
    private const string Scalars = "Bk::Serialization.BkScalarConverters";
    private const string Collections = "Bk::Serialization.BkCollectionConverters";

    public string Qualify(string typeName) => $"global::{ns}.{typeName}";

    public string Converter(string typeName) => $"global::{ns}.{typeName}JsonConverter";

    /// <summary>The full name of a named type, in its own namespace when it comes from a definitions file.</summary>
    public string Qualify(TypeRef type) => $"global::{type.Namespace ?? ns}.{type.Name}";

    public string Converter(TypeRef type) => $"global::{type.Namespace ?? ns}.{type.Name}JsonConverter";

    /// <summary>The declared C# type, without the nullable marker of the member itself.</summary>
    public string Declared(TypeRef type) => type.Kind switch
    {
        TypeKind.Int32 => "int",
        TypeKind.Int64 => "long",
        TypeKind.Double => "double",
        TypeKind.Boolean => "bool",
        TypeKind.String => "string",
        TypeKind.Any => "global::System.Text.Json.JsonElement",
        TypeKind.Array => $"global::System.Collections.Generic.IReadOnlyList<{ElementDeclared(type)}>",
        TypeKind.Map => $"global::System.Collections.Generic.IReadOnlyDictionary<string, {ElementDeclared(type)}>",
        _ => Qualify(type),
    };

    /// <summary>A <c>JsonConverter&lt;T&gt;</c> instance for array elements and map values.</summary>
    public string ConverterInstance(TypeRef type) => type.Kind switch
    {
        TypeKind.Int32 => Scalars + ".Int32",
        TypeKind.Int64 => Scalars + ".Int64",
        TypeKind.Double => Scalars + ".Double",
        TypeKind.Boolean => Scalars + ".Boolean",
        TypeKind.String => Scalars + ".String",
        TypeKind.Any => Scalars + ".Element",
        TypeKind.Array or TypeKind.Map => throw new InvalidOperationException("Nested collections are rejected by the parser."),
        _ => Converter(type) + ".Instance",
    };

    /// <summary>
    /// A <c>JsonConverter&lt;T&gt;</c> instance for a response's <c>data</c>: any type a member may have, lists and maps
    /// included, and for a <paramref name="nullable"/> value type one of <c>T?</c> (the envelope reads a null <c>data</c>
    /// itself and never calls it with null).
    /// </summary>
    public string DataConverter(TypeRef type, bool nullable)
    {
        var converter = type.Kind switch
        {
            TypeKind.Array => $"{Collections}.List({ConverterInstance(type.Element!)}, elementsNullable: {Bool(type.ElementNullable && !type.Element!.IsValueType)})",
            TypeKind.Map => $"{Collections}.Map{MapValues(type)}, valuesNullable: {Bool(type.ElementNullable && !type.Element!.IsValueType)})",
            _ => ConverterInstance(type),
        };
        // A converter of T serves T? for a class (it is never handed a null: the envelope reads that itself); the `!`
        // tells the compiler so, which would otherwise warn that JsonConverter<T> is not JsonConverter<T?> (CS8620).
        return !nullable ? converter : type.IsValueType ? $"{Scalars}.Nullable({converter})" : converter + "!";
    }

    /// <summary>
    /// The value of a list or map member with <c>"default": []</c> / <c>{}</c> before anything is read or set: <c>[]</c> for
    /// a list (no allocation); a map's interface cannot be built by a collection expression (CS9174), so it is the
    /// framework's shared empty read-only dictionary.
    /// </summary>
    public string Empty(TypeRef type) => type.Kind == TypeKind.Map
        ? $"global::System.Collections.ObjectModel.ReadOnlyDictionary<string, {ElementDeclared(type)}>.Empty"
        : "[]";

    /// <summary>
    /// An expression reading a member from its name (the reader on it) in one runtime call: JSON null as C# null
    /// (<see cref="MemberRead.Nullable"/>), as an empty collection (<see cref="MemberRead.OrEmpty"/>, lists and maps), or refused
    /// (<see cref="MemberRead.NotNull"/>, the error naming <paramref name="label"/>).
    /// </summary>
    public string ReadMember(TypeRef type, string label, MemberRead read)
    {
        var prefix = read == MemberRead.NotNull ? "ReadNotNull" : "ReadNullable";
        return type.Kind switch
        {
            TypeKind.Int32 => $"{Json}.{prefix}Int32(ref reader, {Literal(label)})",
            TypeKind.Int64 => $"{Json}.{prefix}Int64(ref reader, {Literal(label)})",
            TypeKind.Double => $"{Json}.{prefix}Double(ref reader, {Literal(label)})",
            TypeKind.Boolean => $"{Json}.{prefix}Boolean(ref reader, {Literal(label)})",
            TypeKind.String => $"{Json}.{prefix}String(ref reader, {Literal(label)})",
            TypeKind.Any => read == MemberRead.NotNull ? $"{Json}.ReadNotNullElement(ref reader, {Literal(label)})" : $"{Json}.ReadNullableElement(ref reader)",
            TypeKind.Array => $"{Json}.{(read == MemberRead.OrEmpty ? "ReadListOrEmpty" : prefix + "List")}(ref reader, {ConverterInstance(type.Element!)}, options, {Literal(label)}, elementsNullable: {Bool(type.ElementNullable && !type.Element!.IsValueType)})",
            TypeKind.Map => $"{Json}.{(read == MemberRead.OrEmpty ? "ReadMapOrEmpty" : prefix + "Map")}{MapValues(type, "ref reader, ")}, options, {Literal(label)}, valuesNullable: {Bool(type.ElementNullable && !type.Element!.IsValueType)})",
            // Enums are structs (Nullable<T> when null), objects and unions classes: a helper for each, C# does not overload on that.
            _ when read == MemberRead.NotNull => $"{Json}.ReadNotNull(ref reader, {Converter(type)}.Instance, options, {Literal(label)})",
            _ => $"{Json}.{(type.IsValueType ? "ReadNullableValue" : "ReadNullable")}(ref reader, {Converter(type)}.Instance, options)",
        };
    }

    /// <summary>
    /// An expression writing a member with value <paramref name="value"/> (not null), its name <paramref name="name"/> (the
    /// C# expression of a <c>JsonEncodedText</c> field or a UTF-8 literal) and value in one call: the writer's own where it
    /// has one, otherwise the runtime's. A list of enums, objects or unions is written by the converter's method
    /// <paramref name="listWriter"/> (see <see cref="ListWriterView"/>), a list of scalars by the runtime.
    /// </summary>
    public string WriteCall(TypeRef type, string name, string value, string listWriter) => type.Kind switch
    {
        TypeKind.Int32 or TypeKind.Int64 or TypeKind.Double => $"writer.WriteNumber({name}, {value})",
        TypeKind.Boolean => $"writer.WriteBoolean({name}, {value})",
        TypeKind.String => $"writer.WriteString({name}, {value})",
        // Enums as their converters write them, in one call with the name (long: the digits of an int enum are the same).
        TypeKind.Enum => $"writer.WriteNumber({name}, (long){value})",
        TypeKind.StringEnum => $"writer.WriteString({name}, {value}.Value)",
        TypeKind.Any => $"{Json}.WriteElement(writer, {name}, {value})",
        TypeKind.Array when HasRuntimeListWriter(type.Element!) => $"{Json}.WriteList(writer, {name}, {value})",
        TypeKind.Array => $"{listWriter}(writer, {value}, options)",
        TypeKind.Map => $"{Json}.WriteMap{MapValues(type, $"writer, {name}, {value}, ")}, options)",
        _ => $"{Json}.WriteMember(writer, {name}, {value}, {Converter(type)}.Instance, options)",
    };

    /// <summary>
    /// The type argument list and opening arguments of a runtime map call, up to its value converter:
    /// <c>(…, BkScalarConverters.String</c>. <c>IReadOnlyDictionary</c> is invariant in its values (<c>IReadOnlyList</c> is
    /// covariant), so for values that may be null (<c>string?</c>) the call names its value type, and the converter of
    /// the non-null values serves it: the runtime reads and writes a null value itself, never through the converter.
    /// </summary>
    private string MapValues(TypeRef map, string leading = "")
        => map.ElementNullable && !map.Element!.IsValueType
            ? $"<{ElementDeclared(map)}>({leading}{ConverterInstance(map.Element!)}!"
            : $"({leading}{ConverterInstance(map.Element!)}";

    /// <summary>Elements the runtime writes lists of (<c>BkJson.WriteList</c>): scalars, strings and any JSON values.</summary>
    public static bool HasRuntimeListWriter(TypeRef element)
        => element.Kind is TypeKind.Int32 or TypeKind.Int64 or TypeKind.Double or TypeKind.Boolean or TypeKind.String or TypeKind.Any;

    /// <summary>
    /// An expression writing a list element <paramref name="item"/> (not null): scalars and enums by the writer itself, as
    /// their converters write them, other elements by their sealed converter, called directly.
    /// </summary>
    public string ElementCall(TypeRef element, string item) => element.Kind switch
    {
        TypeKind.Int32 or TypeKind.Int64 or TypeKind.Double => $"writer.WriteNumberValue({item})",
        TypeKind.Boolean => $"writer.WriteBooleanValue({item})",
        TypeKind.String => $"writer.WriteStringValue({item})",
        TypeKind.Enum => $"writer.WriteNumberValue((long){item})",
        TypeKind.StringEnum => $"writer.WriteStringValue({item}.Value)",
        TypeKind.Any => $"{item}.WriteTo(writer)",
        TypeKind.Array or TypeKind.Map => throw new InvalidOperationException("Nested collections are rejected by the parser."),
        _ => $"{Converter(element)}.Instance.Write(writer, {item}, options)",
    };

    /// <summary>Element types whose null needs a branch: reference types but strings (<c>WriteStringValue(null)</c> writes null).</summary>
    public static bool NeedsNullCheck(TypeRef element) => !element.IsValueType && element.Kind != TypeKind.String;

    public static string Literal(string text) => SymbolDisplay.FormatLiteral(text, quote: true);

    /// <summary>A UTF-8 literal of a JSON member name: <c>"bk_host_id"u8</c>.</summary>
    public static string Utf8(string text) => Literal(text) + "u8";

    private static string Bool(bool value) => value ? "true" : "false";

    /// <summary>The declared type of a list's items or a map's values.</summary>
    public string ElementDeclared(TypeRef collection)
        => Declared(collection.Element!) + (collection.ElementNullable && !collection.Element!.IsValueType ? "?" : "");
}

/// <summary>What reading a member makes of JSON null (see <see cref="TypeExpressions.ReadMember"/>).</summary>
internal enum MemberRead
{
    Nullable,
    NotNull,
    OrEmpty,
}
