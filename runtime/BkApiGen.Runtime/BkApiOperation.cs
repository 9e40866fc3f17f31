namespace BkApiGen.Runtime;

/// <summary>What the generator knows about one endpoint: emitted once per operation as a static descriptor.</summary>
/// <param name="System">The BlueKing system, e.g. <c>jobv3</c>.</param>
/// <param name="Name">The operation name on the wire, e.g. <c>batch_get_job_instance_ip_log</c>.</param>
/// <param name="Method">The gateway's HTTP method: GET and DELETE send the request as query parameters, POST, PUT and PATCH as a JSON body (the ESB always takes POST).</param>
/// <param name="GatewayPath">Path under the API gateway stage URL, e.g. <c>/api/v3/batch_get_job_instance_ip_log</c>; a <c>{name}</c> placeholder (<c>/api/v3/hosts/app/{bk_biz_id}/list_hosts</c>) is filled from the request member of that wire name, percent-escaped, and that member is not sent again.</param>
/// <param name="EsbPath">Path on the legacy ESB, e.g. <c>/api/c/compapi/v2/jobv3/batch_get_job_instance_ip_log/</c>.</param>
/// <param name="IsIdempotent">True for reads that can safely be retried.</param>
public sealed record BkApiOperation(string System, string Name, HttpMethod Method, string? GatewayPath, string? EsbPath, bool IsIdempotent)
{
    /// <summary><c>system.name</c>, used in messages and logs.</summary>
    public string DisplayName => $"{System}.{Name}";

    /// <summary>The response protocol: the BlueKing envelope (default) or bk-job v4's <c>{"data"}</c> / <c>{"error"}</c> bodies.</summary>
    public BkApiProtocol Protocol { get; init; } = BkApiProtocol.V3;

    /// <summary>
    /// What the API gateway verifies for this operation (its resource's <c>authConfig</c>, the spec's <c>x-bkapi.auth</c>):
    /// in <see cref="Auth.BkAuthMode.Gateway"/> mode, a call whose credentials do not carry it is refused before anything is
    /// sent (<see cref="Errors.BkMissingIdentityException"/>). <see cref="Auth.BkVerification.None"/> when the spec states
    /// none or does not say.
    /// </summary>
    public Auth.BkVerification Verification { get; init; }
}
