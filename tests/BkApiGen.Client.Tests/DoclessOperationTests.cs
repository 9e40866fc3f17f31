using BkApiGen.Client.Tests.Generated;
using BkApiGen.FakeGateway;
using BkApiGen.Runtime.Auth;
using BkApiGen.Runtime.Errors;

namespace BkApiGen.Client.Tests;

/// <summary>
/// The two bk-job v3 gateway resources with no doc, whose specs are written from bk-job's server code:
/// <c>system_get_notify_config</c> (GET, the query string; <c>data</c> is a list of <c>EsbNotifyPolicyV3DTO</c>) and
/// <c>system_bkci_plugin_fast_transfer_file</c> (POST, <c>EsbBkCIPluginFastTransferFileV3Request</c>). Both are
/// <c>system_*</c> resources: app credentials alone call them.
/// </summary>
public sealed class DoclessOperationTests : IAsyncLifetime
{
    private const string NotifyConfigPath = FakeBkGateway.JobGatewayBasePath + "api/v3/system/get_notify_config";
    private const string TransferPath = FakeBkGateway.JobGatewayBasePath + "api/v3/system/bkci_plugin_fast_transfer_file";

    private ClientHarness _harness = null!;

    public async Task InitializeAsync()
    {
        _harness = await ClientHarness.StartAsync();
        _harness.Gateway.SkipUserVerification(NotifyConfigPath);
        _harness.Gateway.SkipUserVerification(TransferPath);
    }

    public Task DisposeAsync() => _harness.DisposeAsync().AsTask();

    private JobV3Client AppClient() => _harness.Client(_harness.Options(credentials: Secrets.ForApp()));

    private void Answer(string path, string data)
        => _harness.Gateway.MapOperation(path, _ => FakeResponse.Json($$"""{"result": true, "code": 0, "message": "", "data": {{data}}, "job_request_id": "r1"}"""));

    private static SystemBkciPluginFastTransferFileRequest Transfer() => new()
    {
        ScopeType = ScopeType.Biz,
        ScopeId = "2",
        TaskName = "deploy",
        FileSourceList =
        [
            new FileSource { FileList = ["/data/release/app.tar.gz"], Account = new Account { Id = 1000 }, Server = new Server { HostIdList = [101] } },
            new FileSource { FileList = ["bucket/app.conf"], FileType = FileSourceType.ThirdParty, FileSourceCode = "cos-1" },
        ],
        FileTargetPath = "/data/deploy/",
        FileTargetName = "app-1.2.tar.gz",
        AccountAlias = "root",
        ExecuteObject = new BkciPluginExecuteTarget
        {
            HostList = [new BkciPluginHost { HostId = 102 }, new BkciPluginHost { CloudId = 0, Ip = "10.0.0.3" }],
            KubeContainerFilters = [new BkciPluginKubeContainerFilter { KubeClusterFilter = new BkciPluginKubeClusterFilter { ClusterUidList = ["BCS-K8S-00001"] } }],
        },
        CallbackUrl = "https://ci.example.com/job-callback",
        DownloadSpeedLimit = 10,
        Timeout = 600,
        TransferMode = TransferMode.Strict,
        RollingConfig = new BkciPluginRollingConfig
        {
            Type = BkciPluginRollingType.FileSource,
            FileSource = new BkciPluginRollingFileSource { MaxExecuteObjectNumInBatch = 5 },
        },
    };

    [Fact]
    public void The_descriptors_are_the_gateway_resources()
    {
        var notify = JobV3Client.SystemGetNotifyConfigOperation;
        Assert.Equal((HttpMethod.Get, "/api/v3/system/get_notify_config", true, BkVerification.App), (notify.Method, notify.GatewayPath, notify.IsIdempotent, notify.Verification));
        var transfer = JobV3Client.SystemBkciPluginFastTransferFileOperation;
        Assert.Equal((HttpMethod.Post, "/api/v3/system/bkci_plugin_fast_transfer_file", false, BkVerification.App), (transfer.Method, transfer.GatewayPath, transfer.IsIdempotent, transfer.Verification));
    }

