using BkApiGen.Cli.Markdown;

namespace BkApiGen.Cli.Import.Header;

/// <summary>
/// Whether a doc describes a body the system sends to the caller (a callback payload) rather than an operation to call.
/// The rule: the doc has a section heading about the <b>callback's response</b> (<c>### 回调响应</c>, <c>回调结果</c>,
/// <c>回调返回</c>, <c>### Callback response</c> / <c>result</c>: what the caller's receiver answers) and no section about
/// the operation's own response (返回结果 / 返回结果示例 / 响应参数 / Response ...). An operation always documents its
/// response; a doc that only says how the receiver answers describes what is sent to it. bk-job's <c>callback_protocol</c>
/// (ESB v2 and v3, and its API gateway doc) is one; the doc's "请求参数" tables are then the payload.
/// </summary>
internal static class CallbackRule
{
    /// <summary>The line of the heading that makes <paramref name="doc"/> a callback doc, or null when it describes an operation.</summary>
    public static int? Applies(ApiDoc doc)
        => doc.CallbackResponseLine > 0 && doc.ResponseSectionLine == 0 ? doc.CallbackResponseLine : null;
}
