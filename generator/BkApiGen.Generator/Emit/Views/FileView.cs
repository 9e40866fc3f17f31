using System.Collections.Generic;

namespace BkApiGen.Generator.Emit;

// What the templates see (README.md): names, flags, lists and single C# expressions, never a statement. Scriban reads
// the members in snake_case, and fails on a member that does not exist (TemplateRenderer: no relaxed member access).

/// <summary>One generated file: the types of one spec, its JSON context, and its operation on the client.</summary>
internal sealed class FileView
{
    public string Namespace { get; set; } = "";
    public string SpecFile { get; set; } = "";
    public string Version { get; set; } = "";
    public List<TypeView> Types { get; } = new();
    public ContextView? Context { get; set; }
    public OperationView? Operation { get; set; }
    public ClientView? Client { get; set; }
    public CallbackView? Callback { get; set; }
}

/// <summary>A callback spec's payload: the type that gets the static <c>Parse</c> methods, and the metadata they read with.</summary>
internal sealed class CallbackView
{
    /// <summary><c>system.name</c>, as a C# literal's content: what a <c>BkInvalidCallbackException</c> names.</summary>
    public string Id { get; set; } = "";
    /// <summary>The callback's wire name, as XML text.</summary>
    public string Name { get; set; } = "";
    /// <summary>The payload's simple name (its partial declaration in the same namespace).</summary>
    public string PayloadType { get; set; } = "";
    /// <summary>The payload's fully qualified name.</summary>
    public string PayloadFullName { get; set; } = "";
    /// <summary>Declared as <c>abstract partial record</c> (a union) rather than <c>partial record</c>.</summary>
    public bool IsUnion { get; set; }
    /// <summary>An expression: the payload's <c>JsonTypeInfo</c> on the spec's context.</summary>
    public string TypeInfo { get; set; } = "";
}

internal sealed class ClientView
{
    public string ClassName { get; set; } = "";
    public string InterfaceName { get; set; } = "";
    public string System { get; set; } = "";
}

/// <summary>The spec's <c>JsonSerializerContext</c>.</summary>
internal sealed class ContextView
{
    public string Name { get; set; } = "";
    /// <summary>XML: what the context is for.</summary>
    public string Subject { get; set; } = "";
    public string EnvelopeProperty { get; set; } = "";
    public List<TypeInfoView> TypeInfos { get; } = new();
}

internal sealed class TypeInfoView
{
    public string Property { get; set; } = "";
    public string Field { get; set; } = "";
    public string Type { get; set; } = "";
    /// <summary>An expression: the converter instance the metadata is created over.</summary>
    public string Converter { get; set; } = "";
    /// <summary>XML: the one-line summary.</summary>
    public string Doc { get; set; } = "";
}
