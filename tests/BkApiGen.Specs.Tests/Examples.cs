using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using BkApiGen.Runtime;

namespace BkApiGen.Specs.Tests;

/// <summary>
/// The request and response examples of the bk-job v3 docs, copied verbatim into <c>Examples/</c> (the tests never read
/// the docs themselves), and the round trip every one of them must survive.
/// </summary>
/// <remarks>
/// File names: <c>name.request.json</c> and <c>name[.script|.file].response.json</c> from the ESB docs
/// (bk-job_esb_zh_hans; the English docs carry the same examples), <c>name.apigw.*</c> from the API gateway docs
/// (bk-job_apigw_v3_zh), whose GET examples are query strings (<c>name.apigw.request.query</c>).
/// </remarks>
public static class Examples
{
    /// <summary>ESB common parameters (app credentials, user): the runtime adds them, the request types do not model them.</summary>
    public static readonly string[] CredentialMembers = ["bk_app_code", "bk_app_secret", "bk_token", "bk_username", "access_token"];

    /// <summary>The text of an example file.</summary>
    public static string Text(string file) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Examples", file));

    /// <summary>An example request as a JSON object, without the ESB credential members.</summary>
    public static JsonObject Request(string file)
    {
        var request = JsonNode.Parse(Text(file))!.AsObject();
        foreach (var member in CredentialMembers)
        {
            request.Remove(member);
        }

        return request;
    }

    /// <summary>
    /// Reads a request example into its generated type, checks it passes <c>Validate()</c>, writes it back and compares it with
    /// the original: every member must come back unchanged except <paramref name="unmodelled"/> (paths like <c>$.a.b[0].c</c>).
    /// </summary>
    public static T RoundTripRequest<T>(string file, JsonTypeInfo<T> info, Action<T> validate, string[]? unmodelled = null, IReadOnlyDictionary<string, string>? aliases = null)
        where T : class
    {
        var original = Request(file);
        var value = JsonSerializer.Deserialize(original.ToJsonString(), info);
        Assert.NotNull(value);
        validate(value);
        AssertRoundTrip(original, JsonNode.Parse(JsonSerializer.Serialize(value, info)), unmodelled, aliases);
        return value;
    }

    /// <summary>
    /// Reads a response example through the operation's envelope type info (<c>&lt;Method&gt;Response</c>), writes the
    /// envelope back and compares it with the original, as <see cref="RoundTripRequest{T}"/> does.
    /// </summary>
    public static BkApiResponse<T> RoundTripResponse<T>(string file, JsonTypeInfo<BkApiResponse<T>> info, string[]? unmodelled = null, IReadOnlyDictionary<string, string>? aliases = null)
        where T : class
        => RoundTripResponse(JsonNode.Parse(Text(file))!.AsObject(), info, unmodelled, aliases);

    /// <summary>As <see cref="RoundTripResponse{T}(string, JsonTypeInfo{BkApiResponse{T}}, string[], IReadOnlyDictionary{string, string})"/>, for an example the test has patched.</summary>
    public static BkApiResponse<T> RoundTripResponse<T>(JsonObject original, JsonTypeInfo<BkApiResponse<T>> info, string[]? unmodelled = null, IReadOnlyDictionary<string, string>? aliases = null)
        where T : class
    {
        var envelope = JsonSerializer.Deserialize(original.ToJsonString(), info);
        Assert.NotNull(envelope);
        Assert.True(envelope.HasResult);
        Assert.True(envelope.Result);
        Assert.Equal(0, envelope.Code);
        Assert.True(envelope.HasData);
        Assert.NotNull(envelope.Data);
        AssertRoundTrip(original, JsonNode.Parse(JsonSerializer.Serialize(envelope, info)), unmodelled, aliases);
        return envelope;
    }

    /// <summary>Asserts that the round trip changed nothing, and that exactly <paramref name="unmodelled"/> did not come back.</summary>
    public static void AssertRoundTrip(JsonNode original, JsonNode? roundTripped, string[]? unmodelled, IReadOnlyDictionary<string, string>? aliases)
    {
        var comparison = JsonTree.Compare(original, roundTripped, aliases);
        Assert.True(comparison.Differences.Count == 0, "The round trip changed the document:\n" + string.Join("\n", comparison.Differences) + "\nwritten back:\n" + roundTripped?.ToJsonString());
        Assert.Equal((unmodelled ?? []).Order(StringComparer.Ordinal), comparison.Unmodelled.Order(StringComparer.Ordinal));
    }
}
