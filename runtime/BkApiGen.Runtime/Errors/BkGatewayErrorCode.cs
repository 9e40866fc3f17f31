using System.Net;

namespace BkApiGen.Runtime.Errors;

/// <summary>
/// The error codes the BlueKing API gateway (apisix, <c>bk-core/errorx.lua</c> of blueking-apigateway-apisix) answers with
/// by itself, in the body's <c>code</c> and the <c>X-Bkapi-Error-Code</c> header, and whether a call that got one may
/// succeed if made again: <c>164xxxx</c> are the caller's errors (never retried), <c>165xxxx</c> the gateway's or the
/// backend's, retried where the condition passes (a rate limit, a bad gateway, a timeout). The table is docs/errors.md.
/// </summary>
public static class BkGatewayErrorCode
{
    /// <summary>400 INVALID_ARGS: bad parameters or credentials (no app code, wrong secret, no user identity).</summary>
    public const long InvalidArgs = 1640001;

    /// <summary>400 JWT_VERIFY_FAILED.</summary>
    public const long JwtVerifyFailed = 1640004;

    /// <summary>401 UNAUTHORIZED.</summary>
    public const long Unauthorized = 1640100;

    /// <summary>401 APP_VERIFY_FAILED: the application could not be authenticated.</summary>
    public const long AppVerifyFailed = 1640101;

    /// <summary>401 USER_VERIFY_FAILED: the user could not be authenticated.</summary>
    public const long UserVerifyFailed = 1640102;

    /// <summary>403 APP_NO_PERMISSION: the application has no permission to the resource.</summary>
    public const long AppNoPermission = 1640301;

    /// <summary>403 IP_NOT_ALLOWED or CROSS_TENANT_FORBIDDEN (both use this code).</summary>
    public const long IpNotAllowed = 1640302;

    /// <summary>403 BK_USER_NOT_ALLOWED: refused by the user restriction.</summary>
    public const long UserNotAllowed = 1640303;

    /// <summary>403 BK_TENANT_NOT_ALLOWED: refused by the tenant restriction.</summary>
    public const long TenantNotAllowed = 1640304;

    /// <summary>404 API_NOT_FOUND: no such resource at this stage.</summary>
    public const long ApiNotFound = 1640401;

    /// <summary>413 BODY_SIZE_LIMIT_EXCEED.</summary>
    public const long BodySizeLimitExceeded = 1641301;

    /// <summary>414 URI_SIZE_LIMIT_EXCEED.</summary>
    public const long UriSizeLimitExceeded = 1641401;

    /// <summary>429 RATE_LIMIT_RESTRICTION by the stage's global limit.</summary>
    public const long StageGlobalRateLimit = 1642901;

    /// <summary>429 RATE_LIMIT_RESTRICTION by the stage's strategy.</summary>
    public const long StageStrategyRateLimit = 1642902;

    /// <summary>429 RATE_LIMIT_RESTRICTION by the resource's strategy.</summary>
    public const long ResourceStrategyRateLimit = 1642903;

    /// <summary>429 CONCURRENCY_LIMIT_RESTRICTION: too many requests at once.</summary>
    public const long ConcurrencyLimit = 1642904;

    /// <summary>500 REQUEST_RESOURCE_5xx: the backend answered with a 5xx.</summary>
    public const long BackendServerError = 1650000;

    /// <summary>500 INTERNAL_SERVER_ERROR of the gateway.</summary>
    public const long InternalServerError = 1650001;

    /// <summary>500 INVALID_RESOURCE_CONFIG: the resource is misconfigured at the gateway (an operator must fix it).</summary>
    public const long InvalidResourceConfig = 1650002;

    /// <summary>UNKNOWN_ERROR at any status: the HTTP status decides.</summary>
    public const long UnknownError = 1650070;

    /// <summary>502 BAD_GATEWAY.</summary>
    public const long BadGateway = 1650200;

    /// <summary>502 ERROR_REQUESTING_RESOURCE: the request to the backend failed.</summary>
    public const long ErrorRequestingResource = 1650201;

    /// <summary>503 SERVICE_UNAVAILABLE.</summary>
    public const long ServiceUnavailable = 1650300;

    /// <summary>504 REQUEST_BACKEND_TIMEOUT: the backend did not answer in time.</summary>
    public const long RequestBackendTimeout = 1650401;

    /// <summary>508 RECURSIVE_REQUEST_DETECTED: the resource calls itself (an operator must fix it).</summary>
    public const long RecursiveRequestDetected = 1650801;

    /// <summary>Whether <paramref name="code"/> is in the gateway's own range (<c>16xxxxx</c>).</summary>
    public static bool IsGatewayCode(long code) => code is >= 1600000 and <= 1699999;

    /// <summary>
    /// Whether a call that got the gateway code <paramref name="code"/> may succeed if made again: true for rate and
    /// concurrency limits (1642901–1642904), a bad gateway, an unavailable service, a backend timeout or a backend 5xx;
    /// false for parameter, authentication, permission, not-found and size errors and for misconfigured resources;
    /// null for a code this table does not know (including <see cref="UnknownError"/>): let the HTTP status decide.
    /// </summary>
    public static bool? IsRetryable(long code) => code switch
    {
        StageGlobalRateLimit or StageStrategyRateLimit or ResourceStrategyRateLimit or ConcurrencyLimit => true,
        BackendServerError or InternalServerError or BadGateway or ErrorRequestingResource or ServiceUnavailable or RequestBackendTimeout => true,
        InvalidArgs or JwtVerifyFailed or Unauthorized or AppVerifyFailed or UserVerifyFailed => false,
        AppNoPermission or IpNotAllowed or UserNotAllowed or TenantNotAllowed or ApiNotFound => false,
        BodySizeLimitExceeded or UriSizeLimitExceeded or InvalidResourceConfig or RecursiveRequestDetected => false,
        _ => null,
    };

    /// <summary>
    /// The classification of a response: a known gateway <paramref name="code"/> decides; otherwise the HTTP
    /// <paramref name="status"/> does, as Microsoft's standard resilience handler reads it (408, 429 and 5xx are
    /// retryable; any other status, or none, is not).
    /// </summary>
    public static bool IsRetryable(long? code, HttpStatusCode? status)
    {
        if (code is { } known && IsRetryable(known) is { } decided)
        {
            return decided;
        }

        return status is { } s && ((int)s >= 500 || s is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests);
    }

    /// <summary>
    /// The classification of a response as the retry pipeline sees it, before its body is read: the gateway's
    /// <c>X-Bkapi-Error-Code</c> header decides when it holds a known code (also at HTTP 200, where a stage rewrites error
    /// statuses), else the HTTP status (<see cref="IsRetryable(long?, HttpStatusCode?)"/>).
    /// </summary>
    public static bool IsRetryable(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        long? code = null;
        if (response.Headers.NonValidated.TryGetValues("X-Bkapi-Error-Code", out var values))
        {
            foreach (var value in values)
            {
                code = long.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
                break;
            }
        }

        if (code is { } known && IsRetryable(known) is { } decided)
        {
            return decided;
        }

        return !response.IsSuccessStatusCode && IsRetryable(null, response.StatusCode);
    }
}
