using System.Net;
using BkApiGen.Client.Tests.JobV4;
using BkApiGen.FakeGateway;
using BkApiGen.Runtime;
using BkApiGen.Runtime.Errors;

namespace BkApiGen.Client.Tests;

/// <summary>
/// A bk-job v4 operation end to end: the spec imported from the v4 doc (specs/jobv4), its generated client, and the fake
/// gateway answering with the doc's own examples (200 with {"data"}, 400 and 403 with {"error"}).
/// </summary>
public sealed class JobV4Tests : IAsyncLifetime
{
    private const string Path = FakeBkGateway.JobGatewayBasePath + "api/v4/batch_get_job_instance_execute_object_log";

    // The doc's examples (v4_batch_get_job_instance_execute_object_log.md), without their "# http status" lines.
    private const string ScriptHostSuccess = """
        {
            "data": {
                "job_instance_id": 100,
                "step_instance_id": 200,
                "log_type": 1,
                "script_step_execute_object_logs": [
                    {
                        "execute_object": {
                            "type": 1,
                            "resource_id": "1",
                            "host": {
                                "bk_host_id": 1,
                                "ip": "127.0.0.1",
                                "bk_cloud_id": 0
                            }
                        },
                        "log_content": "[2018-03-15 14:39:30][PID:56875] job_start\n"
                    },
                    {
                        "execute_object": {
                            "type": 1,
                            "resource_id": "2",
                            "host": {
                                "bk_host_id": 2,
                                "ip": "127.0.0.2",
                                "bk_cloud_id": 0
                            }
                        },
                        "log_content": "[2018-03-15 14:39:30][PID:16789] job_start\n"
                    }
                ]
            }
        }
        """;

    private const string ScriptContainerSuccess = """
        {
            "data": {
                "job_instance_id": 100,
                "step_instance_id": 200,
                "log_type": 1,
                "script_step_execute_object_logs": [
                    {
                        "execute_object": {
                            "type": 2,
                            "resource_id": "1001",
                            "container": {
                                "id": 1001,
                                "container_id": "abc123def456",
                                "name": "nginx-container",
                                "node_host_id": 10
                            }
                        },
                        "log_content": "[2018-03-15 14:39:30][PID:56875] job_start\n"
                    }
                ]
            }
        }
        """;

    private const string FileSuccess = """
        {
            "data": {
                "job_instance_id": 100,
                "step_instance_id": 200,
                "log_type": 2,
                "file_step_execute_object_logs": [
                    {
                        "execute_object": {
                            "type": 1,
                            "resource_id": "1",
                            "host": {
                                "bk_host_id": 1,
                                "ip": "127.0.0.1",
                                "bk_cloud_id": 0
                            }
                        },
                        "download_log": [
                            {
                                "mode": 1,
                                "src_execute_object": {
                                    "type": 1,
                                    "resource_id": "2",
                                    "host": {
                                        "bk_host_id": 2,
                                        "bk_cloud_id": 0,
                                        "ip": "127.0.0.2"
                                    }
                                },
                                "src_path": "/data/1.log",
                                "dest_execute_object": {
                                    "type": 1,
                                    "resource_id": "1",
                                    "host": {
                                        "bk_host_id": 1,
                                        "bk_cloud_id": 0,
                                        "ip": "127.0.0.1"
                                    }
                                },
                                "dest_path": "/tmp/1.log",
                                "status": 4,
                                "log_content": "[2021-06-28 11:32:16] FileName: /tmp/1.log FileSize: 9.0 Bytes State: dest agent success download file Speed: 1 KB/s Progress: 100% StatusDesc: dest agent success download file Detail: success",
                                "size": "1.0 Bytes",
                                "speed": "0 KB/s",
                                "process": "100%"
                            }
                        ]
                    },
                    {
                        "execute_object": {
                            "type": 1,
                            "resource_id": "2",
                            "host": {
                                "bk_host_id": 2,
                                "ip": "127.0.0.2",
                                "bk_cloud_id": 0
                            }
                        },
                        "upload_log": [
                            {
                                "mode": 0,
                                "src_execute_object": {
                                    "type": 1,
                                    "resource_id": "2",
                                    "host": {
                                        "bk_host_id": 2,
                                        "bk_cloud_id": 0,
                                        "ip": "127.0.0.2"
                                    }
                                },
                                "src_path": "/data/1.log",
                                "status": 4,
                                "log_content": "[2021-06-28 11:32:16] FileName: /data/1.log FileSize: 9.0 Bytes State: source agent success upload file Speed: 1 KB/s Progress: 100% StatusDesc: source agent success upload file Detail: success upload",
                                "size": "1.0 Bytes",
                                "speed": "0 KB/s",
                                "process": "100%"
                            }
                        ]
                    }
                ]
            }
        }
        """;

