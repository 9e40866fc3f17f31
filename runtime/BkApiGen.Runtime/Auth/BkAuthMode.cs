namespace BkApiGen.Runtime.Auth;

/// <summary>Where the application and user credentials travel.</summary>
public enum BkAuthMode
{
    /// <summary>
    /// BlueKing API gateway (<c>bk-apigateway</c>): credentials go in the <c>X-Bkapi-Authorization</c> header as a JSON object,
    /// and the operation's gateway path is used (e.g. <c>/api/v3/batch_get_job_instance_ip_log</c>).
    /// </summary>
    Gateway = 0,

    /// <summary>
    /// Legacy ESB (<c>/api/c/compapi/...</c>): credentials are merged into the JSON request body
    /// (<c>bk_app_code</c>, <c>bk_app_secret</c>, <c>bk_token</c>/<c>bk_username</c>). An access token
    /// (<see cref="BkCredentials.ForAccessToken"/>) goes in the <c>X-Bkapi-Authorization</c> header instead, the only
    /// place the ESB reads it from.
    /// </summary>
    Esb = 1,
}