    [Fact]
    public async Task Get_notify_config_sends_the_scope_as_query_parameters_and_reads_the_list_of_policies()
    {
        Answer(NotifyConfigPath, """
            [
              {"trigger_type": "PAGE_EXECUTE", "resource_type_list": ["SCRIPT", "JOB", "FILE"], "role_list": ["JOB_RESOURCE_TRIGGER_USER"], "extra_observer_list": [],
               "resource_status_channel_map": {"READY": {"mail": false, "rtx": false}, "SUCCESS": {"mail": false, "rtx": false}, "FAIL": {"mail": true, "rtx": false}}},
              {"trigger_type": "TIMER_TASK", "resource_type_list": ["SCRIPT"], "role_list": ["JOB_EXTRA_OBSERVER", "bk_biz_maintainer"], "extra_observer_list": ["zhangsan"],
               "resource_status_channel_map": {"FAIL": {"mail": true, "rtx": true}}}
            ]
            """);

        var policies = await AppClient().SystemGetNotifyConfigAsync(new SystemGetNotifyConfigRequest { ScopeType = ScopeType.BizSet, ScopeId = "9991001" });

        var request = Assert.Single(_harness.Gateway.Requests);
        Assert.Equal(("GET", NotifyConfigPath), (request.Method, request.Path));
        Assert.Equal(("biz_set", "9991001"), (request.GetQueryValue("bk_scope_type"), request.GetQueryValue("bk_scope_id")));
        Assert.Equal("", request.Body);
        Assert.Equal((Secrets.AppCode, null, null), (request.HeaderAuth!.AppCode, request.HeaderAuth.Username, request.HeaderAuth.Token));

        Assert.Equal(2, policies.Count);
        Assert.Equal("PAGE_EXECUTE", policies[0].TriggerType);
        Assert.Equal(["SCRIPT", "JOB", "FILE"], policies[0].ResourceTypeList);
        Assert.Equal(["JOB_RESOURCE_TRIGGER_USER"], policies[0].RoleList);
        Assert.Empty(policies[0].ExtraObserverList);
        var channels = policies[0].ResourceStatusChannelMap!;
        Assert.Equal((true, false), (channels.Fail!["mail"], channels.Fail["rtx"]));
        Assert.Equal((false, false), (channels.Success!["mail"], channels.Ready!["mail"]));
        Assert.Equal(["zhangsan"], policies[1].ExtraObserverList);
        Assert.Equal(["JOB_EXTRA_OBSERVER", "bk_biz_maintainer"], policies[1].RoleList);
        Assert.True(policies[1].ResourceStatusChannelMap!.Fail!["rtx"]);
        Assert.Null(policies[1].ResourceStatusChannelMap!.Success);
    }

    [Fact]
    public async Task Get_notify_config_reads_policies_with_null_or_absent_members()
    {
        // EsbNotifyPolicyV3DTO is a bean of boxed types: what a stored policy lacks is null (or left out by a proxy).
        Answer(NotifyConfigPath, """[{"trigger_type": null, "resource_type_list": null, "role_list": null, "extra_observer_list": null, "resource_status_channel_map": null}, {}]""");

        var policies = await AppClient().SystemGetNotifyConfigAsync(new SystemGetNotifyConfigRequest { ScopeType = ScopeType.Biz, ScopeId = "2" });

        Assert.Equal(2, policies.Count);
        Assert.All(policies, policy =>
        {
            Assert.Null(policy.TriggerType);
            Assert.Empty(policy.ResourceTypeList);
            Assert.Empty(policy.RoleList);
            Assert.Empty(policy.ExtraObserverList);
            Assert.Null(policy.ResourceStatusChannelMap);
        });
    }

