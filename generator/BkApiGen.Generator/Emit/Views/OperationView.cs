using System.Collections.Generic;

namespace BkApiGen.Generator.Emit;

/// <summary>An operation's method on the client, with its descriptor and its paging and chunking helpers.</summary>
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
    /// <summary>The spec lets <c>data</c> be null: the method returns null for a null or missing one instead of failing.</summary>
    public bool AllowsNullData { get; set; }
    public string Descriptor { get; set; } = "";
    public string HttpMethod { get; set; } = "";
    public string GatewayPath { get; set; } = "null";
    public string EsbPath { get; set; } = "null";
    public string Idempotent { get; set; } = "false";
    /// <summary>The runtime protocol expression for a non-default protocol; null for v3 (the descriptor's default).</summary>
    public string? Protocol { get; set; }
    /// <summary>The runtime's <c>BkVerification</c> expression of what the gateway verifies; null when the spec says nothing is (the default).</summary>
    public string? Verification { get; set; }
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
    /// <summary>The boolean beside the offset that asks for the total alone (CMDB's <c>EnableCount</c>), or null.</summary>
    public string? CountFlagMember { get; set; }
}

internal sealed class ChunkView
{
    public string Method { get; set; } = "";
    public string Member { get; set; } = "";
    public string ItemType { get; set; } = "";
    public int MaxItems { get; set; }
}