    private const string InvalidArgument = """
        {
            "error": {
                "code": "INVALID_ARGUMENT",
                "message": "请求参数[bk_scope_type]不合法"
            }
        }
        """;

    private const string NoPermission = """
        {
            "error": {
                "code": "NO_PERMISSION",
                "message": "用户(张三)权限不足，请前往权限中心确认并申请补充后重试",
                "data": {
                    "system_id": "bk_job",
                    "system_name": "作业平台",
                    "actions": [
                        {
                            "id": "access_business",
                            "name": "业务访问",
                            "related_resource_types": [
                                {
                                    "type": "biz",
                                    "system_id": "bk_cmdb",
                                    "system_name": "配置平台",
                                    "type_name": "业务",
                                    "instances": [
                                        [
                                            {
                                                "id": "1",
                                                "type": "business",
                                                "name": "blueking",
                                                "type_name": "业务"
                                            }
                                        ]
                                    ]
                                }
                            ]
                        }
                    ]
                }
            }
        }
        """;

    private ClientHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await ClientHarness.StartAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    private JobV4Client Client() => new(new HttpClient(), _harness.Options());

    private static BatchGetJobInstanceExecuteObjectLogRequest Request() => new()
    {
        ScopeType = ScopeType.Biz,
        ScopeId = "1",
        JobInstanceId = 100,
        StepInstanceId = 200,
        HostIdList = [1, 2],
    };

    [Fact]
    public void The_descriptor_says_v4()
    {
        Assert.Equal(BkApiProtocol.V4, JobV4Client.BatchGetJobInstanceExecuteObjectLogOperation.Protocol);
        Assert.Equal("/api/v4/batch_get_job_instance_execute_object_log", JobV4Client.BatchGetJobInstanceExecuteObjectLogOperation.GatewayPath);
        Assert.Equal(HttpMethod.Post, JobV4Client.BatchGetJobInstanceExecuteObjectLogOperation.Method);
    }

    [Fact]
    public async Task A_200_data_body_is_the_typed_result()
    {
        _harness.Gateway.MapOperation(Path, _ => FakeResponse.Json(200, ScriptHostSuccess));

        var logs = await Client().BatchGetJobInstanceExecuteObjectLogAsync(Request());

        var script = Assert.IsType<BatchGetJobInstanceExecuteObjectLogDataScriptExecutionTaskLog>(logs);
        Assert.Equal(100, script.JobInstanceId);
        Assert.Equal(200, script.StepInstanceId);
        Assert.Equal(LogType.ScriptExecutionTaskLog, script.LogType);
        Assert.Equal(2, script.ScriptStepExecuteObjectLogs.Count);
        var first = script.ScriptStepExecuteObjectLogs[0];
        Assert.Equal("[2018-03-15 14:39:30][PID:56875] job_start\n", first.LogContent);
        var host = Assert.IsType<ExecuteObjectHost>(first.ExecuteObject);
        Assert.Equal("1", host.ResourceId);
        Assert.Equal(1, host.Host!.HostId);
        Assert.Equal("127.0.0.1", host.Host.Ip);
        Assert.Equal(0, host.Host.CloudId);

        var request = Assert.Single(_harness.Gateway.Requests);
        Assert.Equal("POST", request.Method);
        var body = request.GetBodyJson()!;
        Assert.Equal("biz", body["bk_scope_type"]!.GetValue<string>());
        Assert.Equal(2, body["host_id_list"]!.AsArray().Count);
    }

