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
    /// Whether credentials are checked before any handler runs (default, scripted or queued). Default <see langword="true"/>.
    /// Can also be changed later with <see cref="FakeBkGateway.CheckAuth"/>.
    /// </summary>
    public bool CheckAuth { get; set; } = true;
}
