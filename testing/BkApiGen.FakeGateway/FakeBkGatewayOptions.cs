namespace BkApiGen.FakeGateway;

/// <summary>Credentials the fake accepts, and whether it checks them. Read once by <see cref="FakeBkGateway.StartAsync"/>.</summary>
public sealed class FakeBkGatewayOptions
{
    /// <summary>The accepted <c>bk_app_code</c>. Default <c>demo-app</c>.</summary>
    public string AppCode { get; set; } = "demo-app";

    /// <summary>The accepted <c>bk_app_secret</c>. Default <c>demo-secret</c>.</summary>
    public string AppSecret { get; set; } = "demo-secret";

    /// <summary>
    /// <c>bk_username</c> values accepted without a token (as for an app on the "skip user verification" whitelist).
    /// Default <c>admin</c>.
    /// </summary>
    public IList<string> Usernames { get; set; } = ["admin"];

    /// <summary><c>bk_token</c> values accepted as logged-in users. Default <c>demo-token</c>.</summary>
    public IList<string> Tokens { get; set; } = ["demo-token"];

    /// <summary>
    /// OAuth <c>access_token</c> values accepted instead of app code, secret and user, in the <c>X-Bkapi-Authorization</c>
    /// header, at the gateway and at the ESB alike (the ESB reads it from the header only; an <c>access_token</c> in an ESB
    /// body is ignored, as there). Default <c>demo-access-token</c>.
    /// </summary>
    public IList<string> AccessTokens { get; set; } = ["demo-access-token"];

    /// <summary>
    /// When set, the tenant every gateway request must name in <c>X-Bk-Tenant-Id</c>; a request without it or with another
    /// gets the gateway's HTTP 403 <c>BK_TENANT_NOT_ALLOWED</c> (1640304), as the bk-tenant-validate plugin answers. Default
    /// null: not checked.
    /// </summary>
    public string? TenantId { get; set; }

    /// <summary>
    /// Whether credentials are checked before any handler runs (default, scripted or queued). Default <see langword="true"/>.
    /// Can also be changed later with <see cref="FakeBkGateway.CheckAuth"/>.
    /// </summary>
    public bool CheckAuth { get; set; } = true;
}
