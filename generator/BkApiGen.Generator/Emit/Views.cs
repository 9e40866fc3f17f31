using System.Collections.Generic;

namespace BkApiGen.Generator.Emit;

// What the templates see: names and ready-made lines of code. Decisions are made in C# (ViewBuilder), where they
// can be read and tested; the templates only lay the code out. Scriban exposes members in snake_case.

internal sealed class FileView
{
    public string Namespace { get; set; } = "";
    public string SpecFile { get; set; } = "";
    public string Version { get; set; } = "";
    public List<TypeView> Types { get; } = new();
    public ContextView? Context { get; set; }
    public OperationView? Operation { get; set; }
    public ClientView? Client { get; set; }
}

internal sealed class TypeView
{
    /// <summary>object, union, case, unknown, enum or string_enum.</summary>
    public string Kind { get; set; } = "";
    public string Name { get; set; } = "";
    public string FullName { get; set; } = "";
    public string JsonName { get; set; } = "";
    public List<string> Doc { get; set; } = new();
    public string? BaseType { get; set; }
    public string? EnumUnderlying { get; set; }
    public List<PropertyView> Properties { get; } = new();
    public List<EnumMemberView> Members { get; } = new();

    // Unions
    public PropertyView? Discriminator { get; set; }
    public string? DiscriminatorOverride { get; set; }
    public List<string> DispatchLines { get; } = new();
    public List<string> GuessLines { get; } = new();
    public string? UnknownName { get; set; }
    public TypeView? Unknown { get; set; }

    // Validation
    public bool IsValidated { get; set; }
    public bool IsRequest { get; set; }
    public List<string> ValidateLines { get; } = new();
    /// <summary>The body of IsValid(): the checks of ValidateLines as booleans.</summary>
    public List<string> IsValidLines { get; } = new();
    public List<string> StaticFields { get; } = new();

    // Converter
    public string? ConverterName { get; set; }
    /// <summary>Static fields of the converter: the pre-encoded member names its <c>Write</c> uses.</summary>
    public List<string> ConverterFields { get; } = new();
    public List<string> ReadLines { get; } = new();
    public List<string> WriteLines { get; } = new();
    /// <summary>Private methods of the converter, after <c>Write</c> (one a list member: see TypeExpressions.ListWriter).</summary>
    public List<List<string>> ConverterMethods { get; } = new();
}

internal sealed class PropertyView
{
    public string Name { get; set; } = "";
    public string JsonName { get; set; } = "";
    public string Type { get; set; } = "";
    public string Modifiers { get; set; } = "";
    public string Initializer { get; set; } = "";
    public List<string> Doc { get; set; } = new();
}

internal sealed class EnumMemberView
{
    public string Name { get; set; } = "";
    public string Value { get; set; } = "";
    public string Literal { get; set; } = "";
    public List<string> Doc { get; set; } = new();
}

internal sealed class ContextView
{
    public string Name { get; set; } = "";
    public string Subject { get; set; } = "";
    public string EnvelopeProperty { get; set; } = "";
    public List<TypeInfoView> TypeInfos { get; } = new();
}

internal sealed class TypeInfoView
{
    public string Property { get; set; } = "";
    public string Field { get; set; } = "";
    public string Type { get; set; } = "";
    public string Converter { get; set; } = "";
    public string Doc { get; set; } = "";
}

internal sealed class OperationView
{
    public string Method { get; set; } = "";
    public string Name { get; set; } = "";
    public string System { get; set; } = "";
    public string SystemLiteral { get; set; } = "";
    public string NameLiteral { get; set; } = "";
    public List<string> Doc { get; set; } = new();
    public string RequestType { get; set; } = "";
    public string ResponseType { get; set; } = "";
    public string Descriptor { get; set; } = "";
    public string HttpMethod { get; set; } = "";
    public string GatewayPath { get; set; } = "null";
    public string EsbPath { get; set; } = "null";
    public string Idempotent { get; set; } = "false";
    /// <summary>The runtime protocol expression for a non-default protocol; null for v3 (the descriptor's default).</summary>
    public string? Protocol { get; set; }
    public string RequestTypeInfo { get; set; } = "";
    public string ResponseTypeInfo { get; set; } = "";
    /// <summary>The <c>…AllAsync</c> method of a paged operation, or null.</summary>
    public PagingView? Paging { get; set; }
    /// <summary>The <c>…ChunkedAsync</c> methods of an operation with lists to split.</summary>
    public List<ChunkView> Chunks { get; set; } = new();
}

internal sealed class PagingView
{
    public string Method { get; set; } = "";
    public string ItemType { get; set; } = "";
    /// <summary>The request member holding offset and limit (CMDB's <c>Page</c>), or null when they are request members.</summary>
    public string? PageMember { get; set; }
    public string PageType { get; set; } = "";
    public bool PageIsRequired { get; set; }
    public string OffsetMember { get; set; } = "";
    public bool OffsetIsInt32 { get; set; }
    public string LimitMember { get; set; } = "";
    public string TotalMember { get; set; } = "";
    public string ItemsMember { get; set; } = "";
    public int MaxLimit { get; set; }
}

internal sealed class ChunkView
{
    public string Method { get; set; } = "";
    public string Member { get; set; } = "";
    public string ItemType { get; set; } = "";
    public int MaxItems { get; set; }
}

internal sealed class ClientView
{
    public string ClassName { get; set; } = "";
    public string InterfaceName { get; set; } = "";
    public string System { get; set; } = "";
}
