using System.Linq;

namespace BkApiGen.Generator.Models;

// The generator's model: plain, immutable, equatable data. No Roslyn symbols, no Location, no NJsonSchema objects,
// so that an unchanged spec compares equal and every later step is skipped.

/// <summary>
/// Everything generated from one spec file: an operation spec (with <see cref="Operation"/>), a callback spec (with
/// <see cref="Callback"/>: a payload the system sends to the caller, no client method) or a shared definitions file (both
/// null) whose types other specs reference. <see cref="SharedTypes"/> are the
/// definitions-file types an operation uses, directly or through each other: its JSON context covers them too.
/// <see cref="FilePath"/> orders the specs that declare the same type (see Merging.TypeOwnership).
/// </summary>
internal sealed record ApiSpec(
    string FileName,
    string Namespace,
    string ContextName,
    OperationSpec? Operation,
    EquatableArray<TypeSpec> Types,
    EquatableArray<TypeRef> SharedTypes = default,
    string FilePath = "",
    CallbackSpec? Callback = null)
{
    /// <summary>A shared definitions file: neither an operation nor a callback.</summary>
    public bool IsDefinitions => Operation is null && Callback is null;
}

/// <summary>
/// A callback spec's subject (<c>"role": "callback"</c>): the body a BlueKing system POSTs to the caller's
/// <c>callback_url</c>. <see cref="PayloadType"/> (a local object or union) gets static <c>Parse</c> / <c>ParseAsync</c>.
/// </summary>
internal sealed record CallbackSpec(string System, string Name, string PayloadType, string? Description);

/// <summary>
/// A type exported by a definitions file, as other specs see it: found by <see cref="Key"/> (<c>full path#definition</c>).
/// <see cref="Description"/> documents the members that reference it without a description of their own; <see cref="Uses"/>
/// names the types of the same file it refers to (members, union cases).
/// </summary>
/// <see cref="Properties"/> are an object's members, for operations that page or chunk through them.
internal sealed record SharedType(string Key, string Namespace, string Name, TypeKind Kind, bool IsValidated, string? Description = null, EquatableArray<string> Uses = default, EquatableArray<EnumMemberSpec> EnumMembers = default, EquatableArray<PropertySpec> Properties = default);

/// <summary>Every type exported by the definitions files of the project (or the part one spec sees: Merging.CatalogView).</summary>
/// <param name="Files">What <see cref="HasFile"/> finds besides the files of <see cref="Types"/>: kept by a view that leaves types out.</param>
internal sealed record SharedCatalog(EquatableArray<SharedType> Types, EquatableArray<string> Files = default)
{
    public static readonly SharedCatalog Empty = new(EquatableArray<SharedType>.Empty);

    /// <summary>Every <c>path</c> for which a key of <paramref name="types"/> starts with <c>path#</c>: what <see cref="HasFile"/> is true for.</summary>
    public static EquatableArray<string> FilesOf(EquatableArray<SharedType> types)
        => types
            .SelectMany(t => Enumerable.Range(0, t.Key.Length).Where(i => t.Key[i] == '#').Select(i => t.Key.Substring(0, i)))
            .Distinct(System.StringComparer.Ordinal)
            .OrderBy(f => f, System.StringComparer.Ordinal)
            .ToEquatableArray();

    public SharedType? Find(string key)
    {
        foreach (var type in Types)
        {
            if (string.Equals(type.Key, key, System.StringComparison.Ordinal))
            {
                return type;
            }
        }

        return null;
    }

    /// <summary>The type called <paramref name="name"/> in <paramref name="ns"/>, if a definitions file exports one.</summary>
    public SharedType? Find(string ns, string name)
    {
        foreach (var type in Types)
        {
            if (string.Equals(type.Namespace, ns, System.StringComparison.Ordinal) && string.Equals(type.Name, name, System.StringComparison.Ordinal))
            {
                return type;
            }
        }

        return null;
    }