    [Fact]
    public async Task Get_notify_config_with_no_data_is_an_invalid_response()
    {
        Answer(NotifyConfigPath, "null");

        var error = await Assert.ThrowsAsync<BkInvalidResponseException>(() => AppClient().SystemGetNotifyConfigAsync(new SystemGetNotifyConfigRequest { ScopeType = ScopeType.Biz, ScopeId = "2" }));

        Assert.Contains("data is missing or null", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_notify_config_refuses_an_empty_scope_id_before_sending()
    {
        var error = await Assert.ThrowsAsync<BkApiValidationException>(() => AppClient().SystemGetNotifyConfigAsync(new SystemGetNotifyConfigRequest { ScopeType = ScopeType.Biz, ScopeId = "" }));

        Assert.Equal("bk_scope_id", Assert.Single(error.Errors).Path);
        Assert.Empty(_harness.Gateway.Requests);
    }

    [Fact]
    public async Task Fast_transfer_file_posts_the_request_with_its_wire_names_and_reads_the_job_instance()
    {
        Answer(TransferPath, """{"job_instance_id": 10000, "job_instance_name": "deploy", "step_instance_id": 10001}""");

        var job = await AppClient().SystemBkciPluginFastTransferFileAsync(Transfer());

        var request = Assert.Single(_harness.Gateway.Requests);
        Assert.Equal(("POST", TransferPath, ""), (request.Method, request.Path, request.QueryString));
        Assert.Equal("application/json", request.Headers["Content-Type"].Split(';')[0]);
        JsonAssert.Equivalent("""
            {
              "bk_scope_type": "biz", "bk_scope_id": "2", "task_name": "deploy",
              "file_source_list": [
                {"file_list": ["/data/release/app.tar.gz"], "account": {"id": 1000}, "server": {"host_id_list": [101]}},
                {"file_list": ["bucket/app.conf"], "file_type": 3, "file_source_code": "cos-1"}
              ],
              "file_target_path": "/data/deploy/", "file_target_name": "app-1.2.tar.gz", "account_alias": "root",
              "execute_object": {
                "host_list": [{"bk_host_id": 102}, {"bk_cloud_id": 0, "ip": "10.0.0.3"}],
                "kube_container_filters": [{"kube_cluster_filter": {"cluster_uid_list": ["BCS-K8S-00001"]}}]
              },
              "callback_url": "https://ci.example.com/job-callback", "download_speed_limit": 10, "timeout": 600, "transfer_mode": 1,
              "rolling_config": {"type": 2, "file_source": {"max_execute_object_num_in_batch": 5}}
            }
            """, request.Body);
        Assert.Equal((10000L, "deploy", 10001L), (job.JobInstanceId, job.JobInstanceName, job.StepInstanceId));
    }

    [Fact]
    public async Task Fast_transfer_file_reads_a_job_instance_with_null_or_absent_members()
    {
        Answer(TransferPath, """{"job_instance_id": 10000, "job_instance_name": null}""");

        var job = await AppClient().SystemBkciPluginFastTransferFileAsync(Transfer());

        Assert.Equal((10000L, null, null), (job.JobInstanceId, job.JobInstanceName, job.StepInstanceId));
    }

    [Fact]
    public async Task Fast_transfer_file_targets_are_the_fast_execute_script_plugin_targets()
    {
        // One C# type for the same definitions of the two plugin specs: a target built for one goes to the other.
        Answer(TransferPath, """{"job_instance_id": 1}""");
        var target = new BkciPluginExecuteTarget { HostDynamicGroupList = [new DynamicGroup { Id = "g1" }] };
        var script = new SystemBkciPluginFastExecuteScriptRequest { ScopeType = ScopeType.Biz, ScopeId = "2", ScriptId = "s1", AccountId = 1, ExecuteTarget = target };

        await AppClient().SystemBkciPluginFastTransferFileAsync(Transfer() with { ExecuteObject = script.ExecuteTarget });

        JsonAssert.EquivalentNodes(System.Text.Json.Nodes.JsonNode.Parse("""{"host_dynamic_group_list": [{"id": "g1"}]}"""), Assert.Single(_harness.Gateway.Requests).GetBodyJson()!["execute_object"]);
    }

    [Theory]
    [InlineData("execute_object", "execute_object", "host_list")]
    [InlineData("file_source_list", "file_source_list", "must not be empty")]
    [InlineData("file_target_path", "file_target_path", "must not be empty")]
    [InlineData("account", "$", "account_alias")]
    public async Task Fast_transfer_file_refuses_what_bk_job_refuses_before_sending(string missing, string path, string message)
    {
        var request = missing switch
        {
            "execute_object" => Transfer() with { ExecuteObject = new BkciPluginExecuteTarget() },
            "file_source_list" => Transfer() with { FileSourceList = [] },
            "file_target_path" => Transfer() with { FileTargetPath = "" },
            _ => Transfer() with { AccountAlias = null },
        };

        var error = await Assert.ThrowsAsync<BkApiValidationException>(() => AppClient().SystemBkciPluginFastTransferFileAsync(request));

        Assert.Equal("system_bkci_plugin_fast_transfer_file_request", error.RequestType);
        var problem = Assert.Single(error.Errors);
        Assert.Equal(path, problem.Path);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
        Assert.Empty(_harness.Gateway.Requests);
    }
}
