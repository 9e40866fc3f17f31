using BkApiGen.Tests.Shared;
using Microsoft.CodeAnalysis;

namespace BkApiGen.Generator.Tests;

/// <summary>
/// Which members the C# types make nullable or <c>required</c>: in a type that travels in responses, only an
/// <c>x-never-null</c> member is non-nullable; JSON Schema <c>required</c> gives the <c>required</c> modifier where the type
/// also travels in requests.
/// </summary>
public sealed class ResponseContractTests
{
    private const string SpecPath = "/p/probe.bkapi.json";

    // "host" is in both the request and the response; "item" only in the response; "req" only in the request.
    private const string Spec = """
        {
          "x-bkapi": { "system": "jobv3", "operation": "probe", "method": "POST", "gatewayPath": "/api/v3/probe",
            "request": { "$ref": "#/definitions/req" }, "response": { "$ref": "#/definitions/res" } },
          "definitions": {
            "req": { "type": "object", "properties": {
              "id": { "type": "integer", "format": "int64" }, "host": { "$ref": "#/definitions/host" } }, "required": ["id"] },
            "host": { "type": "object", "properties": {
              "bk_cloud_id": { "type": "integer", "format": "int64" }, "ip": { "type": "string" } }, "required": ["bk_cloud_id", "ip"] },
            "res": { "type": "object", "properties": {
              "name": { "type": "string", "x-never-null": true },
              "count": { "type": "integer", "format": "int32", "x-never-null": true },
              "note": { "type": "string" },
              "host": { "$ref": "#/definitions/host" },
              "items": { "type": "array", "items": { "$ref": "#/definitions/item" }, "default": [] } } },
            "item": { "type": "object", "properties": { "size": { "type": "integer", "format": "int64" } }, "required": ["size"] }
          }
        }
        """;

    private static IReadOnlyList<Diagnostic> Compile(string user)
    {
        var compilation = GeneratorHarness.CreateCompilation(user);
        GeneratorHarness.CreateDriver([GeneratorHarness.Spec(SpecPath, Spec)])
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        Assert.Empty(generatorDiagnostics);
        return output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
    }

    [Fact]
    public void Response_members_are_nullable_unless_never_null_and_requests_keep_required()
    {
        var problems = Compile("""
            namespace Consumer.JobV3
            {
                internal static class Use
                {
                    internal static string Read(Res res)
                    {
                        string name = res.Name;          // x-never-null: not nullable
                        int count = res.Count;
                        long? cloud = res.Host?.CloudId; // required in the schema, but the type travels in responses
                        string? ip = res.Host?.Ip;
                        long? size = res.Items[0].Size;  // response-only: no required modifier either
                        return name + count + cloud + ip + res.Note + size;
                    }

                    internal static Req Build() => new Req { Id = 1, Host = new Host { CloudId = 0, Ip = "10.0.0.1" } };

                    internal static Item Fake() => new Item();

                    internal static Res FakeResponse() => new Res { Name = "n", Count = 1 };
                }
            }
            """);

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [InlineData("new Host { CloudId = 0 }", "Ip")]
    [InlineData("new Req()", "Id")]
    [InlineData("new Res { Name = \"n\" }", "Count")]
    public void Required_members_still_have_to_be_set(string expression, string member)
    {
        var problems = Compile($$"""
            namespace Consumer.JobV3
            {
                internal static class Use
                {
                    internal static object Build() => {{expression}};
                }
            }
            """);

        var error = Assert.Single(problems);
        Assert.Equal("CS9035", error.Id);
        Assert.Contains(member, error.GetMessage());
    }

    /// <summary>
    /// The shipped <c>specs/jobv3/callback_protocol.bkapi.json</c> (with its definitions file), as a receiver uses it: the
    /// payload travels like a response (every member nullable, no <c>required</c> modifier, the list never null), there
    /// is no client method, and Parse takes the raw body.
    /// </summary>
    [Fact]
    public void The_shipped_callback_payload_reads_like_a_response_and_has_no_client_method()
    {
        var callback = Path.Combine(AppContext.BaseDirectory, "specs", "jobv3", "callback_protocol.bkapi.json");
        var compilation = GeneratorHarness.CreateCompilation("""
            namespace Consumer.JobV3
            {
                internal static class Receiver
                {
                    internal static string Describe(byte[] body)
                    {
                        CallbackProtocolPayload done = CallbackProtocolPayload.Parse(body);
                        long? job = done.JobInstanceId;
                        RunStatus? status = done.Status;
                        var steps = string.Join(",", System.Linq.Enumerable.Select(done.StepInstances, s => $"{s.StepInstanceId}:{s.Status}"));
                        return $"{job} {status} {steps}";
                    }

                    internal static CallbackProtocolPayload Fake() => new CallbackProtocolPayload();
                }
            }
            """);
        GeneratorHarness.CreateDriver([GeneratorHarness.Spec(GeneratorHarness.CommonSpecPath, File.ReadAllText(GeneratorHarness.CommonSpecPath)), GeneratorHarness.Spec(callback, File.ReadAllText(callback))])
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);

        Assert.Empty(generatorDiagnostics);
        var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Null(output.GetTypeByMetadataName("Consumer.JobV3.IJobV3Client")); // a callback adds nothing to the client
    }

    [Fact]
    public void X_never_null_on_a_request_only_type_reports_BKGEN0909()
    {
        var spec = Spec.Replace("\"id\": { \"type\": \"integer\", \"format\": \"int64\" }", "\"id\": { \"type\": \"integer\", \"format\": \"int64\", \"x-never-null\": true }", StringComparison.Ordinal);
        Assert.NotEqual(Spec, spec);
        var (result, _, _) = GeneratorHarness.Run([GeneratorHarness.Spec(SpecPath, spec)]);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("BKGEN0909", diagnostic.Id);
        Assert.Contains("'req.id' is 'x-never-null', but 'req' only travels in requests", diagnostic.GetMessage());
        Assert.Equal(SpecPath, diagnostic.Location.GetLineSpan().Path);
    }

    [Theory]
    [InlineData("\"type\": \"string\", \"x-never-null\": \"yes\"", "BKGEN0907", "must be true or false")]
    [InlineData("\"type\": [\"string\", \"null\"], \"x-never-null\": true", "BKGEN0908", "may be null")]
    [InlineData("\"type\": \"array\", \"items\": { \"type\": \"string\" }, \"default\": [], \"x-never-null\": true", "BKGEN0908", "defaults to empty")]
    public void A_wrong_x_never_null_reports_its_BKGEN09xx(string keywords, string id, string message)
    {
        var spec = $$"""
            {
              "x-bkapi": { "system": "jobv3", "operation": "probe", "method": "POST", "gatewayPath": "/api/v3/probe",
                "request": { "$ref": "#/definitions/req" }, "response": { "$ref": "#/definitions/res" } },
              "definitions": {
                "req": { "type": "object", "properties": { "id": { "type": "integer" } } },
                "res": { "type": "object", "properties": { "name": { {{keywords}} } } }
              }
            }
            """;
        var (result, _, _) = GeneratorHarness.Run([GeneratorHarness.Spec(SpecPath, spec)]);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(id, diagnostic.Id);
        Assert.Contains(message, diagnostic.GetMessage());
    }
}
