using BkApiGen.FakeGateway;
using BkApiGen.Runtime;
using BkApiGen.Runtime.Auth;
using BkApiGen.Runtime.Errors;
using Cc = BkApiGen.Client.Tests.Cc;

namespace BkApiGen.Client.Tests;

/// <summary>
/// Shipped CMDB operations imported from docs whose example's data is a list (<c>find_module_batch</c>), <c>"success"</c>
/// (<c>delete_inst</c>) or nothing (<c>add_host_lock</c>), against envelopes as CMDB's Go handlers send them: a list, a nil
/// slice (<c>null</c>), and <c>ctx.RespEntity(nil)</c> (<c>null</c>).
/// </summary>
public sealed class ListResponseTests : IAsyncLifetime
{
    private FakeBkGateway _gateway = null!;
    private readonly HttpClient _http = new();

    public async Task InitializeAsync() => _gateway = await FakeBkGateway.StartAsync(Secrets.GatewayOptions());

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _gateway.DisposeAsync();
    }

    private Cc.CcClient Cmdb() => new(_http, new BkApiClientOptions { BaseAddress = _gateway.EsbBaseAddress, AuthMode = BkAuthMode.Esb, Credentials = Secrets.ForUser() });

    private void Answer(string operation, string data)
        => _gateway.MapOperation($"/api/c/compapi/v2/cc/{operation}/", _ => FakeResponse.Json($$"""{"result": true, "code": 0, "message": "success", "permission": null, "request_id": "r1", "data": {{data}}}"""));

    private static Cc.FindModuleBatchRequest Modules() => new() { BizId = 3, Ids = [56, 57], Fields = ["bk_module_id", "bk_module_name"] };

    [Fact]
    public async Task A_list_data_is_returned_as_the_list_of_its_elements()
    {
        Answer("find_module_batch", """[{"bk_module_id": 56, "bk_module_name": "空闲机", "default": 1}, {"bk_module_id": 57, "bk_module_name": null}]""");

        var modules = await Cmdb().FindModuleBatchAsync(Modules());

        Assert.NotNull(modules);
        Assert.Equal([(56, "空闲机", 1), (57, null, null)], modules.Select(m => ((int?)m.ModuleId, m.ModuleName, m.Default)));
    }

    [Theory]
    [InlineData("null")]
    [InlineData("[]")]
    public async Task No_modules_is_null_or_empty_as_the_server_says_not_a_failure(string data)
    {
        Answer("find_module_batch", data);

        var modules = await Cmdb().FindModuleBatchAsync(Modules());

        Assert.Equal(data == "null", modules is null);
        Assert.Empty(modules ?? []);
    }

    [Fact]
    public async Task An_object_where_the_list_belongs_is_an_invalid_response_naming_the_operation()
    {
        Answer("find_module_batch", """{"bk_module_id": 56}""");

        var error = await Assert.ThrowsAsync<BkInvalidResponseException>(() => Cmdb().FindModuleBatchAsync(Modules()));

        Assert.Equal("cc.find_module_batch", error.Operation);
        Assert.Equal("r1", error.RequestId);
    }

    [Theory]
    [InlineData("null", null)]
    [InlineData("\"success\"", "success")]
    public async Task A_delete_answers_null_or_success(string data, string? expected)
    {
        Answer("delete_inst", data);

        var result = await Cmdb().DeleteInstAsync(new Cc.DeleteInstRequest { ObjId = "bk_switch", InstId = 44 });

        Assert.Equal(expected, result);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("{}")]
    public async Task An_operation_whose_doc_describes_no_data_accepts_null_and_an_empty_object(string data)
    {
        // add_host_lock's doc shows "data": null; a server may as well send {}.
        Answer("add_host_lock", data);

        var result = await Cmdb().AddHostLockAsync(new Cc.AddHostLockRequest { IdList = [1, 2] });

        Assert.Equal(data == "null", result is null);
    }
}
