using BkApiGen.Runtime;
using BkApiGen.Runtime.Auth;

namespace BkApiGen.Tests.Shared;

/// <summary>
/// Distinctive credential values, one set for every test project (linked from tests/Shared). The fake gateway accepts
/// exactly these (<c>Secrets.Gateway.cs</c>), so any of them showing up in an exception, a message, a log, a span or a
/// ToString is a leak that cannot be confused with other text.
/// </summary>
internal static partial class Secrets
{
    public const string AppCode = "bkapigen-tests";
    public const string AppSecret = "SECRET-app-" + AppSecretTail;
    public const string WrongAppSecret = "SECRET-wrong-" + WrongAppSecretTail;
    public const string BkToken = "TOKEN-bk-" + BkTokenTail;
    public const string Username = "admin";

    /// <summary>The random part of <see cref="BkToken"/>: a test that sends another token with the same tail still checks for leaks.</summary>
    public const string BkTokenTail = "e7b3a90c12f5";

    private const string AppSecretTail = "4c1e9a7f3b8d";
    private const string WrongAppSecretTail = "92d0e5b1a6c7";

    // Partial echoes (a value cut short, or masked only in part) count as leaks too.
    private static readonly string[] Forbidden = [AppSecret, WrongAppSecret, BkToken, AppSecretTail, WrongAppSecretTail, BkTokenTail];

    public static BkCredentials ForUser(string secret = AppSecret) => BkCredentials.ForUser(AppCode, secret, Username);

    public static BkCredentials ForApp(string secret = AppSecret) => BkCredentials.ForApp(AppCode, secret);

    public static BkCredentials ForToken(string secret = AppSecret) => BkCredentials.ForToken(AppCode, secret, BkToken);

    /// <summary>The text exists and holds no secret: a null where text was expected would otherwise pass unnoticed.</summary>
    public static void AssertAbsent(string? text)
    {
        Xunit.Assert.NotNull(text);
        AssertAbsentOrNull(text);
    }

    /// <summary>For values that may be null (a log record's exception, a span's status description or tag values).</summary>
    public static void AssertAbsentOrNull(string? text)
    {
        if (text is null)
        {
            return;
        }

        foreach (var secret in Forbidden)
        {
            Xunit.Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
        }
    }

    /// <summary>The exception, every inner exception's message and the options/credentials in use are all free of secrets.</summary>
    public static void AssertAbsent(Exception exception, BkApiClientOptions? options = null)
    {
        AssertAbsent(exception.ToString());
        for (var e = exception; e is not null; e = e.InnerException)
        {
            AssertAbsent(e.Message);
        }

        if (options is not null)
        {
            AssertAbsent(options.ToString());
            AssertAbsent(options.Credentials.ToString());
        }
    }
}
