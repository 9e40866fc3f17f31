using System.Text.Json;
using BkApiGen.Runtime.Serialization;

namespace BkApiGen.Runtime;

/// <summary>
/// The <c>permission</c> object of a permission error: which system, actions and resource instances the user lacks.
/// Typed accessors cover the documented fields; <see cref="Raw"/> keeps everything the server sent.
/// </summary>
public sealed class BkPermission
{
    /// <summary>Wraps the JSON object the server sent.</summary>
    public BkPermission(JsonElement raw)
    {
        Raw = raw;
    }

    /// <summary>The permission object exactly as received.</summary>
    public JsonElement Raw { get; }

    /// <summary><c>system_id</c>, e.g. <c>bk_job</c>.</summary>
    public string? SystemId => GetString(Raw, "system_id");

    /// <summary><c>system_name</c>.</summary>
    public string? SystemName => GetString(Raw, "system_name");

    /// <summary><c>actions</c>: the actions the user would need.</summary>
    public IReadOnlyList<BkPermissionAction> Actions => ReadList(Raw, "actions", e => new BkPermissionAction(e));

    /// <summary>The raw JSON, for logs and messages.</summary>
    public override string ToString() => Raw.ValueKind == JsonValueKind.Undefined ? "" : BkLenientText.Raw(Raw);

    internal static string? GetString(JsonElement e, string name)
        => BkLenientText.TryGetProperty(e, name, out var v) && v.ValueKind == JsonValueKind.String ? BkLenientText.String(v) : null;

    internal static IReadOnlyList<T> ReadList<T>(JsonElement e, string name, Func<JsonElement, T> create)
    {
        if (!BkLenientText.TryGetProperty(e, name, out var array) || array.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        var list = new List<T>(array.GetArrayLength());
        foreach (var item in array.EnumerateArray())
        {
            list.Add(create(item));
        }

        return list;
    }
}

/// <summary>One action of a <see cref="BkPermission"/>.</summary>
public sealed class BkPermissionAction(JsonElement raw)
{
    /// <summary>The action as received.</summary>
    public JsonElement Raw { get; } = raw;

    /// <summary><c>id</c>, e.g. <c>access_business</c>.</summary>
    public string? Id => BkPermission.GetString(Raw, "id");

    /// <summary><c>name</c>.</summary>
    public string? Name => BkPermission.GetString(Raw, "name");

    /// <summary><c>related_resource_types</c>.</summary>
    public IReadOnlyList<BkPermissionResourceType> RelatedResourceTypes
        => BkPermission.ReadList(Raw, "related_resource_types", e => new BkPermissionResourceType(e));
}

/// <summary>A resource type an action applies to, with the instances the user lacks.</summary>
public sealed class BkPermissionResourceType(JsonElement raw)
{
    /// <summary>The resource type as received.</summary>
    public JsonElement Raw { get; } = raw;

    /// <summary><c>system_id</c>.</summary>
    public string? SystemId => BkPermission.GetString(Raw, "system_id");

    /// <summary><c>type</c>, e.g. <c>biz</c>.</summary>
    public string? Type => BkPermission.GetString(Raw, "type");

    /// <summary><c>type_name</c>.</summary>
    public string? TypeName => BkPermission.GetString(Raw, "type_name");

    /// <summary><c>instances</c>: a list of instance paths.</summary>
    public IReadOnlyList<IReadOnlyList<BkPermissionInstance>> Instances
    {
        get
        {
            if (!BkLenientText.TryGetProperty(Raw, "instances", out var paths) || paths.ValueKind != JsonValueKind.Array)
            {
                return [];
            }

            var result = new List<IReadOnlyList<BkPermissionInstance>>();
            foreach (var path in paths.EnumerateArray())
            {
                result.Add(path.ValueKind == JsonValueKind.Array ? path.EnumerateArray().Select(i => new BkPermissionInstance(i)).ToList() : []);
            }

            return result;
        }
    }
}

/// <summary>A resource instance in a permission error.</summary>
public sealed class BkPermissionInstance(JsonElement raw)
{
    /// <summary>The instance as received.</summary>
    public JsonElement Raw { get; } = raw;

    /// <summary><c>id</c>.</summary>
    public string? Id => BkPermission.GetString(Raw, "id");

    /// <summary><c>type</c>.</summary>
    public string? Type => BkPermission.GetString(Raw, "type");

    /// <summary><c>name</c>.</summary>
    public string? Name => BkPermission.GetString(Raw, "name");
}
