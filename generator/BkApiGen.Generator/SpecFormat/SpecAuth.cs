namespace BkApiGen.SpecFormat;

/// <summary>
/// The words of <c>x-bkapi.auth</c>, what the API gateway verifies for an operation (a bk-api-gateway resource's
/// <c>authConfig</c>): <c>{"app": true, "user": true}</c>. One source file compiled into both the generator and
/// <c>bkapigen</c>, so that what the importer writes is what the generator reads.
/// </summary>
internal static class SpecAuth
{
    /// <summary>The <c>x-bkapi</c> key.</summary>
    public const string Key = "auth";

    /// <summary><c>true</c>: the gateway verifies the application (<c>authConfig.appVerifiedRequired</c>).</summary>
    public const string App = "app";

    /// <summary><c>true</c>: the gateway verifies the user (<c>authConfig.userVerifiedRequired</c>).</summary>
    public const string User = "user";
}