    public SharedType? FindType(string ns, string name)
    {
        foreach (var type in Types)
        {
            if (type.Namespace == ns && type.Name == name)
            {
                return type;
            }
        }

        return null;
    }

    public bool HasFile(string path)
    {
        foreach (var file in Files)
        {
            if (string.Equals(file, path, System.StringComparison.Ordinal))
            {
                return true;
            }
        }

        foreach (var type in Types)
        {
            if (type.Key.StartsWith(path + "#", System.StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>The endpoint: where it lives and which types carry its request and <c>data</c>.</summary>
/// <remarks>
/// <paramref name="Response"/> is the type of <c>data</c>: a named type, or a scalar, list or map when the response
/// definition is an alias of one. <paramref name="ResponseIsNullable"/>: the definition allows <c>null</c>, so a null or
/// missing <c>data</c> is a null result rather than an invalid response.
/// </remarks>
internal sealed record OperationSpec(
    string System,
    string Name,
    string MethodName,
    string HttpMethod,
    string? GatewayPath,
    string? EsbPath,
    bool IsIdempotent,
    string? Description,
    string RequestType,
    TypeRef Response,
    bool ResponseIsNullable,
    ClientSpec Client,
    string Protocol = "v3",
    VerifiedIdentity Verification = VerifiedIdentity.None,
    PagingSpec? Paging = null,
    EquatableArray<ChunkSpec> Chunks = default);

/// <summary>
/// <c>x-bkapi.pagination</c>: the operation is offset-paged, and a <c>…AllAsync</c> method reads every page. The offset
/// and limit are members of the request (<see cref="PageMember"/> null) or of one of its object members (CMDB's
/// <c>page</c>); the total and the items are members of the response. <see cref="CountFlagMember"/>, beside the offset, is
/// the boolean that asks for the total alone, when only such a request tells it (CMDB's <c>enable_count</c>).
/// </summary>
internal sealed record PagingSpec(
    string? PageMember,
    TypeRef? PageType,
    bool PageIsRequired,
    string OffsetMember,
    bool OffsetIsInt32,
    string LimitMember,
    string TotalMember,
    string ItemsMember,
    TypeRef ItemsType,
    int MaxLimit,
    string? CountFlagMember = null);

/// <summary>
/// <c>x-bkapi.chunk</c>: a request list with a documented maximum (<see cref="MaxItems"/>); a <c>…ChunkedAsync</c> method
/// (<see cref="MethodSuffix"/>) splits a longer list into calls.
/// </summary>
internal sealed record ChunkSpec(string Member, TypeRef ListType, int MaxItems, string MethodSuffix);

/// <summary>The client class an operation is added to; every spec naming the same one adds a method to it.</summary>
internal sealed record ClientSpec(string Namespace, string ClassName, string InterfaceName, string System);

/// <summary>A named type: an object record, an enum, or a discriminated union.</summary>
internal abstract record TypeSpec(string JsonName, string Name, string? Description);

/// <summary>An object with named members (a C# record).</summary>
internal sealed record ObjectSpec(
    string JsonName,
    string Name,
    string? Description,
    EquatableArray<PropertySpec> Properties,
    EquatableArray<RequiredGroupSpec> RequiredGroups,
    EquatableArray<DependencySpec> Dependencies,
    UnionCaseSpec? UnionCase,
    bool IsValidated)
    : TypeSpec(JsonName, Name, Description);

/// <summary>This object is one case of a union: its base, and the discriminator value (as written in the mapping) that selects it.</summary>
/// <remarks><paramref name="EnumMember"/> names the value when the discriminator is an enum that has a member for it.</remarks>
internal sealed record UnionCaseSpec(string UnionName, string DiscriminatorValue, string? EnumMember = null);

/// <summary>An abstract record with one sealed record per discriminator value and an Unknown case.</summary>
internal sealed record UnionSpec(
    string JsonName,
    string Name,
    string? Description,
    EquatableArray<PropertySpec> Properties,
    PropertySpec Discriminator,
    EquatableArray<UnionMappingSpec> Cases,
    string UnknownName)
    : TypeSpec(JsonName, Name, Description);

/// <summary>A discriminator value and the case type it selects.</summary>
internal sealed record UnionMappingSpec(string Value, string CaseName, string? EnumMember = null);

/// <summary>An enum: C# enum for integers, an extensible string struct for strings.</summary>
internal sealed record EnumSpec(
    string JsonName,
    string Name,
    string? Description,
    bool IsString,
    EquatableArray<EnumMemberSpec> Members)
    : TypeSpec(JsonName, Name, Description);

/// <summary>One enum value with its C# name.</summary>
internal sealed record EnumMemberSpec(string Name, string Value, string? Description);

/// <summary>A member of an object.</summary>
/// <remarks>
/// <paramref name="IsRequired"/> and <paramref name="IsNullable"/> are JSON Schema's <c>required</c> and <c>null</c> type: what a
/// request must send. <paramref name="NeverNull"/> is <c>x-never-null</c>: the server guarantees the member in responses.
/// <paramref name="InRequest"/> / <paramref name="InResponse"/> say on which side of the wire the owning type travels (both
/// for definitions-file types and types no operation reaches); see <c>ModelBuilder.MarkWireSides</c>.
/// </remarks>
internal sealed record PropertySpec(
    string JsonName,
    string Name,
    TypeRef Type,
    bool IsRequired,
    bool IsNullable,
    bool DefaultsToEmpty,
    string? Description,
    EquatableArray<string> Aliases,
    ConstraintSpec Constraints,
    bool NeverNull = false,
    bool InRequest = true,
    bool InResponse = false);

/// <summary>JSON Schema validation keywords that requests are checked against before sending.</summary>
internal sealed record ConstraintSpec(
    long? Minimum,
    long? Maximum,
    int? MinItems,
    int? MaxItems,
    int? MinLength,
    int? MaxLength,
    string? Pattern,
    string? Format,
    ConstraintSpec? Items)
{
    public static readonly ConstraintSpec None = new(null, null, null, null, null, null, null, null, null);

    public bool IsEmpty => this == None;
}

/// <summary><c>anyOf</c> of <c>required</c> lists: at least one alternative must have all its members present.</summary>
internal sealed record RequiredGroupSpec(EquatableArray<RequiredAlternativeSpec> Alternatives);

/// <summary>One alternative of a <see cref="RequiredGroupSpec"/>.</summary>
internal sealed record RequiredAlternativeSpec(EquatableArray<string> JsonNames);

/// <summary><c>dependencies</c>: when <paramref name="JsonName"/> is present, <paramref name="Requires"/> must be too.</summary>
internal sealed record DependencySpec(string JsonName, string Requires);

/// <summary>The shape of a value.</summary>
internal enum TypeKind
{
    Int32,
    Int64,
    Double,
    Boolean,
    String,
    Any,
    Object,
    Enum,
    StringEnum,
    Union,
    Array,
    Map,
}

/// <summary>
/// A reference to a type: a scalar, a named type (in another namespace when it comes from a definitions file),
/// or an array/map of another type.
/// </summary>
internal sealed record TypeRef(TypeKind Kind, string? Name, TypeRef? Element, bool ElementNullable, string? Namespace = null)
{
    public static TypeRef Scalar(TypeKind kind) => new(kind, null, null, false);

    public static TypeRef Named(TypeKind kind, string name, string? ns = null) => new(kind, name, null, false, ns);

    public bool IsValueType => Kind is TypeKind.Int32 or TypeKind.Int64 or TypeKind.Double or TypeKind.Boolean or TypeKind.Any or TypeKind.Enum or TypeKind.StringEnum;
}

/// <summary>
/// What the API gateway verifies for an operation, as <c>x-bkapi.auth</c> states it: only what it says is
/// <c>true</c>. A member stated <c>false</c> and one left out both give no flag (neither refuses anything).
/// </summary>
[System.Flags]
internal enum VerifiedIdentity
{
    None = 0,
    App = 1,
    User = 2,
}
