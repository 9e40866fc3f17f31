using System;
using System.Collections.Generic;
using System.Threading;
using BkApiGen.SpecFormat;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Serialization;
using NJsonSchema;
using NJsonSchema.Infrastructure;
using NJsonSchema.References;
using NJsonSchema.Visitors;

namespace BkApiGen.Generator.Parsing;

/// <summary>
/// NJsonSchema's view of a spec, built from the spec's parsed tree (no second read of the text), with the references into
/// shared definitions files resolved by the spec format's rule instead of by NJsonSchema (which would load the files).
/// </summary>
/// <remarks>
/// NJsonSchema has no public entry that deserializes a <see cref="JToken"/> the way <c>JsonSchema.FromJsonAsync</c> does:
/// its nested schemas (<c>items</c>, <c>additionalProperties</c>) are read with serializer settings it only sets inside
/// <see cref="JsonSchemaSerialization.FromJson{T}(string, IContractResolver)"/>. So that entry is called on a two-character
/// placeholder whose type's converter (handed out by our contract resolver) reads the tree with the serializer NJsonSchema
/// built; then references are resolved as <c>FromJsonAsync</c> would (<see cref="JsonSchemaReferenceUtilities"/>).
/// (NJsonSchema itself still writes each nested schema to text and reads it back, as it always did: that is inside it.)
/// </remarks>
internal static class SchemaReader
{
    /// <summary>The contract resolver <c>JsonSchema.FromJsonAsync</c> uses: one instance, so that its contracts are built once.</summary>
    private static readonly IContractResolver SchemaContracts = JsonSchema.CreateJsonSerializerContractResolver(SchemaType.JsonSchema);

    /// <summary>Reads <paramref name="root"/> (left unchanged). External references come back in <see cref="SchemaView.External"/>, keyed by the referencing schema.</summary>
    public static SchemaView Read(JObject root, JsonLocator locator, string specPath, CancellationToken cancellationToken)
    {
        var schema = JsonSchemaSerialization.FromJson<TreePlaceholder>("{}", new TreeContracts(root, locator))!.Schema!;
        var external = new Dictionary<JsonSchema, string>();
        new ExternalReferences(specPath, external).Visit(schema);

        // Only local references remain, so this completes synchronously without I/O.
        var resolver = JsonReferenceResolver.CreateJsonReferenceResolverFactory(new DefaultTypeNameGenerator())(schema);
        JsonSchemaReferenceUtilities.UpdateSchemaReferencesAsync(schema, resolver, SchemaContracts, cancellationToken).GetAwaiter().GetResult();
        return new SchemaView(schema, external);
    }

    /// <summary>What <see cref="JsonSchemaSerialization.FromJson{T}(string, IContractResolver)"/> is asked for: the schema read from the tree.</summary>
    private sealed class TreePlaceholder
    {
        public JsonSchema? Schema { get; set; }
    }

    /// <summary>NJsonSchema's contracts, but for <see cref="TreePlaceholder"/>: read the tree instead of the (placeholder) text.</summary>
    private sealed class TreeContracts(JObject root, JsonLocator locator) : IContractResolver
    {
        public JsonContract ResolveContract(Type type)
            => type == typeof(TreePlaceholder) ? new JsonObjectContract(type) { Converter = new TreeConverter(root, locator) } : SchemaContracts.ResolveContract(type);
    }

    private sealed class TreeConverter(JObject root, JsonLocator locator) : JsonConverter
    {
        public override bool CanWrite => false;

        public override bool CanConvert(Type objectType) => objectType == typeof(TreePlaceholder);

        public override object ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
        {
            reader.Skip();
            using var treeReader = new SourceTextReader(root, locator);
            return new TreePlaceholder { Schema = serializer.Deserialize<JsonSchema>(treeReader) };
        }

        public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer) => throw new NotSupportedException();
    }

    /// <summary>
    /// Reads the tree, but a string keyword (<c>description</c>, <c>format</c>, <c>pattern</c>...) given another JSON value
    /// (<c>true</c>, <c>1.50</c>, or a string the tree holds as a date) gets the spec's own text, as NJsonSchema reading the
    /// text would give it: not the tree value's .NET rendering (<c>True</c>, <c>1.5</c>, <c>01/01/2024 00:00:00</c>).
    /// </summary>
    private sealed class SourceTextReader(JObject root, JsonLocator locator) : JTokenReader(root)
    {
        public override string? ReadAsString()
        {
            var value = base.ReadAsString();
            if (CurrentToken is JValue { Type: not (JTokenType.String or JTokenType.Null) } token && locator.SourceText(token) is { } source)
            {
                value = token.Type == JTokenType.Date ? Unquote(source) : source;
                SetToken(JsonToken.String, value, updateIndex: false);
            }

            return value;
        }

        private static string? Unquote(string literal)
        {
            using var reader = new JsonTextReader(new System.IO.StringReader(literal)) { DateParseHandling = DateParseHandling.None };
            return reader.Read() ? reader.Value as string : null;
        }
    }

    /// <summary>
    /// Takes the <c>$ref</c>s into shared definitions files out of NJsonSchema's hands: each becomes the catalog key of its
    /// target (the spec format's <see cref="SpecReference"/> rule), and NJsonSchema sees a schema without a reference.
    /// A discriminator's mapping is left to NJsonSchema (its values are not <c>$ref</c> members; it reports them as before).
    /// </summary>
    private sealed class ExternalReferences(string specPath, Dictionary<JsonSchema, string> found) : JsonReferenceVisitorBase(SchemaContracts)
    {
        protected override void Visit(object obj, string path, string? typeNameHint, ISet<object> checkedObjects, Action<object> replacer)
        {
            if (obj is not OpenApiDiscriminator)
            {
                base.Visit(obj, path, typeNameHint, checkedObjects, replacer);
            }
        }

        protected override IJsonReference VisitJsonReference(IJsonReference reference, string path, string? typeNameHint)
        {
            if (reference is JsonSchema schema && reference.ReferencePath is { } text && !text.StartsWith("#", StringComparison.Ordinal)
                && SpecReference.Parse(text) is { } target)
            {
                found[schema] = SpecReference.Key(target.TargetFile(specPath), target.Definition);
                reference.ReferencePath = null;
            }

            return reference;
        }
    }
}

/// <summary>A spec as NJsonSchema reads it, and which of its schemas are references into shared definitions files (to catalog keys).</summary>
internal sealed record SchemaView(JsonSchema Root, IReadOnlyDictionary<JsonSchema, string> External);
