using System.Text.Json.Nodes;
using BkApiGen.SpecFormat;

namespace BkApiGen.Cli.Import;

/// <summary>
/// What an API gateway resource says its gateway verifies (<c>authConfig.appVerifiedRequired</c>,
/// <c>userVerifiedRequired</c>): the spec's <c>x-bkapi.auth</c>. Null members are not stated and stay out of the spec.
/// </summary>
internal sealed record GatewayAuth(bool? App, bool? User)
{
    public JsonObject ToSpec()
    {
        var auth = new JsonObject();
        if (App is { } app)
        {
            auth[SpecAuth.App] = app;
        }

        if (User is { } user)
        {
            auth[SpecAuth.User] = user;
        }

        return auth;
    }
}
