using BkApiGen.Runtime.Auth;

namespace BkApiGen.Runtime;

/// <summary>Settings shared by every call a generated client makes.</summary>
public sealed class BkApiClientOptions
{
    /// <summary>
    /// Root of the API. For the gateway, the stage URL, e.g. <c>https://bkapi.example.com/api/bk-job/prod/</c>;
    /// for the ESB, the PaaS host, e.g. <c>https://paas.example.com/</c>. The operation's path is appended.
    /// </summary>
    public required Uri BaseAddress { get; init; }

    /// <summary>How credentials are sent: the gateway header (default) or merged into the ESB request body.</summary>
    public BkAuthMode AuthMode { get; init; } = BkAuthMode.Gateway;

    /// <summary>Application and user credentials.</summary>
    public required BkCredentials Credentials { get; init; }

    /// <summary>Value of the <c>blueking-language</c> header (e.g. <c>en</c>, <c>zh-cn</c>); none is sent when null.</summary>
    public string? Language { get; init; }

    /// <summary>A description safe to log.</summary>
    public override string ToString()
        => $"BkApiClientOptions {{ BaseAddress = {BaseAddress}, AuthMode = {AuthMode}, Credentials = {Credentials}, Language = {Language ?? "(none)"} }}";
}
