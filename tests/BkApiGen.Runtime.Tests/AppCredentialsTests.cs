using System.Net;
using BkApiGen.Runtime.Auth;
using BkApiGen.Runtime.Errors;
using BkApiGen.Runtime.Http;

namespace BkApiGen.Runtime.Tests;

/// <summary>
/// App code and secret without a user (<see cref="BkCredentials.ForApp"/>), for gateway resources that verify only the
/// app, against <see cref="BkApiOperation.Verification"/>: what is sent, and what is refused before sending.
/// </summary>
public class AppCredentialsTests
{
    private const string Success = """{"result":true,"code":0,"message":"success","data":{"job_instance_id":123,"name":"n"}}""";

    private static BkApiOperation Operation(BkVerification verification) => new("jobv3", "system_get_job_instance_status", HttpMethod.Post, "/api/v3/system/get_job_instance_status", "/api/c/compapi/v2/jobv3/get_job_instance_status/", IsIdempotent: true)
    {
        Verification = verification,
    };

    private static BkApiTransport Transport(StubHandler handler, BkAuthMode mode = BkAuthMode.Gateway)
        => new(new HttpClient(handler), new BkApiClientOptions
        {
            BaseAddress = new Uri(mode == BkAuthMode.Gateway ? "https://bkapi.example.com/api/bk-job/prod/" : "https://paas.example.com/"),
            AuthMode = mode,
            Credentials = BkCredentials.ForApp(Secrets.AppCode, Secrets.AppSecret),
        });

    private static Task<JobData> Send(BkApiTransport transport, BkVerification verification)
        => transport.SendAsync(Operation(verification), new TestRequest { JobInstanceId = 123 }, TestJson.Request, TestJson.JobEnvelope);

    [Theory]
    [InlineData(BkVerification.None)]
    [InlineData(BkVerification.App)]
    public async Task An_operation_that_does_not_verify_the_user_is_sent_with_the_app_alone(BkVerification verification)
    {
        var handler = StubHandler.Json(HttpStatusCode.OK, Success);

        await Send(Transport(handler), verification);

        var sent = Assert.Single(handler.Requests);
        var auth = TestJson.Parse(Assert.Single(sent.Headers[BkApiTransport.AuthorizationHeader]));
        Assert.Equal(["bk_app_code", "bk_app_secret"], TestJson.MemberNames(auth));
    }

    [Theory]
    [InlineData(BkVerification.User)]
    [InlineData(BkVerification.AppAndUser)]
    public async Task An_operation_that_verifies_the_user_is_refused_before_the_handler_sees_it(BkVerification verification)
    {
        var handler = StubHandler.Json(HttpStatusCode.OK, Success);

        var error = await Assert.ThrowsAsync<BkMissingIdentityException>(() => Send(Transport(handler), verification));

        Assert.Empty(handler.Requests);
        Assert.Equal(BkVerification.User, error.Missing);
        Assert.StartsWith("jobv3.system_get_job_instance_status: the API gateway verifies the user", error.Message, StringComparison.Ordinal);
        Secrets.AssertAbsent(error);
    }

    [Fact]
    public async Task The_esb_gets_the_app_in_the_body_and_decides_itself()
    {
        var handler = StubHandler.Json(HttpStatusCode.OK, Success);

        await Send(Transport(handler, BkAuthMode.Esb), BkVerification.AppAndUser);

        var body = TestJson.Parse(Assert.Single(handler.Requests).Body!);
        Assert.Equal(["bk_app_code", "bk_app_secret", "bk_scope_id", "bk_scope_type", "job_instance_id"], TestJson.MemberNames(body).Order(StringComparer.Ordinal));
    }
}
