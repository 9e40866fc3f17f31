using BkApiGen.Runtime.Auth;

namespace BkApiGen.Runtime.Errors;

/// <summary>
/// A call refused before anything was sent: the API gateway verifies an identity for this operation (the spec's
/// <c>x-bkapi.auth</c>, from the gateway resource's <c>authConfig</c>) that the configured credentials do not carry,
/// e.g. a user for <see cref="BkCredentials.ForApp"/> credentials. The gateway would refuse the call
/// (<c>1640001 INVALID_ARGS</c>, "user authentication failed"); this says so before the round trip, and what to configure.
/// </summary>
public sealed class BkMissingIdentityException : InvalidOperationException
{
    /// <summary>Creates the exception for an operation and what the credentials lack.</summary>
    public BkMissingIdentityException(BkApiOperation operation, BkVerification missing)
        : base(Describe(operation, missing))
    {
        Operation = operation;
        Missing = missing;
    }

    /// <summary>The operation that was called.</summary>
    public BkApiOperation Operation { get; }

    /// <summary>What the gateway verifies for the operation and the credentials do not identify.</summary>
    public BkVerification Missing { get; }

    // Only names and settings: never a credential's value.
    private static string Describe(BkApiOperation operation, BkVerification missing)
    {
        ArgumentNullException.ThrowIfNull(operation);
        var parts = new List<string>(2);
        if (missing.HasFlag(BkVerification.App))
        {
            parts.Add("the application, and the credentials have no app code and secret: configure bk_app_code and bk_app_secret (BkCredentials.ForApp, ForUser or ForToken; AppCode and AppSecret in configuration) or an access token");
        }

        if (missing.HasFlag(BkVerification.User))
        {
            parts.Add("the user, and the credentials identify none: configure bk_username (BkCredentials.ForUser; BkUsername in configuration) or bk_token (BkCredentials.ForToken; BkToken), or a user's access token (BkCredentials.ForAccessToken; AccessToken)");
        }

        return $"{operation.DisplayName}: the API gateway verifies {string.Join("; and ", parts)}. Nothing was sent.";
    }
}
