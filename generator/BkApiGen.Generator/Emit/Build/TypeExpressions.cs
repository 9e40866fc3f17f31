using System;
using BkApiGen.Generator.Models;
using Microsoft.CodeAnalysis.CSharp;

namespace BkApiGen.Generator.Emit;

/// <summary>The C# text for a <see cref="TypeRef"/>: its declared type, and how to read, write and convert it.</summary>
internal sealed partial class TypeExpressions(string ns)
{
    private const string Json = "global::BkApiGen.Runtime.Serialization.BkJson";
    private const string Scalars = "global::BkApiGen.Runtime.Serialization.BkScalarConverters";

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

    /// <summary>An expression reading the value the reader is on (never JSON null).</summary>
    public string Read(TypeRef type, string label) => type.Kind switch
    {
        TypeKind.Int32 => $"{Json}.ReadInt32(ref reader, {Literal(label)})",
        TypeKind.Int64 => $"{Json}.ReadInt64(ref reader, {Literal(label)})",
        TypeKind.Double => $"{Json}.ReadDouble(ref reader, {Literal(label)})",
        TypeKind.Boolean => $"{Json}.ReadBoolean(ref reader, {Literal(label)})",
        TypeKind.String => $"{Json}.ReadString(ref reader, {Literal(label)})",
        TypeKind.Any => $"{Json}.ReadElement(ref reader)",
        TypeKind.Array => $"{Json}.ReadList(ref reader, {ConverterInstance(type.Element!)}, options, {Literal(label)}, elementsNullable: {Bool(type.ElementNullable && !type.Element!.IsValueType)})",
        TypeKind.Map => $"{Json}.ReadMap(ref reader, {ConverterInstance(type.Element!)}, options, {Literal(label)}, valuesNullable: {Bool(type.ElementNullable && !type.Element!.IsValueType)})",
        _ => $"{Converter(type)}.Instance.Read(ref reader, typeof({Qualify(type)}), options)",
    };

    /// <summary>Members whose name is written first (<c>WritePropertyName</c>), then their value by <see cref="WriteCall"/>.</summary>
    public static bool WritesNameFirst(TypeRef type) => type.Kind is not (TypeKind.Int32 or TypeKind.Int64 or TypeKind.Double
        or TypeKind.Boolean or TypeKind.String or TypeKind.Enum or TypeKind.StringEnum or TypeKind.Array);

    /// <summary>
    /// An expression writing a member with value <paramref name="value"/> (not null): its name <paramref name="name"/> (the
    /// C# expression of a <c>JsonEncodedText</c> field or a UTF-8 literal) and value in one call where the writer has one,
    /// otherwise (<see cref="WritesNameFirst"/>) the value alone. An array is written by the converter's method
    /// <paramref name="listWriter"/> (see <see cref="ListWriterView"/>).
    /// </summary>
    public string WriteCall(TypeRef type, string name, string value, string listWriter) => type.Kind switch
    {
        TypeKind.Int32 or TypeKind.Int64 or TypeKind.Double => $"writer.WriteNumber({name}, {value})",
        TypeKind.Boolean => $"writer.WriteBoolean({name}, {value})",
        TypeKind.String => $"writer.WriteString({name}, {value})",
        // Enums as their converters write them, in one call with the name (long: the digits of an int enum are the same).
        TypeKind.Enum => $"writer.WriteNumber({name}, (long){value})",
        TypeKind.StringEnum => $"writer.WriteString({name}, {value}.Value)",
        TypeKind.Any => $"{value}.WriteTo(writer)",
        TypeKind.Array => $"{listWriter}(writer, {value}, options)",
        TypeKind.Map => $"{Json}.WriteMap(writer, {value}, {ConverterInstance(type.Element!)}, options)",
        _ => $"{Converter(type)}.Instance.Write(writer, {value}, options)",
    };

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
