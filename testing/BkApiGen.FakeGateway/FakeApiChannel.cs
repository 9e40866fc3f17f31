namespace BkApiGen.FakeGateway;

/// <summary>Which BlueKing entry point a request came through; decided by its path.</summary>
public enum FakeApiChannel
{
    /// <summary>The API gateway (apisix): any path outside <c>/api/c/compapi/</c>. Credentials travel in the <c>X-Bkapi-Authorization</c> header; gateway errors are non-200 with the <c>1640xxx</c> body.</summary>
    Gateway = 0,

    /// <summary>The legacy ESB: paths under <c>/api/c/compapi/</c>. Credentials travel in the JSON body (or the header); ESB errors are HTTP 200 with code <c>1306000</c>.</summary>
    Esb = 1,
}

/// <summary>Where the credentials of a <see cref="FakeAuth"/> were read from.</summary>
public enum FakeAuthSource
{
    /// <summary>The <c>X-Bkapi-Authorization</c> request header (a JSON object).</summary>
    Header = 0,

    /// <summary>Members of the JSON request body (legacy ESB style).</summary>
    Body = 1,

    /// <summary>The query string (legacy ESB style, for GET).</summary>
    Query = 2,
}
