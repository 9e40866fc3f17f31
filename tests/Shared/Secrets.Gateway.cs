using BkApiGen.FakeGateway;

namespace BkApiGen.Tests.Shared;

/// <summary>The fake gateway's side of <see cref="Secrets"/>, for the test projects that start one.</summary>
internal static partial class Secrets
{
    public static FakeBkGatewayOptions GatewayOptions() => new()
    {
        AppCode = AppCode,
        AppSecret = AppSecret,
        Usernames = [Username],
        Tokens = [BkToken],
    };
}
