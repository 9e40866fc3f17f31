using System.Linq;
using BkApiGen.Generator.Models;

namespace BkApiGen.Generator.Emit;

internal sealed partial class ViewBuilder
{
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
            // Type positions of the Operation file: the file's own namespace names its types simply (TypeExpressions.Short).
            RequestType = op.RequestType,
            ResponseType = _x.Short(op.Response) + (op.ResponseIsNullable ? "?" : ""),
            AllowsNullData = op.ResponseIsNullable,
            Descriptor = op.MethodName + "Operation",
            HttpMethod = "Sys::Net.Http.HttpMethod." + op.HttpMethod.Substring(0, 1) + op.HttpMethod.Substring(1).ToLowerInvariant(),
            GatewayPath = op.GatewayPath is null ? "null" : TypeExpressions.Literal(op.GatewayPath),
            EsbPath = op.EsbPath is null ? "null" : TypeExpressions.Literal(op.EsbPath),
            Idempotent = op.IsIdempotent ? "true" : "false",
            Protocol = op.Protocol == "v4" ? "Bk::BkApiProtocol.V4" : null,
            Verification = VerificationExpression(op.Verification),
            // The client class's members end in Async or Operation: none hides the context's simple name.
            RequestTypeInfo = $"{_spec.ContextName}.Default.{requestInfo}",
            ResponseTypeInfo = $"{_spec.ContextName}.Default.{context.EnvelopeProperty}",
            Paging = op.Paging is { } paging ? new PagingView
            {
                Method = op.MethodName + "AllAsync",
                ItemType = _x.ShortElement(paging.ItemsType),
                PageMember = paging.PageMember,
                PageType = paging.PageType is { } page ? _x.Short(page) : "",
                PageIsRequired = paging.PageIsRequired,
                OffsetMember = paging.OffsetMember,
                OffsetIsInt32 = paging.OffsetIsInt32,
                LimitMember = paging.LimitMember,
                TotalMember = paging.TotalMember,
                ItemsMember = paging.ItemsMember,
                MaxLimit = paging.MaxLimit,
                CountFlagMember = paging.CountFlagMember,
            } : null,
            Chunks = op.Chunks.Select(chunk => new ChunkView
            {
                Method = op.MethodName + chunk.MethodSuffix + "Async",
                Member = chunk.Member,
                ItemType = _x.ShortElement(chunk.ListType),
                MaxItems = chunk.MaxItems,
            }).ToList(),
        };
    }

    /// <summary>The runtime's flags for what the gateway verifies (<c>BkApiGen.Runtime.Auth.BkVerification</c>), or null for none.</summary>
    private static string? VerificationExpression(VerifiedIdentity verification) => verification switch
    {
        VerifiedIdentity.App | VerifiedIdentity.User => "Bk::Auth.BkVerification.AppAndUser",
        VerifiedIdentity.App => "Bk::Auth.BkVerification.App",
        VerifiedIdentity.User => "Bk::Auth.BkVerification.User",
        _ => null,
    };

    /// <summary>The C# type of <c>data</c>, with <c>?</c> when the spec lets it be null.</summary>
    private string ResponseDeclared(OperationSpec op) => _x.Declared(op.Response) + (op.ResponseIsNullable ? "?" : "");
}