    [Fact]
    public async Task Container_and_file_examples_read_too()
    {
        _harness.Gateway.Enqueue(Path, FakeResponse.Json(200, ScriptContainerSuccess), FakeResponse.Json(200, FileSuccess));
        var client = Client();

        var script = Assert.IsType<BatchGetJobInstanceExecuteObjectLogDataScriptExecutionTaskLog>(await client.BatchGetJobInstanceExecuteObjectLogAsync(Request()));
        var container = Assert.IsType<ExecuteObjectContainer>(Assert.Single(script.ScriptStepExecuteObjectLogs).ExecuteObject);
        Assert.Equal(ExecuteObjectType.Container, container.Type);
        Assert.Equal("abc123def456", container.Container!.ContainerId);
        Assert.Equal(10, container.Container.NodeHostId);

        var file = Assert.IsType<BatchGetJobInstanceExecuteObjectLogDataFileDistributionTaskLog>(await client.BatchGetJobInstanceExecuteObjectLogAsync(Request()));
        Assert.Equal(2, file.FileStepExecuteObjectLogs.Count);
        var download = Assert.Single(file.FileStepExecuteObjectLogs[0].DownloadLog);
        Assert.Equal(FileTaskLogMode.Download, download.Mode);
        Assert.Equal(FileTaskLogStatus.Finished, download.Status);
        Assert.Equal("/tmp/1.log", download.DestPath);
        Assert.Equal("127.0.0.2", Assert.IsType<ExecuteObjectHost>(download.SrcExecuteObject).Host!.Ip);
        var upload = Assert.Single(file.FileStepExecuteObjectLogs[1].UploadLog);
        Assert.Equal(FileTaskLogMode.Upload, upload.Mode);
        Assert.Null(upload.DestExecuteObject);
        Assert.Empty(file.FileStepExecuteObjectLogs[1].DownloadLog);
    }

    [Fact]
    public async Task A_400_error_body_is_a_gateway_exception_with_the_symbolic_code()
    {
        _harness.Gateway.MapOperation(Path, _ => FakeResponse.Json(400, InvalidArgument));

        var ex = await Assert.ThrowsAsync<BkGatewayException>(() => Client().BatchGetJobInstanceExecuteObjectLogAsync(Request()));

        Assert.Equal(HttpStatusCode.BadRequest, ex.StatusCode);
        Assert.Null(ex.Code);
        Assert.Equal("INVALID_ARGUMENT", ex.CodeName);
        Assert.Equal("请求参数[bk_scope_type]不合法", ex.ErrorMessage);
        Assert.Null(ex.Permission);
        Assert.Null(ex.BodyPreview);
        Assert.Equal("jobv4.batch_get_job_instance_execute_object_log", ex.Operation);
        Assert.Equal(Assert.Single(_harness.Gateway.Requests).RequestId, ex.RequestId);
    }

    [Fact]
    public async Task A_403_error_body_carries_the_permission()
    {
        _harness.Gateway.MapOperation(Path, _ => FakeResponse.Json(403, NoPermission));

        var ex = await Assert.ThrowsAsync<BkGatewayException>(() => Client().BatchGetJobInstanceExecuteObjectLogAsync(Request()));

        Assert.Equal(HttpStatusCode.Forbidden, ex.StatusCode);
        Assert.Null(ex.Code);
        Assert.Equal("NO_PERMISSION", ex.CodeName);
        Assert.Equal("用户(张三)权限不足，请前往权限中心确认并申请补充后重试", ex.ErrorMessage);
        Assert.Equal("bk_job", ex.Permission!.SystemId);
        var action = Assert.Single(ex.Permission.Actions);
        Assert.Equal("access_business", action.Id);
        Assert.Equal(Assert.Single(_harness.Gateway.Requests).RequestId, ex.RequestId);
        Assert.False(string.IsNullOrEmpty(ex.RequestId));
    }

    [Fact]
    public async Task A_v3_envelope_is_not_a_v4_answer()
    {
        _harness.Gateway.MapOperation(Path, _ => FakeResponse.Json(200, """{"data": null}"""));

        var ex = await Assert.ThrowsAsync<BkInvalidResponseException>(() => Client().BatchGetJobInstanceExecuteObjectLogAsync(Request()));

        Assert.Contains("no 'data'", ex.Problem, StringComparison.Ordinal);
    }
}
