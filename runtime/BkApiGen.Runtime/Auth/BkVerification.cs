namespace BkApiGen.Runtime.Auth;

/// <summary>
/// Identities the BlueKing API gateway verifies for a call: the application (<c>bk_app_code</c> and
/// <c>bk_app_secret</c>) and the user (<c>bk_username</c> or <c>bk_token</c>). An access token stands for both.
/// </summary>
/// <remarks>
/// On an operation (<see cref="BkApiOperation.Verification"/>) these are its gateway resource's <c>authConfig</c>
/// (<c>appVerifiedRequired</c>, <c>userVerifiedRequired</c>), as the spec's <c>x-bkapi.auth</c> states them; on
/// credentials, what they identify.
/// </remarks>
[Flags]
public enum BkVerification
{
    /// <summary>Nothing is verified (or the spec does not say).</summary>
    None = 0,

    /// <summary>The application: <c>bk_app_code</c> with <c>bk_app_secret</c>.</summary>
    App = 1,

    /// <summary>The user the call acts for: <c>bk_username</c> or <c>bk_token</c>.</summary>
    User = 2,

    /// <summary>Both the application and the user.</summary>
    AppAndUser = App | User,
}
